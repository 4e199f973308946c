import CivilTime
import Testing

@testable import Holidays

/// Cambodia's Buddhist days by the Khmer calendar's arithmetic (``KhmerCalendar``), against the
/// sub-decrees (through ``CambodiaTables/confirmedThrough``) and beyond the tables.
@Suite struct KhmerCalendarTests {
    static let days: [(name: String, day: KhmerCalendar.Day, around: ClosedRange<Int>)] = [
        ("Visaka Bochea Day", KhmerCalendar.visakBochea, 0...0), ("Royal Ploughing Ceremony", KhmerCalendar.royalPloughing, 0...0),
        ("Pchum Ben Day", KhmerCalendar.pchumBen, -1...1), ("Water Festival", KhmerCalendar.waterFestival, -1...1),
    ]

    /// Every decreed Visak Bochea, Royal Ploughing Ceremony, Pchum Ben and Water Festival day
    /// 2015–2026 is one the calendar gives (2016's two-day Pchum Ben is its first two days).
    @Test func everyDecreedDayHits() throws {
        for (name, day, around) in Self.days {
            let decreed = CambodiaTables.decreed.entries.filter { $0.name == name }.compactMap(\.date)
                .filter { $0.year <= CambodiaTables.confirmedThrough }
            #expect(decreed.count >= 12, "\(name)")
            for date in decreed {
                let estimate = try #require(KhmerCalendar.date(of: day, in: date.year))
                let span = around.compactMap { estimate.adding(days: $0) }
                #expect(span.contains(date), "\(name) \(date): estimated \(estimate)")
            }
        }
    }

    /// Dates of the sub-decrees: Visak Bochea 22 May 2024, Pchum Ben 1–3 October 2024, and
    /// Visak Bochea 4 May 2023, in Visakh though 2023 doubles Asath.
    @Test func knownDates() {
        #expect(KhmerCalendar.date(of: KhmerCalendar.visakBochea, in: 2024)?.description == "2024-05-22")
        #expect(KhmerCalendar.date(of: KhmerCalendar.pchumBen, in: 2024)?.description == "2024-10-02")
        #expect(KhmerCalendar.date(of: KhmerCalendar.visakBochea, in: 2023)?.description == "2023-05-04")
        #expect(KhmerCalendar.date(of: KhmerCalendar.visakBochea, in: 1899) == nil)
    }

    /// Khmer New Year from Moha Songkran to Leung Sak: 13–16 April 2024 and 14–16 April 2025 as
    /// decreed; the decrees of 2015 and 2019 gave 13–15 April where the calendar has 14–16.
    @Test func khmerNewYear() throws {
        let y2024 = try #require(KhmerCalendar.newYear(2024))
        #expect(y2024.first.description == "2024-04-13" && y2024.days == 4)
        let y2025 = try #require(KhmerCalendar.newYear(2025))
        #expect(y2025.first.description == "2025-04-14" && y2025.days == 3)
        #expect(KhmerCalendar.newYear(2015)?.first.description == "2015-04-14")
    }

    /// 2036–2099: each lunar day exactly once a year (Pchum Ben and the Water Festival three
    /// days each, consecutive), Khmer New Year's 3 or 4 days from 13, 14 or (the Khmer solar
    /// year being 365.25875 days, from 2063) 15 April, all estimated, in their seasons.
    @Test func everyYearAfterTheTablesHasEachDayOnce() throws {
        let cambodia = try CountryCalendar("KH")
        for year in 2036...2099 {
            let off = cambodia.daysOff(in: year)
            for (name, _, around) in Self.days { expectEstimatedRun(name, length: around.count, in: off, year: year) }
            let newYear = off.filter { $0.name == "Khmer New Year's Day" }.sorted { $0.date < $1.date }
            #expect((3...4).contains(newYear.count) && !newYear.contains { !$0.isEstimated }, "\(year) Khmer New Year")
            #expect(newYear.first.map { $0.date.month == 4 && (13...15).contains($0.date.day) } == true, "\(year) Khmer New Year")
            let visak = try #require(off.first { $0.name == "Visaka Bochea Day" })
            #expect((4...6).contains(visak.date.month), "\(visak.date)")
            let water = try #require(off.first { $0.name == "Water Festival" })
            #expect((10...12).contains(water.date.month), "\(water.date)")
        }
    }

    /// Thailand past its tables (2036–2099): each Buddhist day once a year, estimated, in its
    /// season, Makha Bucha a month later in a leap-month year (2037: 1 March,
    /// not 30 January) and Buddhist Lent the day after Asarnha Bucha.
    @Test func thailandHasItsBuddhistDaysAfterTheTables() throws {
        let thailand = try CountryCalendar("TH")
        let months: [String: ClosedRange<Int>] = [
            "Makha Bucha": 1...3, "Visakha Bucha": 4...6, "Asarnha Bucha": 6...8, "Buddhist Lent Day": 6...8,
        ]
        for year in 2036...2099 {
            let off = thailand.daysOff(in: year)
            for (name, season) in months {
                let days = off.filter { $0.name == name }
                #expect(days.count == 1 && days.allSatisfy { $0.isEstimated && season.contains($0.date.month) }, "\(year) \(name)")
            }
            let asarnha = try #require(off.first { $0.name == "Asarnha Bucha" })
            #expect(off.contains { $0.name == "Buddhist Lent Day" && $0.date == asarnha.date.adding(days: 1) }, "\(year)")
        }
        #expect(thailand.daysOff(in: 2037).first { $0.name == "Makha Bucha" }?.date == LocalDate(year: 2037, month: 3, day: 1))
    }
}
