import CivilTime

/// Collects one country-year's days off while its rules run; the vocabulary of every country
/// file (fixed dates, nth weekdays, Easter offsets, lunar dates, tables, substitute days).
struct YearBuilder {
    let year: Int
    let subdivision: String?
    let weekend: Weekend
    private(set) var holidays: [Holiday] = []
    /// Weekend days decreed working days (e.g. Russia's working Saturdays).
    var workingDays: [LocalDate] = []

    init(year: Int, subdivision: String?, weekend: Weekend) {
        self.year = year
        self.subdivision = subdivision
        self.weekend = weekend
    }

    /// Whether the subdivision being built is one of `codes`.
    func isIn(_ codes: String...) -> Bool { subdivision.map(codes.contains) ?? false }

    // MARK: Finding dates

    /// `month`/`day` of this year.
    func date(_ month: Int, _ day: Int) -> LocalDate? { LocalDate(year: year, month: month, day: day) }

    /// The `n`th `weekday` of `month` (1 = first; −1 = last).
    func nth(_ n: Int, _ weekday: Weekday, of month: Int) -> LocalDate? {
        if n > 0 {
            guard let first = date(month, 1) else { return nil }
            return first.adding(days: first.weekday.days(until: weekday) + 7 * (n - 1))
        }
        guard let last = date(month, CivilCalendar.daysInMonth(year: year, month: month)) else { return nil }
        return last.adding(days: -(weekday.days(until: last.weekday)) - 7 * (-n - 1))
    }

    /// The first `weekday` on or after `month`/`day`.
    func weekday(_ weekday: Weekday, onOrAfter month: Int, _ day: Int) -> LocalDate? {
        guard let start = date(month, day) else { return nil }
        return start.adding(days: start.weekday.days(until: weekday))
    }

    /// Western Easter Sunday plus `offset` days (Good Friday −2, Easter Monday +1,
    /// Ascension +39, Whit Monday +50).
    func easter(_ offset: Int = 0) -> LocalDate? { Easter.western(year)?.adding(days: offset) }

    /// Orthodox Easter Sunday plus `offset` days.
    func orthodoxEaster(_ offset: Int = 0) -> LocalDate? { Easter.orthodox(year)?.adding(days: offset) }

    /// Chinese lunar `month`/`day` of the lunar year that starts in this civil year, plus `offset`.
    func chinese(_ month: Int, _ day: Int, offset: Int = 0) -> LocalDate? {
        LunarCalendars.chinese(year: year, month: month, day: day)?.adding(days: offset)
    }

    /// Whether `date` is already a day off (holiday or weekend, not a decreed working day).
    func isOff(_ date: LocalDate) -> Bool {
        isHoliday(date) || (weekend.contains(date.weekday) && !workingDays.contains(date))
    }

    /// Whether `date` already carries a holiday.
    func isHoliday(_ date: LocalDate) -> Bool { holidays.contains { $0.date == date } }

    // MARK: Adding days

    /// Adds a day off; a `nil` date (impossible date) is ignored.
    mutating func add(_ date: LocalDate?, _ name: String, _ kind: HolidayKind = .public, estimated: Bool = false) {
        guard let date else { return }
        holidays.append(Holiday(date: date, name: name, kind: kind, isEstimated: estimated))
    }

    /// Adds `days` consecutive days from `date`, named `name` then `names[i]` if given.
    mutating func add(_ date: LocalDate?, days: Int, _ names: [String], _ kind: HolidayKind = .public, estimated: Bool = false) {
        guard let date else { return }
        for index in 0..<days {
            let name = index < names.count ? names[index] : names.last ?? ""
            add(date.adding(days: index), name, kind, estimated: estimated)
        }
    }

    /// Adds an Islamic holiday from the country's tables (or estimates), `days` long, each
    /// day `offset` days from the first day of the holiday. A holiday that starts in late
    /// December of last year and runs into this one contributes its January days.
    mutating func add(_ holiday: IslamicHoliday, from dates: IslamicDates, _ names: [String], days: Int = 1, offset: Int = 0) {
        let spills = days > 1 || offset != 0
        let found = dates.dates(holiday, in: year) + (spills ? dates.dates(holiday, in: year - 1) : [])
        for occurrence in found {
            for index in 0..<days {
                guard let day = occurrence.date.adding(days: offset + index), day.year == year else { continue }
                add(day, index < names.count ? names[index] : names.last ?? "", estimated: occurrence.estimated)
            }
        }
    }

