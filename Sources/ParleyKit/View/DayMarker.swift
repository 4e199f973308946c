import CivilTime
import Holidays

/// Works out the ``DayMark``s of a set of countries over a window, from the same calendars a
/// check reads (``CalendarBook``: built-in days off with their kind and whether they are
/// estimated, holiday feeds, observances as each country keeps them), the plan's blackouts,
/// and the weekend days decreed working days where no country of the row rests
/// (``CalendarBook/isWeekend(_:of:)``, the one answer a check also reads).
/// Rows with the same countries share one computation.
struct DayMarker {
    let plan: Plan
    let calendars: CalendarBook
    let window: DateWindow
    private var cache: [[String]: [DayMark]] = [:]

    init(plan: Plan, calendars: CalendarBook, window: DateWindow) {
        self.plan = plan
        self.calendars = calendars
        self.window = window
    }

    /// One day of one kind: the lines that say why, and whether any is estimated.
    private struct Day {
        var lines: [String] = []
        var isEstimated = false
    }

    /// The marks of the countries with ids `ids` (unknown ids skipped): working days first, then by
    /// first day and kind.
    mutating func marks(of ids: [String]) -> [DayMark] {
        if let known = cache[ids] { return known }
        let countries = ids.compactMap { plan.countriesByID[$0] }
        let rest = weekend(of: ids)
        var days: [DayMark.Kind: [Int32: Day]] = [:]
        func add(_ kind: DayMark.Kind, _ date: LocalDate, _ line: String, estimated: Bool) {
            guard window.contains(date) else { return }
            var day = days[kind, default: [:]][date.daysSinceEpoch] ?? Day()
            if !day.lines.contains(line) { day.lines.append(line) }
            day.isEstimated = day.isEstimated || estimated
            days[kind, default: [:]][date.daysSinceEpoch] = day
        }
        for country in countries {
            if let calendar = calendars.calendars[country.id] {
                for holiday in calendar.daysOff(from: window.from, through: window.through) {
                    let kind: DayMark.Kind =
                        switch holiday.kind {
                        case .collectiveLeave: .collectiveLeave
                        case .closure: .closure
                        case .public, .observed, .transfer, .election: .holiday
                        }
                    let estimate = holiday.isEstimated ? ", estimated" : ""
                    add(
                        kind, holiday.date,
                        "\(holiday.date) \(holiday.name) (\(country.id), \(HolidayRule.kindName(holiday.kind))\(estimate))",
                        estimated: holiday.isEstimated)
                }
            }
            for year in window.from.year...window.through.year {
                for date in calendars.calendars[country.id]?.workingDays(in: year) ?? []
                where rest.contains(date.weekday) && countries.allSatisfy({ !calendars.isWeekend(date, of: $0) }) {
                    add(.workingDay, date, "\(date) working day by decree (\(country.id))", estimated: false)
                }
            }
            for (day, names) in (calendars.feeds[country.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let date = LocalDate(daysSinceEpoch: Int(day)) else { continue }
                for name in names { add(.holiday, date, "\(date) \(name) (\(country.id), from its holiday feed)", estimated: false) }
            }
            for kept in CalendarBook.kept(by: country) {
                for year in (window.from.year - 1)...window.through.year {
                    for period in calendars.periods(kept.observance, keptBy: country, in: year) {
                        let estimate = period.isEstimated ? ", estimated" : ""
                        let line = "\(period.start)..\(period.end) \(period.name) (as kept in \(country.id)\(estimate))"
                        var date = max(period.start, window.from)
                        while date <= min(period.end, window.through) {
                            add(.observance, date, line, estimated: period.isEstimated)
                            guard let next = date.adding(days: 1) else { break }
                            date = next
                        }
                    }
                }
            }
        }
        for blackout in plan.blackouts where blackout.country.map({ ids.contains($0.id) }) ?? true {
            let whose = blackout.country.map { " for \($0.id)" } ?? ""
            let span = blackout.from == blackout.through ? "\(blackout.from)" : "\(blackout.from)..\(blackout.through)"
            let line = "blackout \(span)\(whose)" + (blackout.reason.map { ": \($0)" } ?? "")
            var date = max(blackout.from, window.from)
            while date <= min(blackout.through, window.through) {
                add(.blackout, date, line, estimated: false)
                guard let next = date.adding(days: 1) else { break }
                date = next
            }
        }
        var marks: [DayMark] = []
        for kind in DayMark.Kind.allCases {
            guard let byDay = days[kind] else { continue }
            var run: (first: Int32, last: Int32, day: Day)?
            func close() {
                guard let open = run, let first = LocalDate(daysSinceEpoch: Int(open.first)),
                    let last = LocalDate(daysSinceEpoch: Int(open.last))
                else { return }
                marks.append(DayMark(kind: kind, first: first, last: last, isEstimated: open.day.isEstimated, lines: open.day.lines))
            }
            for key in byDay.keys.sorted() {
                guard let day = byDay[key] else { continue }
                if var open = run, open.last + 1 == key, open.day.isEstimated == day.isEstimated {
                    open.last = key
                    open.day.lines += day.lines.filter { !open.day.lines.contains($0) }
                    run = open
                } else {
                    close()
                    run = (key, key, day)
                }
            }
            close()
        }
        // Working days first: they only lift the weekend shading, and every other mark draws over them.
        func key(_ mark: DayMark) -> (Int, LocalDate, Int) {
            (mark.kind == .workingDay ? 0 : 1, mark.first, DayMark.Kind.allCases.firstIndex(of: mark.kind) ?? 0)
        }
        marks.sort { key($0) < key($1) }
        cache[ids] = marks
        return marks
    }

    /// The weekend days of the countries with ids `ids`: every weekday one of them rests on.
    func weekend(of ids: [String]) -> Set<Weekday> {
        Set(ids.compactMap { plan.countriesByID[$0] }.flatMap(\.weekend))
    }
}
