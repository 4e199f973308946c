import Basics
import CivilTime

/// Turns series and their recorded rounds into the concrete occurrences of a window, each
/// with its time worked out once (``RoundTime``: its days and sessions as absolute time).
///
/// Recorded rounds that take place (held, planned, proposed) become occurrences as written.
/// After the last of them, the cadence implies further rounds (numbered on, hosted by the
/// alternation, `proposed`, ``Occurrence/isImplied``) up to the end of the window.
/// Postponed and cancelled rounds are not occurrences.
///
/// - Complexity: O(*r* + *i*) for *r* recorded rounds and *i* implied ones, plus sorting.
public enum Expander {
    /// The occurrences of `plan` in `window`.
    ///
    /// A large plan's series are expanded in stripes on every core (``Parallel/mapStripes(_:minimum:_:)``),
    /// each series whole on one thread, so the result does not depend on the threads.
    public static func expand(_ plan: Plan, in window: DateWindow) -> Expansion {
        let expanded = Parallel.mapStripes(plan.series.count) { stripe in expand(plan, series: stripe, in: window) }
        var made = RoundOrder<Occurrence>()
        made.reserveCapacity(expanded.reduce(0) { $0 + $1.count })
        for stripe in expanded {
            for (occurrence, seriesIndex) in stripe {
                made.append(occurrence, day: occurrence.firstDay, series: seriesIndex, number: occurrence.number)
            }
        }
        return Expansion(window: window, occurrences: made.sorted())
    }

    /// The occurrences of the series of `plan` at `indices` in `window`, each with its
    /// series' index, in the order made.
    private static func expand(_ plan: Plan, series indices: Range<Int>, in window: DateWindow) -> [(Occurrence, Int)] {
        var made: [(Occurrence, Int)] = []
        made.reserveCapacity(plan.series[indices].reduce(0) { $0 + $1.rounds.count })
        var zones: [String: ZoneRules] = [:]
        for seriesIndex in indices {
            let series = plan.series[seriesIndex]
            func make(
                number: Int, start: RoundStart, venue: String?, isVirtual: Bool, status: RoundStatus, implied: Bool,
                location: SourceLocation, room: String? = nil
            ) {
                let first = start.date
                guard let last = series.lastDay(startingOn: first), window.overlaps(first, last) else { return }
                let zone = RoundTime.zone(of: series, venue: venue, in: plan)
                let rules = zones[zone] ?? RoundTime.rules(zone)
                zones[zone] = rules
                guard
                    let time = RoundTime(start: start, lastingDays: series.lastingDays, sessions: series.sessions, zone: zone, rules: rules)
                else { return }
                let occurrence = Occurrence(
                    seriesID: series.id, number: number, time: time, venueID: venue, isVirtual: isVirtual, status: status,
                    isImplied: implied,
                    location: location, room: room)
                made.append((occurrence, seriesIndex))
            }
            let meetings = series.meetings
            for round in meetings {
                let isVirtual = round.isVirtual || series.hosting?.mode == .virtual
                make(
                    number: round.number, start: round.start, venue: round.venue?.id, isVirtual: isVirtual, status: round.status,
                    implied: false, location: round.location, room: round.room?.id)
            }
            guard let last = meetings.last else { continue }
            var number = (series.rounds.map(\.number).max() ?? 0)
            var anchor = last.start.date
            var venue = last.venue?.id
            while let next = series.nextExpected(after: anchor), next <= window.through {
                number += 1
                venue = series.expectedVenue(after: venue)
                make(
                    number: number, start: .date(next), venue: venue, isVirtual: series.hosting?.mode == .virtual, status: .proposed,
                    implied: true, location: series.location)
                anchor = next
            }
        }
        return made
    }
}