    /// Adds an Islamic holiday whose decree table lists every day of the break, not just the
    /// first (Pakistan's Eid breaks run two to six days as the Cabinet Division notifies): a year
    /// the table confirms takes exactly its days; other years take `days` estimated days from
    /// `offset`.
    mutating func add(everyDayOf holiday: IslamicHoliday, from dates: IslamicDates, _ names: [String], days: Int, offset: Int = 0) {
        let listed = dates.tables[holiday].map { $0.covers(year) && year <= $0.confirmedThrough } ?? false
        add(holiday, from: dates, names, days: listed ? 1 : days, offset: listed ? 0 : offset)
    }

    /// Adds every date of `table` in this year (estimated beyond its confirmed year).
    mutating func add(_ table: DateTable, _ name: String, _ kind: HolidayKind = .public) {
        for date in table.dates(in: year) {
            add(date, name, kind, estimated: year > table.confirmedThrough)
        }
    }

    // MARK: Substitute days

    /// Where a weekend holiday's substitute goes.
    enum Shift {
        /// The next day that is neither weekend nor holiday.
        case next
        /// The previous day that is neither weekend nor holiday.
        case previous
        /// No substitute day.
        case none
    }

    /// Adds a substitute day for each holiday matching `which` that falls on a Saturday or a
    /// Sunday, in date order, so that two weekend holidays take consecutive weekdays (UK
    /// Christmas on Saturday → Monday 27, Boxing Day on Sunday → Tuesday 28).
    mutating func observe(
        saturday: Shift, sunday: Shift, suffix: String = " (observed)",
        where which: (Holiday) -> Bool = { $0.kind == .public }
    ) {
        let candidates = holidays.filter(which).sorted()
        var seen = Set<LocalDate>()
        for holiday in candidates where seen.insert(holiday.date).inserted {
            let shift: Shift
            switch holiday.date.weekday {
            case .saturday: shift = saturday
            case .sunday: shift = sunday
            default: continue
            }
            let step: Int
            switch shift {
            case .next: step = 1
            case .previous: step = -1
            case .none: continue
            }
            var day = holiday.date.adding(days: step)
            while let current = day, isOff(current) { day = current.adding(days: step) }
            add(day, holiday.name + suffix, .observed, estimated: holiday.isEstimated)
        }
    }

    /// Adds, for each holiday matching `which` on one of `weekdays`, a substitute on the next
    /// day that is neither weekend nor holiday, named by `name` (default: "… (observed)").
    mutating func substitute(
        on weekdays: Set<Weekday>,
        name: (Holiday) -> String = { $0.name + " (observed)" },
        where which: (Holiday) -> Bool = { $0.kind == .public }
    ) {
        let candidates = holidays.filter(which).sorted()
        var seen = Set<LocalDate>()
        for holiday in candidates where weekdays.contains(holiday.date.weekday) && seen.insert(holiday.date).inserted {
            var day = holiday.date.adding(days: 1)
            while let current = day, isOff(current) { day = current.adding(days: 1) }
            add(day, name(holiday), .observed, estimated: holiday.isEstimated)
        }
    }

    /// Adds a government closure on each of `dates` that is not already a day off (closures
    /// come after every holiday rule, so they never count as holidays for substitute days).
    mutating func close(_ dates: [LocalDate?], _ name: String, estimated: Bool = false) {
        for case let date? in dates where !isOff(date) { add(date, name, .closure, estimated: estimated) }
    }

    /// Marks the holidays matching `which` as estimated (e.g. substitute days a future decree
    /// may still move).
    mutating func markEstimated(where which: (Holiday) -> Bool) {
        for index in holidays.indices where which(holidays[index]) { holidays[index].isEstimated = true }
    }

    /// Removes one holiday (used when a rule moves it).
    mutating func remove(_ holiday: Holiday) {
        if let index = holidays.firstIndex(of: holiday) { holidays.remove(at: index) }
    }

    /// Holidays built so far, restricted to this civil year.
    var result: [Holiday] { holidays.filter { $0.date.year == year } }
}
