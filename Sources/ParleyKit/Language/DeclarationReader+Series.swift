import CivilTime
import Holidays

extension DeclarationReader {
    /// The properties of a series as they are read, before it is built.
    private struct SeriesDraft {
        var partners: [Reference] = []
        var basis: String?
        var cadence: Span?
        var lasting = 1
        var sessions = Sessions.allDay
        var hosting: Hosting?
        var delegates: [Reference] = []
        var rules: [RuleSpec] = []
        var pauses: [Pause] = []
        var rounds: [Round] = []
        var organizer: Reference?
        var reminders: [Reminder] = []
        var milestones: [Milestone] = []
        var preferredMonths: PreferredMonths?
        var travelDays: Int?
        var noticeDays: Int?
        var topics: [Topic] = []
        var agendas: [Reference] = []
        var seen: [String: SourceLocation] = [:]
    }

    /// `dialogue ID "Title"` or `exchange ID "Title"` and its indented lines.
    mutating func readSeries(_ node: SyntaxNode, kind: Series.Kind) {
        var cursor = Cursor(node)
        guard let id = id(&cursor, what: "a \(kind.rawValue) id such as id-ru-iis"),
            let title = string(&cursor, what: "the \(kind.rawValue)'s title in quotes")
        else { return }
        expectEnd(&cursor)
        var draft = SeriesDraft()
        for child in node.children {
            readSeriesProperty(child, of: id.id, into: &draft)
        }
        // With shared topics (`topics iis`) the resolver checks, once it knows them.
        if draft.agendas.isEmpty {
            for problem in Self.agendaProblems(of: id.id, topics: draft.topics, rules: draft.rules, rounds: draft.rounds) {
                sink.add(problem)
            }
        }
        guard draft.partners.count >= 2 else {
            if draft.seen["partners"] == nil {
                error("\(kind.rawValue) \(id.id) has no partners: expected an indented line 'partners ID RU'", at: node.location)
            }
            return
        }
        series.append(
            Series(
                kind: kind, id: id.id, title: title, partners: draft.partners, basis: draft.basis, cadence: draft.cadence,
                lastingDays: draft.lasting, sessions: draft.sessions, hosting: draft.hosting, delegates: draft.delegates,
                rules: draft.rules, pauses: draft.pauses, rounds: draft.rounds, location: node.location, travelDays: draft.travelDays,
                preferredMonths: draft.preferredMonths, organizer: draft.organizer, reminders: draft.reminders,
                milestones: draft.milestones,
                noticeDays: draft.noticeDays, topics: draft.topics, agendas: draft.agendas))
    }

    /// The series properties a series may give only once.
    private static let singleUse: Set<Keywords.SeriesProperty> = [
        .partners, .basis, .every, .lasting, .sessions, .delegates, .tolerance, .travel, .prefer, .organizer, .notice,
    ]

