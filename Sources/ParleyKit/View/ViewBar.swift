import CivilTime

/// A bar on a row of a ``YearView``: a round (recorded or implied), or the window inside which
/// an obligation's round is owed and not recorded.
public struct ViewBar: Sendable {
    /// How a bar is drawn: a round's status, an implied round, or an owed round.
    public enum Kind: String, CaseIterable, Sendable {
        case held, planned, proposed, postponed, cancelled, implied
        /// An owed round whose window is still open (its due date is today or later).
        case due
        /// An owed round whose window has passed without one.
        case overdue
    }

    /// The anchor of the bar, the same in every rendering of the same plan: `r-SERIES-N` for a
    /// recorded round, `i-SERIES-N` for an implied one, `o-SERIES-LEADER-N` for an obligation.
    public let id: String
    /// How it is drawn.
    public let kind: Kind
    /// The first day (clipped to the window only when drawn).
    public let first: LocalDate
    /// The last day.
    public let last: LocalDate
    /// The short label on the bar: the round number, or `due`.
    public let label: String
    /// What it is: `round 3 of id-jp`, or `id-jp-x owes a round`.
    public let name: String
    /// Its facts: `planned`, `2026-03-10..2026-03-11`, `tokyo (Tokyo, JP)`, then its agenda:
    /// `covers policies, legal`, and on a series' next round `topics due: certs (overdue)`.
    public let facts: [String]
    /// The round's time zone (the venue's), when known.
    public let zone: String?
    /// The findings on it, in report order.
    public let findings: [Finding]
    /// What falls due because of it (obligations), one sentence each.
    public let due: [String]

    /// ``name`` and ``facts`` in one line: `round 3 of id-jp · planned · 2026-03-10..2026-03-11`.
    public var title: String { ([name] + facts).joined(separator: " · ") }
}
