import CivilTime
import Holidays

extension DeclarationReader {
    /// `use "file.parley"`
    mutating func readUse(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let path = string(&cursor, what: "a quoted file path after 'use'") else { return }
        expectEnd(&cursor)
        expectNoChildren(node)
        uses.append(PlanFile.Use(path: path, location: node.location))
    }

    /// `country ID "Name"` with `timezone`, `weekend`, `holidays` lines.
    mutating func readCountry(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let id = id(&cursor, what: "a country id such as ID"),
            let name = string(&cursor, what: "the country's name in quotes")
        else { return }
        expectEnd(&cursor)
        var timezone: String?
        var timezoneGiven = false
        var weekend: [Weekday] = [.saturday, .sunday]
        var holidays = Country.HolidaySource.builtin
        var hours: WorkingHours?
        var subdivision: String?
        var keeps: [KeptObservance] = []
        var seen: [String: SourceLocation] = [:]
        for child in node.children {
            var line = Cursor(child)
            switch Keywords.CountryProperty(rawValue: child.keyword.text) {
            case .keeps:
                guard let kept = keptObservances(&line) else { continue }
                keeps += kept.filter { !keeps.contains($0) }
            case .timezone:
                guard once(child, seen: &seen) else { continue }
                timezoneGiven = true
                guard let value = self.timezone(&line) else { continue }
                timezone = value
            case .weekend:
                guard once(child, seen: &seen), let days = weekdays(&line) else { continue }
                weekend = days
            case .holidays:
                guard once(child, seen: &seen), let source = holidaySource(&line) else { continue }
                holidays = source
            case .hours:
                guard once(child, seen: &seen), let value = workingHours(&line, at: child.location) else { continue }
                hours = value
            case .subdivision:
                guard once(child, seen: &seen), let value = self.id(&line, what: "a subdivision code such as ACT") else { continue }
                subdivision = value.id
            case nil:
                unknownKeyword(child.keyword, among: Keywords.CountryProperty.words, what: "a country property")
                continue
            }
            expectEnd(&line)
            expectNoChildren(child)
        }
        if timezone == nil, !timezoneGiven {
            error("country \(id.id) has no time zone: expected an indented line 'timezone Area/City'", at: node.location)
        }
        // A country whose zone is missing or misspelt is kept (on UTC) so that its uses do
        // not cascade into "unknown country" errors; the zone error is already reported.
        countries.append(
            Country(
                id: id.id, name: name, timezone: timezone ?? "UTC", weekend: weekend, holidays: holidays, location: node.location,
                workingHours: hours, subdivision: subdivision, keeps: keeps.sorted()))
    }

    /// `keeps ramadan`, `keeps great-lent`: observances a country keeps beyond its built-in list.
    mutating func keptObservances(_ cursor: inout Cursor) -> [KeptObservance]? {
        var kept: [KeptObservance] = []
        let names = KeptObservance.allCases.map(\.rawValue)
        while let token = cursor.current, token.kind == .word {
            guard let observance = KeptObservance(word: token.text) else {
                cursor.failed = true
                error(
                    "unknown observance \(token.quoted) (a country keeps \(names.joined(separator: ", ")))"
                        + didYouMean(token.text, among: names), at: token.location)
                return nil
            }
            if !kept.contains(observance) { kept.append(observance) }
            cursor.index += 1
        }
        guard !kept.isEmpty else {
            fail(&cursor, expected: "an observance the country keeps (\(names.joined(separator: ", ")))")
            return nil
        }
        return kept
    }

    /// `weekend sat sun`, `weekend fri sat`, or `weekend none`.
    mutating func weekdays(_ cursor: inout Cursor) -> [Weekday]? {
        if cursor.accept("none") { return [] }
        var days: [Weekday] = []
        while let token = cursor.current, token.kind == .word {
            guard let day = Weekday(name: token.text) else {
                cursor.failed = true
                let names = Weekday.allCases.map(\.shortName)
                error(
                    "expected a weekday (\(names.joined(separator: ", "))), found \(token.quoted)"
                        + didYouMean(token.text, among: names + Weekday.allCases.map(\.fullName)), at: token.location)
                return nil
            }
            if !days.contains(day) { days.append(day) }
            cursor.index += 1
        }
        guard !days.isEmpty else {
            fail(&cursor, expected: "weekdays such as 'sat sun', or 'none'")
            return nil
        }
        return days.sorted()
    }

