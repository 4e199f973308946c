import CivilTime

/// The travel days a visiting delegate needs around a round abroad: the day before its first
/// day and the day after its last.
public struct TravelPlan: Hashable, Sendable {
    /// The person's id.
    public let person: String
    /// The day they travel to the venue.
    public let outbound: LocalDate
    /// The day they travel home.
    public let inbound: LocalDate

    /// A travel plan from its parts.
    public init(person: String, outbound: LocalDate, inbound: LocalDate) {
        self.person = person
        self.outbound = outbound
        self.inbound = inbound
    }
}
