import CivilTime
import ICalendar

/// Turns a plan's recorded rounds into iCalendar feeds for `parley ics` (RFC 5545, with
/// RFC 5546 `METHOD:PUBLISH` when the plan names an organizer).
///
/// Every recorded round (held, planned, proposed, postponed, cancelled) is a `VEVENT`; rounds
/// the cadence merely implies are not, so a feed changes only when the plan does. For round
/// *n* of series *s*:
///
/// | property | value |
/// |---|---|
/// | `UID` | `s-round-n@parley` (milestone *k*: `s-round-n-milestone-k@parley`) |
/// | `DTSTAMP` | kept from the earlier feed while the event is unchanged, else the plan's (``timestamp(of:)``); see ``FeedHistory`` |
/// | `SEQUENCE` | kept while unchanged, one more than the earlier feed's when a significant property changed, else the number of `moved from` lines |
/// | `DTSTART`/`DTEND`/`RRULE` | all-day rounds: `VALUE=DATE`, `DTEND` the day after the last day (exclusive); timed rounds: the first session in the `TZID` of the round's zone, and `RRULE:FREQ=DAILY;COUNT=n` for a round of *n* > 1 days (``dates(of:)``, from the round's ``RoundTime``) |
/// | `STATUS` | held, planned → `CONFIRMED`; proposed → `TENTATIVE`; postponed, cancelled → `CANCELLED` |
/// | `SUMMARY` | `Title, round n` |
/// | `LOCATION` | `City, Country` of the venue, `Online` for a virtual round |
/// | `DESCRIPTION` | series, kind, basis, round, host, delegates (with emails), status, notes; never the round's dates, so a move changes only `DTSTART`, `DTEND`, `RRULE`, `SEQUENCE` and `DTSTAMP` |
/// | `CATEGORIES` | `Dialogue` or `Exchange`, then the partner countries' names |
/// | `ORGANIZER` | the `organizer` person's email, `CN` their role |
/// | `ATTENDEE` | delegates with an email, `CN` their role (only in feeds without `METHOD`: RFC 5546 §3.2.1 forbids attendees in `PUBLISH`) |
/// | `VALARM` | one `DISPLAY` alarm per `remind` line |
///
/// A timed round without session hours (`on 2026-03-10T09:30` in an all-day series) is
/// open-ended (``RoundTime``): each of its sessions runs to midnight.
///
/// Each round's events are built and serialised once, on all cores (``RoundSerialiser``), and
/// every feed holding the round shares their bytes, with or without attendees
/// (``ICalendar/SharedEvents``), so `all.ics` costs its header, not a second serialisation.
///
/// - Complexity: O(*r* log *r*) for *r* rounds, plus the `VTIMEZONE`s; the serialising is
///   spread over all cores.
public enum FeedExporter {
    /// `PRODID` of every feed.
    public static let productID = "-//Parley//parley ics//EN"
    /// The right-hand side of every `UID`.
    public static let uidDomain = "parley"

    /// The feeds of `plan` split by `grouping`, plus `all.ics`, with `SEQUENCE` and `DTSTAMP`
    /// carried on from `history` (the feeds written earlier; see ``FeedHistory``). A feed
    /// that would hold no event is not made (RFC 5545 §3.4 needs at least one component), so a
    /// plan without recorded rounds has no feeds, not even `all.ics`.
    public static func feeds(of plan: Plan, by grouping: FeedGrouping, history: FeedHistory = .empty) -> FeedSet {
        var findings: [Finding] = []
        let (rounds, events) = RoundSerialiser.serialise(plan, history: history, findings: &findings)
        var (feeds, failures) = FeedAssembler.feeds(
            groups(of: plan, rounds: rounds, by: grouping)
                + (rounds.isEmpty
                    ? [] : [FeedAssembler.Group(name: "all.ics", title: allTitle, indices: Array(rounds.indices))]),
            rounds: rounds, events: events)
        feeds.sort { $0.fileName < $1.fileName }
        return FeedSet(feeds: feeds, findings: (findings + failures).sorted(by: Finding.reportOrder))
    }

    /// The feeds `grouping` splits `rounds` into (without `all.ics`), each with its file name
    /// (``FeedFileName``), its title and its rounds' indices, in plan order.
    static func groups(of plan: Plan, rounds: [SerialisedRound], by grouping: FeedGrouping) -> [FeedAssembler.Group] {
        var groups: [(id: String, title: String, indices: [Int])] = []
        let prefix: String
        switch grouping {
        case .series:
            prefix = ""
            let bySeries = Dictionary(grouping: rounds.indices, by: { rounds[$0].seriesID })
            for series in plan.series {
                if let members = bySeries[series.id] { groups.append((series.id, series.title, members)) }
            }
        case .country:
            prefix = "country-"
            for country in plan.countries {
                let members = rounds.indices.filter { rounds[$0].countries.contains(country.id) }
                if !members.isEmpty { groups.append((country.id, "Parley: \(country.name)", members)) }
            }
        case .person:
            prefix = "person-"
            for person in plan.people {
                let members = rounds.indices.filter { rounds[$0].people.contains(person.id) }
                if !members.isEmpty { groups.append((person.id, "Parley: \(person.role)", members)) }
            }
        }
        let names = FeedFileName.names(for: groups.map(\.id), prefix: prefix)
        return zip(groups, names).map { FeedAssembler.Group(name: $1, title: $0.title, indices: $0.indices) }
    }
}
