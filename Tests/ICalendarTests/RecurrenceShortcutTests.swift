import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// The iterator's shortcuts (simple `DAILY`/`WEEKLY` rules stepped day by day, `BYSETPOS`
/// periods scanned only at their ends) against the same iterator building every period whole.
/// The whole-period path is the one the RFC, dateutil and Foundation fixtures prove; these
/// seeded random rules (starts on DST changes in four zones, `COUNT`/`UNTIL` of every form,
/// `skip(toward:)`) catch any divergence of the shortcuts from it.
struct RecurrenceShortcutTests {
    static let zones = ["Europe/Moscow", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]
    static let weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// A start near a DST change of `zone` (or a plain one), at a time that may fall in its gap
    /// or repeated hour; now and then near the end of year 9999.
    static func start(in zone: ZoneRules, using generator: inout SeededGenerator) -> LocalDateTime {
        let hours = [0, 1, 2, 3, 9, 23]
        let time =
            LocalTime(hour: hours.randomElement(using: &generator) ?? 9, minute: [0, 30].randomElement(using: &generator) ?? 0)
            ?? LocalTime.midnight
        if Int.random(in: 0..<20, using: &generator) == 0 {
            let date = LocalDate(year: 9999, month: 12, day: Int.random(in: 1...31, using: &generator)) ?? LocalDate.maximum
            return LocalDateTime(date: date, time: time)
        }
        let changes = zone.transitions(
            in: Instant(secondsSinceEpoch: 631_152_000)..<Instant(secondsSinceEpoch: 2_208_988_800))  // 1990…2040
        if let change = changes.randomElement(using: &generator), let local = change.localBefore, Bool.random(using: &generator) {
            let date = local.date.adding(days: Int.random(in: -9...2, using: &generator)) ?? local.date
            return LocalDateTime(date: date, time: time)
        }
        let date =
            LocalDate(
                year: Int.random(in: 1990...2040, using: &generator), month: Int.random(in: 1...12, using: &generator),
                day: Int.random(in: 1...28, using: &generator))
            ?? LocalDate.minimum
        return LocalDateTime(date: date, time: time)
    }

