import CivilTime

/// Brunei Darussalam (BN): the public holidays of the Prime Minister's Office circulars
/// (``BruneiTables``).
///
/// Weekend Friday and Sunday: the government works Monday–Thursday and Saturday. A holiday on a
/// Friday or a Sunday, and each further holiday on a day that already has one, gives the next
/// working day (the circulars' "cuti ganti"). Eid al-Fitr is three days. Islamic days from the
/// circulars, then the MABIMS crescent at Bandar Seri Begawan (estimated: Brunei's State Mufti
/// declares each month on sighting by that criterion); Nuzul al-Quran is 17 Ramadan; Chinese New
/// Year from the lunisolar calendar.
enum Brunei {
    /// Islamic days: the circulars' dates, then the MABIMS crescent at Bandar Seri Begawan.
    static let islamic = BruneiTables.islamic.deciding(by: .mabims(.bandarSeriBegawan))

    static let definition = CountryDefinition(
        code: "BN", name: "Brunei",
        sources: [BruneiTables.source],
        weekend: { _ in Weekend([.friday, .sunday]) },
        islamic: Brunei.islamic,
        decreedThrough: BruneiTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = Brunei.islamic
        b.add(b.date(1, 1), "New Year's Day")
        b.add(LunarCalendars.chineseNewYear(b.year), "Lunar New Year")
        b.add(b.date(2, 23), "National Day")
        b.add(b.date(5, 31), "Armed Forces Day")
        b.add(b.date(7, 15), "Sultan Hassanal Bolkiah's Birthday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.israMiraj, from: islamic, ["Isra' and Mi'raj"])
        b.add(.ramadanStart, from: islamic, ["First Day of Ramadan"])
        b.add(.ramadanStart, from: islamic, ["Anniversary of the revelation of the Quran"], offset: 16)
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr"], days: 3)
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(.islamicNewYear, from: islamic, ["Islamic New Year"])
        b.add(.mawlid, from: islamic, ["Prophet's Birthday"])
        b.add(BruneiTables.decreed)
        substitutes(&b)
    }

    /// One substitute per holiday on a Friday or Sunday, and per extra holiday sharing a working
    /// day, each on the next working day, in date order.
    private static func substitutes(_ b: inout YearBuilder) {
        var seen = Set<LocalDate>()
        for holiday in b.holidays.filter({ $0.kind == .public }).sorted() {
            let first = seen.insert(holiday.date).inserted
            guard !first || b.weekend.contains(holiday.date.weekday) else { continue }
            var day = holiday.date.adding(days: 1)
            while let current = day, b.isOff(current) { day = current.adding(days: 1) }
            b.add(day, holiday.name + " (observed)", .observed, estimated: holiday.isEstimated)
        }
    }
}
