import Dispatch
import Foundation
import Synchronization
import Testing

@testable import CivilTime

@Suite struct ZoneRulesTests {
    static let zones = ["Asia/Jakarta", "Europe/Moscow", "Asia/Kolkata", "Australia/Sydney", "America/New_York", "Europe/London"]

    /// Every hour of 2020–2030: the cached table gives Foundation's offset, and the wall-clock
    /// time it shows resolves back to the same instant (the earlier one in a repeated hour).
    @Test(arguments: zones)
    func everyHourOf2020To2030MatchesFoundation(identifier: String) throws {
        let rules = try ZoneRules.named(identifier)
        let zone = try #require(TimeZone(identifier: identifier))
        let start = Int64(CivilCalendar.days(year: 2020, month: 1, day: 1)) * 86_400
        let end = Int64(CivilCalendar.days(year: 2031, month: 1, day: 1)) * 86_400
        var mismatches: [String] = []
        var seconds = start
        while seconds < end, mismatches.count < 5 {
            let instant = Instant(secondsSinceEpoch: seconds)
            let expected = zone.secondsFromGMT(for: instant.date)
            let offset = rules.offset(at: instant)
            if offset != expected { mismatches.append("\(seconds): offset \(offset), Foundation \(expected)") }
            let local = try #require(rules.localDateTime(at: instant))
            switch rules.resolve(local) {
            case .unique(let back):
                if back != instant { mismatches.append("\(seconds): round trip gave \(back)") }
            case .repeated(let earlier, let later):
                if instant != earlier && instant != later { mismatches.append("\(seconds): not in repeated pair") }
            case .skipped:
                mismatches.append("\(seconds): a shown wall time was reported as skipped")
            }
            #expect(rules.isDaylightSaving(at: instant) == zone.isDaylightSavingTime(for: instant.date))
            seconds += 3600
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// RFC 5545 §3.3.5: a wall time in a spring-forward gap moves forward by the gap's length.
    /// New York skipped 02:00–03:00 on 2026-03-08; 02:30 is read as 03:30 EDT = 07:30Z.
    @Test func gapMovesForward() throws {
        let rules = try ZoneRules.named("America/New_York")
        let local = try #require(LocalDateTime(year: 2026, month: 3, day: 8, hour: 2, minute: 30))
        let expected = try #require(LocalDateTime(year: 2026, month: 3, day: 8, hour: 7, minute: 30))
        #expect(rules.resolve(local) == .skipped(shifted: Instant(secondsSinceEpoch: expected.secondsSinceEpoch), gap: 3600))
        let shown = try #require(rules.localDateTime(at: rules.instant(for: local)))
        #expect(shown == LocalDateTime(year: 2026, month: 3, day: 8, hour: 3, minute: 30))
    }

    /// RFC 5545 §3.3.5: an ambiguous wall time takes the earlier instant. Sydney repeated
    /// 02:00–03:00 on 2026-04-05; 02:30 is 02:30 AEDT (+11:00) = 2026-04-04T15:30Z.
    @Test func repeatedHourTakesTheEarlierInstant() throws {
        let rules = try ZoneRules.named("Australia/Sydney")
        let local = try #require(LocalDateTime(year: 2026, month: 4, day: 5, hour: 2, minute: 30))
        let earlier = try #require(LocalDateTime(year: 2026, month: 4, day: 4, hour: 15, minute: 30))
        let later = try #require(LocalDateTime(year: 2026, month: 4, day: 4, hour: 16, minute: 30))
        #expect(
            rules.resolve(local)
                == .repeated(
                    earlier: Instant(secondsSinceEpoch: earlier.secondsSinceEpoch),
                    later: Instant(secondsSinceEpoch: later.secondsSinceEpoch)
                )
        )
        #expect(rules.instant(for: local) == Instant(secondsSinceEpoch: earlier.secondsSinceEpoch))
    }

    /// Moscow moved to permanent +04:00 on 2011-03-27 and back to +03:00 on 2014-10-26
    /// (Federal Laws 107-FZ of 2011 and 248-FZ of 2014).
    @Test func moscowHistoricalChanges() throws {
        let rules = try ZoneRules.named("Europe/Moscow")
        let from = Instant(secondsSinceEpoch: Int64(CivilCalendar.days(year: 2011, month: 1, day: 1)) * 86_400)
        let to = Instant(secondsSinceEpoch: Int64(CivilCalendar.days(year: 2015, month: 1, day: 1)) * 86_400)
        let changes = rules.transitions(in: from..<to)
        #expect(changes.map(\.offsetAfter) == [4 * 3600, 3 * 3600])
        #expect(
            changes.compactMap(\.localBefore?.date) == [
                LocalDate(year: 2011, month: 3, day: 27), LocalDate(year: 2014, month: 10, day: 26),
            ])
    }

