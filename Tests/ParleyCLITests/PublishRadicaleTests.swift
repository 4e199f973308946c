import CalDAV
import Foundation
import ParleyKit
import TestSupport
import Testing

@testable import ParleyCLI

/// The Radicale server `.ci/run` started, from `PARLEY_TEST_CALDAV_URL`,
/// `PARLEY_TEST_CALDAV_USER` and `PARLEY_TEST_CALDAV_PASSWORD`; `nil` when they are not set.
private let radicale: (url: URL, user: String, password: String)? = {
    let environment = ProcessInfo.processInfo.environment
    guard let text = environment["PARLEY_TEST_CALDAV_URL"], let url = URL(string: text), let user = environment["PARLEY_TEST_CALDAV_USER"],
        let password = environment["PARLEY_TEST_CALDAV_PASSWORD"]
    else { return nil }
    return (url, user, password)
}()

/// `parley publish` against the Radicale server `.ci/run` starts (`PARLEY_TEST_CALDAV_URL`,
/// `PARLEY_TEST_CALDAV_USER`, `PARLEY_TEST_CALDAV_PASSWORD`); skipped, with this reason shown,
/// when they are not set. `Tests/Interop/check_caldav.py` reads the same server back with
/// python `caldav`.
@Suite(.enabled(if: radicale != nil, "no CalDAV server: set PARLEY_TEST_CALDAV_URL (bash .ci/run starts Radicale)"))
struct PublishRadicaleTests {
    /// An edit saved on the server after Parley read the calendar and before it writes:
    /// Radicale answers 412 to the `If-Match` PUT, Parley reports the conflict, the edit stays.
    @Test func anEditBetweenReadingAndWritingIsKept() throws {
        let server = try #require(radicale)
        let transport = HTTPTransport(credentials: Credentials(user: server.user, password: server.password), timeout: 30, retries: 1)
        let name = "parley-test-\(UUID().uuidString.prefix(8).lowercased())"
        let collection = CalDAVClient(collection: server.url, transport: transport).member(named: name + "/")
        let client = CalDAVClient(collection: collection, transport: transport)
        try client.makeCalendar(displayName: name, description: "parley publish tests")
        let environment = ["PARLEY_CALDAV_USER": server.user, "PARLEY_CALDAV_PASSWORD": server.password, "HOME": "/nonexistent"]
        let folder = try TemporaryFolder("parley-publish")
        defer { withExtendedLifetime(folder) {} }
        let plan = try folder.write(PublishCommandTests.plan, to: "plan.parley")
        let first = PublishCommandTests.publish([plan, "--to", client.collection.absoluteString], environment: environment)
        #expect(first.code == .success, "\(first.standardError)")

        let moved = PublishCommandTests.plan.replacingOccurrences(of: "2026-08-18", with: "2026-09-15")
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": moved]))
        var publisher = Publisher(url: client.collection, grouping: nil, transport: transport)
        let target = client.member(named: "id-au-cyber-round-2@parley.ics")
        publisher.afterReading = {
            // Someone renames the round in their calendar client at this very moment.
            guard let stored = try? client.object(at: target), let data = stored.data else { return }
            let edited = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Edited ")
            _ = try? client.put(Array(edited.utf8), at: target, precondition: .matches(stored.etag))
        }
        let (findings, report) = publisher.publish(loaded.plan)
        #expect(findings.isEmpty)
        #expect(report.failure == nil)
        #expect(report.collections.first?.conflicts.map(\.uid) == ["id-au-cyber-round-2@parley"])
        let kept = try #require(try client.object(at: target)?.data)
        let text = String(decoding: kept, as: UTF8.self)
        #expect(text.contains("SUMMARY:Edited "))
        #expect(!text.contains("20260915"))
    }
}
