import CivilTime
import Holidays
import Testing

/// Portugal against its laws and the Prime Minister's Carnival despachos as the press reported
/// them (the despacho names the day; Carnival Tuesday is not a public holiday).
@Suite struct PortugalTests {
    /// The closures of `year`, as ISO date and whether estimated.
    private static func closures(in year: Int) throws -> [String] {
        try CountryCalendar("PT").daysOff(in: year).filter { $0.kind == .closure }
            .map { "\($0.date)\($0.isEstimated ? " estimated" : "")" }
    }

    @Test func carnivalTuesdayFollowsTheDespachos() throws {
        // "O despacho foi publicado em Diário da República com data de 4 de Fevereiro", for
        // Tuesday 9 February 2016, resuming what the previous government stopped in 2012
        // (Público, 2016-02-04).
        #expect(try Self.closures(in: 2016) == ["2016-02-09"])
        // "conceder tolerância de ponto no próximo dia 25 de fevereiro" (ECO, 2020-02-13).
        #expect(try Self.closures(in: 2020) == ["2020-02-25"])
        // "no dia 13 de fevereiro de 2024"; since November 2015 the only year without the
        // despacho was 2021, in lockdown (Lusa, via Renascença, 2024-01-30).
        #expect(try Self.closures(in: 2024) == ["2024-02-13"])
        #expect(try Self.closures(in: 2021) == [])
        // "no dia 17 de fevereiro de 2026, terça-feira, Dia de Carnaval" (Sábado, 2026-02-11).
        #expect(try Self.closures(in: 2026) == ["2026-02-17"])
        // "o Governo não dará tolerância de ponto aos funcionários públicos no Carnaval"
        // (2012-02-03); "o anterior executivo recusou-se sempre" (Público, 2016-02-04).
        for year in 2012...2015 { #expect(try Self.closures(in: year) == []) }
        // After the last despacho known, the custom, estimated: 2027's Carnival is 9 February.
        #expect(try Self.closures(in: 2027) == ["2027-02-09 estimated"])
    }

    @Test func carnivalIsAClosureNotAPublicHoliday() throws {
        let calendar = try CountryCalendar("PT")
        let day = try #require(LocalDate(year: 2024, month: 2, day: 13))
        #expect(calendar.isDayOff(day))
        #expect(calendar.daysOff(in: 2024).filter { $0.kind == .public }.allSatisfy { $0.date != day })
    }

    /// Lei 23/2012 suspended Corpus Christi, 5 October, 1 November and 1 December from 2013;
    /// Lei 8/2016 restored them. Before 2013 they were holidays (python-holidays 0.109 agrees
    /// for 2010 and 2012, outside the fixtures' 2015–2030).
    @Test func fourHolidaysSuspendedOnly2013To2015() throws {
        let calendar = try CountryCalendar("PT")
        func names(_ year: Int) -> Set<String> { Set(calendar.daysOff(in: year).filter { $0.kind == .public }.map(\.name)) }
        let four: Set = ["Corpus Christi", "Republic Day", "All Saints' Day", "Restoration of Independence Day"]
        #expect(four.isSubset(of: names(2012)))
        #expect(four.isDisjoint(with: names(2013)) && four.isDisjoint(with: names(2015)))
        #expect(four.isSubset(of: names(2016)))
        #expect(calendar.daysOff(in: 2010).filter { $0.kind == .public }.map(\.date.description).contains("2010-06-03"))
    }
}
