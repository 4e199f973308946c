/// Where a round stands.
public enum RoundStatus: String, Hashable, Sendable, CaseIterable {
    /// It took place.
    case held
    /// It is agreed and scheduled.
    case planned
    /// It is suggested but not agreed.
    case proposed
    /// It was put off and has no new date yet; it does not count towards the rhythm.
    case postponed
    /// It will not take place; it does not count towards the rhythm.
    case cancelled

    /// Whether the round counts as a meeting for cadence, gap and host rules.
    public var takesPlace: Bool {
        switch self {
        case .held, .planned, .proposed: true
        case .postponed, .cancelled: false
        }
    }
}
