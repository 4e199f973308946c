import CivilTime

/// Nyepi by the Balinese Saka calendar's own arithmetic: the day after Tilem Kasanga, the
/// last day of the ninth sasih (lunar month), reckoned by the *pangalantaka* and the
/// *nampih sasih* rules rather than by astronomical new moons or the Indian calendar.
///
/// The rules, as described by I.B.S. Ardhana, *Pokok-Pokok Wariga* (Surabaya: Paramita, 2005),
/// and tabulated in I.B.P. Peradnya Dinata's balinese-date library (its 2000 epoch):
/// - **Pangalantaka Eka Sungsang ke Paing** (fixed by the Paruman Sulinggih at Pura Besakih on
///   25 July 1998, in force until Tilem Caitra 2000 Saka, i.e. 2079): a sasih is 30 *tithi*, and
///   every 63rd day (*ngunaratri*) holds two tithi, so 63 days hold 64 tithi. 18 January 2000
///   was such a day, holding penanggal 12 and 13 of Kapitu, Saka 1921. A day holding tithi 30
///   (panglong 15) is the sasih's Tilem, its last day; when the ngunaratri falls on Tilem, Nyepi
///   is penanggal 2 (as on 25 March 2020).
/// - **Nampih sasih** (the leap month): by the Saka year modulo 19, a second Desta follows
///   Desta in years ≡ 0, 6, 11 (none in 1925 Saka, the transition year) and a second Sadha
///   follows Sadha in years ≡ 3, 8, 14, 16. Until Kawolu 1924 Saka (January 2003) the
///   *sasih berkesinambungan* period put them after Desta (≡ 2, 10), Katiga (≡ 4), Kasa (≡ 7),
///   Kadasa (≡ 13), Karo (≡ 15) and Sadha (≡ 18).
/// - The Saka year changes with Kadasa, so Nyepi of Gregorian year Y opens Saka Y − 78.
///
/// It reproduces every Nyepi Indonesia decreed 2015–2027 and every tabled one through 2035.
/// Dates before 2000 (the older Eka Sungsang ke Pon system) are not computed.
enum BalineseSaka {
    /// Nyepi (the Day of Silence) of Gregorian `year`, from 2000 to 2200.
    static func nyepi(_ year: Int) -> LocalDate? { table[year] }

    private static let epoch = LocalDate(year: 2000, month: 1, day: 18)
    private static let lastYear = 2200

    /// The sasih, numbered from Kasa (0) to Sadha (11).
    private enum Sasih: Int {
        case kasa, karo, katiga, kapat, kalima, kanem, kapitu, kawolu, kasanga, kadasa, desta, sadha

        var next: Sasih { Sasih(rawValue: (rawValue + 1) % 12) ?? .kasa }
    }

    /// The last day of the epoch's `month`-th sasih after it (0: the epoch's own Kapitu), as
    /// days since the epoch: the first day whose last tithi reaches 30 × (month + 1). Day d's
    /// last tithi, counted from the epoch's Kapitu, is 13 + d + ⌊d / 63⌋.
    private static func tilem(ofMonth month: Int) -> Int {
        let target = 30 * (month + 1)
        var day = max(0, (target - 13) * 63 / 64 - 2)
        while 13 + day + day / 63 < target { day += 1 }
        return day
    }

    /// Whether the sasih after `sasih` in Saka `saka` is a nampih (repeated) sasih.
    private static func isFollowedByNampih(_ sasih: Sasih, saka: Int, continuous: Bool) -> Bool {
        let cycle = saka % 19
        if continuous {
            switch sasih {
            case .desta: return cycle == 2 || cycle == 10
            case .katiga: return cycle == 4
            case .kasa: return cycle == 7
            case .kadasa: return cycle == 13
            case .karo: return cycle == 15
            case .sadha: return cycle == 18
            default: return false
            }
        }
        switch sasih {
        case .desta: return [0, 6, 11].contains(cycle) && saka != 1925
        case .sadha: return [3, 8, 14, 16].contains(cycle)
        default: return false
        }
    }

    /// Nyepi by Gregorian year, walking the sasih from the epoch.
    private static let table: [Int: LocalDate] = {
        guard let epoch else { return [:] }
        var dates: [Int: LocalDate] = [:]
        var sasih = Sasih.kapitu
        var saka = 1921
        var isNampih = false
        var continuous = true
        var month = 0
        while true {
            if sasih == .kasanga && !isNampih, let nyepi = epoch.adding(days: tilem(ofMonth: month) + 1) {
                guard nyepi.year < lastYear else { return dates }
                dates[nyepi.year] = nyepi
            }
            month += 1
            if !isNampih && isFollowedByNampih(sasih, saka: saka, continuous: continuous) {
                isNampih = true
                continue
            }
            isNampih = false
            sasih = sasih.next
            if sasih == .kadasa { saka += 1 }
            if sasih == .kawolu && saka == 1924 { continuous = false }
        }
    }()
}
