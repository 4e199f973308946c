import CivilTime
import Holidays
import Testing

private func day(_ text: String) throws -> LocalDate {
    try #require(ISO8601.date(text), "bad date \(text)")
}

/// The named edge cases, each checked against the decree it comes from.
@Suite struct EdgeCaseTests {
    /// Resolution of the Government of the Russian Federation No. 1335 of 2024-10-04 "On the
    /// transfer of days off in 2025": 4 Jan → 2 May, 5 Jan → 31 Dec, 23 Feb → 8 May,
    /// 8 Mar → 13 Jun, Saturday 1 Nov → Monday 3 Nov.
    @Test func russia2025Transfers() throws {
        let ru = try CountryCalendar("RU")
        let saturday = try day("2025-11-01")
        #expect(saturday.weekday == .saturday)
        #expect(!ru.isDayOff(saturday))
        #expect(!ru.isWeekend(saturday))
        #expect(ru.workingDays(in: 2025) == [saturday])
        #expect(ru.holidays(on: try day("2025-11-03")).map(\.kind) == [.transfer])
        for off in ["2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31"] {
            #expect(ru.isDayOff(try day(off)), "\(off)")
            #expect(ru.holidays(on: try day(off)).first?.kind == .transfer, "\(off)")
        }
        // The decree moved Sunday 23 February itself, so Monday 24 February is worked.
        #expect(!ru.isDayOff(try day("2025-02-24")))
        #expect(ru.daysOff(in: 2025).allSatisfy { !$0.isEstimated })
    }

    /// Holidays Act s. 4: Deepavali 2026 is Sunday 2026-11-08 (MOM gazette), so Monday is off.
    /// Public Holidays Act 2010 (NSW) s. 4(g): ANZAC Day is 25 April, with no substitute; the
    /// Public Holidays Amendment (Anzac Day) Order 2026 adds Monday 2026-04-27 and Monday
    /// 2027-04-26 only. Sunday 2032-04-25 therefore gives no Monday.
    @Test func newSouthWalesAnzacDayFollowsTheStatute() throws {
        let nsw = try CountryCalendar("AU", subdivision: "NSW")
        let wa = try CountryCalendar("AU", subdivision: "WA")
        let anzac2032 = try day("2032-04-25")
        let monday2032 = try day("2032-04-26")
        #expect(nsw.isDayOff(try day("2026-04-27")))
        #expect(nsw.isDayOff(try day("2027-04-26")))
        #expect(anzac2032.weekday == .sunday)
        #expect(!nsw.isDayOff(monday2032))
        #expect(wa.isDayOff(monday2032))
    }

    /// Victoria's Grand Final Friday is proclaimed yearly (Public Holidays Act 1993 (Vic)
    /// s. 6); past the table it is estimated as the Friday before the last Saturday of
    /// September: 2036-09-26.
    @Test func victoriaGrandFridayEstimatedBeyondTheTable() throws {
        let vic = try CountryCalendar("AU", subdivision: "VIC")
        let date = try day("2036-09-26")
        let friday = vic.holidays(on: date)
        #expect(friday.map(\.name) == ["Friday before the AFL Grand Final"])
        #expect(friday.allSatisfy { $0.isEstimated })
        #expect(vic.daysOff(in: 2036).filter { $0.date.month == 9 }.count == 1)
    }

    @Test func singaporeDeepavali2026Observed() throws {
        let sg = try CountryCalendar("SG")
        #expect(sg.holidays(on: try day("2026-11-08")).map(\.name) == ["Diwali"])
        let monday = sg.holidays(on: try day("2026-11-09"))
        #expect(monday.map(\.kind) == [.observed])
        #expect(monday.first?.name == "Diwali (observed)")
    }

