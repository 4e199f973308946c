/// A preparation step a series' rounds need: `milestone "delegation list due" 30 days before`,
/// `milestone "report to the minister" 2 weeks after`.
///
/// `before` counts back from a round's first day, `after` on from its last day; months are
/// calendar months clamped at month ends (``Span/advance(_:times:)``). `parley ics` writes each
/// as an all-day event of its own on that day.
public struct Milestone: Hashable, Sendable {
    /// What is due (`delegation list due`).
    public let title: String
    /// How far from the round.
    public let offset: Span
    /// Whether it falls before the round's first day (else after its last day).
    public let isBefore: Bool
    /// Where the line starts.
    public let location: SourceLocation

    /// A milestone from its parts.
    public init(title: String, offset: Span, isBefore: Bool, location: SourceLocation) {
        self.title = title
        self.offset = offset
        self.isBefore = isBefore
        self.location = location
    }
}
