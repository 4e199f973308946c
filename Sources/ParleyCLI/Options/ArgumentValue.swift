import CivilTime

/// Conversions of one argument's text to a typed value, with errors that name the argument
/// (`--year`, `YEAR`) and say what was expected. ``ParsedOptions`` uses them for options;
/// call them directly for positional arguments:
///
/// ```swift
/// let year = try ArgumentValue.integer(parsed.positional(1, "YEAR"), label: "YEAR", in: 1...9999)
/// ```
enum ArgumentValue {
    /// `text` as one of `T`'s cases (exact, case-sensitive match of the raw value).
    ///
    /// - Throws: `--format must be one of text, json; got 'xml'`.
    static func choice<T: RawRepresentable & CaseIterable>(_ text: String, label: String, as type: T.Type) throws(UsageError) -> T
    where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var message = "\(label) must be one of \(allowed.joined(separator: ", ")); got '\(text)'"
        if let close = Spelling.closest(to: text, among: allowed, limit: 1).first {
            message += "; did you mean '\(close)'?"
        }
        throw UsageError(message)
    }

    /// `text` as a decimal whole number (optional leading `-`) inside `range`.
    ///
    /// - Throws: `--year must be a whole number from 1800 to 2400; got '20x6'`.
    static func integer(_ text: String, label: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let value = Int(text), range.contains(value)
        else {
            throw UsageError("\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound); got '\(text)'")
        }
        return value
    }

    /// `text` as an ISO 8601 calendar date: `2026-03-29` or `20260329`.
    ///
    /// - Throws: for a wrong shape, `--from must be an ISO 8601 date like 2026-03-29; got '29/03/2026'`;
    ///   for a day that does not exist, `--from: day 30 is out of range 1–28 for February 2026 in '2026-02-30'`.
    static func date(_ text: String, label: String) throws(UsageError) -> LocalDate {
        var scanner = ISO8601Scanner(text)
        guard let fields = scanner.dateFields(), scanner.isAtEnd else {
            throw UsageError("\(label) must be an ISO 8601 date like 2026-03-29; got '\(text)'")
        }
        return try validDate(fields, text: text, label: label)
    }

    /// `text` as an ISO 8601 date or date-time: `2026-03-29`, `2026-03-29T10:00`,
    /// `2026-03-29T10:00:00Z`, `2026-03-29T10:00+07:00`, or the basic forms
    /// `20260329T100000Z` (as in iCalendar) and `20260329T1000+0700`.
    ///
    /// - Throws: ``UsageError`` saying which field is out of range, or what shape was expected.
    static func dateTime(_ text: String, label: String) throws(UsageError) -> DateTimeArgument {
        let shape = UsageError(
            "\(label) must be an ISO 8601 date or date-time like 2026-03-29 or 2026-03-29T10:00 (optionally with Z or +07:00); got '\(text)'"
        )
        var scanner = ISO8601Scanner(text)
        guard let dateFields = scanner.dateFields() else { throw shape }
        var timeFields = (hour: 0, minute: 0, second: 0)
        var offset = ISO8601Scanner.Offset.none
        let isDateOnly = scanner.isAtEnd
        if !isDateOnly {
            guard scanner.take("T") || scanner.take("t"), let fields = scanner.timeFields() else { throw shape }
            if scanner.take(".") || scanner.take(",") {
                throw UsageError("\(label): fractions of a second are not supported in '\(text)'")
            }
            timeFields = fields
            offset = scanner.offsetSeconds()
            guard scanner.isAtEnd, offset != .malformed else { throw shape }
        }
        let date = try validDate(dateFields, text: text, label: label)
        try check(timeFields.hour, "hour", 0...23, text: text, label: label)
        try check(timeFields.minute, "minute", 0...59, text: text, label: label)
        try check(timeFields.second, "second", 0...59, text: text, label: label)
        guard let time = LocalTime(hour: timeFields.hour, minute: timeFields.minute, second: timeFields.second) else { throw shape }
        var offsetSeconds: Int?
        if case .seconds(let seconds) = offset {
            guard abs(seconds) <= 18 * 3600 else {
                throw UsageError("\(label): the offset in '\(text)' is out of range -18:00 to +18:00")
            }
            offsetSeconds = seconds
        }
        return DateTimeArgument(localDateTime: LocalDateTime(date: date, time: time), isDateOnly: isDateOnly, offsetSeconds: offsetSeconds)
    }

    private static func validDate(_ fields: (year: Int, month: Int, day: Int), text: String, label: String) throws(UsageError) -> LocalDate
    {
        try check(fields.year, "year", 1...9999, text: text, label: label)
        try check(fields.month, "month", 1...12, text: text, label: label)
        let length = CivilCalendar.daysInMonth(year: fields.year, month: fields.month)
        guard (1...length).contains(fields.day), let date = LocalDate(year: fields.year, month: fields.month, day: fields.day) else {
            let month = monthNames[fields.month - 1]
            throw UsageError("\(label): day \(fields.day) is out of range 1–\(length) for \(month) \(fields.year) in '\(text)'")
        }
        return date
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func check(_ value: Int, _ field: String, _ range: ClosedRange<Int>, text: String, label: String) throws(UsageError) {
        guard range.contains(value) else {
            throw UsageError("\(label): \(field) \(value) is out of range \(range.lowerBound)–\(range.upperBound) in '\(text)'")
        }
    }
}
