import CivilTime
import ParleyKit

/// The synthetic plan of `parley-bench ics`: `rounds` recorded rounds spread evenly over
/// `series` series between Indonesia and four partners in four other zones. Even series meet
/// in timed sessions (09:00–17:00 at the venue), odd ones all day; every round lasts two days,
/// hosts alternate, statuses cycle through all five, every tenth round has moved, each series
/// has two delegates with emails and a reminder, and half of them name an organizer.
/// `ics_feeds_bench.py` reads this plan's JSON export and builds the same feeds.
struct IcsFeedsWorkload {
    static let at = SourceLocation(file: "bench.parley", line: 1, column: 1, offset: 0)
    static let countries = [
        ("ID", "Indonesia", "Asia/Jakarta", "Jakarta"), ("RU", "Россия", "Europe/Moscow", "Москва"),
        ("AU", "Australia", "Australia/Sydney", "Canberra"), ("US", "United States", "America/New_York", "New York"),
        ("IN", "India", "Asia/Kolkata", "New Delhi"),
    ]
    static let statuses: [RoundStatus] = [.held, .planned, .proposed, .postponed, .cancelled]

    /// The plan with `rounds` rounds in `series` series (the last series takes the remainder).
    static func plan(rounds: Int, series count: Int) -> Plan {
        let countries = Self.countries.map {
            Country(id: $0.0, name: $0.1, timezone: $0.2, weekend: [.saturday, .sunday], holidays: .none, location: at)
        }
        let venues = Self.countries.map {
            Venue(
                id: "venue-" + $0.0.lowercased(), city: $0.3, country: Reference($0.0, at: at), timezone: $0.2, hasOwnTimezone: false,
                location: at)
        }
        var people = [
            Person(
                id: "desk", role: "Bilateral Desk, Kemlu RI", country: Reference("ID", at: at), email: "desk@example.go.id",
                busyCalendar: nil, location: at)
        ]
        for country in Self.countries {
            people.append(
                Person(
                    id: "deputy-" + country.0.lowercased(), role: "Deputy Minister; \(country.1)", country: Reference(country.0, at: at),
                    email: "deputy@example.\(country.0.lowercased())", busyCalendar: nil, location: at))
        }
        let base = LocalDate(year: 2000, month: 1, day: 3) ?? .minimum
        var allSeries: [Series] = []
        let perSeries = max(rounds / max(count, 1), 1)
        var made = 0
        for index in 0..<count where made < rounds {
            let partner = Self.countries[1 + index % 4]
            let take = index == count - 1 ? rounds - made : min(perSeries, rounds - made)
            var list: [Round] = []
            list.reserveCapacity(take)
            for number in 1...max(take, 1) where made < rounds {
                let day = base.adding(days: (number - 1) * 30 + index % 30) ?? base
                let venue = number % 2 == 1 ? "venue-id" : "venue-" + partner.0.lowercased()
                let moved = number % 10 == 0 ? [day.adding(days: -14) ?? day] : []
                list.append(
                    Round(
                        number: number, start: .date(day), venue: Reference(venue, at: at), isVirtual: false,
                        status: statuses[number % statuses.count],
                        notes: number % 3 == 0 ? ["Agenda: review; CERT, exchange"] : [], movedFrom: moved, location: at))
                made += 1
            }
            allSeries.append(
                Series(
                    kind: index % 3 == 0 ? .exchange : .dialogue, id: "bench-\(index)",
                    title: "Indonesia–\(partner.1) consultations, track \(index)",
                    partners: [Reference("ID", at: at), Reference(partner.0, at: at)], basis: "MoU, Jakarta, 2015-06-22",
                    cadence: Span(30, .days),
                    lastingDays: 2,
                    sessions: index % 2 == 0
                        ? .timed(start: LocalTime(hour: 9, minute: 0) ?? .midnight, end: LocalTime(hour: 17, minute: 0) ?? .midnight)
                        : .allDay,
                    hosting: nil, delegates: [Reference("deputy-id", at: at), Reference("deputy-" + partner.0.lowercased(), at: at)],
                    rules: [], pauses: [],
                    rounds: list, location: at, organizer: index % 2 == 0 ? Reference("desk", at: at) : nil,
                    reminders: [Reminder(minutesBefore: 1440, location: at)]))
        }
        return Plan(files: ["bench.parley"], countries: countries, venues: venues, people: people, series: allSeries, blackouts: [])
    }
}
