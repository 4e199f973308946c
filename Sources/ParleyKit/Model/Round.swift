import CivilTime

/// One recorded meeting of a series:
/// `round 1 on 2017-03-22 at jakarta held "Hotel Sari Pan Pacific"`.
///
/// A round is a value; its parts live in one shared, immutable box, so that a copy costs one
/// reference instead of a dozen (a `next` search places a candidate among copies of its
/// series' rounds for every window it tries).
public struct Round: Hashable, Sendable {
    /// The parts of a round, never changed once made.
    private final class Parts: Sendable {
        let number: Int
        let start: RoundStart
        let venue: Reference?
        let isVirtual: Bool
        let status: RoundStatus
        let notes: [String]
        let movedFrom: [LocalDate]
        let location: SourceLocation
        let acknowledgements: [Acknowledgement]
        let room: Reference?
        let covers: [Reference]
        let chair: Reference?
        let declinedBy: [Reference]

        init(
            number: Int, start: RoundStart, venue: Reference?, isVirtual: Bool, status: RoundStatus, notes: [String],
            movedFrom: [LocalDate], location: SourceLocation, acknowledgements: [Acknowledgement], room: Reference?,
            covers: [Reference], chair: Reference?, declinedBy: [Reference]
        ) {
            self.number = number
            self.start = start
            self.venue = venue
            self.isVirtual = isVirtual
            self.status = status
            self.notes = notes
            self.movedFrom = movedFrom
            self.location = location
            self.acknowledgements = acknowledgements
            self.room = room
            self.covers = covers
            self.chair = chair
            self.declinedBy = declinedBy
        }
    }

    private let parts: Parts

    /// Its number in the series, from 1.
    public var number: Int { parts.number }
    /// When it starts.
    public var start: RoundStart { parts.start }
    /// The venue, when given (`at jakarta`); `nil` for virtual rounds and undecided hosts.
    public var venue: Reference? { parts.venue }
    /// Whether it is held online (`virtual`).
    public var isVirtual: Bool { parts.isVirtual }
    /// Held, planned, proposed, postponed or cancelled (`planned` unless written).
    public var status: RoundStatus { parts.status }
    /// Free-text notes: the string on the round line, then each `note` line.
    public var notes: [String] { parts.notes }
    /// Earlier dates it was moved from (`moved from 2019-03-01`), oldest first.
    public var movedFrom: [LocalDate] { parts.movedFrom }
    /// Where the round line starts.
    public var location: SourceLocation { parts.location }
    /// Findings accepted on purpose (`acknowledge holiday "Nyepi" because "…"` lines).
    public var acknowledgements: [Acknowledgement] { parts.acknowledgements }
    /// The room of its venue (`at kemlu room garuda`), when the venue names its rooms.
    public var room: Reference? { parts.room }
    /// The agenda topics it takes up (`covers policies certs`).
    public var covers: [Reference] { parts.covers }
    /// Who chairs it (`chair MY`), when written; otherwise the host's country (see
    /// ``Series/chair(of:in:)``).
    public var chair: Reference? { parts.chair }
    /// Members that declined their turn to chair or host this round (`declined by MM`).
    public var declinedBy: [Reference] { parts.declinedBy }

    /// A round from its parts.
    public init(
        number: Int, start: RoundStart, venue: Reference?, isVirtual: Bool, status: RoundStatus,
        notes: [String], movedFrom: [LocalDate], location: SourceLocation, acknowledgements: [Acknowledgement] = [],
        room: Reference? = nil, covers: [Reference] = [], chair: Reference? = nil, declinedBy: [Reference] = []
    ) {
        parts = Parts(
            number: number, start: start, venue: venue, isVirtual: isVirtual, status: status, notes: notes, movedFrom: movedFrom,
            location: location, acknowledgements: acknowledgements, room: room, covers: covers, chair: chair, declinedBy: declinedBy)
    }

    /// Whether two rounds have the same parts.
    public static func == (lhs: Round, rhs: Round) -> Bool {
        if lhs.parts === rhs.parts { return true }
        guard lhs.number == rhs.number, lhs.start == rhs.start, lhs.venue == rhs.venue, lhs.isVirtual == rhs.isVirtual,
            lhs.status == rhs.status, lhs.notes == rhs.notes, lhs.movedFrom == rhs.movedFrom, lhs.location == rhs.location,
            lhs.acknowledgements == rhs.acknowledgements, lhs.room == rhs.room, lhs.covers == rhs.covers, lhs.chair == rhs.chair
        else { return false }
        return lhs.declinedBy == rhs.declinedBy
    }

    /// Hashes every part that ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(start)
        hasher.combine(venue)
        hasher.combine(isVirtual)
        hasher.combine(status)
        hasher.combine(notes)
        hasher.combine(movedFrom)
        hasher.combine(location)
        hasher.combine(acknowledgements)
        hasher.combine(room)
        hasher.combine(covers)
        hasher.combine(chair)
        hasher.combine(declinedBy)
    }
}
