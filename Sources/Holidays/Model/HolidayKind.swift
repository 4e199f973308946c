import CivilTime

/// Why a day is off work.
///
/// The raw value is the spelling used in `parley holidays --format json` and in plans.
public enum HolidayKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A statutory public holiday on its own date.
    case `public`
    /// A government-decreed collective leave day, e.g. Indonesia's *cuti bersama* set each year
    /// by joint ministerial decree (SKB) next to Eid al-Fitr and Christmas.
    case collectiveLeave = "collective-leave"
    /// A substitute day for a holiday that fell on a weekend (Singapore's Sunday→Monday,
    /// Australia's Monday substitutes, the US federal Friday/Monday rule).
    case observed
    /// A day off moved by decree from another date, e.g. Russia's yearly government
    /// resolution that moves a weekend day next to a holiday and makes a Saturday a working day.
    case transfer
    /// A polling day declared a public holiday.
    case election
    /// A working day on which government offices close by law without it being a public
    /// holiday, e.g. Japan's administrative-organ holidays 29 December–3 January (Act No. 91 of
    /// 1988, art. 1) or Christmas Eve and New Year's Eve for Germany's federal civil service
    /// (Arbeitszeitverordnung § 6).
    case closure
}
