/// One calendar file `parley ics` writes: its safe file name, its title and its bytes.
public struct Feed: Hashable, Sendable {
    /// The file name inside the output folder (`id-ru-iis.ics`, `country-ID.ics`, `all.ics`);
    /// see ``FeedFileName``.
    public let fileName: String
    /// The calendar's display name (`X-WR-CALNAME`).
    public let title: String
    /// How many `VEVENT`s it holds (rounds and milestones).
    public let eventCount: Int
    /// The RFC 5545 text: CRLF lines folded at 75 octets.
    public let bytes: [UInt8]

    /// A feed from its parts.
    public init(fileName: String, title: String, eventCount: Int, bytes: [UInt8]) {
        self.fileName = fileName
        self.title = title
        self.eventCount = eventCount
        self.bytes = bytes
    }
}
