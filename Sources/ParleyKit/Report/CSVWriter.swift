import CivilTime

/// Writes comma-separated values as RFC 4180 defines them, row by row, so a large table never has
/// to exist in memory: UTF-8, CRLF after every record (the last included), a field quoted when it
/// holds a comma, a double quote, CR or LF (its quotes doubled), and every row as wide as the
/// header.
///
/// A spreadsheet may run a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR as a formula,
/// so such a field is written with a leading `'` (OWASP's advice on CSV injection):
/// `=HYPERLINK(…)` in a note shows as text and never runs. Parley's dates and numbers never start
/// that way, so nothing it writes itself is changed.
///
/// A row is written whole (``row(_:)``) or field by field, straight into the bytes
/// (``field(_:)-(String)``, …, then ``endRow()``); rows of a long table may be written into
/// writers of their own on several cores and appended in order (``append(rows:)``).
///
/// ```swift
/// var csv = CSVWriter(header: ["series", "round"], flushingEvery: 1 << 20) { channel.write(bytes: $0) }
/// csv.row(["id-jp", "3"])
/// csv.field("id-jp")
/// csv.field(4)
/// csv.endRow()
/// csv.finish()
/// ```
public struct CSVWriter {
    /// The bytes written and not yet flushed.
    public private(set) var bytes: [UInt8] = []
    /// How many fields each row has (the header's).
    public let width: Int
    private let flushLimit: Int
    private let sink: (([UInt8]) -> Void)?
    /// How many fields of the current row are written.
    private var fields = 0
    /// A field being composed of parts (``field(_:)-(([UInt8])->Void)``), before it is quoted.
    private var part: [UInt8] = []

    /// A writer that keeps everything in ``bytes``, starting with the header row.
    public init(header: [String]) {
        width = header.count
        flushLimit = .max
        sink = nil
        row(header)
    }

    /// A writer that hands its bytes to `sink` whenever `limit` bytes have gathered, and at ``finish()``.
    public init(header: [String], flushingEvery limit: Int, to sink: @escaping ([UInt8]) -> Void) {
        width = header.count
        flushLimit = limit
        self.sink = sink
        bytes.reserveCapacity(limit + 4096)
        row(header)
    }

    /// A writer of rows `width` fields wide and no header, kept in ``bytes`` until they are
    /// appended to the writer of the whole table (``append(rows:)``).
    public init(rowsOfWidth width: Int) {
        self.width = width
        flushLimit = .max
        sink = nil
    }

    /// Writes one record; `fields` has ``width`` elements (checked in debug builds).
    public mutating func row(_ fields: [String]) {
        assert(fields.count == width, "CSV row of \(fields.count) fields under a header of \(width)")
        for field in fields { self.field(field) }
        endRow()
    }

    /// Writes the next field of the current row.
    public mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { append(field: $0) }
    }

    /// Writes a whole number as the next field.
    public mutating func field(_ number: Int) {
        guard number >= 0 else { return field(String(number)) }
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Writes a date (`2026-03-10`) as the next field.
    public mutating func field(_ date: LocalDate) {
        separate()
        ISO8601.append(date, to: &bytes)
    }

    /// Writes the next field as the UTF-8 bytes `compose` appends, quoted and neutralised as a
    /// whole (a list of values joined into one cell).
    public mutating func field(_ compose: (inout [UInt8]) -> Void) {
        part.removeAll(keepingCapacity: true)
        compose(&part)
        let composed = part
        composed.withUnsafeBufferPointer { append(field: $0) }
    }

    /// Ends the current row, which has ``width`` fields (checked in debug builds).
    public mutating func endRow() {
        assert(fields == width, "CSV row of \(fields) fields under a header of \(width)")
        fields = 0
        bytes.append(contentsOf: [0x0D, 0x0A])
        if bytes.count >= flushLimit { flush() }
    }

    /// Appends rows another writer wrote: the ``bytes`` of a writer as wide as this one, made
    /// with ``init(rowsOfWidth:)``, with no row left open.
    public mutating func append(rows: [UInt8]) {
        bytes.append(contentsOf: rows)
        if bytes.count >= flushLimit { flush() }
    }

    /// Flushes what remains to the sink.
    public mutating func finish() {
        flush()
    }

    private mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The comma before every field of a row but the first.
    private mutating func separate() {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
    }

    private mutating func append(field utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        let neutralised = utf8.first.map(Self.startsFormula) ?? false
        var separates = false
        var doubles = false
        for byte in utf8 {
            switch byte {
            case 0x22: doubles = true
            case 0x2C, 0x0D, 0x0A: separates = true
            default: continue
            }
        }
        let quoted = separates || doubles
        if quoted { bytes.append(0x22) }
        if neutralised { bytes.append(UInt8(ascii: "'")) }
        if doubles {
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
        } else {
            bytes.append(contentsOf: utf8)
        }
        if quoted { bytes.append(0x22) }
    }

    /// Whether a cell starting with `byte` would be read by a spreadsheet as a formula.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
