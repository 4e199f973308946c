import Foundation
import ICalendar
import Testing

@testable import ParleyKit

/// What `parley ics` reads back from its folder: `Feed.isContent(ofFileAt:)` against the plain
/// comparison of the whole file's bytes, and `FeedHistory(feeds:)`, which reads a feed event by
/// event, against the history of the same feeds read whole (`FeedHistory(calendars:)`).
@Suite struct FeedOnDiskTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-feed-on-disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFileHoldsTheFeedExactlyWhenItsBytesAreTheFeeds() throws {
        let feeds = try ExportFeedTests.feeds()
        let all = try #require(feeds["all.ics"])
        let feed = Feed(fileName: "all.ics", title: "All", eventCount: 1, bytes: all)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var flipped = all
        flipped[all.count / 2] ^= 0x01
        let variants: [String: [UInt8]] = [
            "same": all, "flipped": flipped, "shorter": Array(all.dropLast()), "longer": all + [0x0A], "empty": [],
        ]
        for (name, bytes) in variants {
            let path = folder + "/" + name + ".ics"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(feed.isContent(ofFileAt: path) == (bytes == all), "\(name)")
            #expect(feed.isContent(ofFileAt: path) == feed.hasBytes(try Data(contentsOf: URL(fileURLWithPath: path))), "\(name)")
        }
        #expect(!feed.isContent(ofFileAt: folder + "/missing.ics"))
        #expect(!feed.isContent(ofFileAt: folder))
    }

    @Test func historyReadEventByEventIsTheHistoryOfTheWholeTree() throws {
        let feeds = try ExportFeedTests.feeds()
        let moved = try ExportFeedTests.feeds(
            ExportFeedTests.plan.replacingOccurrences(
                of: "  round 3 on 2026-03-10T10:00 at jakarta planned\n",
                with: "  round 3 on 2026-04-14T10:00 at jakarta planned\n    moved from 2026-03-10\n"))
        let foreign = Array("BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".utf8)
        let files = [try #require(feeds["all.ics"]), foreign, try #require(moved["all.ics"])] + feeds.values.sorted { $0.count < $1.count }
        let streamed = FeedHistory(feeds: files)
        let whole = FeedHistory(
            calendars: files.compactMap { bytes in
                FeedHistory.isWrittenByParley(bytes) ? (try? CalendarReader().read(bytes: bytes))?.calendar : nil
            })
        #expect(!whole.entries.isEmpty)
        #expect(Set(streamed.entries.keys) == Set(whole.entries.keys))
        for (uid, entry) in whole.entries {
            let other = try #require(streamed.entries[uid])
            #expect(other.sequence == entry.sequence, "\(uid)")
            #expect(other.timestamp == entry.timestamp, "\(uid)")
            #expect(other.signature == entry.signature, "\(uid)")
        }
        #expect(FeedHistory(feeds: [foreign]).entries.isEmpty)
    }
}
