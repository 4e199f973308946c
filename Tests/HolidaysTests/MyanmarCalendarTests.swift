import CivilTime
import Testing

@testable import Holidays

/// Myanmar's lunar days by the Myanmar calendar's arithmetic (``MyanmarCalendar``), against
/// the notifications (through ``MyanmarTables/confirmedThrough``) and beyond the tables.
@Suite struct MyanmarCalendarTests {
    /// Each lunar day by name, the estimate for a Gregorian year, and the days around it.
    static let days: [(name: String, estimate: @Sendable (Int) -> LocalDate?, around: ClosedRange<Int>)] = [
        ("Full Moon Day of Tabaung", AlmanacEstimates.myanmar(MyanmarCalendar.tabaungFullMoon), 0...0),
        ("Full Moon Day of Kason", MyanmarCalendar.kasonFullMoon, 0...0),
        ("Full Moon Day of Waso", AlmanacEstimates.myanmar(MyanmarCalendar.wasoFullMoon), 0...0),
        ("Thadingyut Holidays", AlmanacEstimates.myanmar(MyanmarCalendar.thadingyutFullMoon), -1...1),
        ("Diwali", AlmanacEstimates.myanmar(MyanmarCalendar.diwali), 0...0),
        ("Full Moon Day of Tazaungmon", AlmanacEstimates.myanmar(MyanmarCalendar.tazaungmonFullMoon), 0...0),
        ("National Day", AlmanacEstimates.myanmar(MyanmarCalendar.nationalDay), 0...0),
    ]

    static func notified(_ name: String) -> [LocalDate] {
        MyanmarTables.decreed.entries.filter { $0.name == name }.compactMap(\.date)
            .filter { $0.year >= 2015 && $0.year <= MyanmarTables.confirmedThrough }
    }

    /// Every notified full-moon day, Thadingyut, Diwali, National Day and Karen New Year
    /// 2015–2026 is the calendar's.
    @Test func everyNotifiedLunarDayHits() {
        for (name, estimate, around) in Self.days {
            let notified = Self.notified(name)
            #expect(notified.count >= 12, "\(name)")
            for date in notified {
                let hit = estimate(date.year).map { around.contains($0.days(until: date)) } ?? false
                #expect(hit, "\(name) \(date): estimated \(String(describing: estimate(date.year)))")
            }
        }
        let karen = Self.notified("Karen New Year")
        #expect(karen.count >= 11)
        for date in karen { #expect(MyanmarCalendar.dates(of: MyanmarCalendar.karenNewYear, in: date.year).contains(date), "\(date)") }
    }

    /// Notified dates: the Waso full moon of 1386 ME was 20 July 2024; 1385 ME had a second Waso
    /// (Kason full moon 3 May 2023, Waso's 1 August); Thingyan 2024, 13–21 April, had Akya on
    /// 14 April and New Year's Day on 17 April (the Ministry of Religious Affairs' calendar).
    @Test func knownDates() {
        #expect(MyanmarCalendar.date(of: MyanmarCalendar.wasoFullMoon, inMyanmarYear: 1386)?.description == "2024-07-20")
        #expect(MyanmarCalendar.kasonFullMoon(2023)?.description == "2023-05-03")
        #expect(MyanmarCalendar.date(of: MyanmarCalendar.wasoFullMoon, inMyanmarYear: 1385)?.description == "2023-08-01")
        #expect(MyanmarCalendar.thingyan(2024).map { "\($0.akya) \($0.newYear)" } == "2024-04-14 2024-04-17")
        #expect(MyanmarCalendar.thingyan(1900) == nil)
    }

    /// 2036–2099: each lunar day exactly once a year (Thadingyut three consecutive days),
    /// Karen New Year once per Myanmar year, Thingyan one run of days through New Year's Day,
    /// all estimated.
    @Test func everyYearAfterTheTablesHasEachDayOnce() throws {
        let myanmar = try CountryCalendar("MM")
        var karen: [LocalDate] = []
        for year in 2036...2099 {
            let off = myanmar.daysOff(in: year)
            for (name, _, around) in Self.days { expectEstimatedRun(name, length: around.count, in: off, year: year) }
            karen += off.filter { $0.name == "Karen New Year" && $0.isEstimated }.map(\.date)
            let thingyan = off.filter { $0.name == "Myanmar New Year" }.sorted { $0.date < $1.date }
            let window = try #require(MyanmarCalendar.thingyan(year))
            #expect(thingyan.first?.date.adding(days: 1) == window.akya && thingyan.count >= 8, "\(year) Thingyan")
            #expect(!thingyan.contains { !$0.isEstimated } && thingyan.contains { $0.date == window.newYear }, "\(year) Thingyan")
        }
        // Karen New Year of every Myanmar year whose one falls in 2036–2099, each once.
        let expected = (1397...1461).compactMap { MyanmarCalendar.date(of: MyanmarCalendar.karenNewYear, inMyanmarYear: $0) }
        #expect(karen == expected.filter { (2036...2099).contains($0.year) })
        #expect(Set(karen).count == karen.count && karen.count >= 62)
    }
}
