/// When `parley` colours its output: the value of `--color`.
enum ColorMode: String, Hashable, Sendable, CaseIterable {
    /// Colour a stream only when it is a terminal and `NO_COLOR` is unset or empty.
    case auto
    /// Always colour, even into a pipe or with `NO_COLOR` set.
    case always
    /// Never colour.
    case never

    /// Whether to colour `channel` in a process with `environment`.
    ///
    /// Under `auto`, a non-empty `NO_COLOR` turns colour off (https://no-color.org); an
    /// explicit `--color always` wins over it.
    func allowsColor(on channel: OutputChannel, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: channel.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
