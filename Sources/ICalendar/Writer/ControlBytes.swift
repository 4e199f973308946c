/// Finds the control characters RFC 5545 §3.1 forbids in content-line values (`CONTROL`:
/// U+0000–U+0008, U+000A–U+001F, U+007F; tab is allowed), eight bytes at a time.
enum ControlBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first forbidden control byte in `buffer`, or `nil`.
    ///
    /// - Complexity: O(*n*), testing a 64-bit word per step.
    static func firstIndex(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= buffer.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let below32 = (word &- ones &* 0x20) & ~word & highs
            let delete = word ^ (ones &* 0x7F)
            let is127 = (delete &- ones) & ~delete & highs
            if below32 | is127 != 0, let found = scan(buffer, from: index, to: index + 8) { return found }
            index += 8
        }
        return scan(buffer, from: index, to: buffer.count)
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        for index in start..<end where isForbidden(buffer[index]) { return index }
        return nil
    }

    private static func isForbidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }
}
