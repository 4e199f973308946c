import CivilTime

/// Indonesia (ID): national holidays (Keppres / SKB 3 Menteri) and *cuti bersama*.
///
/// Weekend Saturday–Sunday. Rule-based: New Year, Lunar New Year (Foundation `.chinese`),
/// Good Friday, Easter Sunday (national holiday since 2024), Labour Day, Ascension, Pancasila
/// Day (since 2017, Keppres 24/2016), Independence Day, Christmas. Islamic days come from the
/// decreed table, then the MABIMS crescent at Pelabuhan Ratu. Nyepi, Vesak, cuti bersama and election days come from ``IndonesiaTables``; beyond its last SKB, cuti bersama are estimated by ``IndonesiaCutiBersama``. Nyepi
/// is never moved off a weekend (e.g. Saturday 2025-03-29).
enum Indonesia {
    /// Islamic days: the decreed table, then the MABIMS crescent (Indonesia's Ministry of Religious Affairs decides by it).
    static let islamic = IndonesiaTables.islamic.deciding(by: .mabims(.pelabuhanRatu))

    static let definition = CountryDefinition(
        code: "ID", name: "Indonesia",
        sources: ["Keppres 24/2016 (Pancasila Day)", IndonesiaTables.source],
        islamic: Indonesia.islamic,
        decreedThrough: IndonesiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = Indonesia.islamic
        b.add(b.date(1, 1), "New Year's Day")
        b.add(LunarCalendars.chineseNewYear(b.year), "Lunar New Year")
        b.add(b.easter(-2), "Good Friday")
        if b.year >= 2024 { b.add(b.easter(), "Easter Sunday") }
        b.add(b.date(5, 1), "International Labor Day")
        b.add(b.easter(39), "Ascension Day")
        if b.year >= 2017 { b.add(b.date(6, 1), "Pancasila Day") }
        b.add(b.date(8, 17), "Independence Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.israMiraj, from: islamic, ["Isra' and Mi'raj"])
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr", "Eid al-Fitr Second Day"], days: 2)
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(.islamicNewYear, from: islamic, ["Islamic New Year"])
        b.add(.mawlid, from: islamic, ["Prophet's Birthday"])
        b.add(IndonesiaTables.decreed)
        b.add(AlmanacEstimates.vesak, "Vesak Day", after: IndonesiaTables.decreed)
        b.add(AlmanacEstimates.nyepi, "Day of Silence", after: IndonesiaTables.decreed)
        if b.year > IndonesiaTables.confirmedThrough { IndonesiaCutiBersama.addEstimates(&b) }
    }
}
