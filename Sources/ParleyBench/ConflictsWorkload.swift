/// A synthetic set of plan files for `parley-bench conflicts`: countries in ten zones on both
/// sides of the date line, a venue per fifty people in each, `people` officials, and `people / 2` series of
/// twelve recorded rounds each (two-monthly, two days, hosts alternating, four delegates, avoiding
/// holidays and weekends; every fifth series virtual with session hours), so that every conflict rule has work to do.
///
/// Doubling `people` doubles the series, rounds and attendances.
enum ConflictsWorkload {
    static let countries: [(id: String, zone: String)] = [
        ("ID", "Asia/Jakarta"), ("RU", "Europe/Moscow"), ("AU", "Australia/Sydney"), ("IN", "Asia/Kolkata"),
        ("SG", "Asia/Singapore"), ("NZ", "Pacific/Auckland"), ("US", "America/New_York"), ("GB", "Europe/London"),
        ("JP", "Asia/Tokyo"), ("BR", "America/Sao_Paulo"),
    ]

    /// The files, by path: `bench/shared.parley` and one file per hundred series.
    static func files(people: Int) -> [String: String] {
        var shared = ""
        let venues = venuesPerCountry(people: people)
        for (id, zone) in countries {
            shared += "country \(id) \"\(id)\"\n  timezone \(zone)\n"
            // Each venue one hall (`exclusive`), so the venue rule has clashes to find.
            for venue in 0..<venues { shared += "venue \(id.lowercased())-v\(venue) \"City \(venue) of \(id)\" in \(id)\n  exclusive\n" }
        }
        for person in 0..<people {
            shared += "person p\(person) \"Official \(person)\" of \(countries[person % countries.count].id)\n"
            shared += "  busy from \"calendars/p\(person).ics\"\n"
        }
        var files = ["bench/shared.parley": shared]
        let seriesCount = max(1, people / 2)
        var body = ""
        for series in 0..<seriesCount {
            let first = series % countries.count
            let second = (series + 3) % countries.count
            let (a, b) = (countries[first].id, countries[second].id)
            // Delegates from both sides: people whose country is the partner's.
            let delegates = (0..<4).map { k in
                let country = k % 2 == 0 ? first : second
                return "p\((country + countries.count * ((series / countries.count + k * 7) % max(1, people / countries.count))) % people)"
            }
            let isVirtual = series % 5 == 0
            body += "dialogue s\(series) \"Series \(series)\"\n  partners \(a) \(b)\n  every 2 months\n  lasting 2 days\n"
            let venueA = "\(a.lowercased())-v\((series / countries.count) % venues)"
            let venueB = "\(b.lowercased())-v\((series / countries.count + 1) % venues)"
            body += isVirtual ? "  virtual\n  sessions 13:00..15:00\n" : "  hosts alternate \(venueA) \(venueB)\n"
            body += "  delegates \(delegates.joined(separator: " "))\n  avoid holidays soft\n  avoid weekends soft\n"
            let offset = (series * 7) % 59
            for round in 0..<12 {
                let day = 5 + offset + round * 61
                let date = isoDate(dayOfYear2026: day)
                let at = isVirtual ? "virtual" : "at \(round % 2 == 0 ? venueA : venueB)"
                body += "  round \(round + 1) on \(date) \(at) planned\n"
            }
            if series % 100 == 99 || series == seriesCount - 1 {
                files["bench/series-\(series / 100).parley"] = "use \"shared.parley\"\n" + body
                body = ""
            }
        }
        return files
    }

    /// Venues per country: one per fifty people, at least two, so rounds per venue stay level as the plan grows.
    static func venuesPerCountry(people: Int) -> Int { max(2, people / 50) }

    /// `2026-01-05` for day 5 of 2026, running on into 2027 and 2028.
    static func isoDate(dayOfYear2026 day: Int) -> String {
        var remaining = day
        var year = 2026
        while true {
            let length = year % 4 == 0 ? 366 : 365
            if remaining <= length { break }
            remaining -= length
            year += 1
        }
        let months = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while remaining > months[month] {
            remaining -= months[month]
            month += 1
        }
        return "\(year)-\(month + 1 < 10 ? "0" : "")\(month + 1)-\(remaining < 10 ? "0" : "")\(remaining)"
    }
}

extension ConflictsWorkload {
    /// Person `person`'s busy calendar: `events` VEVENTs in their country's zone, one in ten
    /// recurring weekly (COUNT=10, one EXDATE), the rest single two-hour meetings spread over
    /// 2026–2028.
    static func busyCalendar(person: Int, events: Int) -> String {
        let zone = countries[person % countries.count].zone
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//bench//EN\r\n"
        for event in 0..<events {
            let day = 3 + (person * 13 + event * 53) % 1000
            let date = isoDate(dayOfYear2026: day).filter { $0 != "-" }
            let hour = 8 + (person + event) % 9
            let start = "\(date)T\(hour < 10 ? "0" : "")\(hour)0000"
            let end = "\(date)T\(hour + 2 < 10 ? "0" : "")\(hour + 2)0000"
            text += "BEGIN:VEVENT\r\nUID:p\(person)-e\(event)@bench.parley\r\nDTSTAMP:20260101T000000Z\r\n"
            text += "DTSTART;TZID=\(zone):\(start)\r\nDTEND;TZID=\(zone):\(end)\r\nSUMMARY:Meeting \(event)\r\n"
            if event % 10 == 0 {
                let skipped = isoDate(dayOfYear2026: day + 14).filter { $0 != "-" }
                text += "RRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE;TZID=\(zone):\(skipped)T\(hour < 10 ? "0" : "")\(hour)0000\r\n"
            }
            text += "END:VEVENT\r\n"
        }
        return text + "END:VCALENDAR\r\n"
    }
}
