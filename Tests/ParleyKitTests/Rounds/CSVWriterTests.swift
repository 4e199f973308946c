import Testing

@testable import ParleyKit

/// `CSVWriter` against RFC 4180 §2's own examples and OWASP's list of formula-starting characters.
@Suite struct CSVWriterTests {
    func csv(_ header: [String], _ rows: [[String]]) -> String {
        var writer = CSVWriter(header: header)
        for row in rows { writer.row(row) }
        writer.finish()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// RFC 4180 §2 rules 1–3: records end with CRLF (the last too), a header row comes first.
    @Test func recordsEndWithCRLF() {
        #expect(
            csv(["field_name", "field_name", "field_name"], [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
                == "field_name,field_name,field_name\r\naaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")
    }

    /// RFC 4180 §2 rules 6 and 7: fields with CRLF, commas or double quotes are enclosed in
    /// double quotes, and a double quote inside is escaped by a second one (the RFC's examples).
    @Test func quotesWhatNeedsQuoting() {
        #expect(csv(["a", "b", "c"], [["aaa", "b\r\nbb", "ccc"]]) == "a,b,c\r\naaa,\"b\r\nbb\",ccc\r\n")
        #expect(csv(["a", "b", "c"], [["aaa", "b\"bb", "ccc"]]) == "a,b,c\r\naaa,\"b\"\"bb\",ccc\r\n")
        #expect(csv(["a", "b"], [["x,y", "line\nbreak"]]) == "a,b\r\n\"x,y\",\"line\nbreak\"\r\n")
        #expect(csv(["a", "b"], [["", "Jakarta—Москва 東京"]]) == "a,b\r\n,Jakarta—Москва 東京\r\n")
    }

    /// OWASP "CSV Injection": cells starting with = + - @ tab or CR are prefixed with ', so no
    /// spreadsheet runs them; the same characters later in a cell are left alone.
    @Test func neutralisesFormulas() {
        let cells = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1", "a=b", "2026-03-10"]
        let expected = "c\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1\r\n'-2+3\r\n'@SUM(A1)\r\n'\tx\r\n\"'\r=1\"\r\na=b\r\n2026-03-10\r\n"
        #expect(csv(["c"], cells.map { [$0] }) == expected)
    }

    /// A writer with a sink hands over the same bytes as one without.
    @Test func streamingGivesTheSameBytes() {
        let rows = (0..<1000).map { ["\($0)", "note, \($0) \"quoted\""] }
        var streamed: [UInt8] = []
        var writer = CSVWriter(header: ["n", "note"], flushingEvery: 64) { streamed += $0 }
        for row in rows { writer.row(row) }
        writer.finish()
        #expect(String(decoding: streamed, as: UTF8.self) == csv(["n", "note"], rows))
    }
}