    /// `COUNT`, a DATE / UTC / floating `UNTIL`, or nothing.
    static func bound(after start: LocalDateTime, using generator: inout SeededGenerator) -> String {
        let later = start.date.adding(days: Int.random(in: 0...900, using: &generator)) ?? start.date
        let text = String(format: "%04d%02d%02d", later.year, later.month, later.day)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: return ";COUNT=\(Int.random(in: 1...80, using: &generator))"
        case 1: return ";UNTIL=\(text)"
        case 2: return ";UNTIL=\(text)T\(["000000", "023000", "063000", "235959"].randomElement(using: &generator) ?? "000000")Z"
        case 3: return ";UNTIL=\(text)T093000"
        default: return ""
        }
    }

    /// Both iterators over `rule` from `start` in `zone`: the first `limit` starts, then (for a
    /// copy of each skipped toward `target`) the next `limit` after the skip.
    static func compare(_ rule: String, start: LocalDateTime, zone: ZoneRules, target: LocalDateTime, limit: Int) throws -> (
        fast: Bool, agree: Bool
    ) {
        let parsed = try RecurrenceRule(parsing: rule)
        let bound: RecurrenceRuleIterator.Bound
        switch parsed.until {
        case nil: bound = .none
        case .date(let date)?:
            bound = .wall(LocalDateTime(date: date, time: LocalTime(hour: 23, minute: 59, second: 59) ?? LocalTime.midnight))
        case .utc(let local)?: bound = .instant(Instant(secondsSinceEpoch: local.secondsSinceEpoch), zone)
        case .floating(let local)?, .zoned(let local, _)?: bound = .wall(local)
        }
        var fast = try RecurrenceRuleIterator(rule: parsed, start: start, bound: bound)
        var whole = try RecurrenceRuleIterator(rule: parsed, start: start, bound: bound, shortcuts: false)
        var skippedFast = fast
        var skippedWhole = whole
        skippedFast.skip(toward: target)
        skippedWhole.skip(toward: target)
        func take(_ iterator: inout RecurrenceRuleIterator) throws -> [LocalDateTime] {
            var values: [LocalDateTime] = []
            while values.count < limit, let next = try iterator.next() { values.append(next) }
            return values
        }
        let agree = try take(&fast) == take(&whole) && take(&skippedFast) == take(&skippedWhole)
        return (fast.isSimple, agree)
    }

    @Test(arguments: zones)
    func simpleRulesMatchWholePeriods(tzid: String) throws {
        let zone = try ZoneRules.named(tzid)
        var generator = SeededGenerator(seed: UInt64(tzid.utf8.count) &* 7_919)
        var simple = 0
        for _ in 0..<400 {
            let start = Self.start(in: zone, using: &generator)
            let weekly = Bool.random(using: &generator)
            var rule = "FREQ=\(weekly ? "WEEKLY" : "DAILY");INTERVAL=\([1, 1, 2, 3, 5, 13, 400].randomElement(using: &generator) ?? 1)"
            if weekly && Bool.random(using: &generator) {
                // One weekday, or several (`MO,TH`), in any order.
                let count = Bool.random(using: &generator) ? 1 : Int.random(in: 2...7, using: &generator)
                rule += ";BYDAY=\(Self.weekdays.shuffled(using: &generator).prefix(count).joined(separator: ","))"
            }
            if weekly && Bool.random(using: &generator) { rule += ";WKST=\(Self.weekdays.randomElement(using: &generator) ?? "MO")" }
            if Int.random(in: 0..<3, using: &generator) == 0 { rule += ";BYHOUR=\(Int.random(in: 0...23, using: &generator))" }
            if Int.random(in: 0..<3, using: &generator) == 0 { rule += ";BYMINUTE=\(Int.random(in: 0...59, using: &generator))" }
            rule += Self.bound(after: start, using: &generator)
            let target = start.adding(seconds: Int64.random(in: -86_400...(400 * 86_400), using: &generator)) ?? start
            let (fast, agree) = try Self.compare(rule, start: start, zone: zone, target: target, limit: 120)
            #expect(fast, "\(rule) from \(start) should take the simple path")
            #expect(agree, "\(rule) from \(start) in \(tzid), skip toward \(target)")
            if fast { simple += 1 }
        }
        #expect(simple == 400)
    }

    /// Rules that are mostly not simple (weekdays of a month or year, day filters, `BYSETPOS`): `BYSETPOS` from
    /// either end of the period, and `BYDAY` ordinals tested on their own days only, match a
    /// whole-period scan.
    @Test(arguments: zones)
    func setPositionsMatchWholePeriods(tzid: String) throws {
        let zone = try ZoneRules.named(tzid)
        var generator = SeededGenerator(seed: UInt64(tzid.utf8.count) &* 104_729)
        for _ in 0..<400 {
            let start = Self.start(in: zone, using: &generator)
            let frequency = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"].randomElement(using: &generator) ?? "MONTHLY"
            var rule = "FREQ=\(frequency);INTERVAL=\([1, 1, 2, 3].randomElement(using: &generator) ?? 1)"
            let days = Self.weekdays.shuffled(using: &generator).prefix(Int.random(in: 1...7, using: &generator))
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: rule += ";BYDAY=\(days.joined(separator: ","))"
            case 1 where frequency == "YEARLY" || frequency == "MONTHLY":
                rule += ";BYDAY=\(days.map { "\([-2, -1, 1, 2, 3].randomElement(using: &generator) ?? 1)\($0)" }.joined(separator: ","))"
            case 2:
                rule +=
                    ";BYMONTHDAY=\((0..<3).map { _ in String([1, 2, 15, 28, 29, 30, 31, -1, -3].randomElement(using: &generator) ?? 1) }.joined(separator: ","))"
            case 3: rule += ";BYMONTH=\(Int.random(in: 1...12, using: &generator));BYDAY=\(days.joined(separator: ","))"
            default: break
            }
            if Bool.random(using: &generator) {
                rule +=
                    ";BYHOUR=\((0..<Int.random(in: 1...3, using: &generator)).map { _ in String(Int.random(in: 0...23, using: &generator)) }.joined(separator: ","))"
            }
            let positions = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                [-10, -3, -2, -1, -1, 1, 1, 2, 3, 7, 40].randomElement(using: &generator) ?? -1
            }
            let withPositions = Int.random(in: 0..<4, using: &generator) > 0
            if withPositions { rule += ";BYSETPOS=\(positions.map(String.init).joined(separator: ","))" }
            if Bool.random(using: &generator) { rule += ";WKST=\(Self.weekdays.randomElement(using: &generator) ?? "MO")" }
            rule += Self.bound(after: start, using: &generator)
            let target = start.adding(seconds: Int64.random(in: -86_400...(3_000 * 86_400), using: &generator)) ?? start
            do {
                let (fast, agree) = try Self.compare(rule, start: start, zone: zone, target: target, limit: 60)
                if withPositions { #expect(!fast, "\(rule) has BYSETPOS and is not simple") }
                #expect(agree, "\(rule) from \(start) in \(tzid), skip toward \(target)")
            } catch let error as RecurrenceError where error.code == .searchLimitExceeded {
                // Both paths search the same periods; a rule that never matches fails in both.
                continue
            }
        }
    }

    /// The cursor gives exactly ZoneRules' answers, in and out of gaps and repeated hours, for
    /// walks forward, backward and jumping, in IANA zones and in a zone built from a table
    /// whose transitions come in quick succession (Moscow's 2011 and 2014 changes, Lord Howe's
    /// half-hour shifts).
    @Test(arguments: zones + ["Australia/Lord_Howe", "America/St_Johns", "Asia/Jakarta"])
    func zoneCursorMatchesZoneRules(tzid: String) throws {
        let named = try ZoneRules.named(tzid)
        let table = ZoneRules(
            identifier: "Custom", transitions: Array(named.transitions.prefix(40)), initialOffset: named.initialOffset,
            initialIsDaylightSaving: named.initialIsDaylightSaving)
        var generator = SeededGenerator(seed: UInt64(tzid.utf8.count) &* 31)
        for zone in [named, table] {
            var cursor = ZoneCursor(zone: zone)
            var wall: Int64 = -2_500_000_000
            for step in 0..<20_000 {
                // Mostly small steps (through every transition), sometimes a jump back or ahead.
                switch step % 50 {
                case 0: wall = Int64.random(in: -5_000_000_000...7_000_000_000, using: &generator)
                case 1: wall -= Int64.random(in: 0...40_000_000, using: &generator)
                default: wall += Int64.random(in: 1...400_000, using: &generator)
                }
                let local = try #require(LocalDateTime(secondsSinceEpoch: wall))
                let (instant, offset) = cursor.resolve(local)
                #expect(instant == zone.instant(for: local), "\(tzid) \(local)")
                #expect(offset == zone.offset(at: instant), "\(tzid) \(local)")
                let probe = Instant(secondsSinceEpoch: wall - Int64.random(in: -7_200...7_200, using: &generator))
                #expect(cursor.offset(at: probe) == zone.offset(at: probe), "\(tzid) \(probe)")
                #expect(cursor.localDateTime(at: probe) == zone.localDateTime(at: probe), "\(tzid) \(probe)")
            }
        }
    }

    /// The literal end of the calendar the simple path stops at.
    @Test func lastDayIsTheEndOfYear9999() {
        #expect(RecurrenceRuleIterator.lastDay == Int(LocalDate.maximum.daysSinceEpoch))
    }

    /// The simple path covers `WEEKLY` with one `BYDAY` other than `DTSTART`'s weekday: the first
    /// week's day when it is not before `DTSTART`, else the next period's (RFC 5545 §3.8.5.3).
    @Test func weeklyOnAnotherWeekday() throws {
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 4, hour: 9))  // a Wednesday
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=3")
        var iterator = try RecurrenceRuleIterator(rule: rule, start: start, bound: .none)
        #expect(iterator.isSimple)
        var values: [LocalDateTime] = []
        while let next = try iterator.next() { values.append(next) }
        #expect(
            values == [16, 30].compactMap { LocalDateTime(year: 2026, month: 3, day: $0, hour: 9) }
                + [LocalDateTime(year: 2026, month: 4, day: 13, hour: 9)].compactMap { $0 })
    }
}
