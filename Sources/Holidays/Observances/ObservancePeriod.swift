import CivilTime

/// One occurrence of an ``Observance``: a named inclusive date range.
public struct ObservancePeriod: Hashable, Comparable, Sendable {
    /// What the period is, e.g. `"Ramadan"` or `"Yom Kippur"`.
    public let name: String
    /// First day.
    public let start: LocalDate
    /// Last day (inclusive).
    public let end: LocalDate
    /// Whether either end is computed ahead of a decree or sighting.
    public let isEstimated: Bool

    /// A period.
    public init(name: String, start: LocalDate, end: LocalDate, isEstimated: Bool) {
        self.name = name
        self.start = start
        self.end = end
        self.isEstimated = isEstimated
    }

    /// Whether `date` lies in the period.
    public func contains(_ date: LocalDate) -> Bool { start <= date && date <= end }

    /// Orders by start, then name.
    public static func < (lhs: ObservancePeriod, rhs: ObservancePeriod) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.name < rhs.name
    }
}
