import CivilTime

extension RecurrenceRule {
    /// The canonical RFC 5545 text of the rule: `FREQ` first, then `UNTIL` or `COUNT`,
    /// `INTERVAL` (when not 1), the `BYxxx` parts from `BYSECOND` to `BYSETPOS`, `WKST`, and
    /// any `X-` parts. List values keep their order. `RecurrenceRule(parsing:)` reads it back
    /// to an equal rule.
    public var icalendarValue: String {
        var parts = ["FREQ=\(frequency.icalendarName)"]
        if let until { parts.append("UNTIL=\(Self.format(until))") }
        if let count { parts.append("COUNT=\(count)") }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        func list(_ name: String, _ values: [Int]) {
            if !values.isEmpty { parts.append("\(name)=" + values.map(String.init).joined(separator: ",")) }
        }
        list("BYSECOND", bySecond)
        list("BYMINUTE", byMinute)
        list("BYHOUR", byHour)
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.icalendarValue).joined(separator: ",")) }
        list("BYMONTHDAY", byMonthDay)
        list("BYYEARDAY", byYearDay)
        list("BYWEEKNO", byWeekNumber)
        list("BYMONTH", byMonth)
        list("BYSETPOS", bySetPosition)
        if let weekStart { parts.append("WKST=\(weekStart.icalendarCode)") }
        for part in extensions { parts.append("\(part.name)=\(part.values.joined(separator: ","))") }
        return parts.joined(separator: ";")
    }

    static func format(_ value: CalendarDateTime) -> String {
        switch value {
        case .date(let date): format(date)
        case .floating(let local), .zoned(let local, _): format(local)
        case .utc(let local): format(local) + "Z"
        }
    }

    static func format(_ date: LocalDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    static func format(_ local: LocalDateTime) -> String {
        format(local.date) + "T" + pad(local.time.hour, 2) + pad(local.time.minute, 2) + pad(local.time.second, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
