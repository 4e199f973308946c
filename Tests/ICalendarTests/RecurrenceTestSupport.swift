import CivilTime
import Testing

@testable import ICalendar

/// Helpers shared by the recurrence tests.
enum RecurrenceTestSupport {
    /// A fixture value the tests cannot read.
    struct Unreadable: Error {}

    /// Expands `rule` (rule semantics: DTSTART only when it matches) from `start` in `tzid`,
    /// taking every occurrence of a bounded rule (up to `cap`) or the first `prefix` otherwise.
    static func expand(_ rule: String, start: String, tzid: String?, prefix: Int, cap: Int = 5_000) throws -> [LocalDateTime] {
        let parsed = try RecurrenceRule(parsing: rule)
        let startValue = try #require(DateTimeText.value(Substring(start)))
        let dtstart: CalendarDateTime
        var zone: ZoneRules?
        if let tzid, case .floating(let local) = startValue {
            dtstart = .zoned(local, tzid: tzid)
            zone = try ZoneRules.named(tzid)
        } else {
            dtstart = startValue
        }
        var iterator = try parsed.expansion(from: dtstart, zone: zone)
        let limit = parsed.count != nil || parsed.until != nil ? cap : prefix
        var result: [LocalDateTime] = []
        while result.count < limit, let next = try iterator.next() { result.append(next) }
        return result
    }

    /// Reads the compact date lists of the RFC tables: `1997-09:2-30/2,5 1998-01:1@09:00,12:00`
    /// is each listed day of each month, at the given times (or `defaultTime`).
    static func dates(_ text: String, defaultTime: String = "09:00") -> [LocalDateTime] {
        var result: [LocalDateTime] = []
        for token in text.split(separator: " ") {
            let halves = token.split(separator: "@")
            let times = (halves.count > 1 ? String(halves[1]) : defaultTime).split(separator: ",").map { piece -> (Int, Int) in
                let fields = piece.split(separator: ":").compactMap { Int($0) }
                return (fields[0], fields[1])
            }
            let head = halves[0].split(separator: ":")
            let ym = head[0].split(separator: "-").compactMap { Int($0) }
            for item in head[1].split(separator: ",") {
                let stepParts = item.split(separator: "/")
                let step = stepParts.count > 1 ? Int(stepParts[1]) ?? 1 : 1
                let bounds = stepParts[0].split(separator: "-").compactMap { Int($0) }
                for day in stride(from: bounds[0], through: bounds.last ?? bounds[0], by: step) {
                    for (hour, minute) in times {
                        if let value = LocalDateTime(year: ym[0], month: ym[1], day: day, hour: hour, minute: minute) {
                            result.append(value)
                        }
                    }
                }
            }
        }
        return result
    }
}
