import CivilTime

/// An Islamic holiday, by its Hijri month and day.
public enum IslamicHoliday: String, CaseIterable, Hashable, Sendable {
    /// Islamic New Year, 1 Muharram.
    case islamicNewYear
    /// Ashura, 10 Muharram.
    case ashura
    /// Mawlid, the Prophet's Birthday, 12 Rabi' al-awwal.
    case mawlid
    /// Isra' and Mi'raj, 27 Rajab.
    case israMiraj
    /// Mid-Sha'ban (Shab-e-Barat), 15 Sha'ban.
    case midShaban
    /// First day of Ramadan, 1 Ramadan.
    case ramadanStart
    /// Laylat al-Qadr (Shab-e-Qadr), 27 Ramadan.
    case laylatAlQadr
    /// Eid al-Fitr, 1 Shawwal.
    case eidAlFitr
    /// Day of Arafah, 9 Dhu al-Hijjah.
    case arafah
    /// Eid al-Adha, 10 Dhu al-Hijjah.
    case eidAlAdha

    /// Hijri month and day.
    public var hijri: (month: Int, day: Int) {
        switch self {
        case .islamicNewYear: (1, 1)
        case .ashura: (1, 10)
        case .mawlid: (3, 12)
        case .israMiraj: (7, 27)
        case .midShaban: (8, 15)
        case .ramadanStart: (9, 1)
        case .laylatAlQadr: (9, 27)
        case .eidAlFitr: (10, 1)
        case .arafah: (12, 9)
        case .eidAlAdha: (12, 10)
        }
    }
}
