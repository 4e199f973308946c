import Foundation

/// One calendar file `parley ics` writes: its safe file name, its title and its bytes.
///
/// A feed built by ``FeedExporter`` does not hold its bytes in one piece: its header (with the
/// `VTIMEZONE`s) is its own, and its events are runs of the serialised rounds it shares with
/// the other feeds of the same ``FeedSet`` (a round is in its series' feed and in `all.ics`).
/// ``forEachChunk(_:)`` hands out those pieces in order, so a feed is written to its file or
/// compared with one without ever being copied whole; ``bytes`` assembles them.
public struct Feed: Sendable {
    /// The file name inside the output folder (`id-ru-iis.ics`, `country-ID.ics`, `all.ics`);
    /// see ``FeedFileName``.
    public let fileName: String
    /// The calendar's display name (`X-WR-CALNAME`).
    public let title: String
    /// How many `VEVENT`s it holds (rounds and milestones).
    public let eventCount: Int
    /// The number of octets of ``bytes``.
    public let byteCount: Int
    /// The header, then (for feeds made from shared events) the events and `END:VCALENDAR`.
    private let head: [UInt8]
    /// The shared blocks of serialised events the ``runs`` point into.
    private let blocks: [[UInt8]]
    /// The feed's events: byte ranges of ``blocks``, in order.
    private let runs: [Run]
    /// Whether `END:VCALENDAR` follows the runs (it is inside ``head`` otherwise).
    private let hasEnd: Bool

    /// A byte range of one block.
    struct Run: Hashable, Sendable {
        var block: Int
        var range: Range<Int>
    }

    static let end: [UInt8] = Array("END:VCALENDAR\r\n".utf8)

    /// A feed from its parts.
    public init(fileName: String, title: String, eventCount: Int, bytes: [UInt8]) {
        self.fileName = fileName
        self.title = title
        self.eventCount = eventCount
        byteCount = bytes.count
        head = bytes
        blocks = []
        runs = []
        hasEnd = false
    }

    /// A feed of `header` (the calendar up to its last `VTIMEZONE`), the events at `runs` of
    /// `blocks`, and `END:VCALENDAR`.
    init(fileName: String, title: String, eventCount: Int, header: [UInt8], blocks: [[UInt8]], runs: [Run]) {
        self.fileName = fileName
        self.title = title
        self.eventCount = eventCount
        byteCount = header.count + runs.reduce(Self.end.count) { $0 + $1.range.count }
        head = header
        self.blocks = blocks
        self.runs = runs
        hasEnd = true
    }

    /// The RFC 5545 text: CRLF lines folded at 75 octets.
    ///
    /// - Complexity: O(*n*) in ``byteCount``: the pieces are copied into one array.
    public var bytes: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(byteCount)
        forEachChunk { result.append(contentsOf: $0) }
        return result
    }

    /// Calls `body` with the feed's bytes piece by piece, in order, without copying them.
    public func forEachChunk<Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        try Self.withRaw(head[...], body)
        for run in runs { try Self.withRaw(blocks[run.block][run.range], body) }
        if hasEnd { try Self.withRaw(Self.end[...], body) }
    }

    /// Whether the feed's bytes are exactly `other` (compared piece by piece), e.g. the
    /// `Data` of the file on disk.
    public func hasBytes(_ other: some ContiguousBytes) -> Bool {
        var offset = 0
        var same = true
        other.withUnsafeBytes { whole in
            guard whole.count == byteCount else {
                same = false
                return
            }
            forEachChunk { chunk in
                guard same else { return }
                if let mine = chunk.baseAddress, let theirs = whole.baseAddress {
                    same = memcmp(mine, theirs + offset, chunk.count) == 0
                }
                offset += chunk.count
            }
        }
        return same
    }

    private static func withRaw<Failure: Error>(_ slice: ArraySlice<UInt8>, _ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        guard !slice.isEmpty else { return }
        var failure: Failure?
        slice.withUnsafeBytes { buffer in
            do throws(Failure) { try body(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
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
