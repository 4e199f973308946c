import CivilTime
import Holidays
import Testing

@Suite struct ObservanceTests {
    @Test func words() {
        #expect(Observance(word: "ramadan") == .ramadan)
        #expect(Observance(word: "UN-Observances") == .unObservances)
        #expect(Observance(word: "advent") == nil)
        #expect(KeptObservance(word: "Great-Lent") == .greatLent)
        #expect(KeptObservance.greatLent.observance == .lent)
        #expect(KeptObservance(word: "un-observances") == nil)
    }

    /// Lent 2026: Ash Wednesday 18 February – Holy Saturday 4 April; Great Lent: Clean Monday
    /// 23 February – 11 April (Orthodox Easter 12 April). Russia keeps Great Lent; Germany
    /// keeps no Lent of its own (Good Friday and Easter Monday are its only Easter holidays).
    @Test func lent() throws {
        let de = try CountryCalendar("DE")
        #expect(de.periods(.lent, in: 2026).isEmpty)
        #expect(de.periods(keeping: .lent, in: 2026).map { "\($0.start.iso)…\($0.end.iso)" } == ["2026-02-18…2026-04-04"])
        let ru = try CountryCalendar("RU").periods(.lent, in: 2026)
        #expect(ru.map { "\($0.name) \($0.start.iso)…\($0.end.iso)" } == ["Great Lent 2026-02-23…2026-04-11"])
        #expect(KeptObservance.greatLent.periods(in: 2026).map { "\($0.start.iso)…\($0.end.iso)" } == ["2026-02-23…2026-04-11"])
    }

    /// Indonesia's Ramadan 1447 ends the day before its decreed Eid al-Fitr (2026-03-21).
    @Test func ramadanEndsBeforeTheCountrysEid() throws {
        let id = try CountryCalendar("ID")
        let ramadan = try #require(id.periods(Observance.ramadan, in: 2026).first)
        #expect(ramadan.end.iso == "2026-03-20")
        #expect(ramadan.start.iso == "2026-02-19")
        #expect(ramadan.isEstimated)
        #expect(id.isObserved(.ramadan, on: try #require(LocalDate(year: 2026, month: 3, day: 1))))
        #expect(!id.isObserved(.ramadan, on: try #require(LocalDate(year: 2026, month: 3, day: 21))))
        let sa = try CountryCalendar("SA")
        #expect(sa.periods(Observance.ramadan, in: 2026).first?.end.iso == "2026-03-19")
        // Japan keeps no Ramadan: Eid al-Fitr is no public holiday there.
        #expect(try CountryCalendar("JP").periods(Observance.ramadan, in: 2026).isEmpty)
    }

    /// UN calendar of conferences 2026: Orthodox Good Friday 10 April, Yom Kippur 21 September.
    @Test func unObservances() throws {
        let periods = try CountryCalendar("US").periods(.unObservances, in: 2026)
        let byName = Dictionary(periods.map { ($0.name, $0.start.iso) }, uniquingKeysWith: { first, _ in first })
        #expect(byName["Orthodox Good Friday"] == "2026-04-10")
        #expect(byName["Yom Kippur"] == "2026-09-21")
        #expect(byName["Eid al-Fitr"] == "2026-03-20")
        #expect(byName["Eid al-Adha"] == "2026-05-27")
        #expect(byName["Vesak"] == "2026-05-31")
        #expect(periods.count == 5)
        #expect(Observance.unitedNationsDays(in: 2026) == periods)
    }

    /// The table of who keeps what, against python-holidays' public holidays
    /// (Tests/Fixtures/holidays/generate_fixtures.py): a country keeps Ramadan when Eid
    /// al-Fitr is a public holiday there, and Great Lent when Christmas falls on 7 January
    /// (the Orthodox calendar); no built-in country keeps Western Lent.
    @Test func tableFollowsPublicHolidays() {
        let rows = PythonHolidaysFixture.shared.rows.filter { $0.subdivision == nil && $0.kind == "public" }
        #expect(!rows.isEmpty)
        let eid = Set(rows.filter { $0.name.hasPrefix("Eid al-Fitr") }.map(\.country))
        let orthodox = Set(rows.filter { $0.name == "Christmas Day" && $0.date.hasSuffix("-01-07") }.map(\.country))
        let countries = Set(rows.map(\.country))
        for country in countries.sorted() {
            var expected: [KeptObservance] = []
            if eid.contains(country) { expected.append(.ramadan) }
            if orthodox.contains(country) { expected.append(.greatLent) }
            #expect(ObservanceTable.kept(by: country) == expected, "\(country)")
        }
        #expect(eid == ["AE", "BD", "BN", "EG", "ID", "IN", "MY", "PH", "PK", "QA", "SA", "SG", "TL", "TR"])
        #expect(orthodox == ["RU", "UA"])
        #expect(Set(ObservanceTable.kept.keys).isSubset(of: countries))
    }
}
