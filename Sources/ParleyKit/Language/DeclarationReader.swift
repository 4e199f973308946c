import CivilTime

/// Gives meaning to a file's syntax tree: turns each top-level node into a declaration and
/// each indented line into one of its properties, checking every value where it is written.
///
/// Errors say what was expected and what was found, and suggest the closest keyword, unit,
/// status, weekday or time zone. Reading carries on after an error (the faulty line is
/// skipped), so one run reports every malformed line of every file. References to ids in
/// other declarations are checked later by the ``Resolver``.
public struct DeclarationReader {
    var sink: DiagnosticSink
    let path: String
    var uses: [PlanFile.Use] = []
    var countries: [Country] = []
    var venues: [Venue] = []
    var people: [Person] = []
    var series: [Series] = []
    var blackouts: [Blackout] = []
    var agendas: [Agenda] = []

    /// Reads `tree`, adding findings to `sink`.
    public static func read(_ tree: SyntaxTree, into sink: inout DiagnosticSink) -> PlanFile {
        var reader = DeclarationReader(sink: sink, path: tree.file.path)
        for node in tree.nodes { reader.readTopLevel(node) }
        sink = reader.sink
        return PlanFile(
            path: tree.file.path, uses: reader.uses, countries: reader.countries, venues: reader.venues,
            people: reader.people, series: reader.series, blackouts: reader.blackouts,
            agendas: reader.agendas
        )
    }

    mutating func readTopLevel(_ node: SyntaxNode) {
        let keyword = node.keyword
        guard keyword.kind == .word else {
            error(
                "expected a declaration (\(Keywords.TopLevel.words.joined(separator: ", "))), found \(keyword.quoted)", at: keyword.location
            )
            return
        }
        switch Keywords.TopLevel(rawValue: keyword.text) {
        case .use: readUse(node)
        case .country: readCountry(node)
        case .venue: readVenue(node)
        case .person: readPerson(node)
        case .dialogue: readSeries(node, kind: .dialogue)
        case .exchange: readSeries(node, kind: .exchange)
        case .blackout: readBlackout(node)
        case .agenda: readAgenda(node)
        case nil:
            unknownKeyword(keyword, among: Keywords.TopLevel.words, what: "a declaration")
        }
    }

    // MARK: Errors

    mutating func error(_ message: String, at location: SourceLocation, notes: [Finding.Note] = []) {
        sink.error(message, at: location, notes: notes)
    }

    mutating func fail(_ cursor: inout Cursor, expected: String) {
        guard !cursor.failed else { return }
        cursor.failed = true
        error("expected \(expected), found \(cursor.found)", at: cursor.location)
    }

    mutating func unknownKeyword(_ token: Token, among keywords: [String], what: String) {
        var message = "expected \(what) (\(keywords.joined(separator: ", "))), found \(token.quoted)"
        message += didYouMean(token.text, among: keywords)
        error(message, at: token.location)
    }

