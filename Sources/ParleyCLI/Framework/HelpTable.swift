/// Help layout: two-column tables and paragraphs, wrapped at ``width`` columns.
enum HelpTable {
    /// The column help text is wrapped at.
    static let width = 80

    /// Each row as `  label   description`, labels padded to a common width, descriptions
    /// wrapped under themselves.
    static func render(_ rows: [(label: String, text: String)]) -> String {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        return rows.map { row in
            let first = "  " + row.label + String(repeating: " ", count: labelWidth - row.label.count + 2)
            return wrap(words(row.text), first: first, indent: labelWidth + 5) + "\n"
        }.joined()
    }

    /// `text`'s paragraphs (separated by blank lines) with their lines joined and rewrapped.
    static func reflow(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
            .map { lines in
                let paragraphWords = lines.flatMap { words(String($0)) }
                return wrap(Array(paragraphWords.dropFirst()), first: paragraphWords.first ?? "", indent: 0)
            }
            .joined(separator: "\n\n")
    }

    /// `words` after `first` (joined by single spaces), broken before a word that would pass
    /// ``width``; continuation lines start with `indent` spaces. A word longer than a line
    /// stands alone on its line.
    static func wrap(_ words: [String], first: String, indent: Int) -> String {
        var text = first
        var column = first.count
        for word in words {
            if column + 1 + word.count > width, column > indent {
                text += "\n" + String(repeating: " ", count: indent)
                column = indent
            } else if column > 0 {
                text += " "
                column += 1
            }
            text += word
            column += word.count
        }
        return text
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}
