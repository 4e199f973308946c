import CivilTime

/// One row of a ``YearView``: a series, a country or a person, with the days its countries
/// rest or keep and its bars.
public struct ViewRow: Sendable {
    /// The anchor of the row: `s-ID`, `c-ID` or `p-ID`.
    public let id: String
    /// The row's heading: a series' title, a country's name, a person's id.
    public let heading: String
    /// Under the heading: the series' id and countries, a country's id, a person's role.
    public let detail: String
    /// The countries whose days are marked (partners and hosts, a country, a person's country).
    public let countries: [String]
    /// The weekdays one of ``countries`` rests on.
    public let weekend: Set<Weekday>
    /// Days off, closures and observances.
    public let marks: [DayMark]
    /// Rounds and owed rounds, by first day.
    public let bars: [ViewBar]
    /// Findings about the row's series as a whole (series rows only).
    public let findings: [Finding]
}
