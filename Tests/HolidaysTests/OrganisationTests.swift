import CivilTime
import Holidays
import Testing

/// The organisation calendars against the holiday lists their administrations published,
/// transcribed here from the documents (weekdays only: a list names a weekend day only when
/// it is not moved, and a weekend day is off anyway).
@Suite struct OrganisationTests {
    /// The weekdays off in `year` of `code`'s built-in calendar, as ISO dates.
    private static func weekdaysOff(_ code: String, in year: Int) throws -> [String] {
        let calendar = try CountryCalendar(code)
        let days = calendar.daysOff(in: year).map(\.date).filter { !calendar.isWeekend($0) }
        return Array(Set(days)).sorted().map(\.description)
    }

    /// "Official holidays for 2017 at United Nations Headquarters" (information circular,
    /// document 16-19205) and ST/IC/2019/23 for 2020 (ask.un.org/faq/112514).
    @Test func unitedNationsHeadquartersMatchesItsCirculars() throws {
        #expect(
            try Self.weekdaysOff("UN-NY", in: 2017) == [
                "2017-01-02", "2017-04-14", "2017-05-29", "2017-06-26", "2017-07-04", "2017-09-01", "2017-09-04",
                "2017-11-23", "2017-12-25",
            ])
        #expect(
            try Self.weekdaysOff("UN-NY", in: 2020) == [
                "2020-01-01", "2020-04-10", "2020-05-25", "2020-05-26", "2020-07-03", "2020-07-31", "2020-09-07",
                "2020-11-26", "2020-12-25",
            ])
        let headquarters = try CountryCalendar("un-ny")
        #expect(headquarters.country.isOrganisation)
        #expect(headquarters.daysOff(in: 2020).allSatisfy { !$0.isEstimated })
        // 2030's Eids (and a weekend Eid's observed day) come from Umm al-Qura ahead of the
        // circular: estimated, the rest fixed.
        let estimated = headquarters.daysOff(in: 2030).filter(\.isEstimated).map(\.name)
        #expect(estimated.contains("Eid al-Fitr") && estimated.contains("Eid al-Adha"))
        #expect(estimated.allSatisfy { $0.hasPrefix("Eid al-") })
    }

    /// Commission Decision of 21 December 2012 (2014, OJ C 39, 12.2.2013) and of 25 May 2021
    /// (2023, OJ C 201 I, 28.5.2021); the Commission's lists for 2017 and 2020.
    @Test func europeanInstitutionsMatchTheCommissionsDecisions() throws {
        #expect(
            try Self.weekdaysOff("EU", in: 2014) == [
                "2014-01-01", "2014-01-02", "2014-04-17", "2014-04-18", "2014-04-21", "2014-05-01", "2014-05-09",
                "2014-05-29", "2014-05-30", "2014-06-09", "2014-07-21", "2014-08-15", "2014-12-24", "2014-12-25",
                "2014-12-26", "2014-12-29", "2014-12-30", "2014-12-31",
            ])
        #expect(
            try Self.weekdaysOff("EU", in: 2017) == [
                "2017-01-02", "2017-04-13", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-09", "2017-05-25",
                "2017-05-26", "2017-06-05", "2017-07-21", "2017-08-15", "2017-11-01", "2017-11-02", "2017-12-25",
                "2017-12-26", "2017-12-27", "2017-12-28", "2017-12-29",
            ])
        #expect(
            try Self.weekdaysOff("EU", in: 2020) == [
                "2020-01-01", "2020-01-02", "2020-04-09", "2020-04-10", "2020-04-13", "2020-05-01", "2020-05-21",
                "2020-05-22", "2020-06-01", "2020-07-21", "2020-11-02", "2020-12-24", "2020-12-25", "2020-12-28",
                "2020-12-29", "2020-12-30", "2020-12-31",
            ])
        #expect(
            try Self.weekdaysOff("EU", in: 2023) == [
                "2023-01-02", "2023-04-06", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-09", "2023-05-18",
                "2023-05-19", "2023-05-29", "2023-07-21", "2023-08-15", "2023-11-01", "2023-11-02", "2023-12-25",
                "2023-12-26", "2023-12-27", "2023-12-28", "2023-12-29",
            ])
        // Past the last decision the end-of-year days are the Commission's to choose: estimated.
        let institutions = try CountryCalendar("EU")
        let estimated = institutions.daysOff(in: 2030).filter(\.isEstimated).map(\.date.month)
        #expect(!estimated.isEmpty && estimated.allSatisfy { $0 == 12 })
    }

    /// Organisation codes cannot be taken for a country or read as one's subdivision, and they
    /// rest Saturday–Sunday.
    @Test func organisationCodesAreTheirOwn() throws {
        let organisations = Country.all.filter(\.isOrganisation)
        #expect(Set(organisations.map(\.code)) == ["EU", "UN-NY"])
        for organisation in organisations {
            #expect(try CountryCalendar(organisation.code).weekend(in: 2026) == .saturdaySunday)
            #expect(organisation.subdivisions.isEmpty)
        }
        #expect(Country.all.filter { !$0.isOrganisation }.allSatisfy { $0.code.count == 2 && !$0.code.contains("-") })
        // `UN` alone is no calendar: the error names the organisation's seats first.
        do {
            _ = try CountryCalendar("UN")
            Issue.record("UN opened a calendar")
        } catch {
            #expect(error.suggestions.first == "UN-NY")
        }
    }
}
