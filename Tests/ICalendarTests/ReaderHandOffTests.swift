import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// `CalendarReader.read(bytes:each:)`, which hands each event to the caller instead of keeping
/// the tree, against `read(bytes:)` on every calendar file in the tests (real clients' corpus,
/// feeds, goldens, fuzz seeds): the same components in the same order, the same top-level
/// components without them, the same warnings, and the same errors.
struct ReaderHandOffTests {
    /// Every `.ics` file under `Tests/`, by path from the package root.
    static let files: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: Repository.path("Tests")) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".ics") }.sorted().map { "Tests/" + $0 }
    }()

    /// `component` with only the properties named in `names`, at every depth.
    static func keeping(_ names: Set<String>, of component: CalendarComponent) -> CalendarComponent {
        var result = component
        result.properties = component.properties.filter { names.contains($0.name) }
        result.components = component.components.map { keeping(names, of: $0) }
        return result
    }

    @Test func thereAreCorpusFiles() {
        #expect(Self.files.count >= 250)
    }

    @Test(arguments: files)
    func handsOffWhatTheTreeHolds(_ file: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Repository.path(file))).map { $0 }
        let whole = Result { () throws(CalendarReadError) in try CalendarReader().read(bytes: bytes) }
        var handed: [(CalendarComponent, Int)] = []
        let streamed = Result { () throws(CalendarReadError) in try CalendarReader().read(bytes: bytes) { handed.append(($0, $1)) } }
        switch (whole, streamed) {
        case (.success(let whole), .success(let streamed)):
            #expect(streamed.warnings == whole.warnings)
            #expect(streamed.components.map(\.name) == whole.components.map(\.name))
            #expect(streamed.components.allSatisfy { $0.components.isEmpty })
            let expected = whole.components.enumerated().flatMap { index, root in root.components.map { ($0, index) } }
            #expect(handed.map(\.0) == expected.map(\.0))
            #expect(handed.map(\.1) == expected.map(\.1))
            for (kept, full) in zip(streamed.components, whole.components) {
                #expect(kept.properties == full.properties)
                #expect(kept.line == full.line)
            }
            // With a property filter, the same components keep only the named properties, at every depth.
            let names: Set<String> = ["UID", "DTSTART", "RRULE", "SUMMARY", "TRIGGER", "TZOFFSETTO"]
            var filtered: [CalendarComponent] = []
            let kept = try? CalendarReader().read(bytes: bytes, properties: names) { component, _ in filtered.append(component) }
            #expect(kept?.components.map(\.properties) == streamed.components.map(\.properties))
            #expect(filtered == expected.map { Self.keeping(names, of: $0.0) })
        case (.failure(let whole), .failure(let streamed)):
            #expect(streamed.diagnostics == whole.diagnostics)
        default:
            Issue.record("\(file): read(bytes:) and read(bytes:each:) disagree on whether the file reads")
        }
    }
}
