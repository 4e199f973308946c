/// What a venue holds at once: a place (a city) holds any number of rounds; a building
/// declared `exclusive` holds one; `rooms 3` holds three; `rooms garuda nusantara` holds one
/// round in each named room.
public enum VenueRooms: Hashable, Sendable {
    /// No `rooms` or `exclusive` line: a place, never double-booked by itself.
    case unlimited
    /// `exclusive` (one) or `rooms N`: interchangeable rooms.
    case count(Int)
    /// `rooms NAME…`: rooms a round names with `at VENUE room NAME`.
    case named([String])

    /// How many rounds fit at once, or `nil` for a place.
    public var capacity: Int? {
        switch self {
        case .unlimited: nil
        case .count(let count): count
        case .named(let names): names.count
        }
    }

    /// The named rooms (empty unless ``named(_:)``).
    public var names: [String] {
        if case .named(let names) = self { return names }
        return []
    }
}
