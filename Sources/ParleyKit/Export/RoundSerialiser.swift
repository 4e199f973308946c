import CivilTime
import Dispatch
import Foundation
import ICalendar
import Synchronization

/// Builds and serialises the events of every recorded round of a plan on all cores, so that
/// ``FeedAssembler`` can share each round's bytes among every feed that holds it (a round is
/// in its series' feed, its countries' or people's feeds, and `all.ics`).
///
/// Series are independent: contiguous stripes of them, balanced by rounds, are each built by
/// one worker, which serialises every round right after making its events (they are still in
/// the cache) into blocks of about 1 MiB and then lets the events go, keeping only what the
/// feeds need (``SerialisedRound``). A round with an organizer and attendees also gets the
/// form without attendees that `METHOD:PUBLISH` feeds use, cut from its serialised bytes
/// (``EventBytes/appendWithoutAttendees(_:to:)``). The rounds of a stripe lie back to back
/// in its blocks, so a feed of consecutive rounds is a handful of byte ranges.
///
/// The result does not depend on the number of cores: rounds in plan order (series in plan
/// order, rounds by number), findings in the same order.
enum RoundSerialiser {
    /// The size at which a block is closed and a new one begun.
    static let blockSize = 1 << 20

    /// What one stripe of series serialised to; block numbers count from the stripe's first block.
    private struct Stripe: Sendable {
        var rounds: [SerialisedRound] = []
        var plainBlocks: [[UInt8]] = []
        var publishedBlocks: [[UInt8]] = []
        var findings: [Finding] = []
    }

    /// The serialised rounds of `plan` and the blocks their bytes lie in.
    ///
    /// - Complexity: O(*n*) in the output, spread over all cores.
    static func serialise(_ plan: Plan, history: FeedHistory, findings: inout [Finding]) -> (rounds: [SerialisedRound], blocks: [[UInt8]]) {
        let timestamp = FeedExporter.timestamp(of: plan)
        let series = plan.series
        let total = series.reduce(0) { $0 + $1.rounds.count }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let count = total < 256 ? 1 : min(series.count, cores * 4)
        // Stripe boundaries that share the rounds out evenly.
        var bounds = [0]
        var seen = 0
        for (index, item) in series.enumerated() {
            seen += item.rounds.count
            if bounds.count < count, seen * count >= total * bounds.count { bounds.append(index + 1) }
        }
        if bounds.last != series.count { bounds.append(series.count) }
        let limits = bounds
        let stripes: [Stripe]
        if limits.count == 2 {
            stripes = [serialise(series[limits[0]..<limits[1]], of: plan, history: history, timestamp: timestamp)]
        } else {
            let results = Mutex<[Stripe?]>(Array(repeating: nil, count: limits.count - 1))
            DispatchQueue.concurrentPerform(iterations: limits.count - 1) { stripe in
                let result = serialise(series[limits[stripe]..<limits[stripe + 1]], of: plan, history: history, timestamp: timestamp)
                results.withLock { $0[stripe] = result }
            }
            stripes = results.withLock { $0.compactMap { $0 } }
        }
        var rounds: [SerialisedRound] = []
        var blocks: [[UInt8]] = []
        rounds.reserveCapacity(total)
        for stripe in stripes {
            let plainBase = blocks.count
            let publishedBase = plainBase + stripe.plainBlocks.count
            func shifted(_ form: SerialisedRound.Form, by base: Int) -> SerialisedRound.Form {
                guard case .bytes(var run) = form else { return form }
                run.block += base
                return .bytes(run)
            }
            blocks += stripe.plainBlocks
            blocks += stripe.publishedBlocks
            for var round in stripe.rounds {
                round.plain = shifted(round.plain, by: plainBase)
                round.published = shifted(round.published, by: publishedBase)
                rounds.append(round)
            }
            findings += stripe.findings
        }
        return (rounds, blocks)
    }

