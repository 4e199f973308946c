import CivilTime

/// One recorded meeting of a series:
/// `round 1 on 2017-03-22 at jakarta held "Hotel Sari Pan Pacific"`.
public struct Round: Hashable, Sendable {
    /// Its number in the series, from 1.
    public let number: Int
    /// When it starts.
    public let start: RoundStart
    /// The venue, when given (`at jakarta`); `nil` for virtual rounds and undecided hosts.
    public let venue: Reference?
    /// Whether it is held online (`virtual`).
    public let isVirtual: Bool
    /// Held, planned, proposed, postponed or cancelled (`planned` unless written).
    public let status: RoundStatus
    /// Free-text notes: the string on the round line, then each `note` line.
    public let notes: [String]
    /// Earlier dates it was moved from (`moved from 2019-03-01`), oldest first.
    public let movedFrom: [LocalDate]
    /// Where the round line starts.
    public let location: SourceLocation
    /// Findings accepted on purpose (`acknowledge holiday "Nyepi" because "…"` lines).
    public let acknowledgements: [Acknowledgement]
    /// The room of its venue (`at kemlu room garuda`), when the venue names its rooms.
    public let room: Reference?
    /// The agenda topics it takes up (`covers policies certs`).
    public let covers: [Reference]
    /// Who chairs it (`chair MY`), when written; otherwise the host's country (see
    /// ``Series/chair(of:in:)``).
    public let chair: Reference?
    /// Members that declined their turn to chair or host this round (`declined by MM`).
    public let declinedBy: [Reference]

    /// A round from its parts.
    public init(
        number: Int, start: RoundStart, venue: Reference?, isVirtual: Bool, status: RoundStatus,
        notes: [String], movedFrom: [LocalDate], location: SourceLocation, acknowledgements: [Acknowledgement] = [],
        room: Reference? = nil, covers: [Reference] = [], chair: Reference? = nil, declinedBy: [Reference] = []
    ) {
        self.covers = covers
        self.chair = chair
        self.declinedBy = declinedBy
        self.room = room
        self.acknowledgements = acknowledgements
        self.number = number
        self.start = start
        self.venue = venue
        self.isVirtual = isVirtual
        self.status = status
        self.notes = notes
        self.movedFrom = movedFrom
        self.location = location
    }
}
