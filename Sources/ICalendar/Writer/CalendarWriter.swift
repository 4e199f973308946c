import CivilTime

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
/// Typed events, to-dos and alarms are encoded straight into the buffer (TEXT escaped while it
/// is copied, date-times formatted in place), giving the same bytes as writing their generic
/// ``CalendarComponent``; no `String` is built along the way. The writer owns its buffer and
/// is therefore noncopyable; ``bytes`` hands out a copy, ``withBytes(_:)`` a view.
///
/// - Complexity: O(*n*) in the output size.
public struct CalendarWriter: ~Copyable {
    /// The buffer: `capacity` bytes plus ``slack`` more, so that a 16-byte block may be
    /// stored at the end of what was reserved.
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written so far.
    public internal(set) var count = 0
    var lineLength = 0
    /// The last `DTSTAMP`-style instant formatted, and its `yyyymmddThhmmssZ` digits: a
    /// calendar's components usually share one timestamp.
    var cachedInstant = Int64.min
    var cachedInstantDigits = SIMD16<UInt8>()
    /// Where the first and the end of the last event `ATTENDEE` line written since
    /// ``writeMarkingAttendees(_:)`` began lie (`Int.max`, `Int.min` before any).
    var attendeesStart = Int.max
    var attendeesEnd = Int.min

    /// The longest line in octets, not counting CRLF (§3.1).
    public static let maximumLineLength = 75

    /// Bytes allocated past `capacity` for block stores.
    static let slack = 16

    /// A writer whose buffer has room for `capacity` bytes before it grows.
    public init(reservingCapacity capacity: Int = 4096) {
        self.capacity = max(capacity, 256)
        storage = .allocate(capacity: self.capacity + Self.slack)
    }

    deinit {
        storage.deallocate()
    }

    /// A copy of the bytes written so far.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    /// Calls `body` with the bytes written so far, without copying them.
    public func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result
    {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    /// Forgets the bytes written so far, keeping the buffer for reuse (after they went to a file).
    public mutating func removeAll() {
        count = 0
        lineLength = 0
    }

    /// Makes room for `extra` more bytes (and ``slack`` past them).
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(count + extra)
    }

