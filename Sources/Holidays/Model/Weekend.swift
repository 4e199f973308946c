import CivilTime

/// The days of the week a country rests by law.
///
/// Most countries rest Saturday–Sunday. Saudi Arabia rests Friday–Saturday (Royal Decree of
/// 2013). The United Arab Emirates rested Friday–Saturday until 2021 and Saturday–Sunday since
/// 2022-01-01 (Federal Decree announced 2021-12-07, with a Friday half day for government).
public struct Weekend: Hashable, Sendable {
    private let mask: UInt8

    /// A weekend made of the given days.
    public init(_ days: some Sequence<Weekday>) {
        mask = days.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
    }

    /// Saturday and Sunday.
    public static let saturdaySunday = Weekend([.saturday, .sunday])
    /// Friday and Saturday (e.g. Saudi Arabia).
    public static let fridaySaturday = Weekend([.friday, .saturday])

    /// Whether `weekday` is a rest day.
    public func contains(_ weekday: Weekday) -> Bool {
        mask & (1 << UInt8(weekday.rawValue)) != 0
    }

    /// The rest days in ISO order (Monday first).
    public var days: [Weekday] { Weekday.allCases.filter(contains) }
}
