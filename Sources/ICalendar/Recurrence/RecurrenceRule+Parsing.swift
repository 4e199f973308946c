import CivilTime

extension RecurrenceRule {
    /// The rule parts RFC 5545 §3.3.10 defines, in canonical order.
    static let partNames = [
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
        "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    ]

    /// Reads the value of an `RRULE` property (RFC 5545 §3.3.10), such as
    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`. Part names and values may be in any letter case;
    /// a leading `RRULE:` and empty parts (a trailing `;`) are tolerated.
    ///
    /// - Throws: ``RecurrenceRuleError`` naming the part and its column: a missing or unknown
    ///   `FREQ`, an unknown part (with the closest known name), a part given twice, a value
    ///   out of its range, `COUNT` together with `UNTIL`.
    public init(parsing text: String) throws(RecurrenceRuleError) {
        var body = Substring(text)
        var offset = 0
        if body.uppercased().hasPrefix("RRULE:") {
            body = body.dropFirst(6)
            offset = 6
        }
        var seen: [String: Int] = [:]
        var frequency: RecurrenceFrequency?
        var rule = RecurrenceRule(frequency: .yearly)
        var column = offset + 1
        for rawPart in body.split(separator: ";", omittingEmptySubsequences: false) {
            defer { column += rawPart.count + 1 }
            let part = rawPart.trimmingSpaces
            if part.isEmpty { continue }
            guard let equals = part.firstIndex(of: "=") else {
                throw RecurrenceRuleError(part: String(part), message: "expected NAME=VALUE", column: column)
            }
            let name = part[..<equals].uppercased()
            let value = part[part.index(after: equals)...]
            if let first = seen[name] {
                throw RecurrenceRuleError(part: name, message: "given twice (first at column \(first))", column: column)
            }
            seen[name] = column
            let context = PartContext(name: name, column: column)
            switch name {
            case "FREQ":
                guard let parsed = RecurrenceFrequency(icalendarName: value) else {
                    throw context.error("expected SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY, found '\(value)'")
                }
                frequency = parsed
            case "UNTIL":
                guard let parsed = DateTimeText.value(value) else {
                    throw context.error("expected a DATE (20261231) or DATE-TIME (20261231T235959Z), found '\(value)'")
                }
                rule.until = parsed
            case "COUNT":
                rule.count = try context.integer(value, in: 1...Int(Int32.max))
            case "INTERVAL":
                rule.interval = try context.integer(value, in: 1...Int(Int32.max))
            case "BYSECOND": rule.bySecond = try context.list(value, in: 0...60, allowNegative: false)
            case "BYMINUTE": rule.byMinute = try context.list(value, in: 0...59, allowNegative: false)
            case "BYHOUR": rule.byHour = try context.list(value, in: 0...23, allowNegative: false)
            case "BYDAY": rule.byDay = try context.weekdays(value)
            case "BYMONTHDAY": rule.byMonthDay = try context.list(value, in: 1...31, allowNegative: true)
            case "BYYEARDAY": rule.byYearDay = try context.list(value, in: 1...366, allowNegative: true)
            case "BYWEEKNO": rule.byWeekNumber = try context.list(value, in: 1...53, allowNegative: true)
            case "BYMONTH": rule.byMonth = try context.list(value, in: 1...12, allowNegative: false)
            case "BYSETPOS": rule.bySetPosition = try context.list(value, in: 1...366, allowNegative: true)
            case "WKST":
                guard let day = Weekday(icalendarCode: value) else {
                    throw context.error("expected MO, TU, WE, TH, FR, SA or SU, found '\(value)'")
                }
                rule.weekStart = day
            default:
                guard name.hasPrefix("X-") else {
                    let near = Spelling.closest(to: name, among: Self.partNames, limit: 1)
                    let hint = near.first.map { "; did you mean \($0)?" } ?? ""
                    throw context.error("unknown rule part\(hint)")
                }
                rule.extensions.append(CalendarParameter(name: name, values: value.split(separator: ",").map(String.init)))
            }
        }
        guard let frequency else {
            throw RecurrenceRuleError(part: "FREQ", message: "missing; every rule needs FREQ=…", column: 1)
        }
        if let countColumn = seen["COUNT"], seen["UNTIL"] != nil {
            throw RecurrenceRuleError(part: "COUNT", message: "COUNT and UNTIL must not both be given", column: countColumn)
        }
        rule.frequency = frequency
        self = rule
    }
}

private struct PartContext {
    let name: String
    let column: Int

    func error(_ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(part: name, message: message, column: column)
    }

    func integer(_ text: Substring, in range: ClosedRange<Int>) throws(RecurrenceRuleError) -> Int {
        guard let value = Int(text.trimmingSpaces), range.contains(value) else {
            throw error("expected a whole number in \(range.lowerBound)…\(range.upperBound), found '\(text)'")
        }
        return value
    }

    func list(_ text: Substring, in range: ClosedRange<Int>, allowNegative: Bool) throws(RecurrenceRuleError) -> [Int] {
        let expected = allowNegative
            ? "\(range.lowerBound)…\(range.upperBound) or -\(range.upperBound)…-\(range.lowerBound)"
            : "\(range.lowerBound)…\(range.upperBound)"
        var values: [Int] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingSpaces
            guard let value = Int(trimmed.hasPrefix("+") ? trimmed.dropFirst() : trimmed),
                range.contains(value) || (allowNegative && range.contains(-value))
            else {
                throw error("expected a comma-separated list of \(expected), found '\(item)'")
            }
            values.append(value)
        }
        return values
    }

    func weekdays(_ text: Substring) throws(RecurrenceRuleError) -> [RecurrenceWeekday] {
        var values: [RecurrenceWeekday] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingSpaces
            guard trimmed.count >= 2, let day = Weekday(icalendarCode: trimmed.suffix(2)) else {
                throw error("expected weekdays like MO, 2TU or -1FR, found '\(item)'")
            }
            let prefix = trimmed.dropLast(2)
            if prefix.isEmpty {
                values.append(RecurrenceWeekday(day))
                continue
            }
            guard let ordinal = Int(prefix.hasPrefix("+") ? prefix.dropFirst() : prefix), ordinal != 0, abs(ordinal) <= 53,
                prefix.count <= 3
            else {
                throw error("the ordinal of '\(item)' must be 1…53 or -53…-1")
            }
            values.append(RecurrenceWeekday(day, ordinal: ordinal))
        }
        return values
    }
}

extension Substring {
    /// The text without leading or trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
