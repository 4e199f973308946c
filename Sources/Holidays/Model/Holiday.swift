import CivilTime

/// One day off in a country calendar: its date, name, kind and whether the date is decreed.
///
/// `isEstimated` is `true` when the date was computed ahead of the official decree (for example
/// an Eid al-Fitr beyond a government's confirmed table, computed from Foundation's Umm al-Qura
/// calendar). Such a date may move by a day; ``CountryCalendar/isUncertain(_:)`` exposes the
/// neighbouring days too.
public struct Holiday: Hashable, Comparable, Sendable {
    /// The civil date of the day off.
    public var date: LocalDate
    /// The English name, e.g. `"Eid al-Fitr"` or `"Day off (transferred from 2025-01-04)"`.
    public var name: String
    /// Why the day is off.
    public var kind: HolidayKind
    /// Whether the date is computed ahead of an official decree rather than decreed.
    public var isEstimated: Bool

    /// Creates a day off.
    public init(date: LocalDate, name: String, kind: HolidayKind = .public, isEstimated: Bool = false) {
        self.date = date
        self.name = name
        self.kind = kind
        self.isEstimated = isEstimated
    }

    /// Orders by date, then name.
    public static func < (lhs: Holiday, rhs: Holiday) -> Bool {
        lhs.date != rhs.date ? lhs.date < rhs.date : lhs.name < rhs.name
    }
}
