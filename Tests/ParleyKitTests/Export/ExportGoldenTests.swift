import Foundation
import Testing
@testable import ParleyKit

/// The feeds of every example in `Examples/`, byte for byte, as
/// `parley ics Examples/NAME --out Examples/feeds/NAME` writes them (one feed per series, plus
/// `all.ics`). `.gitattributes` keeps `*.ics` out of line-ending conversion, so the CRLFs survive git.
///
/// To re-record after an intended change: `PARLEY_RECORD=1 swift test --filter ExportGoldenTests`
/// (each rewritten feed fails the run once, so recording never passes by accident), then review
/// `git diff Examples/feeds`.
@Suite struct ExportGoldenTests {
    /// Examples that load without input errors (08-mistakes is all errors and has no feeds).
    static let examples = [
        "01-on-track.parley", "02-cadence.parley", "03-gap.parley", "04-host.parley", "05-order.parley", "06-blackout.parley", "07-shared",
    ]

    @Test(arguments: examples)
    func feedsMatchTheirGoldens(_ example: String) throws {
        let reader = MemoryPlanReader(RepositoryFiles.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/" + example], reader: reader)
        #expect(!loaded.hasInputErrors)
        let set = FeedExporter.feeds(of: loaded.plan, by: .series)
        #expect(set.findings.isEmpty)
        let name = example.hasSuffix(".parley") ? String(example.dropLast(".parley".count)) : example
        let folder = RepositoryFiles.root + "/Examples/feeds/" + name
        let recording = ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1"
        for feed in set.feeds {
            FeedOutput.export(feed.bytes, named: "golden-\(name)-\(feed.fileName)")
            let path = folder + "/" + feed.fileName
            let existing = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            if recording {
                guard existing != feed.bytes else { continue }
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(feed.bytes).write(to: URL(fileURLWithPath: path))
                Issue.record("recorded Examples/feeds/\(name)/\(feed.fileName); run again without PARLEY_RECORD")
                continue
            }
            #expect(existing == feed.bytes, "Examples/feeds/\(name)/\(feed.fileName) differs; re-record with PARLEY_RECORD=1 if intended")
        }
        let onDisk = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(onDisk == set.feeds.map(\.fileName), "Examples/feeds/\(name) holds feeds the example does not produce")
    }

    @Test func everyFeedFolderHasItsExample() throws {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.root + "/Examples/feeds")) ?? []
        let names = Set(Self.examples.map { $0.hasSuffix(".parley") ? String($0.dropLast(".parley".count)) : $0 })
        for folder in folders { #expect(names.contains(folder), "Examples/feeds/\(folder) belongs to no example") }
    }
}