    func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard let best = Spelling.closest(to: word, among: candidates, limit: 1).first else { return "" }
        return "; did you mean '\(best)'?"
    }

    /// Reports any tokens left on a line.
    mutating func expectEnd(_ cursor: inout Cursor) {
        guard !cursor.isAtEnd else { return }
        fail(&cursor, expected: "the end of the line")
    }

    /// Reports children under a line that takes none.
    mutating func expectNoChildren(_ node: SyntaxNode) {
        guard let child = node.children.first else { return }
        error("expected no indented lines under '\(node.keyword.text)', found \(child.keyword.quoted)", at: child.location)
    }

    // MARK: Values

    mutating func id(_ cursor: inout Cursor, what: String) -> Reference? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word, DeclarationReader.isID(token.text) else {
            fail(&cursor, expected: what)
            return nil
        }
        cursor.index += 1
        return Reference(token.text, at: token.location)
    }

    mutating func string(_ cursor: inout Cursor, what: String) -> String? {
        guard !cursor.failed, let token = cursor.current, token.kind == .string else {
            fail(&cursor, expected: what)
            return nil
        }
        cursor.index += 1
        return token.text
    }

    mutating func optionalString(_ cursor: inout Cursor) -> String? {
        guard !cursor.failed, let token = cursor.current, token.kind == .string else { return nil }
        cursor.index += 1
        return token.text
    }

    mutating func count(_ cursor: inout Cursor, what: String, range: ClosedRange<Int> = 1...10_000) -> Int? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word,
            token.text.allSatisfy(\.isASCII), let value = Int(token.text)
        else {
            fail(&cursor, expected: what)
            return nil
        }
        guard range.contains(value) else {
            cursor.failed = true
            error("expected \(what) from \(range.lowerBound) to \(range.upperBound), found \(value)", at: token.location)
            return nil
        }
        cursor.index += 1
        return value
    }

    mutating func keyword(_ cursor: inout Cursor, _ word: String) -> Bool {
        guard !cursor.failed else { return false }
        if cursor.accept(word) { return true }
        var expected = "'\(word)'"
        if let token = cursor.current, token.kind == .word, token.text != word,
            !Spelling.closest(to: token.text, among: [word], limit: 1).isEmpty
        {
            expected += " (did you mean '\(word)' for \(token.quoted)?)"
        }
        fail(&cursor, expected: expected)
        return false
    }

    mutating func unit(_ cursor: inout Cursor) -> Span.Unit? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "a unit (days, weeks, months, years)")
            return nil
        }
        let text = token.text.hasSuffix("s") ? token.text : token.text + "s"
        guard let unit = Span.Unit(rawValue: text) else {
            cursor.failed = true
            error(
                "expected a unit (days, weeks, months, years), found \(token.quoted)"
                    + didYouMean(token.text, among: Span.Unit.allCases.map(\.rawValue)),
                at: token.location)
            return nil
        }
        cursor.index += 1
        return unit
    }

    mutating func span(_ cursor: inout Cursor, what: String) -> Span? {
        guard let amount = count(&cursor, what: what), let unit = unit(&cursor) else { return nil }
        return Span(amount, unit)
    }

    mutating func date(_ cursor: inout Cursor, what: String = "a date (YYYY-MM-DD)") -> LocalDate? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: what)
            return nil
        }
        guard let date = checkedDate(token.text, at: token.location, what: what) else {
            cursor.failed = true
            return nil
        }
        cursor.index += 1
        return date
    }

    /// A date or a `FROM..THROUGH` range.
    mutating func dateRange(_ cursor: inout Cursor) -> (LocalDate, LocalDate)? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "a date (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD)")
            return nil
        }
        let parts = token.text.split(separator: "..", omittingEmptySubsequences: false)
        let what = "a date (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD)"
        guard parts.count <= 2 else {
            fail(&cursor, expected: what)
            return nil
        }
        guard let from = checkedDate(String(parts[0]), at: token.location, what: what) else {
            cursor.failed = true
            return nil
        }
        var through = from
        if parts.count == 2 {
            let secondLocation = SourceLocation(
                file: token.location.file, line: token.location.line, column: token.location.column + parts[0].count + 2,
                offset: token.location.offset + parts[0].utf8.count + 2)
            guard let last = checkedDate(String(parts[1]), at: secondLocation, what: "a date (YYYY-MM-DD) after '..'") else {
                cursor.failed = true
                return nil
            }
            guard last >= from else {
                cursor.failed = true
                error("expected a range whose end is not before its start, found \(from)..\(last)", at: secondLocation)
                return nil
            }
            through = last
        }
        cursor.index += 1
        return (from, through)
    }

    /// Reads `YYYY-MM-DD`, explaining why a date-shaped word names no day.
    mutating func checkedDate(_ text: String, at location: SourceLocation, what: String) -> LocalDate? {
        if let date = ISO8601.date(text) { return date }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        if fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        {
            if !(1...12).contains(month) {
                error("\(text) is not a date: there is no month \(month)", at: location)
            } else if (1...9999).contains(year) {
                let length = CivilCalendar.daysInMonth(year: year, month: month)
                error(
                    "\(text) is not a date: \(DeclarationReader.monthNames[month - 1]) \(year) has \(length) days, found day \(day)",
                    at: location)
            } else {
                error("\(text) is not a date: years run from 0001 to 9999", at: location)
            }
            return nil
        }
        error("expected \(what), found '\(text)'", at: location)
        return nil
    }

    mutating func soft(_ cursor: inout Cursor) -> Severity {
        cursor.accept("soft") ? .warning : .error
    }

    mutating func timezone(_ cursor: inout Cursor) -> String? {
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: "an IANA time zone such as Asia/Jakarta")
            return nil
        }
        do {
            _ = try ZoneRules.named(token.text)
        } catch {
            cursor.failed = true
            var message = "expected an IANA time zone such as Asia/Jakarta, found \(token.quoted)"
            if let best = error.suggestions.first { message += "; did you mean '\(best)'?" }
            self.error(message, at: token.location)
            return nil
        }
        cursor.index += 1
        return token.text
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Whether `text` is a valid id: a letter, then letters, digits, `-`, `_` or `.`.
    public static func isID(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy {
            isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: ".")
        }
    }

    /// Remembers the first of each child keyword and reports repeats, pointing at both.
    mutating func once(_ node: SyntaxNode, seen: inout [String: SourceLocation]) -> Bool {
        if let first = seen[node.keyword.text] {
            error("'\(node.keyword.text)' is given twice", at: node.location, notes: [Finding.Note("first given here", at: first)])
            return false
        }
        seen[node.keyword.text] = node.location
        return true
    }
}
