import CivilTime

extension CalendarProperty {
    /// The DATE / DATE-TIME values of this property (`DTSTART`, `DTEND`, `RECURRENCE-ID`, and
    /// the lists of `RDATE` and `EXDATE`), in the forms of RFC 5545 §3.3.4–3.3.5: `VALUE=DATE`
    /// gives `.date`, a `Z` suffix `.utc`, a `TZID` parameter `.zoned`, else `.floating`.
    /// For `VALUE=PERIOD` (`RDATE` only) each period's start is given.
    ///
    /// Each value is read as what it is written as, whatever `VALUE` says: an 8-digit value
    /// without `VALUE=DATE` (a common feed error) as a DATE, a DATE-TIME under `VALUE=DATE` as
    /// a DATE-TIME (see ``valueTypeMismatch``), as libical does; the event layer warns.
    ///
    /// - Returns: `nil` when any item is not a valid DATE or DATE-TIME.
    public var dateTimeValues: [CalendarDateTime]? {
        let tzid = parameter(uppercased: "TZID")?.value
        var result: [CalendarDateTime] = []
        let complete = forEachValueItem { item in
            guard let value = Self.dateTime(item, tzid: tzid) else { return false }
            result.append(value)
            return true
        }
        return complete && !result.isEmpty ? result : nil
    }

    /// One item of a DATE / DATE-TIME value (a period's start for `VALUE=PERIOD`), read as
    /// ``dateTimeValues`` reads each.
    private static func dateTime(_ item: UnsafeBufferPointer<UInt8>, tzid: String?) -> CalendarDateTime? {
        var text = item[...]
        if let slash = text.firstIndex(of: UInt8(ascii: "/")) { text = text[..<slash] }
        if text.count == 8 { return DateTimeText.date(bytes: text).map { .date($0) } }
        guard let (local, isUTC) = DateTimeText.dateTime(bytes: text) else { return nil }
        if isUTC { return .utc(local) }
        if let tzid { return .zoned(local, tzid: tzid) }
        return .floating(local)
    }

    /// Hands each comma-separated item of the value (spaces and tabs around it trimmed, empty
    /// items skipped, one of only spaces handed on empty) to `body` in order, until `body`
    /// returns `false`; whether it never did. The value's own bytes are read in place, not copied.
    private func forEachValueItem(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = value
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: ",") { end += 1 }
                if end > start, !body(UnsafeBufferPointer(rebasing: bytes[start..<end].trimmingSpaces)) { return false }
                start = end + 1
            }
            return true
        }
    }

    /// The first parameter named `name`, which is already uppercase.
    func parameter(uppercased name: String) -> CalendarParameter? {
        parameters.first { $0.name == name }
    }

    /// Whether a `VALUE` parameter says `DATE`, in any letter case.
    private static func isDateKeyword(_ text: String) -> Bool {
        text.utf8.count == 4 && zip(text.utf8, "DATE".utf8).allSatisfy { ($0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0) == $1 }
    }

    /// The single DATE / DATE-TIME value, or `nil` when ``dateTimeValues`` is not one value:
    /// read without making that list.
    public var dateTimeValue: CalendarDateTime? {
        let tzid = parameter(uppercased: "TZID")?.value
        var found: CalendarDateTime?
        var count = 0
        let complete = forEachValueItem { item in
            count += 1
            guard count == 1, let value = Self.dateTime(item, tzid: tzid) else { return false }
            found = value
            return true
        }
        return complete ? found : nil
    }

    /// What disagrees between the `VALUE` parameter and the values (`VALUE=DATE` with a
    /// DATE-TIME, `VALUE=DATE-TIME` with a DATE), or `nil` when they agree.
    var valueTypeMismatch: String? {
        guard let type = parameter(uppercased: "VALUE")?.value else { return nil }
        var lengths: [Int] = []
        _ = forEachValueItem { item in
            lengths.append(item.prefix { $0 != UInt8(ascii: "/") }.count)
            return true
        }
        if Self.isDateKeyword(type), lengths.contains(where: { $0 != 8 }) { return "VALUE=DATE and a DATE-TIME value" }
        if type.uppercased() == "DATE-TIME", lengths.contains(8) { return "VALUE=DATE-TIME and a DATE value" }
        return nil
    }

    /// Whether the value is a bare 8-digit date without `VALUE=DATE` (RFC 5545 requires the parameter).
    var isDateWithoutValueParameter: Bool {
        parameter(uppercased: "VALUE") == nil && !forEachValueItem { $0.count != 8 }
    }
}
