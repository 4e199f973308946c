/// One person at one round: where they are, for how long, and whether they travel for it.
public struct Attendance: Hashable, Sendable {
    /// How the person takes part.
    public enum Role: String, Hashable, Sendable {
        /// At a venue in their own country: no travel.
        case host
        /// At a venue abroad: a travel day (or the series' `travel N days`) before and after.
        case guest
        /// Online, or at a venue not yet decided: no travel counted.
        case remote
    }

    /// The position of the round in ``Expansion/occurrences``.
    public let occurrence: Int
    /// The person's id.
    public let person: String
    /// When the round holds them.
    public let range: InstantRange
    /// Host, guest or remote.
    public let role: Role
    /// Travel days needed before and after (0 unless a guest).
    public let travelDays: Int
    /// The venue, when the round is held at one.
    public let venueID: String?
    /// Whether the round holds whole days (no session hours).
    public let isAllDay: Bool

    /// An attendance from its parts.
    public init(occurrence: Int, person: String, range: InstantRange, role: Role, travelDays: Int, venueID: String?, isAllDay: Bool) {
        self.isAllDay = isAllDay
        self.occurrence = occurrence
        self.person = person
        self.range = range
        self.role = role
        self.travelDays = travelDays
        self.venueID = venueID
    }

    /// `as host in Jakarta`, `as a guest in Moscow`, `online`.
    func describe(venues: [String: Venue]) -> String {
        let city = venueID.flatMap { venues[$0]?.city } ?? venueID ?? ""
        switch role {
        case .host: return "as host in \(city)"
        case .guest: return "as a guest in \(city)"
        case .remote: return venueID == nil ? "online" : "in \(city)"
        }
    }
}
