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
/// | `DTSTAMP` | the round's first day at 00:00 UTC: reproducible, and it changes when the round moves |
/// | `SEQUENCE` | how many `moved from` lines the round has |
/// | `DTSTART`/`DTEND` | all-day rounds: `VALUE=DATE`, `DTEND` the day after the last day (exclusive); timed rounds: `TZID` of the venue (else the first partner's), from the round's or the sessions' start on the first day to the sessions' end on the last day |
/// | `STATUS` | held, planned → `CONFIRMED`; proposed → `TENTATIVE`; postponed, cancelled → `CANCELLED` |
/// | `SUMMARY` | `Title, round n` |
/// | `LOCATION` | `City, Country` of the venue, `Online` for a virtual round |
/// | `DESCRIPTION` | series, kind, basis, round, host, delegates (with emails), status, notes; never the round's dates, so a move changes only `DTSTART`, `DTEND`, `SEQUENCE` and `DTSTAMP` |
/// | `CATEGORIES` | `Dialogue` or `Exchange`, then the partner countries' names |
/// | `ORGANIZER` | the `organizer` person's email, `CN` their role |
/// | `ATTENDEE` | delegates with an email, `CN` their role (only in feeds without `METHOD`: RFC 5546 §3.2.1 forbids attendees in `PUBLISH`) |
/// | `VALARM` | one `DISPLAY` alarm per `remind` line |
///
/// A timed round without session hours (`on 2026-03-10T09:30` in an all-day series) ends at
/// the same wall-clock time on its last day, or has no `DTEND` when it lasts one day
/// (RFC 5545 §3.6.1: it then ends when it starts).
///
/// - Complexity: O(*r* log *r*) for *r* rounds, plus the `VTIMEZONE`s.
public enum FeedExporter {
    /// `PRODID` of every feed.
    public static let productID = "-//Parley//parley ics//EN"
    /// The right-hand side of every `UID`.
    public static let uidDomain = "parley"

    /// The feeds of `plan` split by `grouping`, plus `all.ics`.
    public static func feeds(of plan: Plan, by grouping: FeedGrouping) -> FeedSet {
        var findings: [Finding] = []
        let rounds = roundEvents(of: plan, findings: &findings)
        var groups: [(id: String, title: String, prefix: String, rounds: [RoundEvents])] = []
        switch grouping {
        case .series:
            for series in plan.series {
                let members = rounds.filter { $0.seriesID == series.id }
                if !members.isEmpty { groups.append((series.id, series.title, "", members)) }
            }
        case .country:
            for country in plan.countries {
                let members = rounds.filter { $0.countries.contains(country.id) }
                if !members.isEmpty { groups.append((country.id, "Parley: \(country.name)", "country-", members)) }
            }
        case .person:
            for person in plan.people {
                let members = rounds.filter { $0.people.contains(person.id) }
                if !members.isEmpty { groups.append((person.id, "Parley: \(person.role)", "person-", members)) }
            }
        }
        let prefix = groups.first?.prefix ?? ""
        let names = FeedFileName.names(for: groups.map(\.id), prefix: prefix)
        var feeds: [Feed] = []
        for (group, name) in zip(groups, names) {
            if let feed = feed(named: name, title: group.title, rounds: group.rounds, findings: &findings) { feeds.append(feed) }
        }
        if let all = feed(named: "all.ics", title: "Parley: all rounds", rounds: rounds, findings: &findings) { feeds.append(all) }
        feeds.sort { $0.fileName < $1.fileName }
        return FeedSet(feeds: feeds, findings: findings.sorted(by: Finding.reportOrder))
    }

    /// One `VCALENDAR` of `rounds`' events with the `VTIMEZONE`s they use; `METHOD:PUBLISH`
    /// only when every event has an organizer.
    static func feed(named name: String, title: String, rounds: [RoundEvents], findings: inout [Finding]) -> Feed? {
        var events = rounds.flatMap(\.events)
        let publish = !events.isEmpty && events.allSatisfy { $0.organizer != nil }
        if publish {
            for index in events.indices { events[index].attendees = [] }
        }
        var calendar = CalendarDocument(
            productID: productID, method: publish ? "PUBLISH" : nil,
            otherProperties: [.text("X-WR-CALNAME", title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")],
            events: events
        )
        do {
            try calendar.addTimeZones()
        } catch {
            findings.append(Finding(.error, code: "input", message: "\(name): \(error)", at: SourceLocation(file: name, line: 1, column: 1, offset: 0)))
            return nil
        }
        do {
            let bytes = try CalendarWriter.bytes(of: calendar)
            return Feed(fileName: name, title: title, eventCount: events.count, bytes: bytes)
        } catch {
            findings.append(Finding(.error, code: "input", message: "\(name): \(error)", at: SourceLocation(file: name, line: 1, column: 1, offset: 0)))
            return nil
        }
    }
}
