/// What a suggested window costs: one soft rule it breaks or one preference it misses, with
/// the points it adds to the window's score (lower scores rank first).
public struct Cost: Hashable, Sendable {
    /// Where a cost comes from.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A soft rule of `parley check` (a warning), or a relaxed `cadence` finding.
        case rule
        /// Days between the window's start and the cadence's ideal date (or, without one, a
        /// re-planned round's current date).
        case distance
        /// A day outside the series' `prefer months`.
        case month
        /// A delegate's other round, or event in their busy calendar, within three days of the window.
        case commitment
        /// An estimated holiday (not yet decreed) of a party within three days of the window.
        case nearHoliday = "near-holiday"
    }

    /// Points per soft-rule warning.
    public static let warningPoints = 50
    /// Points per `cadence` error accepted in a widened search stage.
    public static let relaxedCadencePoints = 100
    /// Points for a window with a day outside the preferred months.
    public static let monthPoints = 30
    /// Points per other round of a delegate within three days.
    public static let commitmentPoints = 15
    /// Points per busy-calendar event of a delegate within three days.
    public static let busyEventPoints = 5
    /// Points per estimated holiday of a party within three days.
    public static let nearHolidayPoints = 10

    /// Where it comes from.
    public let kind: Kind
    /// The rule's code, for ``Kind/rule``.
    public let code: FindingCode?
    /// Points added to the score.
    public let points: Int
    /// What it is, in words.
    public let message: String

    /// A cost from its parts.
    public init(_ kind: Kind, code: FindingCode? = nil, points: Int, message: String) {
        self.kind = kind
        self.code = code
        self.points = points
        self.message = message
    }
}
