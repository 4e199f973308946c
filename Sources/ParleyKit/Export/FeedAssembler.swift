import CivilTime
import Dispatch
import Foundation
import ICalendar
import Synchronization

/// Builds feed files from rounds' events, serialising each round's events once per form it
/// is needed in (with attendees, or without them for a `METHOD:PUBLISH` feed) and sharing
/// those bytes among every feed that holds the round (a round is in its series' feed, its
/// countries' or people's feeds, and `all.ics`); each `VTIMEZONE` is generated once per zone
/// and year span.
///
/// The rounds are serialised on all cores, in contiguous stripes, into blocks of about 1 MiB;
/// the rounds of a stripe lie back to back in its blocks, so a feed of consecutive rounds is a
/// handful of byte ranges however many rounds it holds.
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

    /// Where one form of a round's events went.
    private enum Piece: Sendable {
        /// Not needed by any feed.
        case none
        /// Serialised at this range of a block.
        case bytes(Feed.Run)
        /// Could not be written; the writer's reason.
        case failed(String)
    }

    /// What one stripe of rounds serialised to; block numbers count from the stripe's first block.
    private struct Stripe: Sendable {
        var blocks: [[UInt8]] = []
        var plain: [Piece] = []
        var published: [Piece] = []
        var zones: [[String]] = []
        var years: [ClosedRange<Int>?] = []
    }

    /// The size at which a block is closed and a new one begun.
    static let blockSize = 1 << 20

    let rounds: [RoundEvents]
    private var zoneCache: [String: CalendarTimeZone] = [:]

    init(rounds: [RoundEvents]) {
        self.rounds = rounds
    }

    /// The feeds of `groups`, in the same order, leaving out (with a finding) any feed whose
    /// zone is unknown or whose events or header cannot be written.
    ///
    /// A feed is `METHOD:PUBLISH`, its events without attendees, when every one of its events
    /// has an organizer (RFC 5546 §3.2.1).
    ///
    /// - Complexity: O(*n*) in the output, spread over all cores, plus O(*r*) per feed for a
    ///   feed of *r* rounds.
    mutating func feeds(_ groups: [Group]) -> (feeds: [Feed], findings: [Finding]) {
        let organized = rounds.map(\.hasOrganizer)
        var publishes: [Bool] = []
        publishes.reserveCapacity(groups.count)
        // 1: plain form, 2: the form without attendees.
        var needs = [UInt8](repeating: 0, count: rounds.count)
        for group in groups {
            let publish = !group.indices.isEmpty && group.indices.allSatisfy { organized[$0] }
            publishes.append(publish)
            for index in group.indices { needs[index] |= publish && rounds[index].hasAttendees ? 2 : 1 }
        }
        let stripes = serialise(needs: needs)
        var blocks: [[UInt8]] = []
        var plain: [Piece] = []
        var published: [Piece] = []
        var zones: [[String]] = []
        var years: [ClosedRange<Int>?] = []
        plain.reserveCapacity(rounds.count)
        published.reserveCapacity(rounds.count)
        zones.reserveCapacity(rounds.count)
        years.reserveCapacity(rounds.count)
        for stripe in stripes {
            let base = blocks.count
            func shifted(_ piece: Piece) -> Piece {
                guard case .bytes(var run) = piece else { return piece }
                run.block += base
                return .bytes(run)
            }
            blocks += stripe.blocks
            plain += stripe.plain.map(shifted)
            published += stripe.published.map(shifted)
            zones += stripe.zones
            years += stripe.years
        }
        var feeds: [Feed] = []
        var findings: [Finding] = []
        for (group, publish) in zip(groups, publishes) {
            do throws(FeedFailure) {
                let header = try header(of: group, publish: publish, zones: zones, years: years)
                var runs: [Feed.Run] = []
                var eventCount = 0
                for index in group.indices {
                    eventCount += rounds[index].events.count
                    switch publish && rounds[index].hasAttendees ? published[index] : plain[index] {
                    case .bytes(let run):
                        if let last = runs.last, last.block == run.block, last.range.upperBound == run.range.lowerBound {
                            runs[runs.count - 1].range = last.range.lowerBound..<run.range.upperBound
                        } else {
                            runs.append(run)
                        }
                    case .failed(let reason):
                        throw FeedFailure(reason: reason)
                    case .none:
                        throw FeedFailure(reason: "internal error: round \(index + 1) of the feed was not serialised")
                    }
                }
                feeds.append(Feed(fileName: group.name, title: group.title, eventCount: eventCount, header: header, blocks: blocks, runs: runs))
            } catch {
                findings.append(Finding(.error, code: "input", message: "\(group.name): \(error.reason)", at: SourceLocation(file: group.name, line: 1, column: 1, offset: 0)))
            }
        }
        return (feeds, findings)
    }

    /// The calendar's header and `VTIMEZONE`s, without `END:VCALENDAR`.
    private mutating func header(of group: Group, publish: Bool, zones: [[String]], years: [ClosedRange<Int>?]) throws(FeedFailure) -> [UInt8] {
        var document = CalendarDocument(
            productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
            otherProperties: [.text("X-WR-CALNAME", group.title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")]
        )
        var identifiers: Set<String> = []
        var low = Int.max
        var high = Int.min
        for index in group.indices {
            for identifier in zones[index] { identifiers.insert(identifier) }
            if let span = years[index] {
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

    /// Serialises the forms of each round that `needs` asks for, in contiguous stripes on all cores.
    private func serialise(needs: [UInt8]) -> [Stripe] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let count = rounds.count < 64 ? 1 : min(rounds.count / 16, cores * 4)
        guard count > 1 else { return [serialise(0..<rounds.count, needs: needs)] }
        let results = Mutex<[Stripe?]>(Array(repeating: nil, count: count))
        let total = rounds.count
        DispatchQueue.concurrentPerform(iterations: count) { stripe in
            let range = total * stripe / count..<total * (stripe + 1) / count
            let result = serialise(range, needs: needs)
            results.withLock { $0[stripe] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Serialises the rounds of `range`: first every plain form, then every form without
    /// attendees, so that each lies in round order.
    private func serialise(_ range: Range<Int>, needs: [UInt8]) -> Stripe {
        var stripe = Stripe()
        stripe.zones.reserveCapacity(range.count)
        stripe.years.reserveCapacity(range.count)
        for index in range {
            stripe.zones.append(rounds[index].timeZoneIdentifiers)
            stripe.years.append(rounds[index].years)
        }
        var writer = CalendarWriter(reservingCapacity: Self.blockSize + 65_536)
        stripe.plain = plainPass(range, needs: needs, writer: &writer, blocks: &stripe.blocks)
        stripe.published = publishedPass(range, needs: needs, plain: stripe.plain, writer: &writer, blocks: &stripe.blocks)
        return stripe
    }

    /// The plain form of the rounds of `range` that need it, appended to `blocks`.
    private func plainPass(_ range: Range<Int>, needs: [UInt8], writer: inout CalendarWriter, blocks: inout [[UInt8]]) -> [Piece] {
        var pieces = [Piece](repeating: .none, count: range.count)
        for index in range where needs[index] & 1 != 0 {
            let start = writer.count
            do throws(CalendarWriteError) {
                for event in rounds[index].events { try writer.write(event) }
                pieces[index - range.lowerBound] = .bytes(Feed.Run(block: blocks.count, range: start..<writer.count))
            } catch {
                pieces[index - range.lowerBound] = .failed("\(error)")
                // Keep what came before the failed round; the writer starts afresh on a new line.
                if start > 0 { blocks.append(writer.withBytes { Array($0[0..<start]) }) }
                writer.removeAll()
                continue
            }
            if writer.count >= Self.blockSize {
                blocks.append(writer.bytes)
                writer.removeAll()
            }
        }
        if writer.count > 0 {
            blocks.append(writer.bytes)
            writer.removeAll()
        }
        return pieces
    }

    /// The form without attendees of the rounds of `range` that need it, appended to
    /// `blocks`: the plain form with its `ATTENDEE` lines cut out where there is one
    /// (``EventBytes/appendWithoutAttendees(_:to:)``), else serialised afresh.
    private func publishedPass(
        _ range: Range<Int>, needs: [UInt8], plain: [Piece], writer: inout CalendarWriter, blocks: inout [[UInt8]]
    ) -> [Piece] {
        var pieces = [Piece](repeating: .none, count: range.count)
        var block: [UInt8] = []
        for index in range where needs[index] & 2 != 0 {
            if block.isEmpty { block.reserveCapacity(Self.blockSize + 65_536) }
            let start = block.count
            if case .bytes(let run) = plain[index - range.lowerBound] {
                blocks[run.block].withUnsafeBytes { EventBytes.appendWithoutAttendees(UnsafeRawBufferPointer(rebasing: $0[run.range]), to: &block) }
            } else {
                writer.removeAll()
                do throws(CalendarWriteError) {
                    for event in rounds[index].events {
                        var copy = event
                        copy.attendees = []
                        try writer.write(copy)
                    }
                } catch {
                    pieces[index - range.lowerBound] = .failed("\(error)")
                    writer.removeAll()
                    continue
                }
                writer.withBytes { block.append(contentsOf: $0) }
                writer.removeAll()
            }
            pieces[index - range.lowerBound] = .bytes(Feed.Run(block: blocks.count, range: start..<block.count))
            if block.count >= Self.blockSize {
                blocks.append(block)
                block = []
            }
        }
        if !block.isEmpty { blocks.append(block) }
        return pieces
    }
}

/// Why a feed could not be assembled, as its finding will say it.
private struct FeedFailure: Error {
    let reason: String
}
