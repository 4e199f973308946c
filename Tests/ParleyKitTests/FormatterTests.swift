import TestSupport
import Testing

@testable import ParleyKit

@Suite struct FormatterTests {
    static let shipped = Repository.planFiles(under: "Plans") + Repository.planFiles(under: "Examples")
    static let texts = Repository.files(under: "Plans").merging(Repository.files(under: "Examples")) { first, _ in first }

    /// Every shipped plan is already canonical, so `parley fmt --check` passes in CI, and
    /// formatting is idempotent on it.
    @Test(arguments: shipped) func shippedFilesAreCanonical(_ path: String) throws {
        let text = try #require(Self.texts[path])
        let once = try Formatter.format(text, path: path).get()
        #expect(once == text)
        #expect(try Formatter.format(once, path: path).get() == once)
    }

    @Test func canonicalisesSpacingAndKeepsComments() throws {
        let messy = """


            # header comment
            country   ID  "Indo\\"nesia"   #  trailing kept as written
                 timezone Asia/Jakarta



                 # before weekend
                 weekend sat ,sun
            # file end comment

            """
        let expected = """
            # header comment
            country ID "Indo\\"nesia" #  trailing kept as written
              timezone Asia/Jakarta

              # before weekend
              weekend sat, sun
            # file end comment

            """
        let once = try Formatter.format(messy, path: "x.parley").get()
        #expect(once == expected)
        #expect(try Formatter.format(once, path: "x.parley").get() == once)
    }

    @Test func nestedBlocksAreReindented() throws {
        let text = "dialogue d \"D\"\n    partners ID RU\n    round 1 on 2026-01-01\n          note \"n\"\n"
        #expect(
            try Formatter.format(text, path: "x.parley").get()
                == "dialogue d \"D\"\n  partners ID RU\n  round 1 on 2026-01-01\n    note \"n\"\n")
    }

    @Test(arguments: ["country ID \"x\n", "country ID\n\ttimezone UTC\n", "a\n    b\n  c\n", "country \"bad \\q escape\"\n"])
    func refusesFilesWithSyntaxErrors(_ text: String) {
        guard case .failure(let error) = Formatter.format(text, path: "x.parley") else {
            Issue.record("formatted a file with syntax errors")
            return
        }
        #expect(!error.findings.isEmpty)
    }

    @Test func emptyFileStaysEmpty() throws {
        #expect(try Formatter.format("", path: "x.parley").get() == "")
        #expect(try Formatter.format("\n\n# only\n\n", path: "x.parley").get() == "# only\n")
    }
}
