import Basics
import Foundation
import Testing

@testable import ParleyCLI

/// Every text format on inputs that carry each class of control character (C0, DEL, C1,
/// U+2028/2029, bidi controls) and forged workflow commands: in plan lines, in a file name, in
/// a busy calendar's and a holiday feed's `SUMMARY`. No output carries a control character but
/// line feed and tab (and CR between iCalendar lines), and no text line starts a workflow command.
@Suite struct EscapedOutputTests {
    /// One character of each class, and the attacks of the issue: an OSC 52 clipboard write,
    /// a screen clear, an escaped newline followed by a workflow command.
    static let hostile = "Forged\u{07}\u{7F}\u{85}\u{9B}31m\u{2028}\u{2029}\u{202E}\u{2066}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J"

    /// A folder with a plan whose delegate is busy during its round, and the busy calendar and
    /// a holiday feed whose `SUMMARY` is hostile (with `\n::error::` in the iCalendar text).
    struct Workspace {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-escape-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Plans"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Bad"), withIntermediateDirectories: true)
            let calendar = """
                BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r
                DTSTART:20270309T020000Z\r\nDTEND:20270309T090000Z\r\nSUMMARY:Meeting\\n::error::\(hostile)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
                """
            try write("Plans/busy.ics", calendar)
            let feed = """
                BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20270317\r\nSUMMARY:Holiday\\n##[error]\(hostile)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
                """
            try write("feed.ics", feed)
            try write(
                "Plans/plan.parley",
                """
                country ID "Indonesia"
                  timezone Asia/Jakarta
                country SG "Singapore"
                  timezone Asia/Singapore

                venue jakarta "Jakarta" in ID

                person id-director "Director" of ID
                  busy from "busy.ics"

                dialogue id-sg "Consultations"
                  partners ID SG
                  delegates id-director
                  round 1 on 2027-03-09 at jakarta planned

                """)
            try write(
                "Bad/evil\n::error::name\u{1B}[2J.parley",
                "::warning file=Plans/partners.parley,line=3::Forged\n  ##[error]Forged\ncountry \"\(Self.hostileLine)\n")
        }

        /// A line that fails to parse and carries each control character class (what the
        /// source snippet echoes).
        static var hostileLine: String { "x\(hostile)" }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    }

    /// No control character but line feed, tab (and CR in iCalendar); in text formats no line
    /// starts `::` or `##[` unless it is one of the `github` format's own commands.
    static func expectVisible(_ output: String, format: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = output.unicodeScalars.filter {
            VisibleText.isControl($0.value) && $0 != "\n" && $0 != "\t" && !(format == "ics" && $0 == "\r")
        }
        #expect(
            controls.isEmpty, "control characters \(controls.map { String($0.value, radix: 16) }) in \(format)",
            sourceLocation: sourceLocation)
        guard format != "json", format != "sarif", format != "ics" else { return }
        for line in output.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            #expect(!trimmed.hasPrefix("##["), "\(line)", sourceLocation: sourceLocation)
            guard trimmed.hasPrefix("::") else { continue }
            let own = format == "github" && ["::error file=", "::warning file=", "::notice file="].contains { line.hasPrefix($0) }
            #expect(own, "a forged workflow command: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["text", "json", "github", "sarif"])
    func busyCalendarTextIsEscapedInCheck(format: String) throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let run = ParleyRun(["check", workspace.path("Plans"), "--format", format, "--today", "2026-06-01"])
        #expect(run.standardOutput.contains("Forged"), "the hostile summary reaches the report: \(run.standardOutput)")
        Self.expectVisible(run.standardOutput, format: format)
        // In colour, the only escape sequences are the labels' own.
        let coloured = ParleyRun(["check", workspace.path("Plans"), "--format", format, "--today", "2026-06-01", "--color", "always"])
        var rest = coloured.standardOutput
        for code in ["1;31", "1;33", "1;36", "0"] { rest = rest.replacing("\u{1B}[\(code)m", with: "") }
        Self.expectVisible(rest, format: format)
        Self.expectVisible(run.standardError, format: "text")
        if format == "json" || format == "sarif" {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) }
        }
    }

    @Test(arguments: ["text", "json", "github", "sarif"])
    func hostilePlanLinesAndFileNamesAreEscaped(format: String) throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let run = ParleyRun(["check", workspace.path("Bad"), "--format", format, "--today", "2026-06-01"])
        #expect(run.code == .invalidInput)
        #expect(run.standardOutput.contains("evil"), "the file is reported: \(run.standardOutput)")
        Self.expectVisible(run.standardOutput, format: format)
        Self.expectVisible(run.standardError, format: "text")
    }

    /// The text report shows the escaped source line with the caret under the same character.
    @Test func theCaretLinesUpWithTheEscapedLine() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let run = ParleyRun(["check", workspace.path("Bad"), "--today", "2026-06-01"])
        #expect(run.standardOutput.contains("\\u{3A}:warning file=Plans/partners.parley,line=3::Forged\n"))
        #expect(run.standardOutput.contains("evil\\u{0A}::error::name\\u{1B}[2J.parley:"))
    }

    @Test(arguments: ["text", "json"])
    func busyCalendarTextIsEscapedInNext(format: String) throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let run = ParleyRun([
            "next", "id-sg", workspace.path("Plans"), "--format", format, "--today", "2027-03-01", "--after", "2027-03-06",
            "--before", "2027-03-14",
        ])
        Self.expectVisible(run.standardOutput, format: format)
        Self.expectVisible(run.standardError, format: "text")
    }

    @Test(arguments: ["text", "json", "ics"])
    func holidayFeedTextIsEscaped(format: String) throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let run = ParleyRun(["holidays", "ID", "2027", "--import", workspace.path("feed.ics"), "--format", format])
        #expect(run.code == .success, "\(run.standardError)")
        #expect(run.standardOutput.contains("Forged"), "the imported day is shown: \(run.standardOutput)")
        Self.expectVisible(run.standardOutput, format: format)
        Self.expectVisible(run.standardError, format: "text")
    }

    /// `holidays --import X --format ics` writes the imported days, as the text format lists them.
    @Test func importedDaysReachTheIcsFormat() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let text = ParleyRun(["holidays", "ID", "2027", "--import", workspace.path("feed.ics")])
        let ics = ParleyRun(["holidays", "ID", "2027", "--import", workspace.path("feed.ics"), "--format", "ics"])
        let plain = ParleyRun(["holidays", "ID", "2027", "--format", "ics"])
        #expect(text.standardOutput.contains("2027-03-17"))
        #expect(ics.standardOutput.contains("DTSTART;VALUE=DATE:20270317\r\n"))
        #expect(!plain.standardOutput.contains("DTSTART;VALUE=DATE:20270317\r\n"))
        let events = { (output: String) in output.components(separatedBy: "BEGIN:VEVENT").count - 1 }
        #expect(events(ics.standardOutput) == events(plain.standardOutput) + 1)
    }
}
