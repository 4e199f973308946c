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

    // Stored moment first, then the wall clock, the offset and the kind: 32 bytes a step in an
    // array, against 48 with the declaration order of the public names and an `Int?` offset
    // (an occurrence holds three instances and is copied at every step of a merge).

    /// The moment; see ``Kind`` for dates and floating times.
    public let instant: Instant
    /// The wall-clock time as generated (the instance's `RECURRENCE-ID` on its own clock).
    public let local: LocalDateTime
    /// ``utcOffset``, or ``noOffset`` for none.
    private let storedOffset: Int32
    /// Dates, floating times or zoned times.
    public let kind: Kind

    /// ``storedOffset`` when there is no offset: no zone is a day away from UTC.
    private static let noOffset = Int32.min

    /// Seconds east of UTC at ``instant`` in the zone, for `.zoned` instances.
    public var utcOffset: Int? { storedOffset == Self.noOffset ? nil : Int(storedOffset) }

    /// An instance from its parts.
    public init(local: LocalDateTime, instant: Instant, kind: Kind, utcOffset: Int?) {
        self.local = local
        self.instant = instant
        self.kind = kind
        storedOffset = utcOffset.map { Int32(clamping: $0) } ?? Self.noOffset
    }

    /// The instance for wall-clock `local` in `zone` (`nil` zone: floating).
    public init(local: LocalDateTime, zone: ZoneRules?, isDate: Bool = false) {
        self.local = local
        if isDate {
            kind = .date
            instant = Instant(secondsSinceEpoch: local.secondsSinceEpoch)
            storedOffset = Self.noOffset
        } else if let zone {
            kind = .zoned
            instant = zone.instant(for: local)
            storedOffset = Int32(clamping: zone.offset(at: instant))
        } else {
            kind = .floating
            instant = Instant(secondsSinceEpoch: local.secondsSinceEpoch)
            storedOffset = Self.noOffset
        }
    }

    /// The instance for wall-clock `local` in `cursor`'s zone: the same as
    /// ``init(local:zone:isDate:)`` with that zone, without a search over the zone's transitions
    /// while successive times stay between the same two (a rule's starts, in order).
    public init(local: LocalDateTime, cursor: inout ZoneCursor) {
        self.local = local
        kind = .zoned
        let resolved = cursor.resolve(local)
        instant = resolved.instant
        storedOffset = Int32(clamping: resolved.offset)
    }

    /// ISO 8601: `2026-03-29T10:00:00+07:00` (the actual wall clock at the instant, so a
    /// DST-gap instance shows its shifted time), `2026-03-29T10:00:00` when floating,
    /// `2026-03-29` for a date.
    public var iso8601: String {
        var bytes: [UInt8] = []
        appendISO8601(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``iso8601`` to `bytes`, for output written as bytes.
    public func appendISO8601(to bytes: inout [UInt8]) {
        switch kind {
        case .date:
            ISO8601.append(local.date, to: &bytes)
        case .floating:
            ISO8601.append(local, to: &bytes)
        case .zoned:
            let offset = utcOffset ?? 0
            let seconds = instant.secondsSinceEpoch + Int64(offset)
            // Outside a DST gap the wall clock at the instant is the generated time itself.
            if seconds == local.secondsSinceEpoch {
                ISO8601.append(local, offset: offset, to: &bytes)
                return
            }
            guard let wall = LocalDateTime(secondsSinceEpoch: seconds) else {
                ISO8601.append(local, to: &bytes)
                return
            }
            ISO8601.append(wall, offset: offset, to: &bytes)
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.instant, lhs.local) < (rhs.instant, rhs.local)
    }
}
