/// The executable parts of `README.md`: sample files and console examples, read from its
/// fenced code blocks.
///
/// - A block whose info string has `file=PATH` (```` ```parley file=Plans/partners.parley ````,
///   ```` ```ics file=Plans/calendars/id-deputy.ics ````) is a file every example runs beside;
///   `.ics` files get CRLF line ends, as calendar clients write them.
/// - A ```` ```console ```` block holds commands: a line `$ parley ARGUMENTS` (arguments split
///   as a POSIX shell would, with '…' and "…" quoting), then the exact lines it prints, standard
///   output first and standard error after. A line that is only `…` stands for any number of
///   lines the README leaves out; use it sparingly.
/// - ```` ```parley fragment ```` marks plan lines shown out of context; they are not run.
///   Any other block is prose (usage synopses, shell commands for building).
struct ReadmeDocument {
    /// A sample file the README declares.
    struct File {
        let path: String
        let text: String
        let line: Int
    }

    /// One `$ parley …` line and the output the README shows for it.
    struct Example {
        let command: String
        let arguments: [String]
        let expected: [String]
        /// The 1-based README line of the command.
        let line: Int
    }

    /// The elision marker.
    static let elision = "…"

    private(set) var files: [File] = []
    private(set) var examples: [Example] = []
    /// Problems in the README's own markup (an unclosed block, a console line that is not
    /// `parley`, a `parley` block that is neither a file nor a fragment).
    private(set) var problems: [String] = []

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("```") else {
                index += 1
                continue
            }
            let info = lines[index].dropFirst(3).split(separator: " ").map(String.init)
            let start = index + 1
            var end = start
            while end < lines.count, lines[end] != "```" { end += 1 }
            guard end < lines.count else {
                problems.append("README.md:\(index + 1): code block never closed")
                return
            }
            let body = Array(lines[start..<end])
            if let file = info.first(where: { $0.hasPrefix("file=") }) {
                let path = String(file.dropFirst(5))
                let lineEnd = path.hasSuffix(".ics") ? "\r\n" : "\n"
                files.append(File(path: path, text: body.map { $0 + lineEnd }.joined(), line: start))
            } else if info.first == "console" {
                readConsole(body, firstLine: start + 1)
            } else if info.first == "parley", !info.contains("fragment") {
                problems.append("README.md:\(index + 1): a parley block needs file=PATH or fragment")
            }
            index = end + 1
        }
    }

    private mutating func readConsole(_ body: [String], firstLine: Int) {
        var current: (command: String, line: Int)?
        var expected: [String] = []
        func finish() {
            guard let command = current else { return }
            let words = Self.words(command.command)
            guard let words, words.first == "parley" else {
                problems.append("README.md:\(command.line): expected '$ parley …', found '$ \(command.command)'")
                return
            }
            examples.append(Example(command: command.command, arguments: Array(words.dropFirst()), expected: expected, line: command.line))
        }
        for (offset, line) in body.enumerated() {
            if line.hasPrefix("$ ") {
                finish()
                current = (String(line.dropFirst(2)), firstLine + offset)
                expected = []
            } else if current != nil {
                expected.append(line)
            } else {
                problems.append("README.md:\(firstLine + offset): console output before any '$ ' command")
            }
        }
        finish()
    }

    /// `command` split into words as a POSIX shell splits them (spaces separate; '…' and "…"
    /// quote), or nil when a quote is left open.
    static func words(_ command: String) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil else { return nil }
        if inWord { words.append(current) }
        return words
    }

    /// Whether `actual` lines match `expected`, where an expected line `…` matches any run of
    /// zero or more lines.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == elision {
            var rest = actual
            while true {
                if matches(expected.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let line = actual.first, line == first else { return false }
        return matches(expected.dropFirst(), actual.dropFirst())
    }
}
