/// Short, readable descriptions of how two outputs differ, for test failure messages.
public enum TextDiff {
    /// The first differing line of two byte strings (split at LF, a CR kept visible), with its
    /// number, or how their lengths differ when one is a prefix of the other.
    public static func firstDifference(expected: [UInt8], actual: [UInt8]) -> String {
        let expectedLines = lines(expected)
        let actualLines = lines(actual)
        for (index, pair) in zip(expectedLines, actualLines).enumerated() where pair.0 != pair.1 {
            return "line \(index + 1):\n  expected \(pair.0.debugDescription)\n  actual   \(pair.1.debugDescription)"
        }
        if expectedLines.count != actualLines.count {
            let shorter = min(expectedLines.count, actualLines.count)
            let extra = expectedLines.count > actualLines.count ? expectedLines[shorter] : actualLines[shorter]
            let who = expectedLines.count > actualLines.count ? "output ends" : "output goes on"
            return "\(who) at line \(shorter + 1): \(extra.debugDescription)"
        }
        return "the bytes differ (\(expected.count) expected, \(actual.count) actual)"
    }

    /// A line-by-line diff of two texts: common lines prefixed with two spaces, lines only in
    /// `expected` with `- `, lines only in `actual` with `+ ` (longest common subsequence).
    public static func unified(expected: [String], actual: [String]) -> String {
        let rows = expected.count
        let columns = actual.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                lengths[row][column] =
                    expected[row] == actual[column]
                    ? lengths[row + 1][column + 1] + 1 : max(lengths[row + 1][column], lengths[row][column + 1])
            }
        }
        var output: [String] = []
        var row = 0
        var column = 0
        while row < rows || column < columns {
            if row < rows, column < columns, expected[row] == actual[column] {
                output.append("  " + expected[row])
                row += 1
                column += 1
            } else if column < columns, row == rows || lengths[row][column + 1] >= lengths[row + 1][column] {
                output.append("+ " + actual[column])
                column += 1
            } else {
                output.append("- " + expected[row])
                row += 1
            }
        }
        return output.joined(separator: "\n")
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
