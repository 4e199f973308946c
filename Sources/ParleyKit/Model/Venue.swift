/// A place rounds are held: `venue jakarta "Jakarta" in ID`.
public struct Venue: Hashable, Sendable {
    /// The id (`jakarta`).
    public let id: String
    /// The city.
    public let city: String
    /// The country it is in.
    public let country: Reference
    /// The IANA time zone: the one declared with `timezone`, else the country's.
    public let timezone: String
    /// Whether ``timezone`` was declared on the venue rather than taken from the country.
    public let hasOwnTimezone: Bool
    /// Where the declaration starts.
    public let location: SourceLocation
    /// How many rounds it holds at once (`exclusive`, `rooms N`, `rooms NAME…`); a place
    /// without them holds any number.
    public let rooms: VenueRooms

    /// A venue from its parts.
    public init(
        id: String, city: String, country: Reference, timezone: String, hasOwnTimezone: Bool, location: SourceLocation,
        rooms: VenueRooms = .unlimited
    ) {
        self.rooms = rooms
        self.id = id
        self.city = city
        self.country = country
        self.timezone = timezone
        self.hasOwnTimezone = hasOwnTimezone
        self.location = location
    }
}
