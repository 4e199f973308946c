/// Writes components as RFC 5545 content lines into a byte buffer.
///
/// - Lines end in CRLF (§3.1).
/// - Lines longer than 75 octets are folded: CRLF and one space, the space counting in the
///   next line's 75 (§3.1). A fold never falls inside a UTF-8 sequence, so a 4-octet emoji or
///   a 3-octet Javanese letter is never cut in two.
/// - Parameter values are RFC 6868-encoded (`^` → `^^`, line break → `^n`, `"` → `^'`) and
///   double-quoted when they contain `:`, `;` or `,` (§3.2).
/// - Output is deterministic: properties, parameters and components in the order of the model.
///
/// The writer appends bytes to ``bytes`` (reserve capacity up front for big calendars); no
/// `String` is built along the way.
///
/// - Complexity: O(*n*) in the output size.
public struct CalendarWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]
    private var lineLength = 0

    /// The longest line in octets, not counting CRLF (§3.1).
    public static let maximumLineLength = 75

    /// A writer whose buffer has room for `capacity` bytes before it grows.
    public init(reservingCapacity capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The whole calendar, with `BEGIN:VCALENDAR` … `END:VCALENDAR`.
    public static func bytes(of document: CalendarDocument) throws(CalendarWriteError) -> [UInt8] {
        var writer = CalendarWriter(reservingCapacity: 1024 + 1024 * (document.events.count + document.todos.count))
        try writer.write(document)
        return writer.bytes
    }

    /// Appends a whole calendar. Events are written one at a time without building the whole
    /// generic tree first.
    public mutating func write(_ document: CalendarDocument) throws(CalendarWriteError) {
        let root = "VCALENDAR"
        appendLine(begin: true, root)
        for property in document.headerProperties {
            try withPath([root]) { (writer: inout CalendarWriter) throws(CalendarWriteError) in try writer.write(property) }
        }
        var counts: [String: Int] = [:]
        func child(_ component: CalendarComponent, into writer: inout CalendarWriter) throws(CalendarWriteError) {
            counts[component.name, default: 0] += 1
            let label = "\(component.name) #\(counts[component.name] ?? 0)"
            try writer.withPath([root, label]) { (inner: inout CalendarWriter) throws(CalendarWriteError) in
                try inner.writeBody(component)
            }
        }
        for timeZone in document.timeZones { try child(timeZone.component, into: &self) }
        for event in document.events { try child(event.component, into: &self) }
        for todo in document.todos { try child(todo.component, into: &self) }
        appendLine(begin: false, root)
    }

    /// Appends `component` and everything inside it.
    public mutating func write(_ component: CalendarComponent) throws(CalendarWriteError) {
        try withPath([component.name]) { (writer: inout CalendarWriter) throws(CalendarWriteError) in try writer.writeBody(component) }
    }

    /// Appends one content line: `NAME;PARAM=value:value`, folded, CRLF-terminated.
    public mutating func write(_ property: CalendarProperty) throws(CalendarWriteError) {
        try withPath([property.name]) { (writer: inout CalendarWriter) throws(CalendarWriteError) in
            try writer.checkName(property.name)
            writer.appendFolding(property.name)
            for parameter in property.parameters {
                try writer.checkName(parameter.name)
                writer.appendFolding(UInt8(ascii: ";"))
                writer.appendFolding(parameter.name)
                writer.appendFolding(UInt8(ascii: "="))
                for (index, value) in parameter.values.enumerated() {
                    if index > 0 { writer.appendFolding(UInt8(ascii: ",")) }
                    try writer.appendParameterValue(value, name: parameter.name)
                }
            }
            writer.appendFolding(UInt8(ascii: ":"))
            try writer.appendValue(property.value)
            writer.endLine()
        }
    }

    private mutating func writeBody(_ component: CalendarComponent) throws(CalendarWriteError) {
        try checkName(component.name)
        appendLine(begin: true, component.name)
        for property in component.properties { try write(property) }
        var counts: [String: Int] = [:]
        for child in component.components {
            counts[child.name, default: 0] += 1
            let label = "\(child.name) #\(counts[child.name] ?? 0)"
            try withPath([label]) { (writer: inout CalendarWriter) throws(CalendarWriteError) in try writer.writeBody(child) }
        }
        appendLine(begin: false, component.name)
    }

    /// Runs `body`, prefixing `prefix` to the path of any error it throws.
    private mutating func withPath(
        _ prefix: [String], _ body: (inout CalendarWriter) throws(CalendarWriteError) -> Void
    ) throws(CalendarWriteError) {
        do {
            try body(&self)
        } catch {
            throw CalendarWriteError(path: prefix + error.path, reason: error.reason)
        }
    }

    private mutating func appendLine(begin: Bool, _ name: String) {
        appendFolding(begin ? "BEGIN:" : "END:")
        appendFolding(name)
        endLine()
    }

    private mutating func endLine() {
        bytes.append(13)
        bytes.append(10)
        lineLength = 0
    }

    private func checkName(_ name: String) throws(CalendarWriteError) {
        let valid = !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
        if !valid { throw CalendarWriteError(path: [], reason: .invalidName(name)) }
    }

    private mutating func appendValue(_ value: String) throws(CalendarWriteError) {
        var value = value
        let failure: CalendarWriteError? = value.withUTF8 { buffer in
            if let offset = ControlBytes.firstIndex(in: buffer) {
                return CalendarWriteError(path: [], reason: .controlCharacterInValue(byte: buffer[offset], offset: offset))
            }
            appendFolding(buffer)
            return nil
        }
        if let failure { throw failure }
    }

    /// Appends a parameter value: RFC 6868 caret encoding, then quotes when §3.2 needs them.
    private mutating func appendParameterValue(_ value: String, name: String) throws(CalendarWriteError) {
        var needsQuotes = false
        var needsEncoding = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","): needsQuotes = true
            case UInt8(ascii: "^"), UInt8(ascii: "\""), 10, 13: needsEncoding = true
            case 9: break
            case 0..<32, 127: throw CalendarWriteError(path: [], reason: .controlCharacterInParameter(name: name, byte: byte))
            default: break
            }
        }
        if needsQuotes { appendFolding(UInt8(ascii: "\"")) }
        if needsEncoding {
            var encoded: [UInt8] = []
            encoded.reserveCapacity(value.utf8.count + 4)
            var previous: UInt8 = 0
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "^"): encoded += [UInt8(ascii: "^"), UInt8(ascii: "^")]
                case UInt8(ascii: "\""): encoded += [UInt8(ascii: "^"), UInt8(ascii: "'")]
                case 13: encoded += [UInt8(ascii: "^"), UInt8(ascii: "n")]
                case 10: if previous != 13 { encoded += [UInt8(ascii: "^"), UInt8(ascii: "n")] }
                default: encoded.append(byte)
                }
                previous = byte
            }
            encoded.withUnsafeBufferPointer { appendFolding($0) }
        } else {
            appendFolding(value)
        }
        if needsQuotes { appendFolding(UInt8(ascii: "\"")) }
    }

    private mutating func appendFolding(_ text: String) {
        var text = text
        text.withUTF8 { appendFolding($0) }
    }

    private mutating func appendFolding(_ byte: UInt8) {
        if lineLength == Self.maximumLineLength { fold() }
        bytes.append(byte)
        lineLength += 1
    }

    /// Appends `source`, folding before any octet that would make the line longer than 75,
    /// moving each fold back to the start of the UTF-8 sequence it would cut.
    private mutating func appendFolding(_ source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        let count = source.count
        while start < count {
            let room = Self.maximumLineLength - lineLength
            if count - start <= room {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count]))
                lineLength += count - start
                return
            }
            var cut = start + room
            while cut > start && source[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<cut]))
            fold()
            start = cut
        }
    }

    private mutating func fold() {
        bytes.append(13)
        bytes.append(10)
        bytes.append(32)
        lineLength = 1
    }
}
