import CivilTime
import TestSupport

/// An independent reading of a written `VTIMEZONE` (RFC 5545 §3.6.5), for tests: it collects
/// each observance's onsets (DTSTART plus a `FREQ=YEARLY;BYMONTH=m;BYDAY=nWD[;UNTIL=…Z]` rule)
/// as UTC instants and answers "which offset is in force at this instant". It understands
/// only what the generator is meant to write and reports anything else as unsupported.
struct ObservanceEvaluator {
    struct Onset {
        var instant: Int64
        var offsetTo: Int
    }

    enum Failure: Error, CustomStringConvertible {
        case unsupported(String)
        var description: String {
            switch self {
            case .unsupported(let text): "unsupported in the test evaluator: \(text)"
            }
        }
    }

    private(set) var onsets: [Onset] = []
    private(set) var earliestFrom = 0

    /// Reads the `VTIMEZONE` from the unfolded lines of a calendar and expands it through `lastYear`.
    init(lines: [String], lastYear: Int) throws {
        var inside = false
        var observance: [ContentLine] = []
        var firstStart = Int64.max
        for text in lines {
            guard let line = ContentLines.parse(text) else { throw Failure.unsupported(text) }
            switch (line.name, line.value) {
            case ("BEGIN", "STANDARD"), ("BEGIN", "DAYLIGHT"):
                inside = true
                observance = []
            case ("END", "STANDARD"), ("END", "DAYLIGHT"):
                inside = false
                let (onsets, from, start) = try Self.expand(observance, lastYear: lastYear)
                self.onsets += onsets
                if start < firstStart {
                    firstStart = start
                    earliestFrom = from
                }
            default:
                if inside { observance.append(line) }
            }
        }
        onsets.sort { $0.instant < $1.instant }
    }

    /// The offset in force at `seconds` since the epoch: the last onset at or before it, or the
    /// earliest observance's TZOFFSETFROM before every onset.
    func offset(at seconds: Int64) -> Int {
        var low = 0
        var high = onsets.count
        while low < high {
            let middle = (low + high) / 2
            if onsets[middle].instant <= seconds { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? earliestFrom : onsets[low - 1].offsetTo
    }

    private static func expand(_ lines: [ContentLine], lastYear: Int) throws -> ([Onset], Int, Int64) {
        func value(_ name: String) throws -> String {
            guard let line = lines.first(where: { $0.name == name }) else { throw Failure.unsupported("missing \(name)") }
            return line.value
        }
        let from = try offset(try value("TZOFFSETFROM"))
        let to = try offset(try value("TZOFFSETTO"))
        let start = try localDateTime(try value("DTSTART"))
        if lines.contains(where: { $0.name == "RDATE" }) { throw Failure.unsupported("RDATE") }
        let startWall = start.secondsSinceEpoch
        var onsets = [Onset(instant: startWall - Int64(from), offsetTo: to)]
        guard let rule = lines.first(where: { $0.name == "RRULE" })?.value else { return (onsets, from, startWall - Int64(from)) }
        var parts: [String: String] = [:]
        for part in rule.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw Failure.unsupported(rule) }
            parts[String(pair[0])] = String(pair[1])
        }
        guard parts["FREQ"] == "YEARLY", let monthText = parts["BYMONTH"], let month = Int(monthText), let byDay = parts["BYDAY"],
            Set(parts.keys).isSubset(of: ["FREQ", "BYMONTH", "BYDAY", "UNTIL"])
        else { throw Failure.unsupported(rule) }
        let ordinal = Int(byDay.dropLast(2)) ?? 0
        guard let weekday = Weekday(icalendarCode: byDay.suffix(2)), ordinal != 0 else { throw Failure.unsupported(byDay) }
        var until = Int64.max
        if let untilText = parts["UNTIL"] {
            guard untilText.hasSuffix("Z") else { throw Failure.unsupported("UNTIL not in UTC: \(untilText)") }
            until = try localDateTime(String(untilText.dropLast())).secondsSinceEpoch
        }
        onsets = []
        for year in start.date.year...lastYear {
            guard let day = nthWeekday(year: year, month: month, ordinal: ordinal, weekday: weekday) else { continue }
            let wall = Int64(day.daysSinceEpoch) * 86_400 + Int64(start.time.secondsSinceMidnight)
            let instant = wall - Int64(from)
            if wall < startWall { continue }
            if instant > until { break }
            onsets.append(Onset(instant: instant, offsetTo: to))
        }
        return (onsets, from, startWall - Int64(from))
    }

    /// The day a BYDAY ordinal picks, computed by walking the month (independent of the writer's arithmetic).
    private static func nthWeekday(year: Int, month: Int, ordinal: Int, weekday: Weekday) -> LocalDate? {
        var matches: [LocalDate] = []
        var day = 1
        while let date = LocalDate(year: year, month: month, day: day) {
            if date.weekday == weekday { matches.append(date) }
            day += 1
        }
        let index = ordinal > 0 ? ordinal - 1 : matches.count + ordinal
        return matches.indices.contains(index) ? matches[index] : nil
    }

    private static func offset(_ text: String) throws -> Int {
        let digits = text.dropFirst().compactMap { $0.wholeNumberValue }
        guard let sign = text.first, sign == "+" || sign == "-", digits.count == 4 || digits.count == 6 else {
            throw Failure.unsupported(text)
        }
        var seconds = (digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60
        if digits.count == 6 { seconds += digits[4] * 10 + digits[5] }
        return sign == "-" ? -seconds : seconds
    }

    private static func localDateTime(_ text: String) throws -> LocalDateTime {
        let digits = text.compactMap { $0.wholeNumberValue }
        guard text.count == 15, digits.count == 14 else { throw Failure.unsupported(text) }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        guard
            let value = LocalDateTime(
                year: number(0..<4), month: number(4..<6), day: number(6..<8),
                hour: number(8..<10), minute: number(10..<12), second: number(12..<14))
        else { throw Failure.unsupported(text) }
        return value
    }
}
