import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// `parley next`'s search on small plans whose answers follow from the calendar by hand:
/// 2025-03-11 plus 12 months is 2026-03-11; ± 31 days is 2026-02-08..2026-04-11.
@Suite struct ScheduleTests {
    static let header = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU
        person id-deputy "Deputy Minister" of ID
        person ru-deputy "Deputy Secretary" of RU

        """

    static func series(_ extra: String = "", hosting: String = "hosts alternate jakarta moscow") -> String {
        """
        dialogue d "D"
          partners ID RU
          every 12 months
          lasting 2 days
          \(hosting)
          delegates id-deputy ru-deputy
          gap at least 6 months
        \(extra)  round 1 on 2025-03-11 at jakarta held

        """
    }

    static func date(_ text: String) -> LocalDate { ISO8601.date(text) ?? .minimum }

    static func propose(_ text: String, today: String = "2025-06-01", after: String? = nil, before: String? = nil, id: String = "d") throws
        -> Proposal
    {
        let loaded = Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": text]))
        return try Scheduler.propose(
            loaded, request: NextRequest(seriesID: id, today: date(today), after: after.map(date), before: before.map(date)))
    }

    @Test func proposesTheDueDateFirstWithTheNextHostAndTravelDays() throws {
        let proposal = try Self.propose(Self.header + Self.series())
        #expect(proposal.roundNumber == 2)
        #expect(proposal.due == Self.date("2026-03-11"))
        #expect(proposal.venue == "moscow")
        #expect(proposal.steps.map(\.starts) == [DateWindow(from: Self.date("2026-02-08"), through: Self.date("2026-04-11"))])
        let best = try #require(proposal.suggestions.first)
        #expect(best.firstDay == Self.date("2026-03-11"))
        #expect(best.lastDay == Self.date("2026-03-12"))
        #expect(best.score == 0)
        #expect(best.round.venue?.id == "moscow")
        #expect(best.round.status == .proposed)
        // The Indonesian delegate visits Moscow; the Russian one is at home.
        #expect(best.travel == [TravelPlan(person: "id-deputy", outbound: Self.date("2026-03-10"), inbound: Self.date("2026-03-13"))])
        #expect(proposal.rejections.isEmpty)
        #expect(proposal.suggestions.count == 63)
    }

    @Test func tiesGoToTheEarlierDate() throws {
        let proposal = try Self.propose(Self.header + Self.series())
        let firstThree = proposal.suggestions.prefix(3).map { "\($0.firstDay)" }
        #expect(firstThree == ["2026-03-11", "2026-03-10", "2026-03-12"])
        #expect(proposal.suggestions.map(\.rank) == Array(1...63))
    }

    @Test func aDateBlockedOnlyByASoftRuleRanksBelowACleanDate() throws {
        let text = Self.header + Self.series() + "blackout 2026-03-11 \"state visit\" soft\n"
        let proposal = try Self.propose(text)
        let best = try #require(proposal.suggestions.first)
        #expect(best.firstDay == Self.date("2026-03-12"))
        #expect(best.costs.map(\.kind) == [.distance])
        let due = try #require(proposal.suggestions.first { $0.firstDay == Self.date("2026-03-11") })
        #expect(due.rank > best.rank)
        #expect(due.costs.map(\.code) == [.blackout])
        #expect(due.score == Cost.warningPoints)
        #expect(due.costs.first?.message.contains("state visit") == true)
    }

    @Test func nothingFitsExplainsWhatRejectedTheWindows() throws {
        let text = Self.header + Self.series() + "blackout 2025-06-01..2027-12-31 \"moratorium\"\n"
        let proposal = try Self.propose(text)
        #expect(proposal.suggestions.isEmpty)
        #expect(proposal.steps.count == Scheduler.maximumWidenings + 1)
        // 2026-03-11 ± (31 + 4 × 31) days.
        #expect(proposal.steps.last?.starts == DateWindow(from: Self.date("2025-10-07"), through: Self.date("2026-08-13")))
        #expect(proposal.windowsExamined == 311)
        #expect(proposal.rejections.map(\.code.rawValue) == ["blackout"])
        #expect(proposal.rejections.first?.sentence == "311 windows touched a blackout day")
        #expect(
            proposal.explanation()
                == "No window of 2 days starting 2025-10-07..2026-08-13 fits (the search was widened 4 times, the most allowed). Every one breaks a hard rule; the rule that rejected the most windows is blackout (311 windows touched a blackout day). Relax it (mark it `soft`, or change what it checks), or search other dates."
        )
    }

    @Test func widensWhenTheToleranceHasNoRoomAndCountsCadenceAsACost() throws {
        // Everything within 2026-03-11 ± 31 days is blacked out; the first widening finds room.
        let text = Self.header + Self.series() + "blackout 2026-02-01..2026-04-12\n"
        let proposal = try Self.propose(text)
        #expect(proposal.steps.count == 2)
        #expect(proposal.steps.last?.relaxesCadence == true)
        let best = try #require(proposal.suggestions.first)
        #expect(best.firstDay == Self.date("2026-04-13"))
        #expect(best.costs.contains { $0.code == .cadence && $0.points == Cost.relaxedCadencePoints })
    }

    @Test func rejectionsAreGroupedByRule() throws {
        // --after/--before far from the due date 2026-03-11: the one stage is what they allow,
        // starts 2025-08-01..2025-09-18, with the cadence relaxed. Gap at least 6 months after
        // 2025-03-11 rejects the 41 starts before 2025-09-11; the other 8 fit, early.
        let text = Self.header + Self.series() + "blackout 2025-09-15 \"summit\"\n"
        let proposal = try Self.propose(text, after: "2025-08-01", before: "2025-09-20")
        #expect(proposal.steps.map(\.relaxesCadence) == [true])
        #expect(proposal.rejections.map(\.code.rawValue) == ["gap", "blackout"])
        #expect(proposal.rejections.map(\.windows) == [41, 2])
        #expect(proposal.rejections.first?.exampleDate == Self.date("2025-08-01"))
        #expect(
            proposal.suggestions.map { "\($0.firstDay)" } == [
                "2025-09-18", "2025-09-17", "2025-09-16", "2025-09-13", "2025-09-12", "2025-09-11",
            ])
        #expect(proposal.suggestions.allSatisfy { $0.costs.contains { $0.code == .cadence } })
    }

    @Test func beforeBoundsTheLastDay() throws {
        let proposal = try Self.propose(Self.header + Self.series(), before: "2026-03-01")
        #expect(proposal.steps.first?.starts.through == Self.date("2026-02-27"))
        #expect(proposal.suggestions.first?.firstDay == Self.date("2026-02-27"))
        #expect(proposal.suggestions.allSatisfy { $0.lastDay < Self.date("2026-03-01") })
    }

    @Test func preferredMonthsCostPoints() throws {
        let proposal = try Self.propose(Self.header + Self.series("  prefer months apr..may, sep..nov\n"))
        let best = try #require(proposal.suggestions.first)
        // 2026-04-01 is 21 days late but in April; every March window costs 30 points.
        #expect(best.firstDay == Self.date("2026-04-01"))
        #expect(best.score == 21)
        let due = try #require(proposal.suggestions.first { $0.firstDay == Self.date("2026-03-11") })
        #expect(due.costs.map(\.kind) == [.month])
    }

    @Test func delegatesOtherRoundsThatWeekCostPoints() throws {
        let other = """
            exchange e "E"
              partners ID RU
              delegates id-deputy
              round 1 on 2026-03-14 at jakarta planned

