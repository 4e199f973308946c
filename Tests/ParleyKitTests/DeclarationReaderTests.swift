import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

@Suite struct DeclarationReaderTests {
    static let partners = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
          weekend sat sun
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU

        """

    @Test func readsTheDesignSketch() throws {
        let source = MarkedSource(
            Self.partners + """
                # a comment
                person id-deputy "Deputy Minister" of ID  # trailing
                  email "desk@example.org"
                  busy from "calendars/id-deputy.ics"
                person ru-deputy "Deputy Secretary" of RU
                dialogue id-ru-iis "Indonesia–Russia consultations"
                  partners ID RU
                  basis "MoU, Moscow, 2015-06-22"
                  every 12 months
                  lasting 2 days
                  sessions 09:00..17:00
                  hosts alternate jakarta moscow
                  delegates id-deputy ru-deputy
                  avoid holidays
                  avoid observance ramadan soft
                  gap at least 6 months
                  tolerance 45 days soft
                  round 1 on 2017-03-22 at jakarta held "Hotel Sari Pan Pacific"
                  round 2 on 2018-04-10T10:00 at moscow planned
                    note "second note"
                    moved from 2018-03-01
                exchange id-ru-cert "CERT workshop"
                  partners ID RU
                  every 6 months
                  within 90 days after id-ru-iis
                  virtual
                blackout 2024-02-14 for ID "Indonesian general election"
                blackout 2026-12-24..2027-01-02 soft
                """)
        let loaded = load(source)
        expectFindings(loaded.findings, in: source, file: "plan.parley", [])
        let plan = loaded.plan
        #expect(plan.countries.map(\.id) == ["ID", "RU"])
        #expect(plan.venuesByID["jakarta"]?.timezone == "Asia/Jakarta")
        #expect(plan.peopleByID["id-deputy"]?.email == "desk@example.org")
        let dialogue = try #require(plan.seriesByID["id-ru-iis"])
        #expect(dialogue.cadence == Span(12, .months))
        #expect(dialogue.lastingDays == 2)
        #expect(dialogue.rounds.count == 2)
        #expect(dialogue.rounds[0].notes == ["Hotel Sari Pan Pacific"])
        #expect(dialogue.rounds[1].start == .dateTime(try #require(LocalDateTime(year: 2018, month: 4, day: 10, hour: 10))))
        #expect(dialogue.rounds[1].movedFrom == [try #require(LocalDate(year: 2018, month: 3, day: 1))])
        #expect(dialogue.rules.count == 4)
        #expect(dialogue.rules[1].severity == .warning)
        #expect(plan.seriesByID["id-ru-cert"]?.hosting?.mode == .virtual)
        #expect(plan.blackouts.count == 2)
        #expect(plan.blackouts[1].severity == .warning)
    }

    @Test func reportsEveryErrorWithExpectedAndFound() {
        let source = MarkedSource(
            Self.partners + """
                ①contry XX "Nowhere"
                dialogue d "D"
                  partners ID ②RUS
                  every 12 ③monhts
                  ④hots alternate jakarta moscow
                  round 1 on ⑤2026-02-30 at jakarta
                  round 2 on 2026-03-01 at ⑥mosow planned
                  round 3 on 2026-04-01 at moscow ⑦plannd
                blackout 2026-01-01 for ID "x" ⑧extra
                """)
        let loaded = load(source)
        expectFindings(
            loaded.findings, in: source, file: "plan.parley",
            [
                ("①", "did you mean 'country'?"),
                ("②", "unknown country 'RUS'; did you mean 'RU'?"),
                ("③", "did you mean 'months'?"),
                ("④", "did you mean 'hosts'?"),
                ("⑤", "February 2026 has 28 days"),
                ("⑥", "unknown venue 'mosow'; did you mean 'moscow'?"),
                ("⑦", "did you mean 'planned'?"),
                ("⑧", "expected the end of the line, found 'extra'"),
            ])
    }

    @Test func columnsCountUnicodeScalarsAfterWideText() {
        let source = MarkedSource("country ID \"Indonésia — “Nusantara” 🇮🇩\" ①extra\n  timezone Asia/Jakarta\n")
        let loaded = load(source)
        expectFindings(loaded.findings, in: source, file: "plan.parley", [("①", "found 'extra'")])
    }

    @Test func danglingReferencesPointAtTheDeclarationTheyMeant() throws {
        let source = MarkedSource(
            Self.partners + "dialogue d \"D\"\n  partners ID RU\n  hosts alternate jakarta ①moskow\n  delegates ②nobody\n")
        let loaded = load(source)
        expectFindings(
            loaded.findings, in: source, file: "plan.parley",
            [("①", "unknown venue 'moskow'; did you mean 'moscow'?"), ("②", "unknown person 'nobody'; no person is declared")])
        let note = try #require(loaded.findings.first?.notes.first)
        #expect(note.message == "'moscow' declared here")
        #expect(note.location.line == 7)
    }
}
