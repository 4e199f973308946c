import CivilTime

/// United Arab Emirates (AE): Federal Decree-Law 33 of 2021 (labour) and Cabinet Resolution 27
/// of 2019 on official holidays.
///
/// Weekend **Saturday–Sunday since 2022-01-01** (Friday–Saturday until 2021-12-31; federal
/// announcement of 2021-12-07). Holidays: New Year's Day; Eid al-Fitr (1–3 Shawwal); Day of
/// Arafah and Eid al-Adha (9–12 Dhu al-Hijjah); Islamic New Year; the Prophet's Birthday;
/// Isra' and Mi'raj until 2018 (dropped by Cabinet Resolution 27 of 2019); Commemoration Day
/// (30 November; 1 December 2019–2023, then merged into the National Day break) and National
/// Day (2–3 December; 1–2 December in 2025 by Cabinet decision).
/// Hijri dates from Umm al-Qura, marked estimated (announced on sighting).
enum UnitedArabEmirates {
    static let definition = CountryDefinition(
        code: "AE", name: "United Arab Emirates",
        sources: [
            "Federal Decree-Law 33 of 2021", "Cabinet Resolution 27 of 2019",
            "Umm al-Qura calendar (Foundation .islamicUmmAlQura)",
        ],
        weekend: { $0 >= 2022 ? .saturdaySunday : .fridaySaturday },
        islamic: islamic,
        build: build)

    static let islamic = IslamicDates(estimateShift: 0)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr", "Eid al-Fitr Holiday"], days: 3)
        b.add(.arafah, from: islamic, ["Day of Arafah", "Eid al-Adha", "Eid al-Adha Holiday"], days: 4)
        b.add(.islamicNewYear, from: islamic, ["Islamic New Year"])
        b.add(.mawlid, from: islamic, ["Prophet's Birthday"])
        if b.year <= 2018 { b.add(.israMiraj, from: islamic, ["Isra' and Mi'raj"]) }
        if b.year <= 2023 { b.add(b.year >= 2019 ? b.date(12, 1) : b.date(11, 30), "Commemoration Day") }
        b.add(b.year == 2025 ? b.date(12, 1) : b.date(12, 2), days: 2, ["National Day"])
    }
}
