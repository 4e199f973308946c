import CivilTime
import Testing

@testable import ParleyKit

/// `--write`'s insertion: the new round goes after the series' last round line (and the
/// lines under it), at the block's indentation, with the file's line break; nothing else moves.
@Suite struct ScheduleInsertionTests {
    static func insert(_ text: String, path: String = "p.parley", date: String = "2026-03-10", venue: String? = "moscow") throws -> String {
        var sink = DiagnosticSink()
        let tree = Parser.parse(SourceFile(path: path, text: text), into: &sink)
        let file = DeclarationReader.read(tree, into: &sink)
        let series = try #require(file.series.first)
        let insertion = try #require(RoundInsertion.locate(series, in: tree))
        let location = SourceLocation(file: path, line: insertion.line, column: insertion.indent + 1, offset: -1)
        let round = Round(
            number: 9, start: .date(ISO8601.date(date) ?? .minimum), venue: venue.map { Reference($0, at: location) },
            isVirtual: venue == nil,
            status: .proposed, notes: [], movedFrom: [], location: location)
        return insertion.apply(round, to: text)
    }

    @Test func goesAfterTheLastRoundAndItsNotesKeepingComments() throws {
        let text = """
            # header comment
            dialogue d "D"   # trailing comment
              partners ID RU
              round 1 on 2025-03-11 at jakarta held # first
                note "kept"
              avoid holidays

            # the next declaration's comment
            dialogue e "E"
              partners ID RU

            """
        let expected = """
            # header comment
            dialogue d "D"   # trailing comment
              partners ID RU
              round 1 on 2025-03-11 at jakarta held # first
                note "kept"
              round 9 on 2026-03-10 at moscow proposed
              avoid holidays

            # the next declaration's comment
            dialogue e "E"
              partners ID RU

            """
        #expect(try Self.insert(text) == expected)
    }

    @Test func goesAfterTheLastLineWhenNoRoundIsRecorded() throws {
        let text = "dialogue d \"D\"\n    partners ID RU\n    lasting 2 days\n# end\n"
        #expect(
            try Self.insert(text, venue: nil)
                == "dialogue d \"D\"\n    partners ID RU\n    lasting 2 days\n    round 9 on 2026-03-10 virtual proposed\n# end\n")
    }

    @Test func keepsWindowsLineBreaks() throws {
        let text = "dialogue d \"D\"\r\n  partners ID RU\r\n  round 1 on 2025-03-11 held\r\n"
        #expect(
            try Self.insert(text)
                == "dialogue d \"D\"\r\n  partners ID RU\r\n  round 1 on 2025-03-11 held\r\n  round 9 on 2026-03-10 at moscow proposed\r\n")
    }

    @Test func addsALineBreakWhenTheFileHasNoFinalOne() throws {
        let text = "dialogue d \"D\"\n  partners ID RU\n  round 1 on 2025-03-11 held"
        #expect(
            try Self.insert(text)
                == "dialogue d \"D\"\n  partners ID RU\n  round 1 on 2025-03-11 held\n  round 9 on 2026-03-10 at moscow proposed")
    }

    @Test func theResultIsAlreadyCanonicalWhenTheFileWas() throws {
        let text = """
            dialogue d "D"
              partners ID RU
              round 1 on 2025-03-11 at jakarta held
              round 2 on 2026-03-10 at moscow planned

            """
        let inserted = try Self.insert(text, date: "2027-03-09", venue: "jakarta")
        #expect(Formatter.format(inserted, path: "p.parley") == .success(inserted))
    }
}
