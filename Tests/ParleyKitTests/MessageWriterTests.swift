import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// The byte writer behind the conflict rules' messages writes what C's `printf` writes for
/// the same numbers and dates, and keeps any UTF-8 text intact.
@Suite struct MessageWriterTests {
    @Test(arguments: [0, 1, 9, 10, 99, 100, 101, 2026, 12_345, 1_000_000, -1, -2026, Int.max, Int.min])
    func numbersAsPrintf(_ number: Int) {
        var writer = MessageWriter()
        writer.write(number)
        #expect(writer.text == String(format: "%ld", number))
    }

    @Test func everyDayOfFourCenturiesAsPrintf() throws {
        var day = try #require(LocalDate(year: 1801, month: 1, day: 1))
        let last = try #require(LocalDate(year: 2200, month: 12, day: 31))
        let edges = [LocalDate.minimum, LocalDate.maximum, LocalDate(year: 999, month: 9, day: 9)].compactMap { $0 }
        var days = edges
        while day <= last, let next = day.adding(days: 1) {
            days.append(day)
            day = next
        }
        for date in days {
            var writer = MessageWriter()
            writer.write(date)
            #expect(writer.text == String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
        }
    }

    @Test func textAndPluralsJoinInOrder() {
        var writer = MessageWriter(capacity: 4)
        writer.write("Jakarta—Moscow ")
        writer.write(2)
        writer.write(" day")
        writer.writePlural(2)
        writer.write(", 1 day")
        writer.writePlural(1)
        writer.write(" ✓ ")
        writer.write(String(repeating: "é", count: 40))
        #expect(writer.text == "Jakarta—Moscow 2 days, 1 day ✓ " + String(repeating: "é", count: 40))
    }
}
