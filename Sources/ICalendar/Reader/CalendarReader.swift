#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads iCalendar text (RFC 5545 §3.1, §3.4–3.6) into the generic ``CalendarComponent`` tree.
///
/// Values stay in wire form (unfolded, still escaped); typed accessors such as
/// ``CalendarProperty/textValue`` and ``CalendarProperty/dateTimeValues`` decode
/// them. Every property and component keeps its 1-based line.
///
/// The reader is tolerant where real feeds deviate, and says so in a warning: bare LF line
/// ends, a UTF-8 byte-order mark, blank lines, an 8-digit date without `VALUE=DATE`, floating
/// times in a Google calendar with `X-WR-TIMEZONE` (see ``CalendarEvents``). Names are
/// case-insensitive (RFC 5545 §2) and uppercased without comment; `X-` names are kept.
///
/// It reads what libical and python `icalendar` read: a malformed content line (an unquoted
/// `;` or `:` in a parameter value, a property outside any component, an `END` that matches
/// nothing) is skipped with a located warning, bytes that are not UTF-8 become U+FFFD, and a
/// component left open is closed at the end of the file; reading goes on, so one run lists
/// every problem. Exceeding a ``CalendarReaderLimits`` bound is the one error: it stops at once.
///
/// ```swift
/// let result = try CalendarReader().read(text)
/// for event in result.calendar?.components(named: "VEVENT") ?? [] { … }
/// ```
///
/// - Complexity: O(*n*) in the input's length.
public struct CalendarReader: Sendable {
    /// The bounds against hostile input.
    public var limits: CalendarReaderLimits

    /// A reader with `limits`.
    public init(limits: CalendarReaderLimits = CalendarReaderLimits()) {
        self.limits = limits
    }

    /// Reads `text`.
    ///
    /// - Throws: ``CalendarReadError`` with every diagnostic when any is an error.
    public func read(_ text: String) throws(CalendarReadError) -> CalendarReadResult {
        try read(bytes: Array(text.utf8))
    }

    /// Reads UTF-8 bytes.
    ///
    /// - Throws: ``CalendarReadError`` with every diagnostic when any is an error.
    public func read(bytes: [UInt8]) throws(CalendarReadError) -> CalendarReadResult {
        try read(bytes: bytes, handOff: nil)
    }

