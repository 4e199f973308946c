import Basics
import Foundation
import ICalendar

/// One calendar file `parley ics` writes: its safe file name, its title and its calendar.
///
/// A feed made by ``FeedExporter`` does not hold its bytes in one piece: its calendar is a
/// ``ICalendar/SharedCalendar``, whose events are byte ranges of the rounds it shares with
/// the other feeds of the same ``FeedSet`` (a round is in its series' feed and in `all.ics`).
/// It is written to its file or compared with one piece by piece; ``bytes`` assembles it.
public struct Feed: Sendable {
    /// The file name inside the output folder (`id-ru-iis.ics`, `country-ID.ics`, `all.ics`);
    /// see ``FeedFileName``.
    public let fileName: String
    /// The calendar's display name (`X-WR-CALNAME`).
    public let title: String
    /// The calendar's bytes, in pieces.
    let calendar: SharedCalendar

    /// A feed from its parts: `eventCount` events in `bytes`.
    public init(fileName: String, title: String, eventCount: Int, bytes: [UInt8]) {
        self.init(fileName: fileName, title: title, calendar: SharedCalendar(bytes: bytes, eventCount: eventCount))
    }

    init(fileName: String, title: String, calendar: SharedCalendar) {
        self.fileName = fileName
        self.title = title
        self.calendar = calendar
    }

    /// How many `VEVENT`s it holds (rounds and milestones).
    public var eventCount: Int { calendar.eventCount }

    /// The number of octets of ``bytes``.
    public var byteCount: Int { calendar.byteCount }

    /// The RFC 5545 text: CRLF lines folded at 75 octets.
    ///
    /// - Complexity: O(*n*) in ``byteCount``: the pieces are copied into one array.
    public var bytes: [UInt8] { calendar.bytes }

    /// Whether the feed's bytes are exactly `other` (compared piece by piece), e.g. the
    /// `Data` of the file on disk.
    public func hasBytes(_ other: some ContiguousBytes) -> Bool {
        calendar.hasBytes(other)
    }

    /// Whether the file at `path` holds exactly the feed's bytes. Sizes are compared first,
    /// so a file of another size is never read; one of the same size is read and compared.
    public func isContent(ofFileAt path: String) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == byteCount,
            let data = FileBytes.read(path: path)
        else { return false }
        return hasBytes(data)
    }
}

extension Feed: Hashable {
    /// Feeds are equal when their names, titles, event counts and bytes are.
    public static func == (left: Feed, right: Feed) -> Bool {
        left.fileName == right.fileName && left.title == right.title && left.eventCount == right.eventCount
            && left.byteCount == right.byteCount && left.hasBytes(right.bytes)
    }

    /// Hashes the name, title, event count and size (equal feeds agree on all four).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fileName)
        hasher.combine(title)
        hasher.combine(eventCount)
        hasher.combine(byteCount)
    }
}
