import CivilTime
import Testing

@testable import ParleyKit

/// `holidays from "file.ics"`: a country's days off read from a feed instead of the built-in
/// tables. An all-day event covers DTSTART up to DTEND exclusive (RFC 5545 §3.6.1), so the
/// two-day event below is off on 2027-03-10 and 2027-03-11, not 2027-03-12.
@Suite struct HolidayFeedTests {
    static let feed =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//tests//EN\r\nBEGIN:VEVENT\r\nUID:eid@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\nSUMMARY:Hari Raya Idul Fitri\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    static func plan(_ date: String) -> String {
        "country XX \"Testland\"\n  timezone Asia/Jakarta\n  holidays from \"feeds/xx.ics\"\ncountry ID \"Indonesia\"\n  timezone Asia/Jakarta\n  holidays none\ndialogue d \"D\"\n  partners XX ID\n  avoid holidays\n  round 1 on \(date) virtual planned\n"
    }

    static func check(_ files: [String: String]) -> CheckResult {
        let reader = MemoryPlanReader(files)
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        return Checker.check(loaded, options: CheckOptions(today: LocalDate(year: 2026, month: 6, day: 1) ?? .minimum, reader: reader))
    }

    @Test(arguments: [("2027-03-10", 1), ("2027-03-11", 1), ("2027-03-12", 0), ("2027-03-09", 0)])
    func daysOffComeFromTheFeed(date: String, expected: Int) {
        let result = Self.check(["plans/p.parley": Self.plan(date), "plans/feeds/xx.ics": Self.feed])
        let holiday = result.findings.filter { $0.code == .holiday }
        #expect(holiday.count == expected, "\(holiday.map(\.message))")
        if expected == 1 {
            #expect(
                holiday.first?.message.hasSuffix("according to feeds/xx.ics: \(date) Hari Raya Idul Fitri") == true,
                "\(holiday.map(\.message))")
        }
    }

    @Test func aMissingFeedIsAnInputError() {
        let result = Self.check(["plans/p.parley": Self.plan("2027-03-10")])
        #expect(result.findings.filter { $0.code == .input }.map(\.message) == ["XX's holidays plans/feeds/xx.ics: no such file"])
        #expect(result.hasInputErrors)
    }

    /// `parley next` reads the same feed as `check`: with every weekday of the ideal week but
    /// the feed's two days free, the best windows of a one-day round avoid 2027-03-10 and
    /// 2027-03-11 (days off only the feed knows, as `holidays none` leaves ID without any).
    @Test func nextAvoidsTheFeedsDaysOff() throws {
        let plan =
            "country XX \"Testland\"\n  timezone Asia/Jakarta\n  holidays from \"feeds/xx.ics\"\n"
            + "country ID \"Indonesia\"\n  timezone Asia/Jakarta\n  holidays none\n"
            + "dialogue d \"D\"\n  partners XX ID\n  every 12 months\n  avoid holidays\n  round 1 on 2026-03-10 virtual held\n"
        let reader = MemoryPlanReader(["plans/p.parley": plan, "plans/feeds/xx.ics": Self.feed])
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        let after = LocalDate(year: 2027, month: 3, day: 9) ?? .minimum
        let before = LocalDate(year: 2027, month: 3, day: 13) ?? .minimum
        let proposal = try Scheduler.propose(
            loaded, request: NextRequest(seriesID: "d", today: today, after: after, before: before, reader: reader))
        let days = proposal.suggestions.map { "\($0.firstDay)" }.sorted()
        #expect(days == ["2027-03-09", "2027-03-12"], "\(days)")
    }
}
