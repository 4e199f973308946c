import TestSupport
import Testing

@testable import ParleyKit

/// The plan-language lines `parley ics` reads: `organizer`, `remind`, `milestone`.
@Suite struct ExportLanguageTests {
    static let partners = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        person id-desk "Bilateral Desk" of ID
          email "desk@example.go.id"

        """

    @Test func readsOrganizerRemindersAndMilestones() throws {
        let source = MarkedSource(
            Self.partners + """
                dialogue d "D"
                  partners ID RU
                  organizer id-desk
                  remind 1 day before
                  remind 2 hours before
                  remind 1 week before
                  remind 45 minutes before
                  milestone "delegation list due" 30 days before
                  milestone "report" 2 months after
                """)
        let loaded = load(source)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let series = try #require(loaded.plan.seriesByID["d"])
        #expect(series.organizer?.id == "id-desk")
        #expect(series.reminders.map(\.minutesBefore) == [1440, 120, 10080, 45])
        #expect(series.milestones.map(\.title) == ["delegation list due", "report"])
        #expect(series.milestones.map(\.offset) == [Span(30, .days), Span(2, .months)])
        #expect(series.milestones.map(\.isBefore) == [true, false])
        #expect(series.milestones.first?.location.line == 14)
        #expect(ExportTests.export(loaded.plan).contains(#""organizer": "id-desk""#))
        #expect(ExportTests.export(loaded.plan).contains(#""before": true"#))
    }

    @Test func reportsMistakesWhereTheyAre() {
        let source = MarkedSource(
            Self.partners + """
                dialogue d "D"
                  partners ID RU
                  organizer ①id-dsk
                  ②organizer id-desk
                  remind 2 ③fortnights before
                  remind 2 days ④after
                  milestone "x" 30 days ⑤befor
                  milestone ⑥30 days before
                  ⑦remnd 1 day before
                dialogue e "E"
                  partners ID RU
                  organizer ⑧ID
                """)
        let loaded = load(source)
        expectFindings(
            loaded.findings, in: source, file: "plan.parley",
            [
                ("①", "unknown person 'id-dsk'; did you mean 'id-desk'?"),
                ("②", "'organizer' is given twice"),
                ("③", "expected a unit (minutes, hours, days, weeks), found 'fortnights'"),
                ("④", "expected 'before', found 'after'"),
                ("⑤", "expected 'before' or 'after' after the milestone's offset, found 'befor'; did you mean 'before'?"),
                ("⑥", "expected what is due, in quotes, after 'milestone'"),
                ("⑦", "did you mean 'remind'?"),
                ("⑧", "expected a person, found 'ID', which is a country"),
            ])
    }

    /// `parley fmt` needs nothing new for these lines: they are formatted like any other, and
    /// the canonical form is a fixed point.
    @Test func formatsTheNewLines() throws {
        let messy =
            "dialogue d \"D\"\n  partners   ID RU\n  organizer    id-desk\n  remind 1   day before   # a day ahead\n  milestone   \"delegation list due\"  30 days before\n"
        let canonical =
            "dialogue d \"D\"\n  partners ID RU\n  organizer id-desk\n  remind 1 day before # a day ahead\n  milestone \"delegation list due\" 30 days before\n"
        #expect(try Formatter.format(messy, path: "p.parley").get() == canonical)
        #expect(try Formatter.format(canonical, path: "p.parley").get() == canonical)
    }
}