            """
        let proposal = try Self.propose(Self.header + Self.series() + other)
        let due = try #require(proposal.suggestions.first { $0.firstDay == Self.date("2026-03-11") })
        #expect(due.costs.map(\.message) == ["id-deputy also attends round 1 of e (2026-03-14)"])
        #expect(due.score == Cost.commitmentPoints)
        // 2026-03-09..10 ends four days before the exchange: clean, and 2 days off.
        #expect(proposal.suggestions.first?.firstDay == Self.date("2026-03-09"))
    }

    @Test(
        arguments: [
            ("host jakarta", "jakarta", false, ["ru-deputy"]),
            ("hosts alternate jakarta moscow", "moscow", false, ["id-deputy"]),
            ("virtual", nil, true, []),
        ] as [(String, String?, Bool, [String])])
    func hostFollowsTheArrangement(hosting: String, venue: String?, isVirtual: Bool, travellers: [String]) throws {
        let text =
            Self.header
            + Self.series(hosting: hosting).replacingOccurrences(
                of: " at jakarta held", with: isVirtual ? " virtual held" : " at jakarta held")
        let proposal = try Self.propose(text)
        let best = try #require(proposal.suggestions.first)
        #expect(best.round.venue?.id == venue)
        #expect(best.round.isVirtual == isVirtual)
        #expect(best.travel.map(\.person) == travellers)
    }

    @Test func startsTodayWhenNothingIsRecorded() throws {
        let text =
            Self.header + """
                dialogue d "D"
                  partners ID RU
                  lasting 1 days

