import CivilTime

/// Türkiye (TR): Law 2429 on national holidays and general days off (Ulusal Bayram ve Genel
/// Tatiller Hakkında Kanun), as amended.
///
/// Weekend Saturday–Sunday; no substitute days. Ramazan Bayramı is three days from 1 Shawwal,
/// Kurban Bayramı four days from 10 Dhu al-Hijjah (their eves are half days, not modelled);
/// Democracy and National Unity Day (15 July) since 2017 (Law 6752 of 2016). Hijri dates from
/// Umm al-Qura, marked estimated (the Diyanet calendar fixes them; the Cabinet may add bridge
/// days by presidential circular).
enum Turkey {
    static let definition = CountryDefinition(
        code: "TR", name: "Türkiye",
        sources: ["Law 2429 (Ulusal Bayram ve Genel Tatiller Hakkında Kanun)", "Law 6752 of 2016 (15 July)"],
        islamic: islamic,
        build: build)

    static let islamic = IslamicDates(estimateShift: 0)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(4, 23), "National Sovereignty and Children's Day")
        b.add(b.date(5, 1), "Labour and Solidarity Day")
        b.add(b.date(5, 19), "Commemoration of Atatürk, Youth and Sports Day")
        if b.year >= 2017 { b.add(b.date(7, 15), "Democracy and National Unity Day") }
        b.add(b.date(8, 30), "Victory Day")
        b.add(b.date(10, 29), "Republic Day")
        b.add(.eidAlFitr, from: islamic, ["Ramazan Bayramı"], days: 3)
        b.add(.eidAlAdha, from: islamic, ["Kurban Bayramı"], days: 4)
    }
}
