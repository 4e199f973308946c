import Foundation
import Synchronization
import TestSupport
import Testing

@testable import ParleyCLI

/// `parley publish` against a small in-process CalDAV server (``StubCalendarServer``): the
/// protocol details a real server cannot be made to show (no `sync-collection`, a 412 at
/// the right moment, 5xx answers, a slow or stopped server). Each test writes its plan into a
/// folder of its own, removed when the test ends.
@Suite struct PublishCommandTests {
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country AU "Australia"
          timezone Australia/Sydney
        venue jakarta "Jakarta" in ID
        venue canberra "Canberra" in AU
        dialogue id-au-cyber "Indonesia–Australia cyber policy dialogue"
          partners ID AU
          every 12 months
          lasting 2 days
          sessions 09:00..17:00
          hosts alternate jakarta canberra
          round 1 on 2025-08-12 at jakarta held
          round 2 on 2026-08-18 at canberra planned
        """

    static let environment = ["PARLEY_CALDAV_USER": "desk", "PARLEY_CALDAV_PASSWORD": "hunter2-secret", "HOME": "/nonexistent"]

    /// The test's own folder, removed when the test ends.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("parley-publish")
    }

    /// The path of the test's `plan.parley`, (re)written with `text`: the plan as edited.
    func planFile(_ text: String = plan) throws -> String {
        try folder.write(text, to: "plan.parley")
    }

    static func publish(_ arguments: [String], environment: [String: String] = environment) -> ParleyRun {
        ParleyRun(["publish"] + arguments + ["--allow-outside", FileManager.default.temporaryDirectory.path], environment: environment)
    }

    @Test func createsEachEventWithIfNoneMatchThroughCalendarQueryThenWritesNothing() throws {
        let server = try StubCalendarServer()
        defer { server.stop() }
        let plan = try planFile()
        let first = Self.publish([plan, "--to", server.collection])
        #expect(first.code == .success, "\(first.standardError)")
        let puts = server.requests.filter { $0.method == "PUT" }
        #expect(puts.map(\.path).sorted() == ["/cal/id-au-cyber-round-1@parley.ics", "/cal/id-au-cyber-round-2@parley.ics"])
        for put in puts {
            #expect(put.headers["if-none-match"] == "*")
            #expect(put.headers["content-type"] == "text/calendar; charset=utf-8")
            #expect(put.headers["authorization"] == "Basic " + Data("desk:hunter2-secret".utf8).base64EncodedString())
            let text = String(decoding: put.body, as: UTF8.self)
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(!text.contains("METHOD:"))
            #expect(text.contains("BEGIN:VTIMEZONE"))
            #expect(text.contains("UID:" + put.path.dropFirst(5).dropLast(4)))
        }
        // The stub offers no sync-collection: the objects were listed with calendar-query.
        #expect(server.requests.contains { $0.method == "REPORT" && String(decoding: $0.body, as: UTF8.self).contains("calendar-query") })
        #expect(first.standardOutput.contains("2 created, 0 updated, 0 deleted, 0 conflicts, 0 unchanged"))
        let before = server.requests.count
        let second = Self.publish([plan, "--to", server.collection])
        #expect(second.code == .success)
        #expect(second.standardOutput.contains("2 unchanged"))
        #expect(server.requests.dropFirst(before).allSatisfy { $0.method == "PROPFIND" || $0.method == "REPORT" })
        #expect(!first.standardOutput.contains("hunter2") && !first.standardError.contains("hunter2"))
        let json = Self.publish([plan, "--to", server.collection, "--dry-run", "--format", "json"])
        #expect(json.code == .success)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let collections = object?["collections"] as? [[String: Any]]
        #expect(object?["dryRun"] as? Bool == true)
        #expect(collections?.first?["unchanged"] as? Int == 2)
        #expect((collections?.first?["created"] as? [Any])?.isEmpty == true)
    }

    @Test func aChangeIsWrittenWithIfMatchAndA412IsAConflictThatKeepsTheServersEdit() throws {
        let server = try StubCalendarServer()
        defer { server.stop() }
        #expect(Self.publish([try planFile(), "--to", server.collection]).code == .success)
        let moved = try planFile(Self.plan.replacingOccurrences(of: "2026-08-18", with: "2026-09-15"))
        // Someone edits round 2 on the server after parley read it and before it writes.
        server.editBeforeNextConditionalPut(path: "/cal/id-au-cyber-round-2@parley.ics")
        let run = Self.publish([moved, "--to", server.collection])
        #expect(run.code == .findings)
        #expect(run.standardOutput.contains("conflict: id-au-cyber-round-2@parley was changed on the server since it was read (412"))
        #expect(server.object("/cal/id-au-cyber-round-2@parley.ics")?.contains("SUMMARY:Edited by someone") == true)
        let update = server.requests.last { $0.method == "PUT" }
        #expect(update?.headers["if-match"] != nil)
        // Without an edit in between, the move goes through, with SEQUENCE raised.
        let again = Self.publish([moved, "--to", server.collection])
        #expect(again.code == .success, "\(again.standardOutput)")
        let text = server.object("/cal/id-au-cyber-round-2@parley.ics") ?? ""
        #expect(text.contains("DTSTART;TZID=Australia/Sydney:20260915T090000") && text.contains("SEQUENCE:1"))
    }

    @Test func pruneDeletesOnlyParleysObjectsWithIfMatch() throws {
        let server = try StubCalendarServer()
        defer { server.stop() }
        #expect(Self.publish([try planFile(), "--to", server.collection]).code == .success)
        server.store(
            "/cal/someone-else.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        let shorter = try planFile(Self.plan.replacingOccurrences(of: "  round 2 on 2026-08-18 at canberra planned", with: ""))
        let kept = Self.publish([shorter, "--to", server.collection])
        #expect(kept.code == .success)
        #expect(kept.standardError.contains("1 object Parley made is no longer in the plans; left in place (--prune deletes them)"))
        let dry = Self.publish([shorter, "--to", server.collection, "--prune", "--dry-run"])
        #expect(dry.code == .findings)
        #expect(dry.standardOutput.contains("would delete id-au-cyber-round-2@parley"))
        #expect(server.object("/cal/id-au-cyber-round-2@parley.ics") != nil)
        let pruned = Self.publish([shorter, "--to", server.collection, "--prune"])
        #expect(pruned.code == .success)
        #expect(server.object("/cal/id-au-cyber-round-2@parley.ics") == nil)
        #expect(server.object("/cal/someone-else.ics") != nil)
        #expect(server.requests.last { $0.method == "DELETE" }?.headers["if-match"] != nil)
    }

    @Test func serverErrorsAreRetriedWithBackoff() throws {
        let server = try StubCalendarServer(failFirst: 2)
        defer { server.stop() }
        let run = Self.publish([try planFile(), "--to", server.collection, "--retries", "2"])
        #expect(run.code == .success, "\(run.standardError)")
        #expect(server.requests.prefix(3).map(\.method) == ["PROPFIND", "PROPFIND", "PROPFIND"])
    }

    @Test func wrongPasswordIsExplainedWithoutTheSecret() throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"dav\""]) }
        defer { server.stop() }
        let run = Self.publish([try planFile(), "--to", server.url + "/cal/"])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains("401 Unauthorized: the server refused the credentials"))
        #expect(!(run.standardOutput + run.standardError).contains("hunter2"))
    }

    @Test func aSlowServerTimesOut() throws {
        let server = try LoopbackHTTPServer(delay: 4) { _ in .init(status: 207, body: "<multistatus xmlns=\"DAV:\"/>") }
        defer { server.stop() }
        let run = Self.publish([try planFile(), "--to", server.url + "/cal/", "--timeout", "1", "--retries", "0"])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains("no answer within 1 s"))
    }

    @Test func aStoppedServerIsAClearError() throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 200) }
        server.stop()
        let run = Self.publish([try planFile(), "--to", server.url + "/cal/", "--retries", "0"])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains("is the server running and the URL right?"))
    }

    @Test func plainHTTPAndCredentialsInTheURLAreRefused() throws {
        let plan = try planFile()
        let http = Self.publish([plan, "--to", "http://dav.example.org/cal/"])
        #expect(http.code == .invalidInput)
        #expect(http.standardError.contains("plain http:// to dav.example.org would send the password and the plan unencrypted"))
        let userinfo = Self.publish([plan, "--to", "https://desk:pw@dav.example.org/cal/"])
        #expect(userinfo.code == .invalidInput)
        #expect(!userinfo.standardError.contains("desk:pw"))
    }
}
