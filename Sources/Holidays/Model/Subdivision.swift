import CivilTime

/// A state, territory or province with its own days off (ISO 3166-2 suffix, e.g. `ACT`).
public struct Subdivision: Hashable, Sendable {
    /// The code after the country prefix, e.g. `"ACT"` for AU-ACT.
    public let code: String
    /// The English name, e.g. `"Australian Capital Territory"`.
    public let name: String

    /// A subdivision.
    public init(_ code: String, _ name: String) {
        self.code = code
        self.name = name
    }
}
