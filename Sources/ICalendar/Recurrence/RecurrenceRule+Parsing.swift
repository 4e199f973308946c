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
    ///   out of its range, `COUNT` together with `UNTIL`, a numbered `BYDAY` (`1MO`) with
    ///   `FREQ=YEARLY` and `BYWEEKNO` (§3.3.10: "MUST NOT be specified").
    public init(parsing text: String) throws(RecurrenceRuleError) {
        var ignored: [RecurrenceRuleError] = []
        try self.init(parsing: text, lenient: false, warnings: &ignored)
    }

    /// Reads an `RRULE` value as a file reader should: like ``init(parsing:)``, except that
    /// a numbered `BYDAY` with `FREQ=YEARLY` and `BYWEEKNO` loses its number (`1MO` reads as
    /// `MO`) and `warnings` gets a ``RecurrenceRuleError`` saying so, at the part's column.
    ///
    /// - Throws: ``RecurrenceRuleError`` for everything else ``init(parsing:)`` rejects.
    public init(parsing text: String, warnings: inout [RecurrenceRuleError]) throws(RecurrenceRuleError) {
        try self.init(parsing: text, lenient: true, warnings: &warnings)
    }

    private init(parsing text: String, lenient: Bool, warnings: inout [RecurrenceRuleError]) throws(RecurrenceRuleError) {
        let bytes = Array(text.utf8)
        var index = 0
        var column = 1
        if bytes.count >= 6, Self.uppercased(bytes[0..<6]) == "RRULE:" {
            index = 6
            column = 7
        }
        var seen: [(name: String, column: Int)] = []
        seen.reserveCapacity(8)
        var frequency: RecurrenceFrequency?
        var rule = RecurrenceRule(frequency: .yearly)
        while index <= bytes.count {
            var end = index
            while end < bytes.count && bytes[end] != UInt8(ascii: ";") { end += 1 }
            let rawPart = bytes[index..<end]
            let partColumn = column
            column += Self.characterCount(rawPart) + 1
            index = end + 1
            let part = rawPart.trimmingSpaces
            if part.isEmpty { continue }
            guard let equals = part.firstIndex(of: UInt8(ascii: "=")) else {
                throw RecurrenceRuleError(part: String(decoding: part, as: UTF8.self), message: "expected NAME=VALUE", column: partColumn)
            }
            let name = Self.uppercased(part[..<equals])
            let value = part[(equals + 1)...]
            if let first = seen.first(where: { $0.name == name }) {
                throw RecurrenceRuleError(part: name, message: "given twice (first at column \(first.column))", column: partColumn)
            }
            seen.append((name, partColumn))
            let context = PartContext(name: name, column: partColumn)
            switch name {
            case "FREQ":
                guard let parsed = RecurrenceFrequency(icalendarName: Self.uppercased(value)) else {
                    throw context.error(
                        "expected SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY, found '\(context.text(value))'")
                }
                frequency = parsed
            case "UNTIL":
                guard let parsed = DateTimeText.value(bytes: value) else {
                    throw context.error("expected a DATE (20261231) or DATE-TIME (20261231T235959Z), found '\(context.text(value))'")
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
                guard let day = Self.weekday(value) else {
                    throw context.error("expected MO, TU, WE, TH, FR, SA or SU, found '\(context.text(value))'")
                }
                rule.weekStart = day
            default:
                guard name.hasPrefix("X-") else {
                    let near = Spelling.closest(to: name, among: Self.partNames, limit: 1)
                    let hint = near.first.map { "; did you mean \($0)?" } ?? ""
                    throw context.error("unknown rule part\(hint)")
                }
                let values = value.split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) }
                rule.extensions.append(CalendarParameter(name: name, values: values))
            }
        }
        guard let frequency else {
            throw RecurrenceRuleError(part: "FREQ", message: "missing; every rule needs FREQ=…", column: 1)
        }
        if let count = seen.first(where: { $0.name == "COUNT" }), seen.contains(where: { $0.name == "UNTIL" }) {
            throw RecurrenceRuleError(part: "COUNT", message: "COUNT and UNTIL must not both be given", column: count.column)
        }
        rule.frequency = frequency
        if frequency == .yearly, !rule.byWeekNumber.isEmpty, rule.byDay.contains(where: { $0.ordinal != nil }),
            let byDay = seen.first(where: { $0.name == "BYDAY" })
        {
            let error = RecurrenceRuleError(
                part: "BYDAY", message: "a numbered weekday (like 1MO) MUST NOT be used with FREQ=YEARLY and BYWEEKNO (RFC 5545 §3.3.10)",
                column: byDay.column)
            guard lenient else { throw error }
            warnings.append(RecurrenceRuleError(part: "BYDAY", message: error.message + "; the number is ignored", column: byDay.column))
            rule.byDay = rule.byDay.map { RecurrenceWeekday($0.weekday) }
        }
        self = rule
    }

    /// The number of characters (grapheme clusters) UTF-8 `bytes` spell, for error columns.
    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
    }

    /// The bytes as an uppercased string (ASCII letters directly, anything else as Unicode).
    static func uppercased(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).uppercased() }
        guard bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// A two-letter weekday code in any letter case.
    static func weekday(_ bytes: ArraySlice<UInt8>) -> Weekday? {
        guard bytes.count == 2, let first = bytes.first, let last = bytes.last else { return nil }
        switch (first & 0xDF, last & 0xDF) {
        case (0x4D, 0x4F): return .monday  // MO
        case (0x54, 0x55): return .tuesday  // TU
        case (0x57, 0x45): return .wednesday  // WE
        case (0x54, 0x48): return .thursday  // TH
        case (0x46, 0x52): return .friday  // FR
        case (0x53, 0x41): return .saturday  // SA
        case (0x53, 0x55): return .sunday  // SU
        default: return nil
        }
    }
}

