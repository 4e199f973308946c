/// A property of a component (RFC 5545 §3.1): a content line's name, parameters and value.
///
/// `value` is kept in its wire form, after unfolding but before any unescaping, because
/// how a value is escaped depends on its type (TEXT escapes `,` and `;`; RRULE and
/// date-time lists do not). Typed constructors and accessors do the escaping.
public struct CalendarProperty: Hashable, Sendable {
    /// The property name, uppercased (`DTSTART`, `SUMMARY`, `X-WR-CALNAME`).
    public var name: String
    /// The parameters, in the order they were given.
    public var parameters: [CalendarParameter]
    /// The value in wire form (escaped, unfolded).
    public var value: String
    /// The 1-based line in the source where the property started, when it was read from a file.
    public var line: Int?

    /// A property from its parts; the name is uppercased.
    public init(name: String, parameters: [CalendarParameter] = [], value: String, line: Int? = nil) {
        self.name = name.uppercasedName
        self.parameters = parameters
        self.value = value
        self.line = line
    }

    /// A property whose name is uppercase already (the reader uppercases names as bytes), so
    /// it is not walked again.
    init(uppercasedName name: String, parameters: [CalendarParameter], value: String, line: Int?) {
        self.name = name
        self.parameters = parameters
        self.value = value
        self.line = line
    }

    /// The first parameter with this name (case-insensitive), if any.
    public func parameter(_ name: String) -> CalendarParameter? {
        let upper = name.uppercasedName
        return parameters.first { $0.name == upper }
    }
}
