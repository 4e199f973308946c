import CivilTime

/// An ISO 8601 date or date-time given on the command line (`--from 2026-03-01`,
/// `--start 2026-03-29T10:00`, `--until 2026-12-31T23:59:59Z`).
///
/// A date or a bare date-time has no ``offsetSeconds`` and is read in the command's zone
/// (`--tz`, default UTC) by ``instant(in:)``; `Z` or `+07:00` fixes the instant itself.
struct DateTimeArgument: Hashable, Sendable {
    /// The date-time as written; a date alone is its midnight.
    let localDateTime: LocalDateTime
    /// Whether only a date was written (`2026-03-29`).
    let isDateOnly: Bool
    /// The offset written, in seconds east of UTC (`Z` is 0, `+07:00` is 25,200); `nil` when none was.
    let offsetSeconds: Int?

    /// The calendar date written.
    var date: LocalDate { localDateTime.date }

    /// The instant named: a date (its midnight) or a bare date-time is read in `zone` by the
    /// rules of RFC 5545 §3.3.5 (``ZoneRules/instant(for:)``); an offset is applied as written.
    ///
    /// `2026-03-08T02:30` in America/New_York falls in the spring gap and becomes 07:30Z
    /// (03:30 EDT).
    func instant(in zone: ZoneRules) -> Instant {
        guard let offsetSeconds else { return zone.instant(for: localDateTime) }
        return Instant(secondsSinceEpoch: localDateTime.secondsSinceEpoch - Int64(offsetSeconds))
    }
}
