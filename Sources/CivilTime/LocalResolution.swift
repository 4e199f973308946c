/// How a wall-clock date-time maps to instants in a zone.
public enum LocalResolution: Hashable, Sendable {
    /// The usual case: exactly one instant shows this wall-clock time.
    case unique(Instant)
    /// The time falls in a gap where clocks jumped forward; no instant shows it.
    /// `shifted` is the instant RFC 5545 §3.3.5 assigns: the time moved forward by the
    /// gap's length, `gap` seconds.
    case skipped(shifted: Instant, gap: Int)
    /// The time falls in an hour that clocks repeated when they went back; two instants
    /// show it, `earlier` (RFC 5545's choice) and `later`.
    case repeated(earlier: Instant, later: Instant)

    /// The instant RFC 5545 §3.3.5 assigns: the only one, the shifted one, or the earlier one.
    @inlinable public var instant: Instant {
        switch self {
        case .unique(let instant): instant
        case .skipped(let shifted, _): shifted
        case .repeated(let earlier, _): earlier
        }
    }
}