    /// SKB 3 Menteri on national holidays and cuti bersama 2026: Idulfitri 1447 H on 21–22 March
    /// (Saturday–Sunday), cuti bersama 20, 23 and 24 March; Nyepi 19 March with cuti bersama 18 March.
    @Test func indonesiaCutiBersamaAroundEid2026() throws {
        let id = try CountryCalendar("ID")
        let expected: [(String, HolidayKind)] = [
            ("2026-03-18", .collectiveLeave), ("2026-03-19", .public), ("2026-03-20", .collectiveLeave),
            ("2026-03-21", .public), ("2026-03-22", .public), ("2026-03-23", .collectiveLeave),
            ("2026-03-24", .collectiveLeave),
        ]
        for (date, kind) in expected {
            #expect(id.holidays(on: try day(date)).map(\.kind) == [kind], "\(date)")
        }
        #expect(!id.isDayOff(try day("2026-03-25")))
    }

    /// Nyepi (Day of Silence) Saka 1947 fell on Saturday 2025-03-29 and was not moved (SKB 2025).
    @Test func nyepiOnSaturdayIsNotMoved() throws {
        let id = try CountryCalendar("ID")
        #expect(id.holidays(on: try day("2025-03-29")).map(\.name) == ["Day of Silence"])
        #expect(id.daysOff(in: 2025).filter { $0.name.hasPrefix("Day of Silence") && $0.kind == .observed }.isEmpty)
    }

    /// Holidays Act 1958 (ACT): Canberra Day is the second Monday of March; Reconciliation Day
    /// the Monday on or after 27 May (since 2018). Neither is a holiday elsewhere.
    @Test(arguments: [
        (2018, "2018-03-12", "2018-05-28"), (2024, "2024-03-11", "2024-05-27"),
        (2025, "2025-03-10", "2025-06-02"), (2026, "2026-03-09", "2026-06-01"),
        (2030, "2030-03-11", "2030-05-27"),
    ])
    func canberraAndReconciliationDay(_ year: Int, _ canberra: String, _ reconciliation: String) throws {
        let act = try CountryCalendar("AU", subdivision: "ACT")
        #expect(act.holidays(on: try day(canberra)).map(\.name) == ["Canberra Day"])
        #expect(act.holidays(on: try day(reconciliation)).map(\.name) == ["Reconciliation Day"])
        let nsw = try CountryCalendar("AU", subdivision: "AU-NSW")
        #expect(!nsw.isDayOff(try day(canberra)))
    }

    /// Saudi Arabia rests Friday–Saturday (Royal Decree of 2013); the UAE Saturday–Sunday since 2022.
    @Test func fridaySaturdayWeekend() throws {
        let sa = try CountryCalendar("SA")
        #expect(sa.weekend(in: 2026).days == [.friday, .saturday])
        #expect(sa.isWeekend(try day("2026-03-13")))  // Friday
        #expect(sa.isWeekend(try day("2026-03-14")))  // Saturday
        #expect(!sa.isWeekend(try day("2026-03-15")))  // Sunday: a working day
        let ae = try CountryCalendar("AE")
        #expect(ae.weekend(in: 2021).days == [.friday, .saturday])
        #expect(ae.weekend(in: 2022).days == [.saturday, .sunday])
    }

    /// Beyond Indonesia's last decree (Eid al-Fitr is decreed through 2026), Eid is estimated and
    /// its neighbours are uncertain (with the estimated cuti bersama around it, the week about
    /// it), a fortnight later is not; decreed days are not.
    @Test func estimatedDatesAndTheirNeighboursAreUncertain() throws {
        let id = try CountryCalendar("ID")
        let eid2030 = try #require(id.daysOff(in: 2030).first { $0.name == "Eid al-Fitr" })
        #expect(eid2030.isEstimated)
        for offset in -1...1 {
            #expect(id.isUncertain(try #require(eid2030.date.adding(days: offset))))
        }
        #expect(!id.isUncertain(try #require(eid2030.date.adding(days: 14))))
        let eid2026 = try #require(id.daysOff(in: 2026).first { $0.name == "Eid al-Fitr" })
        #expect(!eid2026.isEstimated)
        #expect(eid2026.date == (try day("2026-03-21")))
        #expect(!id.isUncertain(try #require(eid2026.date.adding(days: -1))))
    }