    private mutating func readSeriesProperty(_ child: SyntaxNode, of seriesID: String, into draft: inout SeriesDraft) {
        var line = Cursor(child)
        let word = child.keyword.kind == .word ? Keywords.SeriesProperty(rawValue: child.keyword.text) : nil
        if let word, Self.singleUse.contains(word) {
            guard once(child, seen: &draft.seen) else { return }
        }
        switch word {
        case .round:
            guard let round = readRound(child) else { return }
            if let earlier = draft.rounds.first(where: { $0.number == round.number }) {
                let note = Finding.Note("round \(round.number) first recorded here", at: earlier.location)
                error("round \(round.number) is recorded twice in \(seriesID)", at: child.location, notes: [note])
            } else {
                draft.rounds.append(round)
            }
            return
        case .partners:
            guard let ids = idList(&line, what: "country ids such as 'ID RU'") else { return }
            guard ids.count >= 2 else {
                fail(&line, expected: "at least two partner countries")
                return
            }
            if let repeated = ids.indices.dropFirst().first(where: { index in ids[..<index].contains { $0.id == ids[index].id } }) {
                error(
                    "\(ids[repeated].id) is named twice in 'partners': a series needs at least two different countries",
                    at: ids[repeated].location)
                return
            }
            draft.partners = ids
        case .basis:
            guard let text = string(&line, what: "the agreement in quotes") else { return }
            draft.basis = text
        case .every:
            guard let span = span(&line, what: "a number after 'every'") else { return }
            draft.cadence = span
        case .lasting:
            guard let days = count(&line, what: "a number of days after 'lasting'", range: 1...366) else { return }
            guard let unit = unit(&line) else { return }
            guard unit == .days else {
                error("expected 'days' after 'lasting \(days)', found '\(unit.rawValue)'", at: child.tokens[2].location)
                return
            }
            draft.lasting = days
        case .sessions:
            guard let sessions = sessions(&line) else { return }
            draft.sessions = sessions
        case .hosts, .host, .virtual:
            guard hostingOnce(child, draft: &draft), let hosting = hosting(child, &line) else { return }
            draft.hosting = hosting
        case .delegates:
            guard let ids = idList(&line, what: "person ids") else { return }
            draft.delegates = ids
        case .gap:
            guard keyword(&line, "at") else { return }
            let atLeast: Bool
            if line.accept("least") {
                atLeast = true
            } else if line.accept("most") {
                atLeast = false
            } else {
                fail(&line, expected: "'least' or 'most' after 'gap at'")
                return
            }
            guard let span = span(&line, what: "a number") else { return }
            draft.rules.append(
                RuleSpec(kind: atLeast ? .gapAtLeast(span) : .gapAtMost(span), severity: soft(&line), location: child.location))
        case .tolerance:
            guard let days = count(&line, what: "a number of days after 'tolerance'", range: 0...3660), keyword(&line, "days") else {
                return
            }
            draft.rules.append(RuleSpec(kind: .tolerance(days: days), severity: soft(&line), location: child.location))
        case .within:
            guard let days = count(&line, what: "a number of days after 'within'", range: 0...3660), keyword(&line, "days"),
                keyword(&line, "after"), let other = id(&line, what: "a series id after 'after'")
            else { return }
            draft.rules.append(RuleSpec(kind: .within(days: days, after: other), severity: soft(&line), location: child.location))
        case .avoid:
            guard let kind = avoidKind(&line) else { return }
            draft.rules.append(RuleSpec(kind: kind, severity: soft(&line), location: child.location))
        case .prefer:
            guard keyword(&line, "months"), let months = preferredMonths(&line, location: child.location) else { return }
            draft.preferredMonths = months
        case .travel:
            guard let days = count(&line, what: "a number of travel days after 'travel'", range: 0...14),
                line.accept("day") || keyword(&line, "days")
            else { return }
            draft.travelDays = days
        case .notice:
            guard let days = count(&line, what: "a number of days after 'notice'", range: 0...366),
                line.accept("day") || keyword(&line, "days")
            else { return }
            draft.noticeDays = days
        case .paused:
            guard let (from, through) = dateRange(&line) else { return }
            let reason = optionalString(&line)
            guard line.isAtEnd else { break }
            draft.pauses.append(Pause(from: from, through: through, reason: reason, location: child.location))
        case .organizer:
            guard let person = id(&line, what: "a person id after 'organizer'") else { return }
            draft.organizer = person
        case .remind:
            guard let reminder = reminder(&line, at: child.location) else { return }
            draft.reminders.append(reminder)
        case .milestone:
            guard let title = string(&line, what: "what is due, in quotes, after 'milestone'"),
                let offset = span(&line, what: "a number of days, weeks, months or years"),
                let isBefore = direction(&line, after: "milestone")
            else { return }
            draft.milestones.append(Milestone(title: title, offset: offset, isBefore: isBefore, location: child.location))
        case .topic:
            guard let topic = topic(&line, at: child.location) else { return }
            if let earlier = draft.topics.first(where: { $0.id == topic.id }) {
                error(
                    "topic \(topic.id) is declared twice in \(seriesID)", at: child.location,
                    notes: [Finding.Note("first declared here", at: earlier.location)])
                return
            }
            draft.topics.append(topic)
        case .cover:
            guard let rule = coverRule(&line, at: child.location) else { return }
            draft.rules.append(rule)
        case .topics:
            guard let ids = idList(&line, what: "agenda ids after 'topics', such as iis") else { return }
            draft.agendas += ids
        case nil:
            unknownKeyword(child.keyword, among: Keywords.SeriesProperty.words, what: "a series property")
            return
        }
        expectEnd(&line)
        expectNoChildren(child)
    }

