import CivilTime

/// One start time of a recurrence set: the wall-clock time the rule generated and the
/// instant it names in the event's zone (RFC 5545 §3.3.5).
///
/// A wall-clock time in a DST gap keeps its generated `local` (that is the instance's
/// `RECURRENCE-ID`) while `instant` is moved forward by the gap: `FREQ=DAILY` at 02:30 in
/// America/New_York gives, on 2026-03-08, `local` 02:30 and `instant` 07:30Z (03:30 EDT).
public struct RecurrenceInstance: Hashable, Comparable, Sendable {
    /// How the instance's time is anchored.
    public enum Kind: Hashable, Sendable {
        /// A whole day (`VALUE=DATE`); `instant` is its midnight read as UTC.
        case date
        /// A floating time; `instant` is the wall-clock reading taken as UTC.
        case floating
        /// A time in a zone (or UTC); `instant` is the real moment.
        case zoned
    }

    /// The wall-clock time as generated (the instance's `RECURRENCE-ID` on its own clock).
    public let local: LocalDateTime
    /// The moment; see ``Kind`` for dates and floating times.
    public let instant: Instant
    /// Dates, floating times or zoned times.
    public let kind: Kind
    /// Seconds east of UTC at ``instant`` in the zone, for `.zoned` instances.
    public let utcOffset: Int?

    /// An instance from its parts.
    public init(local: LocalDateTime, instant: Instant, kind: Kind, utcOffset: Int?) {
        self.local = local
        self.instant = instant
        self.kind = kind
        self.utcOffset = utcOffset
    }

    /// The instance for wall-clock `local` in `zone` (`nil` zone: floating).
    public init(local: LocalDateTime, zone: ZoneRules?, isDate: Bool = false) {
        self.local = local
        if isDate {
            kind = .date
            instant = Instant(secondsSinceEpoch: local.secondsSinceEpoch)
            utcOffset = nil
        } else if let zone {
            kind = .zoned
            instant = zone.instant(for: local)
            utcOffset = zone.offset(at: instant)
        } else {
            kind = .floating
            instant = Instant(secondsSinceEpoch: local.secondsSinceEpoch)
            utcOffset = nil
        }
    }

    /// ISO 8601: `2026-03-29T10:00:00+07:00` (the actual wall clock at the instant, so a
    /// DST-gap instance shows its shifted time), `2026-03-29T10:00:00` when floating,
    /// `2026-03-29` for a date.
    public var iso8601: String {
        switch kind {
        case .date:
            return Self.isoDate(local.date)
        case .floating:
            return Self.isoDateTime(local)
        case .zoned:
            let offset = utcOffset ?? 0
            guard let wall = LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offset)) else { return Self.isoDateTime(local) }
            return Self.isoDateTime(wall) + Self.isoOffset(offset)
        }
    }

    static func isoDate(_ date: LocalDate) -> String {
        pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }

    static func isoDateTime(_ local: LocalDateTime) -> String {
        isoDate(local.date) + "T" + pad(local.time.hour, 2) + ":" + pad(local.time.minute, 2) + ":" + pad(local.time.second, 2)
    }

    static func isoOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + pad(magnitude / 3600, 2) + ":" + pad(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + pad(magnitude % 60, 2) }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.instant, lhs.local) < (rhs.instant, rhs.local)
    }
}
