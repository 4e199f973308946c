import CivilTime
import Holidays

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
    /// Its officials' working hours (`hours 08:00..16:00`), when the plan gives them.
    public let workingHours: WorkingHours?
    /// The subdivision whose holidays also apply (`subdivision ACT`), when given.
    public let subdivision: String?
    /// Observances its `keeps` lines add to what the built-in ``ObservanceTable`` says it keeps.
    public let keeps: [KeptObservance]

    /// A country from its parts.
    public init(
        id: String, name: String, timezone: String, weekend: [Weekday], holidays: HolidaySource, location: SourceLocation,
        workingHours: WorkingHours? = nil, subdivision: String? = nil, keeps: [KeptObservance] = []
    ) {
        self.keeps = keeps
        self.workingHours = workingHours
        self.subdivision = subdivision
        self.id = id
        self.name = name
        self.timezone = timezone
        self.weekend = weekend
        self.holidays = holidays
        self.location = location
    }
}
