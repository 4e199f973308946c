import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// How python `icalendar`/dateutil reads the golden VTIMEZONEs (a committed fixture made by
/// `Tests/Fixtures/vtimezone_offsets.py`) must match the zone data for every local hour of the
/// years each golden covers: an outside reader agrees with our observances.
@Suite struct DateutilReadingTests {
    struct Change {
        var local: LocalDateTime
        var offset: Int
    }

    static func fixture() throws -> [String: [Change]] {
        let url = URL(fileURLWithPath: Repository.path("Tests/ICalendarTests/Golden/vtimezone-offsets-icalendar.txt"))
        var changes: [String: [Change]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            let digits = fields[1].compactMap(\.wholeNumberValue)
            func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
            let local = try #require(
                LocalDateTime(year: number(0..<4), month: number(4..<6), day: number(6..<8), hour: number(8..<10), minute: number(10..<12)))
            changes[String(fields[0]), default: []].append(Change(local: local, offset: try #require(Int(fields[2]))))
        }
        return changes
    }

    @Test func everyGoldenVTimezoneIsInTheFixture() throws {
        let fixture = try Self.fixture()
        let golden = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Tests/ICalendarTests/Golden"))
            .filter { $0.hasPrefix("vtimezone-") && $0.hasSuffix(".ics") }
        #expect(Set(fixture.keys) == Set(golden), "re-run Tests/Fixtures/vtimezone_offsets.py after re-recording goldens")
    }

    @Test func dateutilReadsTheZoneDataOffsets() throws {
        for (file, changes) in try Self.fixture() {
            let zone = try #require(
                TimeZoneGenerationTests.cases.first {
                    file.hasPrefix("vtimezone-" + $0.zone.replacingOccurrences(of: "/", with: "-") + "-")
                }?.zone)
            let years = file.dropLast(4).split(separator: "-").suffix(2).compactMap { Int($0) }
            try #require(years.count == 2)
            let rules = try ZoneRules.named(zone)
            let first = try #require(changes.first).local
            let end = try #require(LocalDateTime(year: years[1] + 1, month: 1, day: 1))
            #expect(first.date.year == years[0])
            var local = first
            var index = 0
            var mismatches: [String] = []
            while local < end {
                while index + 1 < changes.count, changes[index + 1].local <= local { index += 1 }
                let expected: Int?
                switch rules.resolve(local) {
                case .unique(let instant): expected = Int(local.secondsSinceEpoch - instant.secondsSinceEpoch)
                case .repeated(let earlier, _): expected = Int(local.secondsSinceEpoch - earlier.secondsSinceEpoch)
                case .skipped: expected = nil
                }
                if let expected, expected != changes[index].offset, mismatches.count < 3 {
                    mismatches.append("\(file) \(local): dateutil \(changes[index].offset), zone data \(expected)")
                }
                local = try #require(local.adding(seconds: 3600))
            }
            #expect(mismatches.isEmpty, "\(mismatches)")
        }
    }
}
