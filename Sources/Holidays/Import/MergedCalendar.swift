import CivilTime

/// How imported days off combine with a country's built-in calendar.
public enum ImportMode: String, CaseIterable, Hashable, Sendable {
    /// Built-in days plus imported ones; on a date both have, the imported names replace the
    /// built-in ones (a ministry's own feed wins over Parley's tables).
    case over
    /// Only the imported days (the country's weekend still applies).
    case instead
}

/// A country calendar with days off imported from a feed merged over it or in its place.
public struct MergedCalendar: Sendable {
    /// The built-in calendar (for its weekend, and its days in `.over` mode).
    public let base: CountryCalendar
    /// How the imported days combine with the built-in ones.
    public let mode: ImportMode
    private let imported: [Int32: [Holiday]]

    init(base: CountryCalendar, imported: ImportedDaysOff, mode: ImportMode) {
        self.base = base
        self.mode = mode
        self.imported = Dictionary(grouping: imported.days, by: \.date.daysSinceEpoch)
    }

    /// The days off from `start` through `end` inclusive, by date.
    public func daysOff(from start: LocalDate, through end: LocalDate) -> [Holiday] {
        let own = imported.values.joined().filter { $0.date >= start && $0.date <= end }
        guard mode == .over else { return own.sorted() }
        let builtIn = base.daysOff(from: start, through: end).filter { imported[$0.date.daysSinceEpoch] == nil }
        return (builtIn + own).sorted()
    }

    /// The holidays on `date`.
    public func holidays(on date: LocalDate) -> [Holiday] {
        if let own = imported[date.daysSinceEpoch] { return own.sorted() }
        return mode == .over ? base.holidays(on: date) : []
    }

    /// Whether `date` is off: an imported day, a built-in one (in `.over` mode) or a weekend day.
    public func isDayOff(_ date: LocalDate) -> Bool {
        !holidays(on: date).isEmpty || base.isWeekend(date)
    }
}

extension CountryCalendar {
    /// This calendar with `imported` days merged over it or in its place.
    public func merging(_ imported: ImportedDaysOff, _ mode: ImportMode) -> MergedCalendar {
        MergedCalendar(base: self, imported: imported, mode: mode)
    }
}
