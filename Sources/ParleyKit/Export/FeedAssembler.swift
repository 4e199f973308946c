import CivilTime
import ICalendar

/// Builds feed files from serialised rounds (``RoundSerialiser``): each feed gets its own
/// header and `VTIMEZONE`s (each generated once per zone and year span) and shares its
/// rounds' bytes with every other feed holding them, as byte ranges of the shared blocks.
///
/// A feed's bytes are byte for byte what ``CalendarWriter/bytes(of:)`` gives for the whole
/// ``CalendarDocument``: header, `VTIMEZONE`s, events in order, `END:VCALENDAR`.
struct FeedAssembler {
    /// One feed to build: its file name, its title and its rounds' indices, ascending.
    struct Group: Sendable {
        let name: String
        let title: String
        let indices: [Int]
    }

    let rounds: [SerialisedRound]
    let blocks: [[UInt8]]
    private var zoneCache: [String: CalendarTimeZone] = [:]

    init(rounds: [SerialisedRound], blocks: [[UInt8]]) {
        self.rounds = rounds
        self.blocks = blocks
    }

    /// The feeds of `groups`, in the same order, leaving out (with a finding) any feed whose
    /// zone is unknown or whose events or header cannot be written.
    ///
    /// A feed is `METHOD:PUBLISH`, its events without attendees, when every one of its events
    /// has an organizer (RFC 5546 §3.2.1).
    ///
    /// - Complexity: O(*r*) per feed of *r* rounds, plus its `VTIMEZONE`s.
    mutating func feeds(_ groups: [Group]) -> (feeds: [Feed], findings: [Finding]) {
        var feeds: [Feed] = []
        var findings: [Finding] = []
        for group in groups {
            let publish = !group.indices.isEmpty && group.indices.allSatisfy { rounds[$0].hasOrganizer }
            do throws(FeedFailure) {
                let header = try header(of: group, publish: publish)
                var runs: [Feed.Run] = []
                var eventCount = 0
                for index in group.indices {
                    eventCount += rounds[index].eventCount
                    switch rounds[index].form(publish: publish) {
                    case .bytes(let run):
                        if let last = runs.last, last.block == run.block, last.range.upperBound == run.range.lowerBound {
                            runs[runs.count - 1].range = last.range.lowerBound..<run.range.upperBound
                        } else {
                            runs.append(run)
                        }
                    case .failed(let reason):
                        throw FeedFailure(reason: reason)
                    case .none:
                        throw FeedFailure(reason: "internal error: a round of the feed was not serialised")
                    }
                }
                feeds.append(Feed(fileName: group.name, title: group.title, eventCount: eventCount, header: header, blocks: blocks, runs: runs))
            } catch {
                findings.append(Finding(.error, code: .input, message: "\(group.name): \(error.reason)", at: SourceLocation(file: group.name, line: 1, column: 1, offset: 0)))
            }
        }
        return (feeds, findings)
    }

    /// The calendar's header and `VTIMEZONE`s, without `END:VCALENDAR`.
    private mutating func header(of group: Group, publish: Bool) throws(FeedFailure) -> [UInt8] {
        var document = CalendarDocument(
            productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
            otherProperties: [.text("X-WR-CALNAME", group.title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")]
        )
        var identifiers: Set<String> = []
        var low = Int.max
        var high = Int.min
        for index in group.indices {
            for identifier in rounds[index].zones { identifiers.insert(identifier) }
            if let span = rounds[index].years {
                low = min(low, span.lowerBound)
                high = max(high, span.upperBound)
            }
        }
        do {
            if low <= high {
                for identifier in identifiers.sorted() { document.timeZones.append(try timeZone(identifier, covering: low...high)) }
            }
            var bytes = try CalendarWriter.bytes(of: document)
            bytes.removeLast(Feed.end.count)
            return bytes
        } catch {
            throw FeedFailure(reason: "\(error)")
        }
    }

    private mutating func timeZone(_ identifier: String, covering years: ClosedRange<Int>) throws -> CalendarTimeZone {
        let key = "\(identifier) \(years.lowerBound) \(years.upperBound)"
        if let zone = zoneCache[key] { return zone }
        let zone = CalendarTimeZone(rules: try ZoneRules.named(identifier), covering: years)
        zoneCache[key] = zone
        return zone
    }
}

/// Why a feed could not be assembled, as its finding will say it.
private struct FeedFailure: Error {
    let reason: String
}
