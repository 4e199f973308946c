import CivilTime

/// Malaysia (MY): federal holidays (Holidays Act 1951), national level.
///
/// Weekend Saturday–Sunday at federal level (several states rest Friday–Saturday; of the states
/// and territories only Kuala Lumpur, `14`, the seat of the federal ministries, is modelled: New
/// Year's Day, Federal Territory Day on 1 February, Thaipusam, Nuzul al-Quran and Deepavali, from
/// the gazette, then estimated — Nuzul al-Quran as 17 Ramadan, Deepavali by the Tamil calendar). Chinese New Year (two days) from Foundation's `.chinese`; Islamic days from
/// the gazette table, then the MABIMS crescent at Kuala Lumpur (estimated); Vesak, the Agong's birthday and one-off
/// days are tabled. A holiday on a Sunday gives the next working day.
enum Malaysia {
    /// Islamic days: the decreed table, then the MABIMS crescent (Malaysia's Keeper of the Rulers' Seal decides by it).
    static let islamic = MalaysiaTables.islamic.deciding(by: .mabims(.kualaLumpur))

    static let definition = CountryDefinition(
        code: "MY", name: "Malaysia",
        subdivisions: [Subdivision("14", "Kuala Lumpur")],
        sources: ["Holidays Act 1951", MalaysiaTables.source],
        islamic: Malaysia.islamic,
        decreedThrough: MalaysiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = Malaysia.islamic
        let newYear = LunarCalendars.chineseNewYear(b.year)
        b.add(newYear, "Chinese New Year")
        b.add(newYear?.adding(days: 1), "Chinese New Year (Second Day)")
        b.add(b.date(5, 1), "Labor Day")
        b.add(b.date(8, 31), "National Day")
        b.add(b.date(9, 16), "Malaysia Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr", "Eid al-Fitr (Second Day)"], days: 2)
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(.islamicNewYear, from: islamic, ["Islamic New Year"])
        b.add(.mawlid, from: islamic, ["Prophet Muhammad's Birthday"])
        b.add(MalaysiaTables.decreed)
        b.add(AlmanacEstimates.vesak, "Vesak Day", after: MalaysiaTables.decreed)
        if b.isIn("14") {
            b.add(b.date(1, 1), "New Year's Day")
            b.add(b.date(2, 1), "Federal Territory Day")
            b.add(AlmanacEstimates.tamilDeepavali, "Diwali", after: MalaysiaTables.decreed)
            if let last = MalaysiaTables.decreed.lastYear(of: "Nuzul Al-Quran Day"), b.year > last {
                b.add(.ramadanStart, from: islamic, ["Nuzul Al-Quran Day"], offset: 16)
            }
        }
        b.substitute(on: [.sunday], where: { $0.kind == .public && !$0.name.hasPrefix("Additional") })
    }
}
