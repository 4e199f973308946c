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
