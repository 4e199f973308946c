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
    /// First day of Ramadan, 1 Ramadan.
    case ramadanStart
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
        case .ramadanStart: (9, 1)
        case .eidAlFitr: (10, 1)
        case .arafah: (12, 9)
        case .eidAlAdha: (12, 10)
        }
    }
}
