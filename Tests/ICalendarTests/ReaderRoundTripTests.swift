import Foundation
import Testing

@testable import ICalendar

/// Read → write (``CalendarWriter``) → read gives the same tree, and writing again the same bytes.
struct ReaderRoundTripTests {
    static func withoutLines(_ component: CalendarComponent) -> CalendarComponent {
        CalendarComponent(
            name: component.name,
            properties: component.properties.map { CalendarProperty(name: $0.name, parameters: $0.parameters, value: $0.value) },
            components: component.components.map(withoutLines)
        )
    }

    @Test(arguments: ["google", "outlook", "apple", "thunderbird"])
    func feedRoundTripIsStable(_ name: String) throws {
        let first = try ReaderFeedTests.feed(name)
        let calendar = try #require(first.calendar)
        var writer = CalendarWriter()
        try writer.write(calendar)
        let second = try CalendarReader().read(bytes: writer.bytes)
        #expect(second.warnings.isEmpty)
        let reread = try #require(second.calendar)
        #expect(Self.withoutLines(reread) == Self.withoutLines(calendar))
        var again = CalendarWriter()
        try again.write(reread)
        #expect(again.bytes == writer.bytes)
    }
}
