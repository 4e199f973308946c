/// The options every command accepts, taken out of the arguments before the command sees them:
/// `--help`/`-h` and `--color WHEN` (or `--color=WHEN`), anywhere before a `--`.
struct GlobalOptions: Hashable, Sendable {
    /// Whether `--help` or `-h` was given.
    let wantsHelp: Bool
    /// The `--color` choice (``ColorMode/auto`` when not given; the last one wins).
    let colorMode: ColorMode
    /// The arguments with the global options removed, in order (`--` and what follows kept).
    let remaining: [String]

    /// Separates the global options from `arguments`.
    ///
    /// - Throws: ``UsageError`` for `--color` without a value or with an unknown one.
    init(extractingFrom arguments: [String]) throws(UsageError) {
        var wantsHelp = false
        var colorMode = ColorMode.auto
        var remaining: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--":
                remaining.append(contentsOf: arguments[(index - 1)...])
                index = arguments.endIndex
            case "--help", "-h":
                wantsHelp = true
            case "--color":
                guard index < arguments.endIndex, !arguments[index].hasPrefix("-") else {
                    throw UsageError("--color needs a value WHEN (auto, always or never)")
                }
                colorMode = try ArgumentValue.choice(arguments[index], label: "--color", as: ColorMode.self)
                index += 1
            case _ where argument.hasPrefix("--color="):
                colorMode = try ArgumentValue.choice(String(argument.dropFirst("--color=".count)), label: "--color", as: ColorMode.self)
            default:
                remaining.append(argument)
            }
        }
        self.wantsHelp = wantsHelp
        self.colorMode = colorMode
        self.remaining = remaining
    }
}
