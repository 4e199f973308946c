import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

@Suite struct ExportTests {
    /// The day the exports are made as of (implied rounds are counted from it).
    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum

    /// `plan`'s export with the rounds implied around ``today``.
    static func export(_ plan: Plan) -> String {
        plan.exportJSON(implied: Expander.expand(plan, in: .around(today)))
    }

    /// `parley export Examples/01-on-track.parley --format json`, against its golden file.
    @Test func exportMatchesGolden() {
        let loaded = Resolver.load(["Examples/01-on-track.parley"], reader: MemoryPlanReader(Repository.files(under: "Examples")))
        #expect(loaded.findings.isEmpty)
        Golden.expect(Self.export(loaded.plan), path: "Tests/ParleyKitTests/Golden/export-01-on-track.json")
    }

    /// The conflict rules' lines (`hours`, `subdivision`, `travel`, `acknowledge`) reach the export.
    @Test func exportCarriesConflictSettings() {
        let text = """
            country ID "Indonesia"
              timezone Asia/Jakarta
              hours 08:00..16:00
              subdivision JK
            country RU "Russia"
              timezone Europe/Moscow
            person p "P" of ID
              hours 07:30..15:30
            dialogue d "D"
              partners ID RU
              travel 2 days
              round 1 on 2026-10-06 virtual planned
                acknowledge weekend because "agreed"

            """
        let loaded = Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": text]))
        #expect(loaded.findings.isEmpty)
        let json = Self.export(loaded.plan)
        for fragment in [
            "\"subdivision\": \"JK\"", "\"start\": \"08:00\"", "\"end\": \"16:00\"", "\"start\": \"07:30\"",
            "\"travelDays\": 2", "\"code\": \"weekend\"", "\"reason\": \"agreed\"", "\"subject\": null",
        ] {
            #expect(json.contains(fragment), "missing \(fragment)")
        }
    }

    @Test func exportIsDeterministic() {
        let reader = MemoryPlanReader(Repository.files(under: "Plans"))
        #expect(Self.export(Resolver.load(["Plans"], reader: reader).plan) == Self.export(Resolver.load(["Plans"], reader: reader).plan))
    }

    @Test func jsonEscaping() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}/é").rendered == "\"a\\\"b\\\\c\\n\\u0001/é\"")
        #expect(JSONValue.object(["b": .int(1), "a": .array([])]).rendered == "{\n  \"a\": [],\n  \"b\": 1\n}")
    }
}
