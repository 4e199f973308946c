import CivilTime

/// One stage of the search: the start dates it tried and whether it had to relax the cadence.
///
/// Stage 0 is the cadence's due date ± its tolerance. Each further stage widens that by
/// ``Scheduler/wideningDays(for:)`` on each side, up to ``Scheduler/maximumWidenings``
/// stages; from stage 1 on, `cadence` findings (the round would be early or late) count as
/// costs rather than rejections, since widening is exactly giving up the tolerance.
public struct SearchStep: Hashable, Sendable {
    /// 0 for the first stage.
    public let index: Int
    /// The first and last start dates tried.
    public let starts: DateWindow
    /// Whether `cadence` findings count as costs in this stage.
    public let relaxesCadence: Bool

    /// A stage from its parts.
    public init(index: Int, starts: DateWindow, relaxesCadence: Bool) {
        self.index = index
        self.starts = starts
        self.relaxesCadence = relaxesCadence
    }

    /// The number of start dates tried.
    public var count: Int { starts.from.days(until: starts.through) + 1 }
}