    @Test func zonesWithoutTransitionsInAYear() throws {
        let rules = try ZoneRules.named("Asia/Jakarta")
        let from = Instant(secondsSinceEpoch: Int64(CivilCalendar.days(year: 1990, month: 1, day: 1)) * 86_400)
        let to = Instant(secondsSinceEpoch: Int64(CivilCalendar.days(year: 2100, month: 1, day: 1)) * 86_400)
        #expect(rules.transitions(in: from..<to).isEmpty)
        #expect(rules.offset(at: from) == 7 * 3600)
    }

    @Test(arguments: [
        ("Asia/Jakata", "Asia/Jakarta"),
        ("Europe/Moskow", "Europe/Moscow"),
        ("america/new_york", "America/New_York"),
        ("Jakarta", "Asia/Jakarta"),
    ])
    func unknownZonesSuggestKnownNames(misspelt: String, suggestion: String) {
        #expect {
            _ = try ZoneRules.named(misspelt)
        } throws: { error in
            guard let error = error as? UnknownTimeZoneError else { return false }
            return error.suggestions.first == suggestion && error.description.contains("did you mean '\(suggestion)'")
        }
    }
}

@Suite struct ZoneRuleTableTests {
    /// Every zone Foundation knows: the table that repeats yearly rules from 2050 on is the
    /// table asked of Foundation one change at a time through 2400 (the slow, plainly right way).
    @Test func repeatingYearlyRulesGivesEveryChangeFoundationGives() throws {
        let identifiers = TimeZone.knownTimeZoneIdentifiers
        let mismatches = Mutex<[String]>([])
        let changingAfter2050 = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: identifiers.count) { index in
            let identifier = identifiers[index]
            guard let zone = TimeZone(identifier: identifier) else { return }
            let quick = ZoneRules(identifier: identifier, zone: zone).transitions
            let asked = ZoneRules(identifier: identifier, zone: zone, askingEveryYear: true).transitions
            if asked.contains(where: { $0.instant.secondsSinceEpoch > 2_524_608_000 }) { changingAfter2050.withLock { $0 += 1 } }
            guard quick != asked else { return }
            let first = zip(quick, asked).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(quick.count, asked.count)
            mismatches.withLock {
                $0.append("\(identifier): \(quick.count) against \(asked.count) changes, first difference at \(first)")
            }
        }
        #expect(mismatches.withLock { $0 }.isEmpty)
        // Enough zones still change every year after 2050 for the repeated rules to be tested.
        #expect(changingAfter2050.withLock { $0 } > 50)
    }

    /// Zones with daylight-saving time today take the repeated rules; a zone without changes
    /// after 2042 asks Foundation (once, to learn there are none).
    @Test(arguments: [("America/New_York", true), ("Australia/Sydney", true), ("Europe/London", true), ("Asia/Jakarta", false)])
    func whichZonesRepeatYearlyRules(identifier: String, repeats: Bool) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let asked = ZoneRules(identifier: identifier, zone: zone, askingEveryYear: true).transitions
        let before2050 = Array(asked.prefix { $0.instant.secondsSinceEpoch < 2_524_608_000 })
        let repeated = ZoneRules.repeatedChanges(after: before2050, zone: zone)
        #expect((repeated != nil) == repeats)
        if let repeated { #expect(before2050 + repeated == asked) }
    }
}
