import Foundation
import Holidays
import TestSupport
import Testing

/// The README's table of who keeps which observance says what ``ObservanceTable`` says.
@Suite struct ObservanceTableReadmeTests {
    /// The rows of the table headed `| keeps | countries |`, as observance word → country codes.
    static func readmeTable() -> [String: [String]] {
        let text = (try? String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(of: "| keeps | countries |") else { return [:] }
        var rows: [String: [String]] = [:]
        for line in lines[(header + 2)...] {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2 else { continue }
            let word = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let codes = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty && !$0.contains(" ")
            }
            rows[word] = codes
        }
        return rows
    }

    @Test func readmeTableMatchesTheBuiltInTable() {
        let rows = Self.readmeTable()
        #expect(!rows.isEmpty, "README.md has no '| keeps | countries |' table")
        for kept in KeptObservance.allCases {
            let expected = ObservanceTable.kept.keys.filter { ObservanceTable.kept(by: $0).contains(kept) }.sorted()
            #expect(rows[kept.rawValue] == expected, "\(kept.rawValue)")
        }
        let keepingNothing = Country.all.map(\.code).filter { ObservanceTable.kept(by: $0).isEmpty }.sorted()
        #expect(rows["nothing"] == keepingNothing)
    }
}
