import CivilTime

/// Bangladesh (BD): the Ministry of Public Administration's yearly notification of general
/// holidays (সাধারণ ছুটি) under the Negotiable Instruments Act 1881 s. 25.
///
/// Weekend **Friday–Saturday**. Fixed: Martyrs' Day and International Mother Language Day
/// (21 February), Sheikh Mujibur Rahman's Birthday (17 March, until 2024), Independence Day
/// (26 March), Bengali New Year (14 April), May Day, July Mass Uprising Day (5 August, since
/// 2025), National Mourning Day (15 August, until 2024), Victory Day (16 December), Christmas.
/// Islamic days by the National Moon Sighting Committee: Shab-e-Barat (15 Sha'ban), Shab-e-Qadr
/// (27 Ramadan), Jumatul Wida (the last Friday of Ramadan), Eid al-Fitr and Eid al-Adha (three
/// days each), Ashura, Eid-e-Miladunnabi. The table lists every notified day; beyond it Parley
/// estimates Umm al-Qura plus one day (the Committee sights from Bangladesh, usually a day after
/// Saudi Arabia), marked estimated. One-off general holidays (the 2024 election, 5–7 August 2024)
/// are tabled.
enum Bangladesh {
    static let definition = CountryDefinition(
        code: "BD", name: "Bangladesh",
        sources: ["Ministry of Public Administration notifications of public holidays", BangladeshTables.source],
        weekend: { _ in .fridaySaturday },
        islamic: BangladeshTables.islamic,
        decreedThrough: BangladeshTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = BangladeshTables.islamic
        b.add(b.date(2, 21), "Martyrs' Day and International Mother Language Day")
        if b.year <= 2024 { b.add(b.date(3, 17), "Sheikh Mujibur Rahman's Birthday") }
        b.add(b.date(3, 26), "Independence Day")
        b.add(b.date(4, 14), "Bengali New Year")
        b.add(b.date(5, 1), "May Day")
        if b.year >= 2025 { b.add(b.date(8, 5), "July Mass Uprising Day") }
        if b.year <= 2024 { b.add(b.date(8, 15), "National Mourning Day") }
        b.add(b.date(12, 16), "Victory Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(everyDayOf: .midShaban, from: islamic, ["Shab-e-Barat"], days: 1)
        b.add(everyDayOf: .laylatAlQadr, from: islamic, ["Shab-e-Qadr"], days: 1)
        b.add(everyDayOf: .eidAlFitr, from: islamic, ["Eid-ul-Fitr"], days: 3)
        b.add(everyDayOf: .eidAlAdha, from: islamic, ["Eid-ul-Adha"], days: 3)
        b.add(everyDayOf: .ashura, from: islamic, ["Ashura"], days: 1)
        b.add(everyDayOf: .mawlid, from: islamic, ["Eid-e-Miladunnabi"], days: 1)
        // Jumatul Wida: the Friday before the first day of Eid al-Fitr.
        let eid = Set(b.holidays.filter { $0.name == "Eid-ul-Fitr" }.map(\.date))
        for first in eid where !eid.contains(where: { $0.adding(days: 1) == first }) {
            let back = Weekday.friday.days(until: first.weekday)
            let estimated = b.holidays.contains { $0.date == first && $0.isEstimated }
            b.add(first.adding(days: -(back == 0 ? 7 : back)), "Jumatul Wida", estimated: estimated)
        }
        b.add(BangladeshTables.decreed)
    }
}
