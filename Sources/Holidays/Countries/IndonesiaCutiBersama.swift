import CivilTime

/// Indonesia's *cuti bersama* (collective leave) beyond the last joint ministerial decree (SKB
/// 3 Menteri), estimated by the pattern the decrees for 2023–2027 follow.
///
/// Those decrees bridge each of Lunar New Year, Nyepi, Ascension Day, Vesak, Eid al-Adha and
/// Christmas to a weekend with one joint day: a holiday on Saturday takes the Friday before,
/// on Tuesday the Monday before, on Sunday, Monday, Wednesday or Thursday the day after, on
/// Friday the next Monday (Christmas on a Friday: Christmas Eve). Around Eid al-Fitr (two days)
/// they fill the working days between the Eid and the weekends on either side and add the
/// first working day after the next weekend; an Eid on Saturday–Sunday takes the Friday before
/// and the Monday and Tuesday after. A bridge day already off is not added. Every day it adds
/// is estimated; `BacktestTests` counts how often it hits the decreed days.
enum IndonesiaCutiBersama {
    /// The holidays bridged by one joint day, and the joint day's name.
    private static let bridged: [(holiday: String, joint: String)] = [
        ("Lunar New Year", "Lunar New Year Joint Holiday"), ("Day of Silence", "Day of Silence Joint Holiday"),
        ("Ascension Day", "Ascension Joint Holiday"), ("Vesak Day", "Vesak Joint Holiday"),
        ("Eid al-Adha", "Eid al-Adha Joint Holiday"), ("Christmas Day", "Christmas Joint Holiday"),
    ]

    /// Adds the year's estimated joint days to the public holidays already in `b`.
    static func addEstimates(_ b: inout YearBuilder) {
        if let eid = b.holidays.first(where: { $0.name == "Eid al-Fitr" && $0.date.year == b.year })?.date {
            for day in eidAlFitrDays(eid, weekend: b.weekend) where !b.isOff(day) {
                b.add(day, "Eid al-Fitr Joint Holiday", .collectiveLeave, estimated: true)
            }
        }
        for (holiday, joint) in bridged {
            for date in b.holidays.filter({ $0.name == holiday && $0.kind == .public }).map(\.date) {
                guard let day = bridge(date, christmas: holiday == "Christmas Day"), day.year == b.year, !b.isOff(day) else { continue }
                b.add(day, joint, .collectiveLeave, estimated: true)
            }
        }
    }

    /// The day that joins a holiday on `date` to its weekend.
    private static func bridge(_ date: LocalDate, christmas: Bool) -> LocalDate? {
        switch date.weekday {
        case .saturday, .tuesday: date.adding(days: -1)
        case .friday: date.adding(days: christmas ? -1 : 3)
        case .sunday, .monday, .wednesday, .thursday: date.adding(days: 1)
        }
    }

    /// The joint days around an Eid al-Fitr whose first day is `first` (two days long).
    private static func eidAlFitrDays(_ first: LocalDate, weekend: Weekend) -> [LocalDate] {
        guard let second = first.adding(days: 1) else { return [] }
        if first.weekday == .saturday { return [-1, 2, 3].compactMap { first.adding(days: $0) } }
        var days: [LocalDate] = []
        var day = first.adding(days: -1)
        while let current = day, !weekend.contains(current.weekday) {
            days.append(current)
            day = current.adding(days: -1)
        }
        day = second.adding(days: 1)
        while let current = day, !weekend.contains(current.weekday) {
            days.append(current)
            day = current.adding(days: 1)
        }
        while let current = day, weekend.contains(current.weekday) { day = current.adding(days: 1) }
        if let next = day { days.append(next) }
        return days.sorted()
    }
}
