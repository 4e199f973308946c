import Basics
import CivilTime
import ICalendar

/// Builds and serialises the events of every recorded round of a plan on all cores, each
/// round once, so that every feed holding it (its series' feed, its countries' or people's
/// feeds, `all.ics`) shares its bytes (``ICalendar/SharedEvents``).
///
/// Series are independent: contiguous stripes of them, balanced by rounds, are each built by
/// one worker of ``Basics/Parallel``, which serialises every round right after making its
/// events (they are still in the cache) and then lets the events go. The rounds of a stripe
/// lie back to back in its blocks, so a feed of consecutive rounds is a handful of byte ranges.
///
/// The result does not depend on the number of cores: rounds in plan order (series in plan
/// order, rounds by number), findings in the same order.
enum RoundSerialiser {
    /// What one stripe of series serialised to; event numbers count from the stripe's first event.
    private struct Stripe: Sendable {
        var rounds: [SerialisedRound] = []
        var events = SharedEvents()
        var findings: [Finding] = []
    }

    /// The serialised rounds of `plan` and the events they share.
    ///
    /// - Complexity: O(*n*) in the output, spread over all cores.
    static func serialise(_ plan: Plan, history: FeedHistory, findings: inout [Finding]) -> (
        rounds: [SerialisedRound], events: SharedEvents
    ) {
        let timestamp = FeedExporter.timestamp(of: plan)
        let series = plan.series
        let total = series.reduce(0) { $0 + $1.rounds.count }
        let count = total < 256 ? 1 : min(series.count, Parallel.cores * 4)
        // Stripe boundaries that share the rounds out evenly.
        var bounds = [0]
        var seen = 0
        for (index, item) in series.enumerated() {
            seen += item.rounds.count
            if bounds.count < count, seen * count >= total * bounds.count { bounds.append(index + 1) }
        }
        if bounds.last != series.count { bounds.append(series.count) }
        let limits = bounds
        let stripes = Parallel.map(limits.count - 1) { stripe in
            serialise(series[limits[stripe]..<limits[stripe + 1]], of: plan, history: history, timestamp: timestamp)
        }
        var rounds: [SerialisedRound] = []
        rounds.reserveCapacity(total)
        var base = 0
        for stripe in stripes {
            for var round in stripe.rounds {
                round.events = round.events.map { ($0.lowerBound + base)..<($0.upperBound + base) }
                rounds.append(round)
            }
            base += stripe.events.count
            findings += stripe.findings
        }
        return (rounds, SharedEvents(joining: stripes.map(\.events)))
    }

    /// Builds and serialises the rounds of `series`, one series at a time.
    private static func serialise(_ series: ArraySlice<Series>, of plan: Plan, history: FeedHistory, timestamp: Instant) -> Stripe {
        var stripe = Stripe()
        var writer = SharedEventsWriter()
        for item in series {
            var events: [RoundEvents] = []
            FeedExporter.roundEvents(of: item, in: plan, history: history, timestamp: timestamp, into: &events, findings: &stripe.findings)
            for round in events {
                let numbers: Result<Range<Int>, RoundWriteFailure>
                do {
                    numbers = .success(try writer.append(round.events))
                } catch {
                    numbers = .failure(RoundWriteFailure(reason: "\(error)"))
                }
                stripe.rounds.append(
                    SerialisedRound(
                        seriesID: round.seriesID, countries: round.countries, people: round.people, hasOrganizer: round.hasOrganizer,
                        uids: round.events.map(\.uid), events: numbers))
            }
        }
        stripe.events = writer.finish()
        return stripe
    }
}
