import Testing
@testable import ParleyKit

@Suite struct ExportTests {
    /// `parley export Examples/01-on-track.parley --format json`, against its golden file.
    @Test func exportMatchesGolden() {
        let loaded = Resolver.load(["Examples/01-on-track.parley"], reader: MemoryPlanReader(RepositoryFiles.files(under: "Examples")))
        #expect(loaded.findings.isEmpty)
        RepositoryFiles.expectGolden(loaded.plan.exportJSON, path: "Tests/ParleyKitTests/Golden/export-01-on-track.json")
    }

    @Test func exportIsDeterministic() {
        let reader = MemoryPlanReader(RepositoryFiles.files(under: "Plans"))
        #expect(Resolver.load(["Plans"], reader: reader).plan.exportJSON == Resolver.load(["Plans"], reader: reader).plan.exportJSON)
    }

    @Test func jsonEscaping() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}/é").rendered == "\"a\\\"b\\\\c\\n\\u0001/é\"")
        #expect(JSONValue.object(["b": .int(1), "a": .array([])]).rendered == "{\n  \"a\": [],\n  \"b\": 1\n}")
    }
}
