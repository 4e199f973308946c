import CivilTime
import ICalendar

extension FeedExporter {
    /// The events of every recorded round of `plan`, series in plan order, rounds by number:
    /// what the feeds hold (``RoundSerialiser`` makes them series by series on all cores and
    /// keeps only their bytes).
    static func roundEvents(of plan: Plan, findings: inout [Finding]) -> [RoundEvents] {
        var result: [RoundEvents] = []
        for series in plan.series { roundEvents(of: series, in: plan, into: &result, findings: &findings) }
        return result
    }

    /// Appends the events of the recorded rounds of `series`, by number, to `result`.
    static func roundEvents(of series: Series, in plan: Plan, into result: inout [RoundEvents], findings: inout [Finding]) {
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
                        message: "organizer '\(person.id)' of \(series.id) has no email; expected an indented line 'email \"desk@example.org\"' under person \(person.id)",
                        at: reference.location, notes: [Finding.Note("'\(person.id)' declared here", at: person.location)]))
            }
        }
        // What every round of the series shares is built once.
        let partnerNames = series.partners.map { plan.countriesByID[$0.id]?.name ?? $0.id }
        let delegates = series.delegates.compactMap { plan.peopleByID[$0.id] }
        var shared = SeriesText(series, in: plan, partnerNames: partnerNames, delegates: delegates)
        let attendees = delegates.compactMap { person in
            person.email.map { CalendarAddress.mailto($0, commonName: person.role, parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT")]) }
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
            guard
                let event = roundEvent(
                    round, of: series, at: place, shared: shared, organizer: organizer, attendees: attendees, findings: &findings)
            else { continue }
            var milestones: [CalendarEvent] = []
            for (number, milestone) in series.milestones.enumerated() {
                if let extra = milestoneEvent(milestone, number: number + 1, of: round, series: series, roundEvent: event, findings: &findings) {
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

    /// The time zone of a round's wall-clock times: its venue's, else the first partner's, else UTC.
    static func zone(of round: Round, in series: Series, plan: Plan) -> String {
        if let venue = round.venue.flatMap({ plan.venuesByID[$0.id] }), !venue.timezone.isEmpty { return venue.timezone }
        return series.partners.first.flatMap { plan.countriesByID[$0.id]?.timezone } ?? "UTC"
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
        _ round: Round, of series: Series, at place: SeriesText.Place, shared: SeriesText, organizer: CalendarAddress?, attendees: [CalendarAddress],
        findings: inout [Finding]
    ) -> CalendarEvent? {
        let first = round.start.date
        guard let last = first.adding(days: series.lastingDays - 1), let dayAfter = last.adding(days: 1) else {
            findings.append(Finding(.error, code: .input, message: "round \(round.number) of \(series.id) ends after the year 9999", at: round.location))
            return nil
        }
        let zone = place.zone
        var start: CalendarDateTime
        var end: CalendarDateTime?
        switch (series.sessions, round.start.time) {
        case (.allDay, nil):
            start = .date(first)
            end = .date(dayAfter)
        case (.allDay, let time?):
            start = .zoned(LocalDateTime(date: first, time: time), tzid: zone)
            end = series.lastingDays > 1 ? .zoned(LocalDateTime(date: last, time: time), tzid: zone) : nil
        case (.timed(let from, let to), let time):
            let begin = LocalDateTime(date: first, time: time ?? from)
            let finish = LocalDateTime(date: last, time: to)
            start = .zoned(begin, tzid: zone)
            end = finish > begin ? .zoned(finish, tzid: zone) : nil
        }
        let number = String(round.number)
        let tail = place.tails[statusIndex(round.status)]
        var description = shared.descriptionPrefix
        description.reserveCapacity(description.utf8.count + number.utf8.count + tail.utf8.count + round.notes.reduce(0) { $0 + 7 + $1.utf8.count })
        description += number
        description += tail
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
            uid: uid, timestamp: timestamp(of: round), start: start, end: end,
            summary: shared.summaryPrefix + number, description: description, location: place.location,
            categories: shared.categories,
            status: status(of: round), sequence: round.movedFrom.count, organizer: organizer, attendees: attendees,
            alarms: series.reminders.map { reminder in
                .display(before: CalendarDuration(days: reminder.minutesBefore / 1440, minutes: reminder.minutesBefore % 1440), description: reminderText)
            }
        )
    }

    /// An all-day event on the day a milestone falls, or `nil` (with a finding) outside years 1…9999.
    static func milestoneEvent(
        _ milestone: Milestone, number: Int, of round: Round, series: Series, roundEvent: CalendarEvent, findings: inout [Finding]
    ) -> CalendarEvent? {
        let first = round.start.date
        let anchor = milestone.isBefore ? first : first.adding(days: series.lastingDays - 1)
        guard let anchor, let day = milestone.offset.advance(anchor, times: milestone.isBefore ? -1 : 1), let next = day.adding(days: 1) else {
            findings.append(Finding(.error, code: .input, message: "milestone '\(milestone.title)' of round \(round.number) of \(series.id) falls outside years 0001 to 9999", at: milestone.location))
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

    /// `DTSTAMP` of a round's events: its first day at 00:00 UTC.
    static func timestamp(of round: Round) -> Instant {
        Instant(secondsSinceEpoch: Int64(round.start.date.daysSinceEpoch) * 86_400)
    }
}
