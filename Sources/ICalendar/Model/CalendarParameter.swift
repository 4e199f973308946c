/// A property parameter (RFC 5545 §3.2): `TZID=Asia/Jakarta`, `MEMBER="mailto:a@x","mailto:b@x"`.
public struct CalendarParameter: Hashable, Sendable {
    /// The parameter name, uppercased (`TZID`, `VALUE`, `X-FOO`).
    public var name: String
    /// The values, unquoted. Most parameters have exactly one.
    public var values: [String]

    /// A parameter with one or more values; the name is uppercased.
    public init(name: String, values: [String]) {
        self.name = name.uppercasedName
        self.values = values
    }

    /// A parameter whose name is uppercase already (the reader uppercases names as bytes).
    init(uppercasedName name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    /// A parameter with a single value; the name is uppercased.
    public init(_ name: String, _ value: String) {
        self.init(name: name, values: [value])
    }

    /// The first value, for parameters that have one.
    public var value: String { values.first ?? "" }
}
