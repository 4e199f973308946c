import Foundation
import TestSupport
import Testing

@testable import ParleyCLI

/// `parley view` as a user runs it: where it writes, its formats and its errors.
@Suite struct ViewCommandTests {
    @Test func writesAPageIntoAFolderOrAFileAndAnSVG() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-view-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plans = Repository.path("Plans")
        let page = ParleyRun(["view", plans, "--today", "2026-06-01", "--out", folder + "/site"])
        #expect(page.code == .success)
        let html = try String(contentsOfFile: folder + "/site/view.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(page.standardError == "wrote \(folder)/site/view.html\n")
        let standardOutput = ParleyRun(["view", plans, "--today", "2026-06-01"])
        #expect(standardOutput.standardOutput == html)
        let svg = ParleyRun(["view", plans, "--today", "2026-06-01", "--format", "svg", "--by", "country", "--out", folder + "/grid.svg"])
        #expect(svg.code == .success)
        let image = try String(contentsOfFile: folder + "/grid.svg", encoding: .utf8)
        #expect(image.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(image.contains("id=\"c-ID\""))
    }

    @Test func refusesAnUnknownSeriesAndABackwardWindow() {
        let plans = Repository.path("Plans")
        let unknown = ParleyRun(["view", plans, "id-ru-ii", "--today", "2026-06-01"])
        #expect(unknown.code == .invalidInput)
        #expect(unknown.standardError.contains("did you mean 'id-ru-iis'?"))
        let backwards = ParleyRun(["view", plans, "--from", "2027-01-01", "--to", "2026-01-01"])
        #expect(backwards.code == .invalidInput)
        #expect(backwards.standardError.contains("--from 2027-01-01 is after --to 2026-01-01"))
        let only = ParleyRun(["view", plans, "id-ru-iis", "--today", "2026-06-01"])
        #expect(only.code == .success)
        #expect(only.standardOutput.contains("id=\"s-id-ru-iis\"") && !only.standardOutput.contains("id=\"s-id-au-cyber\""))
    }
}