    /// `remind N minutes|hours|days|weeks before`.
    private mutating func reminder(_ cursor: inout Cursor, at location: SourceLocation) -> Reminder? {
        guard let amount = count(&cursor, what: "a number after 'remind'", range: 1...100_000) else { return nil }
        let what = "a unit (\(Keywords.ReminderUnit.words.joined(separator: ", ")))"
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: what)
            return nil
        }
        let plural = token.text.hasSuffix("s") ? token.text : token.text + "s"
        let minutes: Int
        switch Keywords.ReminderUnit(rawValue: plural) {
        case .minutes: minutes = 1
        case .hours: minutes = 60
        case .days: minutes = 1440
        case .weeks: minutes = 10080
        case nil:
            cursor.failed = true
            error(
                "expected \(what), found \(token.quoted)" + didYouMean(token.text, among: Keywords.ReminderUnit.words), at: token.location)
            return nil
        }
        cursor.index += 1
        guard keyword(&cursor, "before") else { return nil }
        return Reminder(minutesBefore: amount * minutes, location: location)
    }

    /// `before` (true) or `after` (false), after the offset of a `word` line.
    private mutating func direction(_ cursor: inout Cursor, after word: String) -> Bool? {
        if cursor.accept(Keywords.Direction.before.rawValue) { return true }
        if cursor.accept(Keywords.Direction.after.rawValue) { return false }
        guard !cursor.failed else { return nil }
        cursor.failed = true
        let suggestion = cursor.current.map { didYouMean($0.text, among: Keywords.Direction.words) } ?? ""
        error("expected 'before' or 'after' after the \(word)'s offset, found \(cursor.found)" + suggestion, at: cursor.location)
        return nil
    }

    private mutating func hostingOnce(_ child: SyntaxNode, draft: inout SeriesDraft) -> Bool {
        if let first = draft.seen["hosting"] {
            error(
                "'\(child.keyword.text)' conflicts with the hosting already given", at: child.location,
                notes: [Finding.Note("hosting first given here", at: first)])
            return false
        }
        draft.seen["hosting"] = child.location
        return true
    }

    private mutating func hosting(_ child: SyntaxNode, _ line: inout Cursor) -> Hosting? {
        switch child.keyword.text {
        case "hosts":
            if line.accept("rotate") { return rotation(&line, at: child.location) }
            guard keyword(&line, "alternate"), let venues = idList(&line, what: "venue ids after 'hosts alternate'") else { return nil }
            guard venues.count >= 2 else {
                fail(&line, expected: "at least two venues to alternate")
                return nil
            }
            return Hosting(mode: .alternate(venues), severity: soft(&line), location: child.location)
        case "host":
            guard let venue = id(&line, what: "a venue id after 'host'") else { return nil }
            return Hosting(mode: .fixed(venue), severity: soft(&line), location: child.location)
        default:
            return Hosting(mode: .virtual, severity: soft(&line), location: child.location)
        }
    }

    /// One or more ids up to the end of the line (or a trailing `soft`).
    mutating func idList(_ cursor: inout Cursor, what: String) -> [Reference]? {
        var ids: [Reference] = []
        while let token = cursor.current, !(token.kind == .word && token.text == "soft" && cursor.index == cursor.tokens.count - 1) {
            if token.kind == .comma, !ids.isEmpty {
                cursor.index += 1
                continue
            }
            guard let reference = id(&cursor, what: what) else { return nil }
            ids.append(reference)
        }
        guard !ids.isEmpty else {
            fail(&cursor, expected: what)
            return nil
        }
        return ids
    }

    /// `all-day` or `HH:MM..HH:MM`.
    private mutating func sessions(_ cursor: inout Cursor) -> Sessions? {
        let what = "'all-day' or session hours such as 09:00..17:00"
        guard let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: what)
            return nil
        }
        if token.text == "all-day" {
            cursor.index += 1
            return .allDay
        }
        let parts = token.text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = ISO8601.time(parts[0]), let end = ISO8601.time(parts[1]) else {
            fail(&cursor, expected: what)
            return nil
        }
        guard start < end else {
            cursor.failed = true
            error("expected session hours that end after they start, found \(token.text)", at: token.location)
            return nil
        }
        cursor.index += 1
        return .timed(start: start, end: end)
    }

    /// `mar..may, sep..nov`: month names or ranges of them, separated by commas.
    private mutating func preferredMonths(_ cursor: inout Cursor, location: SourceLocation) -> PreferredMonths? {
        let what = "months such as 'mar..may, sep..nov'"
        var ranges: [PreferredMonths.ClosedRangeOfMonths] = []
        while let token = cursor.current {
            if token.kind == .comma, !ranges.isEmpty {
                cursor.index += 1
                continue
            }
            guard token.kind == .word else { break }
            let parts = token.text.split(separator: "..", omittingEmptySubsequences: false)
            let months = parts.map { PreferredMonths.month(named: $0) }
            guard (1...2).contains(parts.count), let first = months[0], let last = months[months.count - 1] else {
                cursor.failed = true
                let bad = parts.first { PreferredMonths.month(named: $0) == nil }.map(String.init) ?? token.text
                error("expected \(what), found \(token.quoted)" + didYouMean(bad, among: PreferredMonths.names), at: token.location)
                return nil
            }
            ranges.append(PreferredMonths.ClosedRangeOfMonths(first: first, last: last))
            cursor.index += 1
        }
        guard !ranges.isEmpty else {
            fail(&cursor, expected: what)
            return nil
        }
        return PreferredMonths(ranges: ranges, location: location)
    }

    private mutating func avoidKind(_ cursor: inout Cursor) -> RuleSpec.Kind? {
        guard let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "'holidays', 'weekends' or 'observance NAME' after 'avoid'")
            return nil
        }
        cursor.index += 1
        switch Keywords.Avoidable(rawValue: token.text) {
        case .holidays: return .avoidHolidays
        case .weekends: return .avoidWeekends
        case .observance:
            guard let name = cursor.current, name.kind == .word else {
                fail(&cursor, expected: "an observance name such as ramadan")
                return nil
            }
            guard let observance = Observance(word: name.text) else {
                cursor.failed = true
                let names = Observance.allCases.map(\.rawValue)
                error(
                    "unknown observance \(name.quoted) (known: \(names.joined(separator: ", ")))" + didYouMean(name.text, among: names),
                    at: name.location)
                return nil
            }
            cursor.index += 1
            return .avoidObservance(observance.rawValue)
        case nil:
            if let observance = Observance(word: token.text) { return .avoidObservance(observance.rawValue) }
            cursor.failed = true
            error(
                "expected 'holidays', 'weekends' or 'observance NAME' after 'avoid', found \(token.quoted)"
                    + didYouMean(token.text, among: Keywords.Avoidable.words + Observance.allCases.map(\.rawValue)),
                at: token.location)
            return nil
        }
    }

    /// `round N on DATE[THH:MM] [at VENUE | virtual] [STATUS] ["note"]` with `note` and
    /// `moved from DATE` lines.
    mutating func readRound(_ child: SyntaxNode) -> Round? {
        var line = Cursor(child)
        guard let number = count(&line, what: "a round number after 'round'"), keyword(&line, "on"),
            let start = roundStart(&line)
        else { return nil }
        var venue: Reference?
        var room: Reference?
        var isVirtual = false
        if line.accept("at") {
            guard let value = id(&line, what: "a venue id after 'at'") else { return nil }
            venue = value
            if line.accept("room") {
                guard let value = id(&line, what: "a room name after 'room'") else { return nil }
                room = value
            }
        } else if line.accept("virtual") {
            isVirtual = true
        }
        var status = RoundStatus.planned
        var statusFailed = false
        if let token = line.current, token.kind == .word {
            if let value = RoundStatus(rawValue: token.text) {
                status = value
            } else {
                // Reported, then read on as `planned`, so that the venue and the rest of the
                // line are still checked in the same run.
                let names = RoundStatus.allCases.map(\.rawValue)
                error(
                    "expected a status (\(names.joined(separator: ", "))) or a note in quotes, found \(token.quoted)"
                        + didYouMean(token.text, among: names + ["at", "virtual"]),
                    at: token.location)
                statusFailed = true
            }
            line.index += 1
        }
        var notes: [String] = []
        if let note = optionalString(&line) { notes.append(note) }
        if !statusFailed { expectEnd(&line) }
        guard !line.failed else { return nil }
        var movedFrom: [LocalDate] = []
        var acknowledgements: [Acknowledgement] = []
        var covers: [Reference] = []
        var chair: Reference?
        var declinedBy: [Reference] = []
        for grandchild in child.children {
            var sub = Cursor(grandchild)
            switch Keywords.RoundProperty(rawValue: grandchild.keyword.text) {
            case .note:
                guard let text = string(&sub, what: "a note in quotes") else { continue }
                notes.append(text)
            case .moved:
                guard keyword(&sub, "from"), let date = date(&sub) else { continue }
                movedFrom.append(date)
            case .acknowledge:
                guard let acknowledgement = acknowledgement(&sub, at: grandchild.location) else { continue }
                acknowledgements.append(acknowledgement)
            case .covers:
                guard let topics = idList(&sub, what: "topic ids after 'covers'") else { continue }
                covers += topics
            case .chair:
                guard chair == nil else {
                    error("round \(number) names its chair twice", at: grandchild.location)
                    continue
                }
                guard let country = id(&sub, what: "a country id after 'chair'") else { continue }
                chair = country
            case .declined:
                guard keyword(&sub, "by"), let countries = idList(&sub, what: "country ids after 'declined by'") else { continue }
                declinedBy += countries
            case nil:
                unknownKeyword(grandchild.keyword, among: Keywords.RoundProperty.words, what: "a round property")
                continue
            }
            expectEnd(&sub)
            expectNoChildren(grandchild)
        }
        return Round(
            number: number, start: start, venue: venue, isVirtual: isVirtual, status: status, notes: notes, movedFrom: movedFrom.sorted(),
            location: child.location, acknowledgements: acknowledgements, room: room, covers: covers, chair: chair,
            declinedBy: declinedBy)
    }

    private mutating func roundStart(_ cursor: inout Cursor) -> RoundStart? {
        guard let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM) after 'on'")
            return nil
        }
        if let separator = token.text.firstIndex(of: "T") {
            guard let date = checkedDate(String(token.text[..<separator]), at: token.location, what: "a date-time (YYYY-MM-DDTHH:MM)")
            else {
                cursor.failed = true
                return nil
            }
            guard let time = ISO8601.time(token.text[token.text.index(after: separator)...]) else {
                fail(&cursor, expected: "a date-time (YYYY-MM-DDTHH:MM) with a valid time")
                return nil
            }
            cursor.index += 1
            return .dateTime(LocalDateTime(date: date, time: time))
        }
        guard let date = date(&cursor, what: "a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM) after 'on'") else { return nil }
        return .date(date)
    }
}
