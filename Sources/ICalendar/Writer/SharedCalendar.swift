import Basics
import Foundation

/// One calendar file made from ``SharedEvents``: its own header and `VTIMEZONE`s, then byte
/// ranges of the shared events, then `END:VCALENDAR`, byte for byte what
/// ``CalendarWriter/bytes(of:)`` writes for the whole ``CalendarDocument``.
///
/// It never holds its bytes in one piece: ``forEachChunk(_:)`` hands out the pieces in order,
/// so a calendar is written to its file (``write(toFile:durable:followingSymbolicLinks:)``) or compared with one
/// (``hasBytes(_:)``) without being copied whole; ``bytes`` assembles them.
public struct SharedCalendar: Sendable {
    /// What one calendar of ``SharedEvents/calendars(_:)`` holds.
    public struct Contents: Sendable {
        /// `PRODID`.
        public var productID: String
        /// `METHOD`, e.g. `PUBLISH`; none when `nil`.
        public var method: String?
        /// Further calendar properties (`X-WR-CALNAME`, …), after the header.
        public var otherProperties: [CalendarProperty]
        /// The shared events it holds, by number, in the order written.
        public var events: [Range<Int>]
        /// Whether the events keep their `ATTENDEE`s; `false` for `METHOD:PUBLISH` (RFC 5546 §3.2.1).
        public var withAttendees: Bool

        /// The contents from their parts.
        public init(
            productID: String, method: String? = nil, otherProperties: [CalendarProperty] = [], events: [Range<Int>],
            withAttendees: Bool = true
        ) {
            self.productID = productID
            self.method = method
            self.otherProperties = otherProperties
            self.events = events
            self.withAttendees = withAttendees
        }
    }

    /// A byte range of one block.
    struct Run: Sendable {
        var block: Int32
        var start: Int32
        var end: Int32
    }

    /// The header and `VTIMEZONE`s, or the whole calendar for ``init(bytes:)``.
    private let head: [UInt8]
    /// The shared blocks the ``runs`` point into.
    private let blocks: [[UInt8]]
    private let runs: [Run]
    /// Whether `END:VCALENDAR` follows the runs (it is inside ``head`` otherwise).
    private let hasEnd: Bool
    /// How many `VEVENT`s it holds.
    public let eventCount: Int
    /// The number of octets of ``bytes``.
    public let byteCount: Int

    static let end: [UInt8] = Array("END:VCALENDAR\r\n".utf8)

    /// A calendar given whole, `eventCount` events in `bytes`.
    public init(bytes: [UInt8], eventCount: Int) {
        head = bytes
        blocks = []
        runs = []
        hasEnd = false
        self.eventCount = eventCount
        byteCount = bytes.count
    }

    init(head: [UInt8], blocks: [[UInt8]], runs: [Run], eventCount: Int) {
        self.head = head
        self.blocks = blocks
        self.runs = runs
        hasEnd = true
        self.eventCount = eventCount
        byteCount = head.count + runs.reduce(Self.end.count) { $0 + Int($1.end - $1.start) }
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

    /// Calls `body` with the calendar's bytes piece by piece, in order, without copying them.
    public func forEachChunk<Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        try Self.withRaw(head[...], body)
        for run in runs { try Self.withRaw(blocks[Int(run.block)][Int(run.start)..<Int(run.end)], body) }
        if hasEnd { try Self.withRaw(Self.end[...], body) }
    }

    /// Whether the calendar's bytes are exactly `other` (compared piece by piece), e.g. the
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

    /// Replaces the file at `path` with the calendar, atomically (``AtomicFile``: a temporary
    /// file in the same folder, `fsync`, rename). Pieces of 64 KiB or more go to the file as
    /// they are; smaller ones (events without their attendees) are gathered first, so the
    /// number of `write(2)` calls stays near the number of megabytes.
    ///
    /// - Throws: ``AtomicFileError`` naming the path and the step that failed; the old file,
    ///   if any, is then untouched.
    public func write(toFile path: String, durable: Bool = true, followingSymbolicLinks: Bool = true) throws(AtomicFileError) {
        do {
            try AtomicFile.write(to: path, durable: durable, followingSymbolicLinks: followingSymbolicLinks) {
                (file: inout AtomicFile) throws(AtomicFileError) in
                var gathered: [UInt8] = []
                try forEachChunk { (chunk: UnsafeRawBufferPointer) throws(AtomicFileError) in
                    if chunk.count >= Self.directWrite {
                        if !gathered.isEmpty { try file.append(gathered) }
                        gathered.removeAll(keepingCapacity: true)
                        try file.append(chunk)
                        return
                    }
                    if gathered.isEmpty { gathered.reserveCapacity(Self.directWrite * 4) }
                    gathered.append(contentsOf: chunk)
                    if gathered.count >= Self.directWrite * 4 {
                        try file.append(gathered)
                        gathered.removeAll(keepingCapacity: true)
                    }
                }
                if !gathered.isEmpty { try file.append(gathered) }
            }
        } catch {
            switch error {
            case .file(let failure), .body(let failure): throw failure
            }
        }
    }

    /// The size from which a piece is written to the file without being gathered.
    static let directWrite = 1 << 16

    private static func withRaw<Failure: Error>(
        _ slice: ArraySlice<UInt8>, _ body: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        guard !slice.isEmpty else { return }
        var failure: Failure?
        slice.withUnsafeBytes { buffer in
            do throws(Failure) { try body(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
