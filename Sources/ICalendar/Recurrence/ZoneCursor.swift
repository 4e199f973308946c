import Basics
import CivilTime

/// Converts between wall-clock times and instants in one zone, remembering the stretch between
/// two transitions where the last conversion fell: the offset is constant there, so a run of
/// nearby conversions (a series' starts and ends) costs a comparison each instead of a binary
/// search over the zone's transitions.
///
/// Results are exactly those of ``ZoneRules/instant(for:)`` (RFC 5545 §3.3.5 for gaps and
/// repeated hours, which are always passed to it), ``ZoneRules/offset(at:)`` and
/// ``ZoneRules/localDateTime(at:)``.
///
/// - Complexity: O(1) while conversions stay between the same two transitions, O(log *t*) on
///   moving to another stretch.
public struct ZoneCursor: Sendable {
    /// The zone converted in.
    public let zone: ZoneRules
    /// Instants `instantLow..<instantHigh` (seconds since 1970) have offset `offset`.
    private var instantLow: Int64 = 0
    private var instantHigh: Int64 = 0
    private var offset: Int64 = 0
    /// Wall-clock seconds `wallLow..<wallHigh` name one instant each, at offset `offset`: the
    /// stretch's wall times minus the gap or repeated hour at either end.
    private var wallLow: Int64 = 0
    private var wallHigh: Int64 = 0

    /// A cursor in `zone`, positioned nowhere yet.
    public init(zone: ZoneRules) {
        self.zone = zone
    }

    /// The instant RFC 5545 §3.3.5 assigns to `local`, and the zone's offset at it.
    public mutating func resolve(_ local: LocalDateTime) -> (instant: Instant, offset: Int) {
        let wall = local.secondsSinceEpoch
        if wall >= wallLow && wall < wallHigh {
            return (Instant(secondsSinceEpoch: wall - offset), Int(offset))
        }
        let instant = zone.instant(for: local)
        locate(instant.secondsSinceEpoch)
        return (instant, Int(offset))
    }

    /// Seconds east of UTC at `instant`.
    public mutating func offset(at instant: Instant) -> Int {
        let seconds = instant.secondsSinceEpoch
        if seconds < instantLow || seconds >= instantHigh { locate(seconds) }
        return Int(offset)
    }

    /// The wall-clock time at `instant`, or `nil` outside years 1…9999.
    public mutating func localDateTime(at instant: Instant) -> LocalDateTime? {
        LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offset(at: instant)))
    }

    /// Remembers the stretch between the transitions around `seconds`.
    private mutating func locate(_ seconds: Int64) {
        let transitions = zone.transitions
        let low = transitions.partitioningIndex { $0.instant.secondsSinceEpoch > seconds }
        if low > 0 {
            let last = transitions[low - 1]
            instantLow = last.instant.secondsSinceEpoch
            offset = Int64(last.offsetAfter)
            wallLow = instantLow + Int64(max(last.offsetBefore, last.offsetAfter))
        } else {
            instantLow = .min
            offset = Int64(zone.initialOffset)
            wallLow = .min
        }
        if low < transitions.count {
            let next = transitions[low]
            instantHigh = next.instant.secondsSinceEpoch
            wallHigh = instantHigh + Int64(min(next.offsetBefore, next.offsetAfter))
        } else {
            instantHigh = .max
            wallHigh = .max
        }
    }
}
