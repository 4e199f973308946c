import CivilTime
import Holidays
import Testing

/// The city of Madrid (ES-MAD) against its Pleno's two fiestas locales as the press and the
/// published calendars reported them; python-holidays has no municipal calendars.
@Suite struct MadridCityTests {
    /// The city's own days of `year` (those ES-MD lacks), as ISO date and whether estimated.
    private static func cityDays(in year: Int) throws -> [String] {
        let region = Set(try CountryCalendar("ES", subdivision: "MD").daysOff(in: year).map(\.date))
        return try CountryCalendar("ES", subdivision: "MAD").daysOff(in: year).filter { !region.contains($0.date) }
            .map { "\($0.date)\($0.isEstimated ? " estimated" : "")" }
    }

    @Test func theTwoFiestasLocalesAsThePlenoSetThem() throws {
        // "el miércoles 15 de mayo, San Isidro Labrador, y el sábado 9 de noviembre, Nuestra
        // Señora de la Almudena" (Telemadrid, on the Pleno's vote for 2013): a Saturday is kept.
        #expect(try Self.cityDays(in: 2013) == ["2013-05-15", "2013-11-09"])
        // "El 9 de noviembre de 2014 cayó en domingo y la festividad se pasó al lunes"; 2015 on
        // Monday 9 November; for 2016 "el lunes 16 de mayo, por traslado de la festividad de
        // San Isidro, como el miércoles 9 de noviembre" (zonaretiro.com, 2015-11).
        // San Isidro 2014 and 2015 were not found, so both years stay estimated.
        #expect(try Self.cityDays(in: 2014) == ["2014-05-15 estimated", "2014-11-10 estimated"])
        #expect(try Self.cityDays(in: 2015) == ["2015-05-15 estimated", "2015-11-09 estimated"])
        #expect(try Self.cityDays(in: 2016) == ["2016-05-16", "2016-11-09"])
        // 2018: "15 de mayo martes San Isidro", "9 de noviembre viernes Virgen de la Almudena",
        // "solo en el municipio de Madrid" (publicholidays.es, after bocm.es).
        #expect(try Self.cityDays(in: 2018) == ["2018-05-15", "2018-11-09"])
        // 2019: "15 de mayo (miércoles), San Isidro", "9 de noviembre (sábado)" (the municipio de
        // Madrid's calendar as approved, apiscam.blogspot.com, 2019-01).
        #expect(try Self.cityDays(in: 2019) == ["2019-05-15", "2019-11-09"])
        // 2020: "En Madrid capital son festivos el 15 de mayo (San Isidro) y el 9 de noviembre"
        // (zonaretiro.com, 2020-11).
        #expect(try Self.cityDays(in: 2020) == ["2020-05-15", "2020-11-09"])
        // 2021: "el sábado 15 de mayo, y la Almudena el martes 9 de noviembre" (Vida de Madrid).
        #expect(try Self.cityDays(in: 2021) == ["2021-05-15", "2021-11-09"])
        // 2022: "16 de mayo (lunes), traslado de la festividad de San Isidro Labrador",
        // "9 de noviembre (miércoles)" (the Ayuntamiento's calendario laboral, cppm.es, 2021-12-29).
        #expect(try Self.cityDays(in: 2022) == ["2022-05-16", "2022-11-09"])
        // 2024: San Isidro on Wednesday 15 May; "la Almudena ... vuelve a caer en sábado"
        // (micalendariolaboral.com; La Razón, 2024-11-05).
        #expect(try Self.cityDays(in: 2024) == ["2024-05-15", "2024-11-09"])
        // 2025: "el jueves 15 de mayo ... y el lunes 10 de noviembre por caer la Almudena en
        // domingo" (La Razón, 2025-05-05; the Pleno of October 2024, elEconomista).
        #expect(try Self.cityDays(in: 2025) == ["2025-05-15", "2025-11-10"])
        // 2026: "el 15 de mayo, viernes, ... y el 9 de noviembre, lunes" (La Razón, 2025-09-30).
        #expect(try Self.cityDays(in: 2026) == ["2026-05-15", "2026-11-09"])
        // Years not checked are estimated, by the same rule: 15 May 2027 is a Saturday, kept.
        #expect(try Self.cityDays(in: 2023) == ["2023-05-15 estimated", "2023-11-09 estimated"])
        #expect(try Self.cityDays(in: 2027) == ["2027-05-15 estimated", "2027-11-09 estimated"])
    }

    /// The city keeps every day of the Comunidad de Madrid.
    @Test func theCityHasEveryRegionalDay() throws {
        for year in [2016, 2025, 2030] {
            let region = Set(try CountryCalendar("ES", subdivision: "MD").daysOff(in: year).map(\.date))
            let city = Set(try CountryCalendar("ES", subdivision: "MAD").daysOff(in: year).map(\.date))
            #expect(region.isSubset(of: city) && city.count == region.count + 2, "\(year)")
        }
    }
}
