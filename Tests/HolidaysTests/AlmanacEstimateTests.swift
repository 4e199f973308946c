import CivilTime
import Testing

@testable import Holidays

/// The almanac estimators against the tabled dates they stand in for after 2035.
@Suite struct AlmanacEstimateTests {
    static func tabled(_ table: DecreedDays, _ name: String) -> [LocalDate] {
        table.entries.filter { $0.name == name && $0.subdivision == nil }.compactMap(\.date)
    }

    /// Singapore's Vesak is the 15th of the 4th Chinese month in every tabled year 2015–2035.
    @Test func vesakMatchesSingaporeEveryYear() {
        let dates = Self.tabled(SingaporeTables.decreed, "Vesak Day")
        #expect(dates.count >= 21)
        for date in dates { #expect(AlmanacEstimates.vesak(date.year) == date, "\(date)") }
    }

    /// India's Diwali: within a day in every tabled year, exact in at least 19 of them.
    @Test func diwaliWithinADayOfIndia() throws {
        let dates = Self.tabled(IndiaTables.decreed, "Diwali")
        #expect(dates.count >= 20)
        var exact = 0
        for date in dates {
            let estimate = try #require(AlmanacEstimates.diwali(date.year))
            #expect(abs(estimate.days(until: date)) <= 1, "\(date) vs \(estimate)")
            if estimate == date { exact += 1 }
        }
        #expect(exact >= 19)
    }

    /// Nyepi by the Balinese rules: every date Indonesia decreed (2015–2027) and every later
    /// tabled one (through 2035), among them 25 March 2020, penanggal 2 because the ngunaratri
    /// fell on Tilem Kasanga (Suara Saking Bali, "Nyepi Penanggal Kalih, Siklus 44 Warsa", 2020).
    @Test func nyepiByTheBalineseRules() throws {
        let tabled = Self.tabled(IndonesiaTables.decreed, "Day of Silence")
        #expect(tabled.count >= 21)
        for date in tabled { #expect(AlmanacEstimates.nyepi(date.year) == date, "\(date)") }
        #expect(AlmanacEstimates.nyepi(2020).map(\.description) == "2020-03-25")
        #expect(AlmanacEstimates.nyepi(1999) == nil)
    }

    /// Beyond the tables the festivals are still there, marked estimated.
    @Test func beyondTheTablesFestivalsAreEstimated() throws {
        let sg = try CountryCalendar("SG").daysOff(in: 2040)
        for name in ["Vesak Day", "Diwali", "Eid al-Fitr"] {
            let day = try #require(sg.first { $0.name == name }, "\(name)")
            #expect(day.isEstimated)
        }
        let id = try CountryCalendar("ID").daysOff(in: 2040)
        #expect(id.contains { $0.name == "Day of Silence" && $0.isEstimated })
    }
}
