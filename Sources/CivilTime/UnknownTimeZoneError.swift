/// The error for a time-zone name that the time-zone data does not know.
public struct UnknownTimeZoneError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name that was asked for.
    public let identifier: String
    /// Known IANA names closest in spelling, best first (at most three).
    public let suggestions: [String]

    /// An error for `identifier` with its spelling suggestions.
    public init(identifier: String, suggestions: [String]) {
        self.identifier = identifier
        self.suggestions = suggestions
    }

    public var description: String {
        var text = "unknown time zone '\(identifier)'"
        if !suggestions.isEmpty {
            text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        return text
    }
}
