import CivilTime
import Holidays
import Testing

@Suite struct ObservanceTests {
    @Test func words() {
        #expect(Observance(word: "ramadan") == .ramadan)
        #expect(Observance(word: "UN-Observances") == .unObservances)
        #expect(Observance(word: "advent") == nil)
    }

    /// Lent 2026: Ash Wednesday 18 February – Holy Saturday 4 April; Russia's Great Lent: Clean
    /// Monday 23 February – 11 April (Orthodox Easter 12 April).
    @Test func lent() throws {
        let de = try CountryCalendar("DE").periods(.lent, in: 2026)
        #expect(de.map { "\($0.start.iso)…\($0.end.iso)" } == ["2026-02-18…2026-04-04"])
        let ru = try CountryCalendar("RU").periods(.lent, in: 2026)
        #expect(ru.map { "\($0.start.iso)…\($0.end.iso)" } == ["2026-02-23…2026-04-11"])
    }

    /// Indonesia's Ramadan 1447 ends the day before its decreed Eid al-Fitr (2026-03-21).
    @Test func ramadanEndsBeforeTheCountrysEid() throws {
        let id = try CountryCalendar("ID")
        let ramadan = try #require(id.periods(.ramadan, in: 2026).first)
        #expect(ramadan.end.iso == "2026-03-20")
        #expect(ramadan.start.iso == "2026-02-19")
        #expect(ramadan.isEstimated)
        #expect(id.isObserved(.ramadan, on: try #require(LocalDate(year: 2026, month: 3, day: 1))))
        #expect(!id.isObserved(.ramadan, on: try #require(LocalDate(year: 2026, month: 3, day: 21))))
        let sa = try CountryCalendar("SA")
        #expect(sa.periods(.ramadan, in: 2026).first?.end.iso == "2026-03-19")
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
    }
}