private struct PartContext {
    let name: String
    let column: Int

    func error(_ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(part: name, message: message, column: column)
    }

    func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A whole number as Swift's `Int(_:)` reads it: an optional sign, then digits; `nil` on overflow.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) =
                negative ? times.subtractingReportingOverflow(Int(byte - 0x30)) : times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
        }
        return value
    }

    /// ``integer(_:)`` after one optional leading `+` (list items may be written `+3`).
    static func signedItem(_ bytes: ArraySlice<UInt8>) -> Int? {
        integer(bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes)
    }

    func integer(_ bytes: ArraySlice<UInt8>, in range: ClosedRange<Int>) throws(RecurrenceRuleError) -> Int {
        guard let value = Self.integer(bytes.trimmingSpaces), range.contains(value) else {
            throw error("expected a whole number in \(range.lowerBound)…\(range.upperBound), found '\(text(bytes))'")
        }
        return value
    }

    func list(_ bytes: ArraySlice<UInt8>, in range: ClosedRange<Int>, allowNegative: Bool) throws(RecurrenceRuleError) -> [Int] {
        var values: [Int] = []
        for item in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let value = Self.signedItem(item.trimmingSpaces), range.contains(value) || (allowNegative && range.contains(-value))
            else {
                let expected =
                    allowNegative
                    ? "\(range.lowerBound)…\(range.upperBound) or -\(range.upperBound)…-\(range.lowerBound)"
                    : "\(range.lowerBound)…\(range.upperBound)"
                throw error("expected a comma-separated list of \(expected), found '\(text(item))'")
            }
            values.append(value)
        }
        return values
    }

    func weekdays(_ bytes: ArraySlice<UInt8>) throws(RecurrenceRuleError) -> [RecurrenceWeekday] {
        var values: [RecurrenceWeekday] = []
        for item in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let trimmed = item.trimmingSpaces
            guard trimmed.count >= 2, let day = RecurrenceRule.weekday(trimmed.suffix(2)) else {
                throw error("expected weekdays like MO, 2TU or -1FR, found '\(text(item))'")
            }
            let prefix = trimmed.dropLast(2)
            if prefix.isEmpty {
                values.append(RecurrenceWeekday(day))
                continue
            }
            guard let ordinal = Self.signedItem(prefix), ordinal != 0, abs(ordinal) <= 53, prefix.count <= 3 else {
                throw error("the ordinal of '\(text(item))' must be 1…53 or -53…-1")
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
