import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// `CalendarProperty.dateTimeValues` and the checks the event layer warns with, which walk the
/// value's bytes once, against a plain reference that splits the value at commas (the way they
/// were first written), on every property of every calendar file in the tests, plus hand-made
/// values with spaces, empty items, periods and bad digits.
struct DateTimeValuesCorpusTests {
    /// The reference: split at commas (empty items dropped), trim, cut a period at `/`, read.
    static func referenceValues(_ property: CalendarProperty) -> [CalendarDateTime]? {
        let tzid = property.parameters.first { $0.name == "TZID" }?.value
        var result: [CalendarDateTime] = []
        for item in Array(property.value.utf8).split(separator: UInt8(ascii: ",")) {
            var text = item.trimmingSpaces
            if let slash = text.firstIndex(of: UInt8(ascii: "/")) { text = text[..<slash] }
            if text.count == 8 {
                guard let date = DateTimeText.date(bytes: text) else { return nil }
                result.append(.date(date))
                continue
            }
            guard let (local, isUTC) = DateTimeText.dateTime(bytes: text) else { return nil }
            result.append(isUTC ? .utc(local) : tzid.map { .zoned(local, tzid: $0) } ?? .floating(local))
        }
        return result.isEmpty ? nil : result
    }

    static func referenceDateWithoutValue(_ property: CalendarProperty) -> Bool {
        !property.parameters.contains { $0.name == "VALUE" }
            && Array(property.value.utf8).split(separator: UInt8(ascii: ",")).contains { $0.trimmingSpaces.count == 8 }
    }

    static func referenceMismatch(_ property: CalendarProperty) -> String? {
        guard let type = property.parameters.first(where: { $0.name == "VALUE" })?.value else { return nil }
        let items = Array(property.value.utf8).split(separator: UInt8(ascii: ",")).map {
            $0.trimmingSpaces.prefix { $0 != UInt8(ascii: "/") }
        }
        if type.uppercased() == "DATE", items.contains(where: { $0.count != 8 }) { return "VALUE=DATE and a DATE-TIME value" }
        if type.uppercased() == "DATE-TIME", items.contains(where: { $0.count == 8 }) { return "VALUE=DATE-TIME and a DATE value" }
        return nil
    }

    static func properties(of component: CalendarComponent) -> [CalendarProperty] {
        component.properties + component.components.flatMap(properties)
    }

    static let handMade: [CalendarProperty] = [
        "20260322", " 20260322 , 20260323T100000", ",,20260322,,", "20260322T100000Z/PT1H,20260323T100000Z/20260323T110000Z",
        " ", "", "2026032", "20260322T1000", "20260322X100000", "20261322", "20260322T100000,", "20260322,x",
    ].flatMap { value in
        [
            CalendarProperty(name: "RDATE", value: value),
            CalendarProperty(name: "RDATE", parameters: [CalendarParameter("VALUE", "DATE")], value: value),
            CalendarProperty(name: "EXDATE", parameters: [CalendarParameter("VALUE", "date-time")], value: value),
            CalendarProperty(name: "DTSTART", parameters: [CalendarParameter("TZID", "Europe/Moscow")], value: value),
        ]
    }

    @Test func agreeWithTheReferenceOnEveryCorpusProperty() throws {
        var properties = Self.handMade
        for file in ReaderHandOffTests.files {
            let bytes = try #require(FileManager.default.contents(atPath: Repository.path(file))).map { $0 }
            guard let result = try? CalendarReader().read(bytes: bytes) else { continue }
            properties += result.components.flatMap(Self.properties)
        }
        #expect(properties.count > 10_000)
        for property in properties {
            #expect(property.dateTimeValues == Self.referenceValues(property), "\(property)")
            #expect(property.isDateWithoutValueParameter == Self.referenceDateWithoutValue(property), "\(property)")
            #expect(property.valueTypeMismatch == Self.referenceMismatch(property), "\(property)")
        }
    }
}
