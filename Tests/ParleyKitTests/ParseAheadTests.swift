import Testing

@testable import ParleyKit

/// Loading a folder reads and parses its files on every core before the walk takes them; the
/// result must be what the one-file-at-a-time walk gives (each file named on its own, which
/// nothing is parsed ahead for), with or without the syntax trees kept.
@Suite struct ParseAheadTests {
    /// Twelve files that use each other, some with malformed lines, a dangling reference and a
    /// duplicate id, so findings come from many files and from resolving across them.
    static let files: [String: String] = {
        var files: [String: String] = [
            "plans/countries.parley":
                "country XX \"Country\"\n  timezone Europe/Berlin\ncountry YY \"Other\"\n  timezone Asia/Jakarta\nvenue v1 \"City\" in XX\nvenue v2 \"Town\" in YY\n"
        ]
        for index in 0..<11 {
            var text = "use \"countries.parley\"\n"
            text += "dialogue s\(index) \"Series \(index)\"\n  partners XX YY\n  every 12 months\n  hosts alternate v1 v2\n"
            text += "  round 1 on 2025-0\(index % 9 + 1)-10 held\n"
            if index % 3 == 0 { text += "  round two on tuesday\n" }
            if index % 4 == 1 { text += "  delegates nobody\n" }
            if index == 7 { text += "country XX \"Again\"\n  timezone UTC\n" }
            files["plans/track-\(index).parley"] = text
        }
        return files
    }()

    @Test func aFolderLoadsAsItsFilesOneByOne() {
        let reader = MemoryPlanReader(Self.files)
        let ahead = Resolver.load(["plans"], reader: reader)
        let oneByOne = Resolver.load(Self.files.keys.sorted(), reader: reader)
        #expect(!ahead.findings.isEmpty)
        #expect(ahead.plan.series.count == 11)
        #expect(ahead.plan == oneByOne.plan)
        #expect(ahead.findings == oneByOne.findings)
        #expect(ahead.sources == oneByOne.sources)
        #expect(ahead.trees == oneByOne.trees)
        #expect(ahead.trees.count == 12)
    }

    @Test func withoutTreesOnlyTheTreesAreLeftOut() {
        let reader = MemoryPlanReader(Self.files)
        let kept = Resolver.load(["plans"], reader: reader)
        let dropped = Resolver.load(["plans"], reader: reader, keepingTrees: false)
        #expect(dropped.trees.isEmpty)
        #expect(dropped.plan == kept.plan)
        #expect(dropped.findings == kept.findings)
        #expect(dropped.sources == kept.sources)
    }
}
