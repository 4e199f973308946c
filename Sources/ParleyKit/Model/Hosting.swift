/// Who hosts a series' rounds.
public struct Hosting: Hashable, Sendable {
    /// The three ways a series can be hosted.
    public enum Mode: Hashable, Sendable {
        /// `hosts alternate jakarta moscow`: the venues take turns in this order.
        case alternate([Reference])
        /// `host jakarta`: always the same venue.
        case fixed(Reference)
        /// `virtual`: every round is online.
        case virtual
        /// `hosts rotate alphabetical` or `hosts rotate ID MY PH`: the chair (and with it the
        /// host) passes from member to member in this order, wrapping round.
        case rotate(Rotation)
    }

    /// The order of a rotation.
    public enum Rotation: Hashable, Sendable {
        /// By the partners' names as the plan declares them (`country BN "Brunei Darussalam"`),
        /// in English alphabetical order, as the ASEAN Charter (article 31) rotates its chair.
        case alphabetical
        /// The countries in the order written.
        case listed([Reference])
    }

    /// The mode.
    public let mode: Mode
    /// `.error`, or `.warning` when marked `soft`.
    public let severity: Severity
    /// Where the line starts.
    public let location: SourceLocation

    /// A hosting arrangement from its parts.
    public init(mode: Mode, severity: Severity, location: SourceLocation) {
        self.mode = mode
        self.severity = severity
        self.location = location
    }
}
