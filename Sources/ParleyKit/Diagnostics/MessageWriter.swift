import CivilTime

/// A message written into one growing UTF-8 buffer, for the findings a check can make by
/// the hundred thousand (see ``FindingText``): appending bytes costs a fraction of string
/// interpolation, which grows and re-checks a `String` at every piece.
///
/// ```swift
/// var writer = MessageWriter()
/// writer.write("round ")
/// writer.write(3)
/// writer.write(" on ")
/// writer.write(date)
/// writer.text   // "round 3 on 2026-03-10"
/// ```
struct MessageWriter {
    /// The UTF-8 bytes written so far.
    private var bytes: [UInt8]

    /// An empty message with room for `capacity` bytes.
    init(capacity: Int = 192) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends `text`.
    mutating func write(_ text: String) {
        // One copy of the bytes when the string has them in one piece (native and small
        // strings do); byte by byte otherwise (bridged strings).
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
    }

    /// Appends one byte (`UInt8(ascii: "\n")`).
    mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `bytes`, which must be UTF-8 (a slice of a ``SourceFile``'s bytes).
    mutating func write(bytes more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// Appends `count` copies of `byte`.
    mutating func write(byte: UInt8, count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(byte, count: count)) }
    }

    /// Appends `number` in decimal (`-12`, `0`, `345`).
    mutating func write(_ number: Int) {
        guard number >= 0 else { return write(String(number)) }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends `date` as ISO 8601 (`2026-03-10`). ``ISO8601/format(_:)-(LocalDate)`` writes
    /// its ten bytes into a small string without allocating.
    mutating func write(_ date: LocalDate) {
        write(ISO8601.format(date))
    }

    /// Appends `"s"` unless `count` is 1 (`1 day`, `2 days`).
    mutating func writePlural(_ count: Int) {
        if count != 1 { bytes.append(UInt8(ascii: "s")) }
    }

    /// The message.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// How many bytes are written and not yet taken.
    var count: Int { bytes.count }

    /// The bytes written so far, leaving the writer empty to go on writing (for output that
    /// leaves in chunks).
    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