    private mutating func grow(_ needed: Int) {
        let grown = max(capacity * 2, needed)
        let replacement = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Self.slack)
        replacement.update(from: storage, count: count)
        storage.deallocate()
        storage = replacement
        capacity = grown
    }

    /// The end of the bytes written so far, where the next byte goes (after a ``reserve(_:)``).
    @inline(__always)
    var cursor: UnsafeMutablePointer<UInt8> { storage + count }

    /// Marks the bytes up to `end` (a pointer at or after ``cursor``) as written.
    @inline(__always)
    mutating func advance(to end: UnsafeMutablePointer<UInt8>) {
        count = end - storage
    }

    /// The most octets that `octets` octets can take once folded: after the first fold every
    /// line holds at least 71 of them (74 less a character of up to four octets that would
    /// not fit), and each fold adds CRLF and a space.
    @inline(__always)
    static func foldedBound(_ octets: Int) -> Int {
        octets + 3 * (octets / 64 + 2)
    }

    /// The whole calendar, with `BEGIN:VCALENDAR` … `END:VCALENDAR`.
    public static func bytes(of document: CalendarDocument) throws(CalendarWriteError) -> [UInt8] {
        var writer = CalendarWriter(reservingCapacity: 4096 + 768 * (document.events.count + document.todos.count))
        try writer.write(document)
        return writer.bytes
    }

    /// Appends a whole calendar: the header, then time zones, events and to-dos, each in order.
    ///
    /// - Throws: ``CalendarWriteError`` with the path to the fault (`VCALENDAR > VEVENT #3 > SUMMARY`).
    public mutating func write(_ document: CalendarDocument) throws(CalendarWriteError) {
        try writeHead(of: document)
        for index in document.events.indices {
            do { try writeTyped(document.events[index]) } catch { throw error.under([Self.root, "VEVENT #\(index + 1)"]) }
        }
        for index in document.todos.indices {
            do { try writeTyped(document.todos[index]) } catch { throw error.under([Self.root, "VTODO #\(index + 1)"]) }
        }
        writeEnd()
    }

    /// The calendar's tag, the root of every error path.
    static let root = "VCALENDAR"

    /// Writes `BEGIN:VCALENDAR`, the header properties and the time zones of `document`
    /// (not its events and to-dos).
    mutating func writeHead(of document: CalendarDocument) throws(CalendarWriteError) {
        appendLine(begin: true, Self.root)
        do {
            for property in document.headerProperties { try write(property) }
        } catch {
            throw error.under([Self.root])
        }
        for (index, timeZone) in document.timeZones.enumerated() {
            do { try writeBody(timeZone.component) } catch { throw error.under([Self.root, "VTIMEZONE #\(index + 1)"]) }
        }
    }

    /// Writes `END:VCALENDAR`.
    mutating func writeEnd() {
        appendLine(begin: false, Self.root)
    }

    /// Appends `component` and everything inside it.
    public mutating func write(_ component: CalendarComponent) throws(CalendarWriteError) {
        do { try writeBody(component) } catch { throw error.under([component.name]) }
    }

    /// Appends an event (the same bytes as writing its ``CalendarEvent/component``).
    public mutating func write(_ event: CalendarEvent) throws(CalendarWriteError) {
        do { try writeTyped(event) } catch { throw error.under(["VEVENT"]) }
    }

    /// Appends an event like ``write(_:)-(CalendarEvent)`` and returns where its own `ATTENDEE`
    /// lines lie in the buffer (empty when it has none): the event without them is the same
    /// bytes with that run left out, as every property starts and ends a line.
    mutating func writeMarkingAttendees(_ event: CalendarEvent) throws(CalendarWriteError) -> Range<Int> {
        attendeesStart = Int.max
        attendeesEnd = Int.min
        try write(event)
        return attendeesStart <= attendeesEnd ? attendeesStart..<attendeesEnd : count..<count
    }

    /// Appends one content line: `NAME;PARAM=value:value`, folded, CRLF-terminated.
    public mutating func write(_ property: CalendarProperty) throws(CalendarWriteError) {
        do {
            try checkName(property.name)
            appendFolding(property.name)
            try appendParameters(property.parameters)
            appendFolding(UInt8(ascii: ":"))
            try appendValue(property.value)
            endLine()
        } catch {
            throw error.under([property.name])
        }
    }

    private mutating func writeBody(_ component: CalendarComponent) throws(CalendarWriteError) {
        try checkName(component.name)
        appendLine(begin: true, component.name)
        for property in component.properties { try write(property) }
        for (index, child) in component.components.enumerated() {
            do {
                try writeBody(child)
            } catch {
                let position = component.components[..<index].count { $0.name == child.name } + 1
                throw error.under(["\(child.name) #\(position)"])
            }
        }
        appendLine(begin: false, component.name)
    }

    private mutating func writeTyped<Component: TypedComponent>(_ component: borrowing Component) throws(CalendarWriteError) {
        appendLine(begin: true, Component.componentName)
        try component.forEachProperty { (property) throws(CalendarWriteError) in try write(property) }
        let alarms = component.typedComponents
        for index in alarms.indices {
            do { try writeTyped(alarms[index]) } catch { throw error.under(["VALARM #\(index + 1)"]) }
        }
        appendLine(begin: false, Component.componentName)
    }

    /// Encodes a typed property directly; the bytes equal those of `property.property`.
    /// Inlined into each component's ``TypedComponent/forEachProperty(_:)``, where the case
    /// is known, so only the code for that case remains.
    @inline(__always)
    private mutating func write(_ property: TypedProperty) throws(CalendarWriteError) {
        switch property {
        case .raw(let name, let value):
            appendStatic(name)
            appendFolding(UInt8(ascii: ":"))
            do { try appendValue(value) } catch { throw error.under([name.description]) }
        case .text(let name, let text):
            appendStatic(name)
            appendFolding(UInt8(ascii: ":"))
            do { try appendText(text) } catch { throw error.under([name.description]) }
        case .dateTime(let name, let value):
            appendStatic(name)
            switch value {
            case .date(let date):
                appendStatic(";VALUE=DATE:")
                appendDate(date)
            case .floating(let local):
                appendFolding(UInt8(ascii: ":"))
                appendDateTime(local, utc: false)
            case .utc(let local):
                appendFolding(UInt8(ascii: ":"))
                appendDateTime(local, utc: true)
            case .zoned(let local, let tzid):
                appendStatic(";TZID=")
                do { try appendParameterValue(tzid, name: "TZID") } catch { throw error.under([name.description]) }
                appendFolding(UInt8(ascii: ":"))
                appendDateTime(local, utc: false)
            }
        case .utc(let name, let instant):
            appendStatic(name)
            appendFolding(UInt8(ascii: ":"))
            appendUTC(instant)
        case .integer(let name, let value):
            appendStatic(name)
            appendFolding(UInt8(ascii: ":"))
            appendInteger(value)
        case .textList(let name, let texts):
            appendStatic(name)
            appendFolding(UInt8(ascii: ":"))
            // Offsets in errors count octets of the whole escaped list, as in the generic path.
            var offset = 0
            for (index, text) in texts.enumerated() {
                if index > 0 {
                    appendFolding(UInt8(ascii: ","))
                    offset += 1
                }
                do { offset += try appendText(text, offset: offset) } catch { throw error.under([name.description]) }
            }
        case .duration(let name, let duration, let parameters):
            appendStatic(name)
            do { try appendParameters(parameters) } catch { throw error.under([name.description]) }
            appendFolding(UInt8(ascii: ":"))
            appendDuration(duration)
        case .address(let name, let address):
            try appendAddress(name, address)
        case .attendee(let address):
            attendeesStart = min(attendeesStart, count)
            try appendAddress("ATTENDEE", address)
            endLine()
            attendeesEnd = count
            return
        case .property(let property):
            try write(property)
            return
        }
        endLine()
    }

    /// `NAME;CN=…;PARAM=…:uri` without the line end.
    @inline(__always)
    private mutating func appendAddress(_ name: StaticString, _ address: CalendarAddress) throws(CalendarWriteError) {
        appendStatic(name)
        do {
            if let commonName = address.commonName {
                appendStatic(";CN=")
                try appendParameterValue(commonName, name: "CN")
            }
            try appendParameters(address.parameters)
            appendFolding(UInt8(ascii: ":"))
            try appendValue(address.uri)
        } catch {
            throw error.under([name.description])
        }
    }

    private mutating func appendParameters(_ parameters: [CalendarParameter]) throws(CalendarWriteError) {
        for parameter in parameters {
            try checkName(parameter.name)
            appendFolding(UInt8(ascii: ";"))
            appendFolding(parameter.name)
            appendFolding(UInt8(ascii: "="))
            for (index, value) in parameter.values.enumerated() {
                if index > 0 { appendFolding(UInt8(ascii: ",")) }
                try appendParameterValue(value, name: parameter.name)
            }
        }
    }

    private mutating func appendLine(begin: Bool, _ name: String) {
        appendStatic(begin ? "BEGIN:" : "END:")
        appendFolding(name)
        endLine()
    }

    @inline(__always)
    private mutating func appendLine(begin: Bool, _ name: StaticString) {
        appendStatic(begin ? "BEGIN:" : "END:")
        appendStatic(name)
        endLine()
    }

    /// Appends a compile-time constant (property names, `BEGIN:`), folding as needed.
    @inline(__always)
    mutating func appendStatic(_ text: StaticString) {
        appendFolding(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    private mutating func endLine() {
        reserve(2)
        storage[count] = 13
        storage[count + 1] = 10
        count += 2
        lineLength = 0
    }

    private func checkName(_ name: String) throws(CalendarWriteError) {
        let valid =
            !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            }
        if !valid { throw CalendarWriteError(path: [], reason: .invalidName(name)) }
    }

    private mutating func appendValue(_ value: String) throws(CalendarWriteError) {
        let failure: CalendarWriteError? = withUTF8(of: value) { buffer in
            if let offset = ControlBytes.firstIndex(in: buffer) {
                return CalendarWriteError(path: [], reason: .controlCharacterInValue(byte: buffer[offset], offset: offset))
            }
            appendFolding(buffer)
            return nil
        }
        if let failure { throw failure }
    }

    /// Appends a parameter value: RFC 6868 caret encoding, then quotes when §3.2 needs them.
    mutating func appendParameterValue(_ value: String, name: String) throws(CalendarWriteError) {
        let failure: CalendarWriteError? = withUTF8(of: value) { buffer in
            if Self.isPlainParameterText(buffer) {
                appendFolding(buffer)
                return nil
            }
            var needsQuotes = false
            var needsEncoding = false
            for byte in buffer where byte < 0x40 || byte == UInt8(ascii: "^") || byte == 0x7F {
                switch byte {
                case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","): needsQuotes = true
                case UInt8(ascii: "^"), UInt8(ascii: "\""), 10, 13: needsEncoding = true
                case 9: break
                case 0..<32, 127: return CalendarWriteError(path: [], reason: .controlCharacterInParameter(name: name, byte: byte))
                default: break
                }
            }
            if needsQuotes { appendFolding(UInt8(ascii: "\"")) }
            if needsEncoding {
                // Runs between the (ASCII) bytes to encode go through the UTF-8-aware fold, so a
                // fold never cuts a multi-byte character (a long Arabic CN with a line break).
                var runStart = 0
                var previous: UInt8 = 0
                for index in 0..<buffer.count {
                    let byte = buffer[index]
                    let replacement: StaticString?
                    switch byte {
                    case UInt8(ascii: "^"): replacement = "^^"
                    case UInt8(ascii: "\""): replacement = "^'"
                    case 13: replacement = "^n"
                    case 10: replacement = previous == 13 ? "" : "^n"
                    default: replacement = nil
                    }
                    previous = byte
                    guard let replacement else { continue }
                    appendFolding(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    appendStatic(replacement)
                    runStart = index + 1
                }
                appendFolding(UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
            } else {
                appendFolding(buffer)
            }
            if needsQuotes { appendFolding(UInt8(ascii: "\"")) }
            return nil
        }
        if let failure { throw failure }
    }

    /// Whether `buffer` has no octet that a parameter value must quote, caret-encode or reject.
    /// Sixteen octets at a time; the last block overlaps the one before instead of being
    /// padded (`Asia/Jakarta` is one padded block, `America/New_York` exactly one).
    @inline(__always)
    private static func isPlainParameterText(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = buffer.baseAddress else { return true }
        let length = buffer.count
        guard length >= 16 else { return ByteBlock(loading: start, count: length).isPlainParameterText }
        var offset = 0
        while offset < length - 16 {
            guard ByteBlock(loading: start + offset).isPlainParameterText else { return false }
            offset += 16
        }
        return ByteBlock(loading: start + length - 16).isPlainParameterText
    }

    mutating func appendFolding(_ text: String) {
        withUTF8(of: text) { appendFolding($0) }
    }

    @inline(__always)
    mutating func appendFolding(_ byte: UInt8) {
        reserve(4)
        var out = cursor
        if lineLength == Self.maximumLineLength {
            out = Self.fold(at: out)
            lineLength = 1
        }
        out.pointee = byte
        advance(to: out + 1)
        lineLength += 1
    }

    /// Appends `source`, folding before any octet that would make the line longer than 75,
    /// moving each fold back to the start of the UTF-8 sequence it would cut.
    @inline(__always)
    mutating func appendFolding(_ source: UnsafeBufferPointer<UInt8>) {
        guard let pointer = source.baseAddress else { return }
        let length = source.count
        if length <= Self.maximumLineLength - lineLength {
            reserve(length)
            Self.copy(pointer, to: cursor, count: length)
            count += length
            lineLength += length
        } else {
            appendFoldingLong(pointer, count: length)
        }
    }

    private mutating func appendFoldingLong(_ start: UnsafePointer<UInt8>, count length: Int) {
        var pointer = start
        var remaining = length
        reserve(Self.foldedBound(remaining))
        var out = cursor
        var column = lineLength
        while true {
            let room = Self.maximumLineLength - column
            if remaining <= room {
                out.update(from: pointer, count: remaining)
                out += remaining
                column += remaining
                break
            }
            var cut = room
            while cut > 0 && pointer[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.update(from: pointer, count: cut)
            out = Self.fold(at: out + cut)
            column = 1
            pointer += cut
            remaining -= cut
        }
        advance(to: out)
        lineLength = column
    }

    /// Copies `count` bytes, inline for up to 32 (two overlapping loads and stores, never
    /// reading past `source + count`), through `memmove` beyond.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        if count >= 16 {
            guard count <= 32 else {
                to.copyMemory(from: from, byteCount: count)
                return
            }
            copyPair(SIMD16<UInt8>.self, from, to, count)
        } else if count >= 8 {
            copyPair(UInt64.self, from, to, count)
        } else if count >= 4 {
            copyPair(UInt32.self, from, to, count)
        } else if count > 0 {
            target[0] = source[0]
            target[count >> 1] = source[count >> 1]
            target[count - 1] = source[count - 1]
        }
    }

    /// Copies `count` bytes (from `size` to twice `size`) as a word at the start and one at the end.
    @inline(__always)
    private static func copyPair<Word: BitwiseCopyable>(_: Word.Type, _ from: UnsafeRawPointer, _ to: UnsafeMutableRawPointer, _ count: Int)
    {
        let size = MemoryLayout<Word>.size
        let head = from.loadUnaligned(as: Word.self)
        let tail = from.loadUnaligned(fromByteOffset: count - size, as: Word.self)
        to.storeBytes(of: head, as: Word.self)
        to.storeBytes(of: tail, toByteOffset: count - size, as: Word.self)
    }

    /// Writes CRLF and the space that starts a continuation line at `out` (§3.1), returning
    /// the position after them; the caller counts the space in the new line.
    @inline(__always)
    static func fold(at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        out[0] = 13
        out[1] = 10
        out[2] = 32
        return out + 3
    }
}

/// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
@inline(__always)
func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text
    return copy.withUTF8(body)
}

extension CalendarWriteError {
    /// The same error, with `prefix` in front of its path.
    func under(_ prefix: [String]) -> CalendarWriteError {
        CalendarWriteError(path: prefix + path, reason: reason)
    }
}
