import Foundation
import TestSupport
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
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/" + example], reader: reader)
        #expect(!loaded.hasInputErrors)
        let set = FeedExporter.feeds(of: loaded.plan, by: .series)
        #expect(set.findings.isEmpty)
        let name = example.hasSuffix(".parley") ? String(example.dropLast(".parley".count)) : example
        for feed in set.feeds {
            InteropOutput.keep(feed.bytes, as: "ParleyKitTests-Export-golden-\(name)-\(feed.fileName)")
            Golden.expect(feed.bytes, path: "Examples/feeds/\(name)/\(feed.fileName)")
        }
        let folder = Repository.path("Examples/feeds/" + name)
        let onDisk = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(onDisk == set.feeds.map(\.fileName), "Examples/feeds/\(name) holds feeds the example does not produce")
    }

    @Test func everyFeedFolderHasItsExample() throws {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Examples/feeds")) ?? []
        let names = Set(Self.examples.map { $0.hasSuffix(".parley") ? String($0.dropLast(".parley".count)) : $0 })
        for folder in folders { #expect(names.contains(folder), "Examples/feeds/\(folder) belongs to no example") }
    }
}
