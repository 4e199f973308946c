import CivilTime
import ICalendar

/// Builds feed files from rounds' events, serialising each round's events once and reusing
/// the bytes in every feed that holds them (a round is in its series' feed, its countries' or
/// people's feeds, and `all.ics`), and generating each `VTIMEZONE` once per zone and year span.
///
/// The result is byte for byte what ``CalendarWriter/bytes(of:)`` gives for the whole
/// ``CalendarDocument``: header, `VTIMEZONE`s, events in order, `END:VCALENDAR`.
struct FeedAssembler {
    let rounds: [RoundEvents]
    private var plain: [[UInt8]?]
    private var published: [[UInt8]?]
    private var zones: [String: CalendarTimeZone] = [:]
    private(set) var findings: [Finding] = []

    init(rounds: [RoundEvents]) {
        self.rounds = rounds
        plain = Array(repeating: nil, count: rounds.count)
        published = Array(repeating: nil, count: rounds.count)
    }

    /// The feed `name` of the rounds at `indices`; `METHOD:PUBLISH` without attendees when
    /// every event has an organizer (RFC 5546 §3.2.1). `nil`, with a finding, when a zone is
    /// unknown or a value cannot be written.
    mutating func feed(named name: String, title: String, indices: [Int]) -> Feed? {
        let publish = !indices.isEmpty && indices.allSatisfy { rounds[$0].hasOrganizer }
        var header = CalendarDocument(
            productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
            otherProperties: [.text("X-WR-CALNAME", title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")]
        )
        var identifiers: Set<String> = []
        var low = Int.max
        var high = Int.min
        var eventCount = 0
        for index in indices {
            identifiers.formUnion(rounds[index].timeZoneIdentifiers)
            if let years = rounds[index].years {
                low = min(low, years.lowerBound)
                high = max(high, years.upperBound)
            }
            eventCount += rounds[index].events.count
        }
        do {
            if low <= high {
                for identifier in identifiers.sorted() { header.timeZones.append(try timeZone(identifier, covering: low...high)) }
            }
            var bytes = try CalendarWriter.bytes(of: header)
            let end = Array("END:VCALENDAR\r\n".utf8)
            bytes.removeLast(end.count)
            var chunks: [[UInt8]] = []
            chunks.reserveCapacity(indices.count)
            for index in indices { chunks.append(try chunk(index, publish: publish)) }
            bytes.reserveCapacity(bytes.count + chunks.reduce(end.count) { $0 + $1.count })
            for chunk in chunks { bytes += chunk }
            bytes += end
            return Feed(fileName: name, title: title, eventCount: eventCount, bytes: bytes)
        } catch {
            findings.append(Finding(.error, code: "input", message: "\(name): \(error)", at: SourceLocation(file: name, line: 1, column: 1, offset: 0)))
            return nil
        }
    }

    /// The serialised events of round `index`, without attendees when `publish`.
    private mutating func chunk(_ index: Int, publish: Bool) throws -> [UInt8] {
        let stripped = publish && rounds[index].hasAttendees
        if let cached = stripped ? published[index] : plain[index] { return cached }
        var writer = CalendarWriter(reservingCapacity: 1536 * rounds[index].events.count)
        for var event in rounds[index].events {
            if stripped { event.attendees = [] }
            try writer.write(event)
        }
        let bytes = writer.bytes
        if stripped {
            published[index] = bytes
        } else {
            plain[index] = bytes
        }
        return bytes
    }

    private mutating func timeZone(_ identifier: String, covering years: ClosedRange<Int>) throws -> CalendarTimeZone {
        let key = "\(identifier) \(years.lowerBound) \(years.upperBound)"
        if let zone = zones[key] { return zone }
        let zone = CalendarTimeZone(rules: try ZoneRules.named(identifier), covering: years)
        zones[key] = zone
        return zone
    }
}