    /// `holidays builtin`, `holidays none`, `holidays from "file.ics"`.
    mutating func holidaySource(_ cursor: inout Cursor) -> Country.HolidaySource? {
        guard let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "'builtin', 'none' or 'from \"file.ics\"'")
            return nil
        }
        switch Keywords.HolidaySource(rawValue: token.text) {
        case .builtin:
            cursor.index += 1
            return .builtin
        case Keywords.HolidaySource.none?:
            cursor.index += 1
            return Country.HolidaySource.none
        case .from:
            cursor.index += 1
            guard let path = string(&cursor, what: "a quoted .ics path after 'from'") else { return nil }
            return .file(path)
        case nil:
            cursor.failed = true
            error(
                "expected 'builtin', 'none' or 'from \"file.ics\"', found \(token.quoted)"
                    + didYouMean(token.text, among: Keywords.HolidaySource.words), at: token.location)
            return nil
        }
    }

    /// `venue jakarta "Jakarta" in ID` with optional `timezone`, `rooms` and `exclusive` lines.
    mutating func readVenue(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let id = id(&cursor, what: "a venue id such as jakarta"),
            let city = string(&cursor, what: "the city in quotes"),
            keyword(&cursor, "in"),
            let country = self.id(&cursor, what: "a country id after 'in'")
        else { return }
        expectEnd(&cursor)
        var timezone: String?
        var rooms = VenueRooms.unlimited
        var seen: [String: SourceLocation] = [:]
        for child in node.children {
            var line = Cursor(child)
            switch Keywords.VenueProperty(rawValue: child.keyword.text) {
            case .timezone:
                guard once(child, seen: &seen), let value = self.timezone(&line) else { continue }
                timezone = value
            case .rooms, .exclusive:
                // One line says what the venue holds: `exclusive` or `rooms`, not both.
                if let earlier = seen["rooms"] ?? seen["exclusive"] {
                    error(
                        "a venue says once what it holds: 'exclusive' (one room) or 'rooms N' or 'rooms NAME…', not both",
                        at: child.location, notes: [Finding.Note("said here first", at: earlier)])
                    continue
                }
                seen[child.keyword.text] = child.location
                if child.keyword.text == Keywords.VenueProperty.exclusive.rawValue {
                    rooms = .count(1)
                } else {
                    guard let value = venueRooms(&line) else { continue }
                    rooms = value
                }
            case nil:
                unknownKeyword(child.keyword, among: Keywords.VenueProperty.words, what: "a venue property")
                continue
            }
            expectEnd(&line)
            expectNoChildren(child)
        }
        venues.append(
            Venue(
                id: id.id, city: city, country: country, timezone: timezone ?? "", hasOwnTimezone: timezone != nil, location: node.location,
                rooms: rooms))
    }

    /// `rooms 3` or `rooms garuda nusantara` (room names are ids, each once).
    private mutating func venueRooms(_ cursor: inout Cursor) -> VenueRooms? {
        if let token = cursor.current, token.kind == .word, let first = token.text.first, first.isNumber {
            guard let count = count(&cursor, what: "a number of rooms", range: 1...1000) else { return nil }
            return .count(count)
        }
        guard let names = idList(&cursor, what: "a number of rooms, or room names such as 'garuda nusantara'") else { return nil }
        for (index, name) in names.enumerated() where names[..<index].contains(where: { $0.id == name.id }) {
            cursor.failed = true
            error("room '\(name.id)' is named twice", at: name.location)
            return nil
        }
        return .named(names.map(\.id))
    }

    /// `person id-deputy "Role" of ID` with optional `email` and `busy from` lines.
    mutating func readPerson(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let id = id(&cursor, what: "a person id such as id-deputy"),
            let role = string(&cursor, what: "the person's role in quotes"),
            keyword(&cursor, "of"),
            let country = self.id(&cursor, what: "a country id after 'of'")
        else { return }
        expectEnd(&cursor)
        var email: String?
        var busy: String?
        var hours: WorkingHours?
        var seen: [String: SourceLocation] = [:]
        for child in node.children {
            var line = Cursor(child)
            switch Keywords.PersonProperty(rawValue: child.keyword.text) {
            case .email:
                guard once(child, seen: &seen), let value = string(&line, what: "an email address in quotes") else { continue }
                guard value.contains("@"), !value.hasPrefix("@"), !value.hasSuffix("@") else {
                    error("expected an email address such as \"desk@example.org\", found \"\(value)\"", at: child.tokens[1].location)
                    continue
                }
                email = value
            case .busy:
                guard once(child, seen: &seen), keyword(&line, "from"), let path = string(&line, what: "a quoted .ics path after 'from'")
                else { continue }
                busy = path
            case .hours:
                guard once(child, seen: &seen), let value = workingHours(&line, at: child.location) else { continue }
                hours = value
            case nil:
                unknownKeyword(child.keyword, among: Keywords.PersonProperty.words, what: "a person property")
                continue
            }
            expectEnd(&line)
            expectNoChildren(child)
        }
        people.append(
            Person(id: id.id, role: role, country: country, email: email, busyCalendar: busy, location: node.location, workingHours: hours))
    }

    /// `blackout DATE[..DATE] [for COUNTRY] ["reason"] [soft]`.
    mutating func readBlackout(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let (from, through) = dateRange(&cursor) else { return }
        var country: Reference?
        if cursor.accept("for") {
            guard let value = id(&cursor, what: "a country id after 'for'") else { return }
            country = value
        }
        let reason = optionalString(&cursor)
        let severity = soft(&cursor)
        expectEnd(&cursor)
        expectNoChildren(node)
        guard !cursor.failed else { return }
        blackouts.append(
            Blackout(from: from, through: through, country: country, reason: reason, severity: severity, location: node.location))
    }
}
