import CivilTime

/// A country or subdivision code that no built-in calendar knows.
public struct HolidaysError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public enum Code: Hashable, Sendable {
        /// No calendar for this ISO 3166-1 alpha-2 code or organisation code.
        case unknownCountry
        /// The country has no such subdivision.
        case unknownSubdivision
    }

    /// What was wrong.
    public let code: Code
    /// The code that was asked for (country, or subdivision).
    public let value: String
    /// The country, for `unknownSubdivision`.
    public let country: String?
    /// Known codes closest in spelling, best first.
    public let suggestions: [String]

    /// An error.
    public init(code: Code, value: String, country: String? = nil, suggestions: [String]) {
        self.code = code
        self.value = value
        self.country = country
        self.suggestions = suggestions
    }

    public var description: String {
        var text: String
        switch code {
        case .unknownCountry:
            text =
                "unknown country '\(value)': expected an ISO 3166-1 alpha-2 code or an organisation's code (UN-NY, EU) with a built-in calendar"
        case .unknownSubdivision:
            text = "unknown subdivision '\(value)' of \(country ?? "?")"
        }
        if !suggestions.isEmpty {
            text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        return text
    }
}
