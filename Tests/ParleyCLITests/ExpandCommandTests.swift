import Foundation
import Testing

@testable import ParleyCLI

/// `parley expand`, in process: the contract README.md's "Recurrence" section gives (one ISO 8601 time with offset per
/// line, or a JSON array of strings; exit 2 for bad input).
struct ExpandCommandTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ICalendarTests/Fixtures/Feeds")

    /// RFC 5545 §3.8.5.3, "Monthly on the first Friday for 10 occurrences" (first three), in
    /// America/New_York: 9:00 EDT in September and October, EST from November.
    @Test func rfcExampleAsText() {
        let run = ParleyRun([
            "expand", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "--start", "1997-09-05T09:00", "--tz", "America/New_York", "--count", "3",
        ])
        #expect(run.code == .success)
        #expect(run.standardOutput == "1997-09-05T09:00:00-04:00\n1997-10-03T09:00:00-04:00\n1997-11-07T09:00:00-05:00\n")
    }

    @Test func jsonIsAnArrayOfStrings() throws {
        let run = ParleyRun([
            "expand", "FREQ=DAILY", "--start", "2026-03-28T10:00", "--tz", "Europe/Moscow", "--until", "2026-03-29T10:00", "--format",
            "json",
        ])
        #expect(run.code == .success)
        let decoded = try JSONDecoder().decode([String].self, from: Data(run.standardOutput.utf8))
        #expect(decoded == ["2026-03-28T10:00:00+03:00", "2026-03-29T10:00:00+03:00"])
    }

    @Test func betweenIsHalfOpenAndWindowed() {
        let run = ParleyRun([
            "expand", "FREQ=SECONDLY;INTERVAL=30", "--start", "2000-01-01T00:00:00Z", "--between", "2099-12-31T23:59:00Z",
            "2100-01-01T00:00:00Z",
        ])
        #expect(run.code == .success)
        #expect(run.standardOutput == "2099-12-31T23:59:00+00:00\n2099-12-31T23:59:30+00:00\n")
    }

    @Test func dstGapIsShiftedForward() {
        let run = ParleyRun(["expand", "FREQ=DAILY;COUNT=3", "--start", "2026-03-07T02:30", "--tz", "America/New_York"])
        #expect(run.standardOutput == "2026-03-07T02:30:00-05:00\n2026-03-08T03:30:00-04:00\n2026-03-09T02:30:00-04:00\n")
    }

    /// RFC 5545 §3.3.5 moves 01:00 and 01:45, in London's 2026-03-29 gap, forward by the gap's
    /// hour to 02:00 and 02:45 BST; 02:45 comes after the next start, 02:30, and is printed after it.
    @Test func startsInADSTGapAreInTimeOrder() {
        let run = ParleyRun(["expand", "FREQ=MINUTELY;INTERVAL=45;COUNT=4", "--start", "2026-03-29T00:15", "--tz", "Europe/London"])
        #expect(
            run.standardOutput
                == "2026-03-29T00:15:00+00:00\n2026-03-29T02:00:00+01:00\n2026-03-29T02:30:00+01:00\n2026-03-29T02:45:00+01:00\n")
    }

    @Test func dateStartGivesDates() {
        let run = ParleyRun(["expand", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;COUNT=3", "--start", "2027-01-01"])
        #expect(run.standardOutput == "2027-02-28\n2028-02-29\n2029-02-28\n")
    }

    @Test(arguments: [
        (["expand", "FREQ=DAILY", "--start", "2026-01-01"], "never ends"),
        (["expand", "FREQ=DAILY;COUNT=2"], "missing --start"),
        (["expand", "FREQ=DAILY;BYHOUR=24", "--start", "2026-01-01", "--count", "1"], "BYHOUR"),
        (["expand", "FREQ=DAILY", "--start", "2026-01-01", "--count", "1", "--until", "2026-02-01"], "at most one"),
        (["expand", "FREQ=DAILY", "--start", "2026-01-01", "--tz", "Asia/Jakarte", "--count", "1"], "Asia/Jakarta"),
        (["expand", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "--start", "2026-01-01", "--count", "1"], "400"),
        (["expand", "--ics", "/nonexistent/x.ics"], "/nonexistent/x.ics:1:1: error: cannot read /nonexistent/x.ics: no such file"),
        (["expand", "--ics", "/"], "/:1:1: error: cannot read /: is a folder, not a file"),
    ])
    func badInputExitsTwo(_ arguments: [String], _ fragment: String) {
        let run = ParleyRun(arguments)
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains(fragment), "\(run.standardError)")
    }

    @Test func icsFileWithWindow() {
        let run = ParleyRun([
            "expand", "--ics", Self.feeds.appendingPathComponent("outlook.ics").path, "--between", "2026-03-01", "2026-04-02",
        ])
        #expect(run.code == .success)
        #expect(
            run.standardOutput
                == "2026-03-18T10:00:00+01:00\n2026-03-25T10:00:00+01:00\n2026-04-01T10:00:00+02:00\n2026-04-01T15:00:00+03:00\n")
    }

    @Test func icsFileWithInfiniteSeriesNeedsAWindow() {
        let run = ParleyRun(["expand", "--ics", Self.feeds.appendingPathComponent("google.ics").path])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains("recurs forever"))
    }

    /// A malformed line is skipped with a warning naming file, line and column (as libical
    /// and python `icalendar` skip it); the rest of the file is read.
    @Test func brokenIcsLineIsSkippedWithFileLineColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-expand-\(UUID().uuidString).ics").path
        let text = "BEGIN:VCALENDAR\r\nSUMMARY Lunch\r\nBEGIN:VEVENT\r\nDTSTART:20260301T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = ParleyRun(["expand", "--ics", path])
        #expect(run.code == .success)
        #expect(run.standardError.contains("\(path):2:8: warning: expected ':'"))
        #expect(run.standardOutput == "2026-03-01T09:00:00+00:00\n")
    }
}