    /// Reads UTF-8 bytes as ``read(bytes:)`` does, but hands each component that is directly
    /// inside a top-level one (a `VCALENDAR`'s events) to `each` as soon as its `END` is read,
    /// with the index of that top-level component in ``CalendarReadResult/components``, and
    /// keeps it out of the result: a large feed is never held as one tree.
    ///
    /// With `properties`, the handed components (and those nested in them) keep only the
    /// properties of those names (uppercase); the other lines are skipped after their name,
    /// unread, so a malformed one among them gives no warning.
    ///
    /// - Throws: ``CalendarReadError`` with every diagnostic when any is an error (`each` may
    ///   have seen components before it).
    public func read(
        bytes: [UInt8], properties: Set<String>? = nil, each: (CalendarComponent, Int) -> Void
    ) throws(CalendarReadError) -> CalendarReadResult {
        let outcome = withoutActuallyEscaping(each) { each -> Result<CalendarReadResult, CalendarReadError> in
            do throws(CalendarReadError) {
                return .success(try read(bytes: bytes, handOff: each, properties: properties))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Reads UTF-8 bytes as ``read(bytes:)`` does, but the components named `events` directly
    /// inside a `VCALENDAR` are not built: each becomes an ``EventSource`` (which reads it again
    /// when its component is asked for) with the lines of ``ExpansionLines/names`` it holds
    /// directly, in file order, and is left out of the result. Every line is still checked, so
    /// the warnings are those of ``read(bytes:)``.
    ///
    /// - Throws: ``CalendarReadError`` with every diagnostic when any is an error.
    func read(bytes: [UInt8], events: Set<String>) throws(CalendarReadError) -> (CalendarReadResult, [ExpansionLines]) {
        if var halves = readInHalves(bytes: bytes, events: events) {
            let result = try finish(&halves.state)
            return (result, halves.events)
        }
        var state = ReaderState(limits: limits, events: events)
        let result = try read(bytes: bytes, state: &state)
        return (result, state.events)
    }

    private func read(
        bytes: [UInt8], handOff: ((CalendarComponent, Int) -> Void)?, properties: Set<String>? = nil
    ) throws(CalendarReadError) -> CalendarReadResult {
        var state = ReaderState(limits: limits, handOff: handOff, kept: properties)
        return try read(bytes: bytes, state: &state)
    }

    private func read(bytes: [UInt8], state: inout ReaderState) throws(CalendarReadError) -> CalendarReadResult {
        guard bytes.count <= limits.maximumBytes else {
            state.fail(line: 1, column: nil, "the input is \(bytes.count) bytes, over the limit of \(limits.maximumBytes)")
            throw CalendarReadError(diagnostics: state.diagnostics)
        }
        do {
            try state.run(bytes, in: bytes.indices, firstLine: 1)
        } catch {
            throw CalendarReadError(diagnostics: state.diagnostics.sorted { $0.line < $1.line })
        }
        return try finish(&state)
    }

    /// The result of a whole run: its diagnostics in line order (an error among them throws).
    func finish(_ state: inout ReaderState) throws(CalendarReadError) -> CalendarReadResult {
        state.diagnostics = state.diagnostics.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(
            \.element)
        if state.diagnostics.contains(where: { $0.severity == .error }) {
            throw CalendarReadError(diagnostics: state.diagnostics)
        }
        return CalendarReadResult(components: state.roots, warnings: state.diagnostics)
    }
}

/// Thrown inside the reader when a limit stops it; the diagnostic is already recorded.
struct ReaderAbort: Error {}

struct ReaderState {
    let limits: CalendarReaderLimits
    var diagnostics: [CalendarDiagnostic] = []
    var roots: [CalendarComponent] = []
    var stack: [CalendarComponent] = []
    var componentCount = 0
    /// Where in ``diagnostics`` the warnings given once per file are, once given.
    var bareLFWarning: Int?
    var blankWarning: Int?
    /// Takes each component closed directly inside a top-level one, instead of its parent.
    let handOff: ((CalendarComponent, Int) -> Void)?
    /// The only property names kept below the top level, when given.
    let kept: Set<String>?
    /// The names of the components read as ``EventSource``s when directly inside a `VCALENDAR`.
    /// (A list: one or two names, compared without hashing at every `BEGIN` of a large file.)
    let eventNames: [String]
    /// Those events, each with the lines expansion reads, in file order.
    var events: [ExpansionLines] = []
    /// The event being read as an ``EventSource``: where its lines start, and its lines so far.
    private(set) var event: (start: Int, properties: [CalendarProperty])?
    /// The whole input, for ``EventSource``s (empty unless ``eventNames`` has names).
    private var input: [UInt8] = []
    /// The parameters last built by ``handleEventProperty(_:line:)``, by their bytes (from the
    /// first `;` to the `:`), newest last: events repeat a few (`;TZID=Europe/Moscow`), and the
    /// same bytes always build the same parameters, so a repeat shares them instead of
    /// building its strings and lists again.
    private var recentParameters: [(bytes: [UInt8], parameters: [CalendarParameter])] = []
    private static let recentParameterLimit = 8
    /// Where the logical line being handled starts and ends (after its line break) in the input.
    private var lineBytes = 0..<0

    init(
        limits: CalendarReaderLimits, handOff: ((CalendarComponent, Int) -> Void)? = nil, kept: Set<String>? = nil,
        events: Set<String> = [], open: [CalendarComponent] = []
    ) {
        self.limits = limits
        self.handOff = handOff
        self.kept = kept
        eventNames = events.sorted()
        stack = open
    }

    mutating func fail(line: Int, column: Int?, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.error, line: line, column: column, message))
    }

    mutating func warn(line: Int, column: Int? = nil, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.warning, line: line, column: column, message))
    }

    /// Splits `range` of `bytes` (its first line numbered `firstLine`) into physical lines,
    /// unfolds them into logical lines and handles each; then, unless the bytes go on after
    /// `range` (`closing` false), closes what is still open.
    mutating func run(_ bytes: [UInt8], in range: Range<Int>, firstLine: Int, closing: Bool = true) throws(ReaderAbort) {
        if !eventNames.isEmpty { input = bytes }
        // The lines are read through the array's buffer (see ``ContentLine/Bytes``).
        let lastLine = try bytes.withUnsafeBufferPointer { bytes throws(ReaderAbort) in
            try handleLines(of: bytes, in: range, firstLine: firstLine)
        }
        guard closing else { return }
        for open in stack.reversed() {
            warn(line: open.line ?? lastLine, "BEGIN:\(open.name) is never closed by END:\(open.name); closed at the end of the file")
        }
        while !stack.isEmpty { closeTop() }
    }

    /// Splits `range` of `bytes` (its first line numbered `firstLine`) into physical lines,
    /// unfolds them into logical lines and handles each; the number of the last line.
    private mutating func handleLines(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, firstLine: Int) throws(ReaderAbort) -> Int
    {
        var start = range.lowerBound
        if start == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            warn(line: 1, "the file starts with a UTF-8 byte-order mark; ignored")
        }
        let limit = range.upperBound
        // A logical line is handled where it lies in `bytes` (`first`, its one physical line),
        // unless it is folded: then its unfolded text is gathered in `logical`.
        var first = start..<start
        var logical: [UInt8] = []
        var folded = false
        var logicalLine = 0
        var logicalBytes = start..<start
        var lineNumber = firstLine - 1
        var index = start
        while index < limit {
            lineNumber += 1
            let end = Self.lineFeed(in: bytes, from: index, before: limit)
            var contentEnd = end
            if contentEnd > index && bytes[contentEnd - 1] == 0x0D {
                contentEnd -= 1
            } else if end < limit && bareLFWarning == nil {
                bareLFWarning = diagnostics.count
                warn(line: lineNumber, "line ends with a bare LF instead of CRLF (RFC 5545 §3.1); read anyway")
            }
            let physical = bytes[index..<contentEnd]
            let lineStart = index
            index = end + 1
            if let byte = physical.first, byte == 0x20 || byte == 0x09 {
                guard logicalLine > 0 else {
                    warn(line: lineNumber, column: 1, "a folded continuation line with no line before it to continue; skipped")
                    continue
                }
                if !folded {
                    logical.removeAll(keepingCapacity: true)
                    logical.append(contentsOf: bytes[first])
                    folded = true
                }
                guard logical.count + physical.count - 1 <= limits.maximumLineLength else {
                    fail(line: logicalLine, column: nil, "the content line is longer than the limit of \(limits.maximumLineLength) bytes")
                    throw ReaderAbort()
                }
                logical.append(contentsOf: physical.dropFirst())
                logicalBytes = logicalBytes.lowerBound..<min(index, limit)
                continue
            }
            if physical.isEmpty {
                // Skipped without ending the line before: a fold may follow it (Mozilla's
                // `VERSION`, blank, ` :2.0`), as python `icalendar` reads it.
                if blankWarning == nil {
                    blankWarning = diagnostics.count
                    warn(line: lineNumber, "blank line; ignored")
                }
                continue
            }
            if logicalLine > 0 {
                lineBytes = logicalBytes
                try handle(folded, logical, else: bytes[first], line: logicalLine)
            }
            folded = false
            logicalLine = 0
            guard physical.count <= limits.maximumLineLength else {
                fail(line: lineNumber, column: nil, "the content line is longer than the limit of \(limits.maximumLineLength) bytes")
                throw ReaderAbort()
            }
            first = physical.startIndex..<physical.endIndex
            logicalLine = lineNumber
            logicalBytes = lineStart..<min(index, limit)
        }
        if logicalLine > 0 {
            lineBytes = logicalBytes
            try handle(folded, logical, else: bytes[first], line: logicalLine)
        }
        return lineNumber
    }

    /// Handles the line unfolded in `logical` when it was `folded`, else the line's own `bytes`.
    private mutating func handle(
        _ folded: Bool, _ logical: borrowing [UInt8], else bytes: ContentLine.Bytes, line: Int
    ) throws(ReaderAbort) {
        guard folded else { return try handle(bytes, line: line) }
        try logical.withUnsafeBufferPointer { logical throws(ReaderAbort) in try handle(logical[...], line: line) }
    }

    /// Where the first LF at or after `start` and before `limit` is in `bytes`, or `limit`:
    /// `memchr`, which reads many bytes a step, not one.
    private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int {
        guard start < limit, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, limit - start) else { return limit }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Handles one logical line (unfolded, without its line break).
    private mutating func handle(_ bytes: ContentLine.Bytes, line: Int) throws(ReaderAbort) {
        if event != nil, stack.count == 2 {
            if handleEventProperty(bytes, line: line) { return }
            // The event's own `END` (`END:VEVENT`, no parameter or space: as good as every
            // file writes it) closes it as the general path would, without parsing the line.
            if Self.isEnd(of: stack[1].name, bytes) { return closeTop() }
        } else if stack.count == 1, event == nil, !eventNames.isEmpty, let name = Self.plainBegin(bytes, of: eventNames) {
            return try begin(name, line: line)
        }
        if let kept, stack.count > 1 {
            let name = ContentLine.uppercased(bytes.prefix(while: ContentLine.isNameByte))
            if name != "BEGIN" && name != "END" && !kept.contains(name) { return }
        }
        // Inside an event read as an EventSource only BEGIN, END and its own lines that
        // expansion reads are built; the others are only checked.
        var building = true
        if event != nil {
            let name = bytes.prefix(while: ContentLine.isNameByte)
            building =
                ContentLine.equalIgnoringCase(name, Self.begin) || ContentLine.equalIgnoringCase(name, Self.end)
                || (stack.count == 2 && ExpansionLines.name(of: name) != nil)
        }
        let parsed: ContentLine
        do {
            parsed = try ContentLine(
                parsing: UnsafeBufferPointer(rebasing: bytes), maximumParameters: limits.maximumParameters, building: building)
        } catch {
            if error.isLimit {
                fail(line: line, column: error.column, error.message)
            } else {
                warn(line: line, column: error.column, error.message + "; line skipped")
            }
            return
        }
        if parsed.replacedInvalidUTF8 { warn(line: line, "the text is not valid UTF-8; the bad bytes read as U+FFFD") }
        switch parsed.name {
        case "BEGIN":
            let name = parsed.value.trimmingCharacters(in: " \t")
            guard !name.isEmpty, name.utf8.allSatisfy(ContentLine.isNameByte) else {
                warn(line: line, column: 7, "expected a component name after BEGIN:, found '\(parsed.value)'; line skipped")
                return
            }
            try begin(name, line: line)
        case "END":
            let name = parsed.value.trimmingCharacters(in: " \t").uppercasedName
            guard let top = stack.last else {
                warn(line: line, column: 5, "END:\(name) with no BEGIN:\(name) open; line skipped")
                return
            }
            if top.name == name {
                closeTop()
            } else if let depth = stack.lastIndex(where: { $0.name == name }) {
                for open in stack[(depth + 1)...].reversed() {
                    warn(
                        line: open.line ?? line,
                        "BEGIN:\(open.name) is closed by END:\(name) at line \(line) before its own END; read anyway")
                }
                while stack.count > depth { closeTop() }
            } else if top.name != "VCALENDAR" {
                // A misspelt END (`END:VTOOD`) closes what is open, as libical reads it.
                warn(
                    line: line, column: 5, "END:\(name) does not match BEGIN:\(top.name) at line \(top.line ?? 0); read as END:\(top.name)")
                closeTop()
            } else {
                warn(line: line, column: 5, "END:\(name) does not match BEGIN:\(top.name) at line \(top.line ?? 0); line skipped")
            }
        default:
            guard !stack.isEmpty else {
                warn(line: line, column: 1, "property \(parsed.name) outside any component (expected BEGIN:VCALENDAR first); line skipped")
                return
            }
            let property = CalendarProperty(uppercasedName: parsed.name, parameters: parsed.parameters, value: parsed.value, line: line)
            if event != nil {
                if building { event?.properties.append(property) }
            } else {
                stack[stack.count - 1].properties.append(property)
            }
        }
    }

    /// Opens component `name` (name bytes only), begun at `line`; an event directly inside a
    /// `VCALENDAR` is read as an ``EventSource``.
    private mutating func begin(_ name: String, line: Int) throws(ReaderAbort) {
        guard stack.count < limits.maximumDepth else {
            fail(line: line, column: nil, "components nest deeper than the limit of \(limits.maximumDepth)")
            throw ReaderAbort()
        }
        componentCount += 1
        guard componentCount <= limits.maximumComponents else {
            fail(line: line, column: nil, "more components than the limit of \(limits.maximumComponents)")
            throw ReaderAbort()
        }
        if stack.count == 1, event == nil, eventNames.contains(name), stack[0].name == "VCALENDAR" {
            // Room for the lines expansion reads of a usual event, so they are not moved as they come.
            var properties: [CalendarProperty] = []
            properties.reserveCapacity(8)
            event = (lineBytes.lowerBound, properties)
        }
        stack.append(CalendarComponent(name: name, line: line))
    }

    /// The usual line of an event read as an ``EventSource``: `NAME:value` or
    /// `NAME;PARAM=value;…:value` with one plain value per parameter (no quotes, commas or
    /// RFC 6868 carets), directly inside the event. It is checked and (when expansion reads it)
    /// built exactly as ``handle(_:line:)`` would, without a ``ContentLine``: the name is
    /// matched as bytes and the text is only checked for UTF-8 when nobody reads it. `false`,
    /// having changed nothing, for any other line (`BEGIN`, `END`, a quoted or listed parameter
    /// value, a caret, too many parameters, no name, no `:`), which the general path reads.
    private mutating func handleEventProperty(_ bytes: ContentLine.Bytes, line: Int) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex && ContentLine.isNameByte(bytes[index]) { index += 1 }
        guard index > bytes.startIndex, index < bytes.endIndex else { return false }
        let name = bytes[..<index]
        guard !ContentLine.equalIgnoringCase(name, Self.begin), !ContentLine.equalIgnoringCase(name, Self.end) else { return false }
        let building = ExpansionLines.name(of: name)
        var replaced = false
        var parameterCount = 0
        let parametersStart = index
        while index < bytes.endIndex && bytes[index] == UInt8(ascii: ";") {
            index += 1
            let nameStart = index
            while index < bytes.endIndex && ContentLine.isNameByte(bytes[index]) { index += 1 }
            guard index > nameStart, index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { return false }
            index += 1
            let valueStart = index
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { break }
                guard byte != UInt8(ascii: ",") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "^") else { return false }
                index += 1
            }
            parameterCount += 1
            guard parameterCount <= limits.maximumParameters else { return false }
            ContentLine.check(bytes[valueStart..<index], replaced: &replaced)
        }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return false }
        if let building {
            let parameters = parameterCount == 0 ? [] : self.parameters(bytes[parametersStart..<index], count: parameterCount)
            let value = ContentLine.text(bytes[(index + 1)...], replaced: &replaced)
            event?.properties.append(CalendarProperty(uppercasedName: building, parameters: parameters, value: value, line: line))
        } else {
            ContentLine.check(bytes[(index + 1)...], replaced: &replaced)
        }
        if replaced { warn(line: line, "the text is not valid UTF-8; the bad bytes read as U+FFFD") }
        return true
    }

    /// The parameters `bytes` (`;NAME=value` repeated `count` times, each value plain and
    /// checked already) build: those built last from the same bytes, when recent.
    private mutating func parameters(_ bytes: ContentLine.Bytes, count: Int) -> [CalendarParameter] {
        if let recent = recentParameters.lastIndex(where: { Self.sameBytes($0.bytes, bytes) }) {
            return recentParameters[recent].parameters
        }
        var parameters: [CalendarParameter] = []
        parameters.reserveCapacity(count)
        var replaced = false
        for parameter in bytes.split(separator: UInt8(ascii: ";")) {
            guard let equals = parameter.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let value = ContentLine.text(parameter[(equals + 1)...], replaced: &replaced)
            parameters.append(CalendarParameter(uppercasedName: ContentLine.uppercased(parameter[..<equals]), values: [value]))
        }
        if recentParameters.count == Self.recentParameterLimit { recentParameters.removeFirst() }
        // A copy: the line's own buffer is reused for the next line.
        recentParameters.append((Array(bytes), parameters))
        return parameters
    }

    /// Whether `cached` and `bytes` hold the same bytes (`memcmp`, after the lengths).
    private static func sameBytes(_ cached: [UInt8], _ bytes: ContentLine.Bytes) -> Bool {
        guard cached.count == bytes.count else { return false }
        return cached.withUnsafeBytes { cached in
            guard let left = cached.baseAddress, let right = UnsafeBufferPointer(rebasing: bytes).baseAddress else {
                return cached.count == 0
            }
            return memcmp(left, right, cached.count) == 0
        }
    }

    /// Whether `bytes` is `END:` and `name` (uppercase) in any case, and nothing else.
    private static func isEnd(of name: String, _ bytes: ContentLine.Bytes) -> Bool {
        let start = bytes.startIndex
        return bytes.count > 4 && ContentLine.equalIgnoringCase(bytes[..<(start + 3)], end) && bytes[start + 3] == UInt8(ascii: ":")
            && ContentLine.equalIgnoringCase(bytes[(start + 4)...], name.utf8)
    }

    /// The one of `names` that `bytes` begins, when it is `BEGIN:` and that name as it is
    /// spelt there, and nothing else (the general path reads any other spelling).
    private static func plainBegin(_ bytes: ContentLine.Bytes, of names: [String]) -> String? {
        let start = bytes.startIndex
        guard bytes.count > 6, ContentLine.equalIgnoringCase(bytes[..<(start + 5)], begin), bytes[start + 5] == UInt8(ascii: ":") else {
            return nil
        }
        // Compared as bytes: no string is made for the name.
        return names.first { bytes[(start + 6)...].elementsEqual($0.utf8) }
    }

    private static let begin = Array("BEGIN".utf8)
    private static let end = Array("END".utf8)

    private mutating func closeTop() {
        guard let done = stack.popLast() else { return }
        if let read = event, stack.count <= 1 {
            // The event read as an EventSource ends here, with the line that closed it.
            event = nil
            let source = EventSource(
                name: done.name, line: done.line ?? 1, bytes: input, range: read.start..<lineBytes.upperBound, limits: limits)
            events.append(ExpansionLines(source, properties: read.properties))
        } else if event != nil {
            // A component inside it: read again with it when asked for.
        } else if stack.isEmpty {
            roots.append(done)
        } else if stack.count == 1, let handOff {
            handOff(done, roots.count)
        } else {
            stack[stack.count - 1].components.append(done)
        }
    }
}

extension String {
    /// The string without leading or trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        // Nothing to trim (the usual case): no copy, no walk over characters.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !set.unicodeScalars.contains(first),
            !set.unicodeScalars.contains(last)
        {
            return self
        }
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
