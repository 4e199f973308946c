import CivilTime
import Testing

@testable import ParleyKit

/// `Round` and `Series` keep their parts in a shared box and compare and hash them by hand:
/// two values built apart from the same parts are equal with the same hash, and a value that
/// differs from another in any one part is not equal to it (so no part is left out of `==`).
@Suite struct ModelEqualityTests {
    static let here = ParleyKit.SourceLocation(file: "p.parley", line: 3, column: 3, offset: 40)
    static let there = ParleyKit.SourceLocation(file: "p.parley", line: 9, column: 3, offset: 120)
    static let day = LocalDate(year: 2026, month: 3, day: 10) ?? .minimum
    static let later = LocalDate(year: 2026, month: 4, day: 14) ?? .minimum

    static func round(
        number: Int = 2, start: RoundStart = .date(day), venue: Reference? = Reference("jakarta", at: here), isVirtual: Bool = false,
        status: RoundStatus = .planned, notes: [String] = ["n"], movedFrom: [LocalDate] = [day], location: ParleyKit.SourceLocation = here,
        acknowledgements: [Acknowledgement] = [], room: Reference? = nil, covers: [Reference] = [], chair: Reference? = nil,
        declinedBy: [Reference] = []
    ) -> Round {
        Round(
            number: number, start: start, venue: venue, isVirtual: isVirtual, status: status, notes: notes, movedFrom: movedFrom,
            location: location, acknowledgements: acknowledgements, room: room, covers: covers, chair: chair, declinedBy: declinedBy)
    }

    @Test func roundsCompareEveryPart() {
        let base = Self.round()
        #expect(base == Self.round())
        #expect(base.hashValue == Self.round().hashValue)
        let other = Reference("moscow", at: Self.there)
        let variants = [
            Self.round(number: 3), Self.round(start: .date(Self.later)), Self.round(venue: other), Self.round(isVirtual: true),
            Self.round(status: .held), Self.round(notes: []), Self.round(movedFrom: []), Self.round(location: Self.there),
            Self.round(acknowledgements: [Acknowledgement(code: .holiday, subject: nil, reason: "r", location: Self.there)]),
            Self.round(room: other), Self.round(covers: [other]), Self.round(chair: other), Self.round(declinedBy: [other]),
        ]
        for (position, variant) in variants.enumerated() { #expect(variant != base, "part \(position)") }
    }

    static func series(
        kind: Series.Kind = .dialogue, id: String = "d", title: String = "D", partners: [String] = ["ID", "RU"],
        basis: String? = nil, cadence: Span? = Span(12, .months), lastingDays: Int = 2, sessions: Sessions = .allDay,
        hosting: Hosting? = nil, delegates: [String] = ["a"], rules: [RuleSpec] = [], pauses: [Pause] = [],
        rounds: [Round] = [round()], location: ParleyKit.SourceLocation = here, travelDays: Int? = nil,
        preferredMonths: PreferredMonths? = nil, organizer: Reference? = nil, reminders: [Reminder] = [],
        milestones: [Milestone] = [], noticeDays: Int? = nil, topics: [Topic] = [], agendas: [Reference] = []
    ) -> Series {
        Series(
            kind: kind, id: id, title: title, partners: partners.map { Reference($0, at: here) }, basis: basis, cadence: cadence,
            lastingDays: lastingDays, sessions: sessions, hosting: hosting, delegates: delegates.map { Reference($0, at: here) },
            rules: rules, pauses: pauses, rounds: rounds, location: location, travelDays: travelDays, preferredMonths: preferredMonths,
            organizer: organizer, reminders: reminders, milestones: milestones, noticeDays: noticeDays, topics: topics,
            agendas: agendas)
    }

    @Test func seriesCompareEveryPart() {
        let base = Self.series()
        #expect(base == Self.series())
        #expect(base.hashValue == Self.series().hashValue)
        let other = Reference("x", at: Self.there)
        let variants = [
            Self.series(kind: .exchange), Self.series(id: "e"), Self.series(title: "E"), Self.series(partners: ["ID"]),
            Self.series(basis: "MoU"), Self.series(cadence: nil), Self.series(lastingDays: 3),
            Self.series(
                sessions: .timed(start: LocalTime(hour: 9, minute: 0) ?? .midnight, end: LocalTime(hour: 17, minute: 0) ?? .midnight)),
            Self.series(hosting: Hosting(mode: .virtual, severity: .error, location: Self.there)), Self.series(delegates: []),
            Self.series(rules: [RuleSpec(kind: .avoidWeekends, severity: .error, location: Self.there)]),
            Self.series(pauses: [Pause(from: Self.day, through: Self.later, reason: nil, location: Self.there)]),
            Self.series(rounds: []), Self.series(location: Self.there), Self.series(travelDays: 2),
            Self.series(preferredMonths: PreferredMonths(ranges: [.init(first: 3, last: 5)], location: Self.there)),
            Self.series(organizer: other), Self.series(reminders: [Reminder(minutesBefore: 60, location: Self.there)]),
            Self.series(milestones: [Milestone(title: "m", offset: Span(30, .days), isBefore: true, location: Self.there)]),
            Self.series(noticeDays: 30), Self.series(topics: [Topic(id: "t", title: "T", location: Self.there)]),
            Self.series(agendas: [other]),
        ]
        for (position, variant) in variants.enumerated() { #expect(variant != base, "part \(position)") }
        // A copy with other rounds shares the declaration and still compares its rounds.
        #expect(base.replacingRounds([]) == Self.series(rounds: []))
        #expect(base.replacingRounds([]) != base)
        #expect(base.replacingTopics([Topic(id: "t", title: "T", location: Self.there)]) != base)
    }
}