    /// Builds and serialises the rounds of `series`, one series at a time.
    private static func serialise(_ series: ArraySlice<Series>, of plan: Plan, history: FeedHistory, timestamp: Instant) -> Stripe {
        var stripe = Stripe()
        var writer = CalendarWriter(reservingCapacity: blockSize + 65_536)
        var published: [UInt8] = []
        for item in series {
            var events: [RoundEvents] = []
            FeedExporter.roundEvents(of: item, in: plan, history: history, timestamp: timestamp, into: &events, findings: &stripe.findings)
            for round in events {
                let plain = serialisePlain(round, writer: &writer, blocks: &stripe.plainBlocks)
                var stripped = SerialisedRound.Form.none
                let hasOrganizer = round.hasOrganizer
                let hasAttendees = round.hasAttendees
                if hasOrganizer && hasAttendees {
                    stripped = serialisePublished(
                        round, plain: plain, writer: writer, plainBlocks: stripe.plainBlocks, into: &published, blocks: &stripe.publishedBlocks)
                }
                stripe.rounds.append(
                    SerialisedRound(
                        seriesID: round.seriesID, countries: round.countries, people: round.people, eventCount: round.events.count,
                        hasOrganizer: hasOrganizer, hasAttendees: hasAttendees, zones: round.timeZoneIdentifiers, years: round.years,
                        plain: plain, published: stripped))
            }
        }
        if writer.count > 0 { stripe.plainBlocks.append(writer.bytes) }
        if !published.isEmpty { stripe.publishedBlocks.append(published) }
        return stripe
    }

    /// Appends the round's events to `writer`, closing the block into `blocks` when it is full.
    private static func serialisePlain(_ round: RoundEvents, writer: inout CalendarWriter, blocks: inout [[UInt8]]) -> SerialisedRound.Form {
        let start = writer.count
        do throws(CalendarWriteError) {
            for event in round.events { try writer.write(event) }
        } catch {
            // Keep what came before the failed round; the writer starts afresh on a new line.
            if start > 0 { blocks.append(writer.withBytes { Array($0[0..<start]) }) }
            writer.removeAll()
            return .failed("\(error)")
        }
        let form = SerialisedRound.Form.bytes(Feed.Run(block: blocks.count, range: start..<writer.count))
        if writer.count >= blockSize {
            blocks.append(writer.bytes)
            writer.removeAll()
        }
        return form
    }

    /// Appends the round's events without attendees to `block`: cut from the plain bytes
    /// (in `plainBlocks`, or still in the `writer`'s open block) when they exist, else
    /// serialised afresh; closes the block into `blocks` when it is full.
    private static func serialisePublished(
        _ round: RoundEvents, plain: SerialisedRound.Form, writer: borrowing CalendarWriter, plainBlocks: [[UInt8]],
        into block: inout [UInt8], blocks: inout [[UInt8]]
    ) -> SerialisedRound.Form {
        if block.isEmpty { block.reserveCapacity(blockSize + 65_536) }
        let start = block.count
        switch plain {
        case .bytes(let run) where run.block < plainBlocks.count:
            plainBlocks[run.block].withUnsafeBytes { EventBytes.appendWithoutAttendees(UnsafeRawBufferPointer(rebasing: $0[run.range]), to: &block) }
        case .bytes(let run):
            writer.withBytes { EventBytes.appendWithoutAttendees(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[run.range])), to: &block) }
        case .none, .failed:
            var writer = CalendarWriter()
            do throws(CalendarWriteError) {
                for event in round.events {
                    var copy = event
                    copy.attendees = []
                    try writer.write(copy)
                }
            } catch {
                return .failed("\(error)")
            }
            writer.withBytes { block.append(contentsOf: $0) }
        }
        let form = SerialisedRound.Form.bytes(Feed.Run(block: blocks.count, range: start..<block.count))
        if block.count >= blockSize {
            blocks.append(block)
            block = []
        }
        return form
    }
}