                """
        // 30 days' notice (the default) from 2026-01-05 is 2026-02-04; no venue, so no travel day.
        let proposal = try Self.propose(text, today: "2026-01-05")
        #expect(proposal.roundNumber == 1)
        #expect(proposal.due == nil)
        #expect(proposal.steps.first?.starts == DateWindow(from: Self.date("2026-02-04"), through: Self.date("2027-02-03")))
        #expect(proposal.suggestions.first?.firstDay == Self.date("2026-02-04"))
    }

    @Test func unknownSeriesSuggestsTheClosestID() {
        #expect(throws: ScheduleError(.unknownSeries, "unknown series 'dd'; did you mean 'd'?")) {
            try Self.propose(Self.header + Self.series(), id: "dd")
        }
    }

    @Test func malformedPlansAreRefused() {
        #expect {
            try Self.propose(Self.header + Self.series() + "dialog x \"X\"\n")
        } throws: { error in
            (error as? ScheduleError)?.code == .invalidInput
        }
    }

    @Test func emptyRangeIsAnError() {
        #expect {
            try Self.propose(Self.header + Self.series(), after: "2026-03-01", before: "2026-03-02")
        } throws: { error in
            (error as? ScheduleError)?.code == .emptyRange
        }
    }
}

/// `prefer months`, the language's one preference.
@Suite struct SchedulePreferredMonthsTests {
    static func read(_ line: String) -> (PreferredMonths?, [Finding]) {
        let text = "dialogue d \"D\"\n  partners ID RU\n  \(line)\n"
        var sink = DiagnosticSink()
        let tree = Parser.parse(SourceFile(path: "p.parley", text: text), into: &sink)
        let file = DeclarationReader.read(tree, into: &sink)
        return (file.series.first?.preferredMonths, sink.all)
    }

    @Test(arguments: [
        ("prefer months mar..may, sep..nov", [3, 4, 5, 9, 10, 11], "mar..may, sep..nov"),
        ("prefer months nov..feb", [1, 2, 11, 12], "nov..feb"),
        ("prefer months June, august", [6, 8], "jun, aug"),
    ])
    func readsMonthsAndRanges(line: String, months: [Int], text: String) {
        let (read, findings) = Self.read(line)
        #expect(findings.isEmpty)
        #expect((1...12).filter { read?.contains(month: $0) == true } == months)
        #expect(read?.description == text)
    }

    @Test(arguments: [
        ("prefer months mar..mey", "expected months such as 'mar..may, sep..nov', found 'mar..mey'; did you mean 'may'?", 17),
        ("prefer month mar", "expected 'months' (did you mean 'months' for 'month'?), found 'month'", 10),
        ("prefer months", "expected months such as 'mar..may, sep..nov', found the end of the line", 16),
    ])
    func reportsMistakesWhereTheyAre(line: String, message: String, column: Int) {
        let (_, findings) = Self.read(line)
        #expect(findings.map(\.message) == [message])
        #expect(findings.first?.location.line == 3)
        #expect(findings.first?.location.column == column)
    }
}

/// The costs that come from outside the plan's rounds: delegates' busy calendars and
/// estimated holidays near a window.
@Suite struct ScheduleCommitmentTests {
    static let busyCalendar = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        BEGIN:VEVENT\r
        UID:cabinet@test\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Asia/Jakarta:20260316T100000\r
        DTEND;TZID=Asia/Jakarta:20260316T120000\r
        SUMMARY:Cabinet meeting\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:budget@test\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20260311\r
        DTEND;VALUE=DATE:20260312\r
        SUMMARY:Budget hearing\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    @Test func busyCalendarEventsRejectOrCost() throws {
        let plan =
            ScheduleTests.header.replacingOccurrences(
                of: "person id-deputy \"Deputy Minister\" of ID\n",
                with: "person id-deputy \"Deputy Minister\" of ID\n  busy from \"busy.ics\"\n")
            + ScheduleTests.series()
        let files = ["p.parley": plan, "busy.ics": Self.busyCalendar]
        let loaded = Resolver.load(["p.parley"], reader: MemoryPlanReader(files))
        let proposal = try Scheduler.propose(
            loaded, request: NextRequest(seriesID: "d", today: ScheduleTests.date("2025-06-01"), reader: MemoryPlanReader(files)))
        // The all-day budget hearing on 2026-03-11 in Jakarta (2026-03-10T17:00Z to
        // 2026-03-11T17:00Z) overlaps the Moscow rounds starting 2026-03-09 (its last
        // evening, after 20:00 Moscow time), 2026-03-10 and 2026-03-11.
        let busy = try #require(proposal.rejections.first { $0.code == .busy })
        #expect(busy.exampleDate == ScheduleTests.date("2026-03-09"))
        for date in ["2026-03-09", "2026-03-10", "2026-03-11"] {
            #expect(!proposal.suggestions.contains { $0.firstDay == ScheduleTests.date(date) })
        }
        // The cabinet meeting on 2026-03-16 is within three days of 2026-03-17..18: a cost.
        let near = try #require(proposal.suggestions.first { $0.firstDay == ScheduleTests.date("2026-03-17") })
        let commitment = try #require(near.costs.first { $0.kind == .commitment })
        #expect(commitment.points == Cost.busyEventPoints)
        #expect(commitment.message.hasPrefix("id-deputy's busy calendar has 1 event within three days (first: \"Cabinet meeting\""))
        // 2026-03-25..26 is clear of both events by more than three days.
        let clear = try #require(proposal.suggestions.first { $0.firstDay == ScheduleTests.date("2026-03-25") })
        #expect(clear.costs.map(\.kind) == [.distance])
    }

    @Test func estimatedHolidaysNearAWindowCostPoints() throws {
        // Nyepi 2030 is on 2030-03-05 (python-holidays agrees); Parley's table holds it as an
        // estimate, so a round three days later costs points and one four days later does not.
        #expect(try #require(ScheduleIndonesiaRussiaTests.daysOff["2030-03-05"]).contains { $0.name == "Day of Silence" })
        let text =
            ScheduleTests.header + """
                exchange x "X"
                  partners ID RU
                  lasting 1 days

                """
        let proposal = try ScheduleTests.propose(text, after: "2030-03-08", before: "2030-03-12", id: "x")
        #expect(proposal.suggestions.map { "\($0.firstDay)" } == ["2030-03-09", "2030-03-10", "2030-03-11", "2030-03-08"])
        let last = try #require(proposal.suggestions.last)
        #expect(last.costs.map(\.kind) == [.nearHoliday])
        #expect(
            last.costs.first?.message == "Day of Silence (ID, estimated) on 2030-03-05, 3 days before the round: the decree may move it")
    }
}
