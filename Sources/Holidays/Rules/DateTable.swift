import CivilTime

/// A readable table of decreed or almanac dates for one holiday, with its source and the last
/// year the source confirms.
///
/// Dates after `confirmedThrough` (present for almanac-derived holidays such as Vesak) are
/// returned as estimated.
public struct DateTable: Sendable {
    /// Where the dates come from (decree, gazette, almanac).
    public let source: String
    /// The last civil year whose dates are officially decreed.
    public let confirmedThrough: Int
    /// The dates, ascending.
    public let dates: [LocalDate]
    /// Entries that did not parse as ISO dates (a table defect; tested to be empty).
    public let invalidEntries: [String]

    /// A table from ISO 8601 `YYYY-MM-DD` strings.
    public init(source: String, confirmedThrough: Int, _ entries: [String]) {
        self.source = source
        self.confirmedThrough = confirmedThrough
        var dates: [LocalDate] = []
        var invalid: [String] = []
        for entry in entries {
            if let date = ISO8601.date(entry) { dates.append(date) } else { invalid.append(entry) }
        }
        self.dates = dates.sorted()
        self.invalidEntries = invalid
    }

    /// The first and last civil years the table covers, if any.
    public var years: ClosedRange<Int>? {
        guard let first = dates.first, let last = dates.last else { return nil }
        return first.year...last.year
    }

    /// Whether the table knows `year` (lies within its first and last years).
    public func covers(_ year: Int) -> Bool { years?.contains(year) ?? false }

    /// The table's dates in `year`.
    public func dates(in year: Int) -> [LocalDate] { dates.filter { $0.year == year } }
}
