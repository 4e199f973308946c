import CivilTime
import ICalendar

extension FeedExporter {
    /// The events of every recorded round of `plan`, series in plan order, rounds by number:
    /// what the feeds hold (``RoundSerialiser`` makes them series by series on all cores and
    /// keeps only their bytes).
    static func roundEvents(of plan: Plan, history: FeedHistory = .empty, findings: inout [Finding]) -> [RoundEvents] {
        var result: [RoundEvents] = []
        let timestamp = timestamp(of: plan)
        for series in plan.series {
            roundEvents(of: series, in: plan, history: history, timestamp: timestamp, into: &result, findings: &findings)
        }
        return result
    }

    /// Appends the events of the recorded rounds of `series`, by number, to `result`, with
    /// `SEQUENCE` and `DTSTAMP` from `history` (``FeedHistory``) and the plan's `timestamp`
    /// (``timestamp(of:)``).
    static func roundEvents(
        of series: Series, in plan: Plan, history: FeedHistory, timestamp: Instant, into result: inout [RoundEvents],
        findings: inout [Finding]
    ) {
        var organizer: CalendarAddress?
        var organizerID: String?
        if let reference = series.organizer, let person = plan.peopleByID[reference.id] {
            if let email = person.email {
                organizer = CalendarAddress.mailto(email, commonName: person.role)
                organizerID = person.id
            } else {
                findings.append(
                    Finding(
                        .error, code: .input,
                        message:
                            "organizer '\(person.id)' of \(series.id) has no email; expected an indented line 'email \"desk@example.org\"' under person \(person.id)",
                        at: reference.location, notes: [Finding.Note("'\(person.id)' declared here", at: person.location)]))
            }
        }
        // What every round of the series shares is built once.
        let partnerNames = series.partners.map { plan.countriesByID[$0.id]?.name ?? $0.id }
        let delegates = series.delegates.compactMap { plan.peopleByID[$0.id] }
        var shared = SeriesText(series, in: plan, partnerNames: partnerNames, delegates: delegates)
        let attendees = delegates.compactMap { person in
            person.email.map {
                CalendarAddress.mailto($0, commonName: person.role, parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT")])
            }
        }
        let partners = series.partners.map(\.id)
        var people = series.delegates.map(\.id)
        if let organizerID, !people.contains(organizerID) { people.append(organizerID) }
        // Rounds by number, through their indices: sorting the rounds themselves copies each one.
        let rounds = series.rounds
        var order = Array(rounds.indices)
        if !order.dropFirst().allSatisfy({ rounds[$0 - 1].number < rounds[$0].number }) {
            order.sort { rounds[$0].number < rounds[$1].number }
        }
        for index in order {
            let round = rounds[index]
            let place = shared.place(of: round, in: series, plan: plan)
            guard let time = time(of: round, in: series, at: place, findings: &findings) else { continue }
            var event = roundEvent(round, of: series, at: place, time: time, shared: shared, organizer: organizer, attendees: attendees)
            history.stamp(&event, sequence: round.movedFrom.count, timestamp: timestamp)
            var milestones: [CalendarEvent] = []
            for (number, milestone) in series.milestones.enumerated() {
                if var extra = milestoneEvent(
                    milestone, number: number + 1, of: round, series: series, roundEvent: event, findings: &findings)
                {
                    history.stamp(&extra, sequence: round.movedFrom.count, timestamp: timestamp)
                    milestones.append(extra)
                }
            }
            // The round's event is moved into the list, not copied.
            var events = [consume event]
            events += milestones
            var countries = partners
            if let country = place.countryID, !countries.contains(country) {
                countries.append(country)
            }
            result.append(RoundEvents(seriesID: series.id, events: events, countries: countries, people: people))
        }
    }

    /// The round's ``RoundTime`` in the zone of `place`, or `nil` (with a finding) when it
    /// would end after the year 9999.
    static func time(of round: Round, in series: Series, at place: SeriesText.Place, findings: inout [Finding]) -> RoundTime? {
        guard let time = RoundTime(start: round.start, lastingDays: series.lastingDays, sessions: series.sessions, zone: place.zone),
            time.lastDay.adding(days: 1) != nil
        else {
            findings.append(
                Finding(.error, code: .input, message: "round \(round.number) of \(series.id) ends after the year 9999", at: round.location)
            )
            return nil
        }
        return time
    }

    /// `DTSTART`, `DTEND` and `RRULE` of a round at `time` (RFC 5545 §3.6.1, §3.8.5.3):
    /// - all-day: `VALUE=DATE` from the first day to the day after the last (exclusive),
    ///   one event however many days;
    /// - timed: the first session in the round's `TZID`, and for a round of *n* > 1 days
    ///   `RRULE:FREQ=DAILY;COUNT=n`, so a client shows one session a day (with the same
    ///   wall-clock hours each day, across DST changes) under one `UID`. An open-ended
    ///   session ends at midnight (`DTEND` at 00:00 of the next day).
    static func dates(of time: RoundTime) -> (start: CalendarDateTime, end: CalendarDateTime, recurrence: String?) {
        guard let hours = time.hours else {
            return (.date(time.firstDay), .date(time.lastDay.adding(days: 1) ?? time.lastDay), nil)
        }
        let first = time.firstDay
        let end: LocalDateTime
        if let close = hours.end {
            end = LocalDateTime(date: first, time: close)
        } else {
            end = LocalDateTime(date: first.adding(days: 1) ?? first, time: .midnight)
        }
        let recurrence = time.dayCount > 1 ? "FREQ=DAILY;COUNT=\(time.dayCount)" : nil
        return (.zoned(LocalDateTime(date: first, time: hours.start), tzid: time.zone), .zoned(end, tzid: time.zone), recurrence)
    }

    /// The position of `status` in `RoundStatus.allCases`.
    static func statusIndex(_ status: RoundStatus) -> Int {
        switch status {
        case .held: 0
        case .planned: 1
        case .proposed: 2
        case .postponed: 3
        case .cancelled: 4
        }
    }

    /// `STATUS` of a round's events.
    static func status(of round: Round) -> CalendarEvent.Status {
        switch round.status {
        case .held, .planned: .confirmed
        case .proposed: .tentative
        case .postponed, .cancelled: .cancelled
        }
    }

    /// The round's `VEVENT` held at `place` (``SeriesText/place(of:in:plan:)``), with the
    /// series' `organizer` and `attendees`.
    static func roundEvent(
        _ round: Round, of series: Series, at place: SeriesText.Place, time: RoundTime, shared: SeriesText, organizer: CalendarAddress?,
        attendees: [CalendarAddress]
    ) -> CalendarEvent {
        let (start, end, recurrence) = dates(of: time)
        let number = String(round.number)
        let tail = place.tails[statusIndex(round.status)]
        var description = shared.descriptionPrefix
        description.reserveCapacity(
            description.utf8.count + number.utf8.count + tail.utf8.count + round.notes.reduce(0) { $0 + 7 + $1.utf8.count })
        description += number
        description += tail
        if !round.covers.isEmpty {
            // The titles of the topics it covers, as the series declares them.
            description += "\nTopics: "
            description += round.covers.map { covered in series.topics.first { $0.id == covered.id }?.title ?? covered.id }.joined(
                separator: "; ")
        }
        for note in round.notes {
            description += "\nNote: "
            description += note
        }
        var uid = shared.uidPrefix
        uid.reserveCapacity(uid.utf8.count + number.utf8.count + 1 + uidDomain.utf8.count)
        uid += number
        uid += "@"
        uid += uidDomain
        let reminderText = series.reminders.isEmpty ? "" : shared.reminderPrefix + number
        return CalendarEvent(
            uid: uid, timestamp: Instant(secondsSinceEpoch: 0), start: start, end: end, recurrenceRule: recurrence,
            summary: shared.summaryPrefix + number, description: description, location: place.location,
            categories: shared.categories,
            status: status(of: round), sequence: nil, organizer: organizer, attendees: attendees,
            alarms: series.reminders.map { reminder in
                .display(
                    before: CalendarDuration(days: reminder.minutesBefore / 1440, minutes: reminder.minutesBefore % 1440),
                    description: reminderText)
            }
        )
    }

    /// An all-day event on the day a milestone falls, or `nil` (with a finding) outside years 1…9999.
    static func milestoneEvent(
        _ milestone: Milestone, number: Int, of round: Round, series: Series, roundEvent: CalendarEvent, findings: inout [Finding]
    ) -> CalendarEvent? {
        let first = round.start.date
        let anchor = milestone.isBefore ? first : series.lastDay(startingOn: first)
        guard let anchor, let day = milestone.offset.advance(anchor, times: milestone.isBefore ? -1 : 1), let next = day.adding(days: 1)
        else {
            findings.append(
                Finding(
                    .error, code: .input,
                    message: "milestone '\(milestone.title)' of round \(round.number) of \(series.id) falls outside years 0001 to 9999",
                    at: milestone.location))
            return nil
        }
        let summary = roundEvent.summary ?? series.title
        let relation = milestone.isBefore ? "before" : "after"
        return CalendarEvent(
            uid: uid(series.id, round.number, milestone: number), timestamp: roundEvent.timestamp,
            start: .date(day), end: .date(next),
            summary: "\(milestone.title): \(summary)",
            description: "Milestone \(milestone.offset) \(relation) \(summary).",
            categories: ["Milestone"] + roundEvent.categories,
            status: roundEvent.status, sequence: roundEvent.sequence, organizer: roundEvent.organizer,
            otherProperties: [CalendarProperty(name: "TRANSP", value: "TRANSPARENT")]
        )
    }

    /// `s-round-n@parley`, or `s-round-n-milestone-k@parley`.
    public static func uid(_ seriesID: String, _ number: Int, milestone: Int? = nil) -> String {
        var uid = "\(seriesID)-round-\(number)"
        if let milestone { uid += "-milestone-\(milestone)" }
        return uid + "@" + uidDomain
    }

    /// The plan's `DTSTAMP` for events that are new or changed: 00:00 UTC of the last day of
    /// the latest `held` round, else 1970-01-01T00:00:00Z. A plan records a round as held only
    /// after it took place, so this is never after the day the plan was last changed (RFC 5545
    /// §3.8.7.2: when the object was created), yet it depends on nothing but the plan.
    static func timestamp(of plan: Plan) -> Instant {
        var latest: LocalDate?
        for series in plan.series {
            for round in series.rounds where round.status == .held {
                let last = series.lastDay(startingOn: round.start.date) ?? round.start.date
                if latest.map({ $0 < last }) ?? true { latest = last }
            }
        }
        return Instant(secondsSinceEpoch: Int64(latest?.daysSinceEpoch ?? 0) * 86_400)
    }
}