    @Test func unknownCodesSaySoWithSuggestions() {
        #expect(throws: HolidaysError.self) { try CountryCalendar("XX") }
        do {
            _ = try CountryCalendar("Indonesa")
        } catch {
            #expect(error.code == .unknownCountry)
            #expect(error.suggestions.contains("ID"))
        }
        do {
            _ = try CountryCalendar("AU", subdivision: "ACR")
        } catch {
            #expect(error.code == .unknownSubdivision)
            #expect(error.suggestions.contains("ACT"))
            #expect(error.description.contains("unknown subdivision 'ACR' of AU"))
        }
    }

    @Test func rangeQueryCrossesYears() throws {
        let us = try CountryCalendar("us")
        let days = us.daysOff(from: try day("2021-12-24"), through: try day("2022-01-17"))
        #expect(days.map(\.date.iso) == ["2021-12-24", "2021-12-25", "2021-12-31", "2022-01-01", "2022-01-17"])
    }

    @Test func concurrentQueriesAgree() async throws {
        let calendar = try CountryCalendar("KR")
        let results = await withTaskGroup(of: [Holiday].self) { group in
            for _ in 0..<8 { group.addTask { calendar.daysOff(in: 2031) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map { $0.map(\.date) }).count == 1)
    }
}

/// Indonesia 2017 against the SKB 3 Menteri signed 2016-04-14 as published (kompas.com,
/// bertuahpos.com, 2016) with Keppres 24/2016 (Pancasila Day from 2017): a second,
/// hand-checked source for the transcribed table.
@Suite struct IndonesiaDecree2017Tests {
    static let national = [
        "2017-01-01", "2017-01-28", "2017-03-28", "2017-04-14", "2017-04-24", "2017-05-01", "2017-05-11",
        "2017-05-25", "2017-06-01", "2017-06-25", "2017-06-26", "2017-08-17", "2017-09-01", "2017-09-21",
        "2017-12-01", "2017-12-25",
    ]

    @Test func nationalHolidays2017() throws {
        let id = try CountryCalendar("ID")
        let publicDays = id.daysOff(in: 2017).filter { $0.kind == .public }.map(\.date.iso)
        #expect(publicDays == Self.national)
    }

    @Test func cutiBersamaAroundEid2017() throws {
        let id = try CountryCalendar("ID")
        for date in ["2017-06-23", "2017-06-27", "2017-06-28"] {
            #expect(id.holidays(on: try #require(ISO8601.date(date))).map(\.kind) == [.collectiveLeave], "\(date)")
        }
    }
}

/// Russia 2026 per the Government resolution on the transfer of days off in 2026, signed
/// 2025-09-24 (as reported by vedomosti.ru and tvzvezda.ru that day): 3 and 4 January move to
/// Friday 9 January and Thursday 31 December; breaks of 31 Dec–11 Jan, 21–23 Feb, 7–9 Mar,
/// 1–3 and 9–11 May, 12–14 Jun; 4 Nov alone.
@Suite struct RussiaDecree2026Tests {
    static let off = [
        "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07",
        "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11", "2026-02-21", "2026-02-22", "2026-02-23",
        "2026-03-07", "2026-03-08", "2026-03-09", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-09",
        "2026-05-10", "2026-05-11", "2026-06-12", "2026-06-13", "2026-06-14", "2026-11-04", "2026-12-31",
    ]
    static let worked = [
        "2026-01-12", "2026-02-20", "2026-02-24", "2026-03-06", "2026-03-10", "2026-05-04",
        "2026-05-08", "2026-05-12", "2026-06-11", "2026-06-15", "2026-11-03", "2026-11-05", "2026-12-30",
    ]

    @Test func breaksAndWorkingDays() throws {
        let ru = try CountryCalendar("RU")
        for date in Self.off { #expect(ru.isDayOff(try #require(ISO8601.date(date))), "\(date) should be off") }
        for date in Self.worked { #expect(!ru.isDayOff(try #require(ISO8601.date(date))), "\(date) should be worked") }
        #expect(ru.holidays(on: try #require(ISO8601.date("2026-01-09"))).map(\.kind) == [.transfer])
        #expect(ru.holidays(on: try #require(ISO8601.date("2026-12-31"))).map(\.kind) == [.transfer])
        #expect(ru.workingDays(in: 2026).isEmpty)
    }
}
