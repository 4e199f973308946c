import CivilTime

extension YearView {
    /// A stretch of the window with a heading: a month or an ISO week.
    struct Heading {
        let first: LocalDate
        let last: LocalDate
        let label: String
        let title: String
    }

    /// The number of days shown.
    var dayCount: Int { window.from.days(until: window.through) + 1 }

    /// The day index of `date` in the window, clamped to it.
    func offset(_ date: LocalDate) -> Int { min(max(window.from.days(until: date), 0), dayCount - 1) }

    /// The months of the window, clipped to it: `Mar 2026`.
    var months: [Heading] {
        var headings: [Heading] = []
        var first = window.from
        while first <= window.through {
            let start = LocalDate(year: first.year, month: first.month, day: 1) ?? first
            let end = start.adding(months: 1).flatMap { $0.adding(days: -1) } ?? window.through
            let last = min(end, window.through)
            let name = "\(Self.monthNames[first.month - 1]) \(first.year)"
            headings.append(Heading(first: first, last: last, label: name, title: "\(name) (\(first)..\(last))"))
            guard let next = last.adding(days: 1) else { break }
            first = next
        }
        return headings
    }

    /// The ISO weeks of the window, clipped to it: label `12`, title `2026-W12 (2026-03-16..2026-03-22)`.
    var weeks: [Heading] {
        var headings: [Heading] = []
        var first = window.from
        while first <= window.through {
            let week = first.isoWeek
            let sunday = LocalDate(daysSinceEpoch: week.mondayDaysSinceEpoch + 6) ?? window.through
            let last = min(sunday, window.through)
            let number = week.week < 10 ? "0\(week.week)" : "\(week.week)"
            // Over more than a year a week is too narrow for its number: every other one is labelled.
            let label = dayCount > 400 && week.week % 2 == 0 ? "" : "\(week.week)"
            headings.append(Heading(first: first, last: last, label: label, title: "\(week.year)-W\(number) (\(first)..\(last))"))
            guard let next = last.adding(days: 1) else { break }
            first = next
        }
        return headings
    }

    /// English month abbreviations, January first.
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `days` of the window as a percentage of its width, with four decimals: `12.3456%`.
    func percent(_ days: Int) -> String {
        let scaled = (days * 1_000_000 + dayCount / 2) / dayCount
        let whole = scaled / 10_000
        let fraction = String(scaled % 10_000)
        return "\(whole).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)%"
    }

    /// `left:…;width:…` placing the days `first...last` (clipped to the window) on a track.
    func placement(_ first: LocalDate, _ last: LocalDate) -> String {
        let start = offset(first)
        let end = offset(last)
        return "left:\(percent(start));width:\(percent(end - start + 1))"
    }
}
