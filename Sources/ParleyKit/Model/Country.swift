import CivilTime

/// A country taking part in plans: its calendar and time zone.
///
/// ```
/// country ID "Indonesia"
///   timezone Asia/Jakarta
///   weekend sat sun
///   holidays builtin
/// ```
public struct Country: Hashable, Sendable {
    /// Where a country's public holidays come from.
    public enum HolidaySource: Hashable, Sendable {
        /// Parley's own tables (the `Holidays` target).
        case builtin
        /// An iCalendar feed, path relative to the plan file.
        case file(String)
        /// No holidays are checked.
        case none
    }

    /// The id (`ID`, `RU`), usually the ISO 3166 alpha-2 code.
    public let id: String
    /// The display name.
    public let name: String
    /// The IANA time zone of the capital.
    public let timezone: String
    /// The days of the weekend (Saturday and Sunday unless the plan says otherwise).
    public let weekend: [Weekday]
    /// The holiday source (`builtin` unless the plan says otherwise).
    public let holidays: HolidaySource
    /// Where the declaration starts.
    public let location: SourceLocation

    /// A country from its parts.
    public init(id: String, name: String, timezone: String, weekend: [Weekday], holidays: HolidaySource, location: SourceLocation) {
        self.id = id
        self.name = name
        self.timezone = timezone
        self.weekend = weekend
        self.holidays = holidays
        self.location = location
    }
}
