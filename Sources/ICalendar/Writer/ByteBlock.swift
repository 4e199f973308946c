/// Sixteen bytes of a value, classified at once for the writer's escaping and quoting.
///
/// Each test works lane by lane on a `SIMD16<UInt8>` with wrapping subtraction and bit
/// masks only (which compile to SSE2 / NEON instructions), so a lane's answer never depends
/// on its neighbours and the lowest flagged lane is the exact position of the first hit.
/// A lane is "zero" when `(x &- 1) & ~x` has its high bit set; it is "below 0x20" when
/// `(x &- 0x20) & ~x` has; bytes ≥ 0x80 (every byte of a Cyrillic, Arabic, Javanese or
/// emoji character) are never flagged.
struct ByteBlock {
    /// The sixteen bytes.
    var lanes: SIMD16<UInt8>

    /// The bytes at `pointer`, which must have sixteen readable bytes.
    @inline(__always)
    init(loading pointer: UnsafePointer<UInt8>) {
        lanes = UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// The `count` (< 16) bytes at `pointer`, the other lanes filled with `A` (never special).
    @inline(__always)
    init(loading pointer: UnsafePointer<UInt8>, count: Int) {
        var lanes = SIMD16<UInt8>(repeating: UInt8(ascii: "A"))
        withUnsafeMutableBytes(of: &lanes) { raw in
            if let base = raw.baseAddress { CalendarWriter.copy(pointer, to: base.assumingMemoryBound(to: UInt8.self), count: count) }
        }
        self.lanes = lanes
    }

    /// The `count` (< 16) bytes at `pointer`, read as the last bytes of the sixteen that end
    /// where they end (so the 16 − `count` bytes before `pointer` must be readable), moved down
    /// to the first lanes; the other lanes are zero.
    @inline(__always)
    init(loadingEndingAt pointer: UnsafePointer<UInt8>, count: Int) {
        let raw = UnsafeRawPointer(pointer + count - 16)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let dropped = UInt64(16 - count) &* 8
        let words: SIMD2<UInt64>
        if dropped < 64 {
            words = SIMD2((low &>> dropped | high &<< (64 &- dropped)).littleEndian, (high &>> dropped).littleEndian)
        } else {
            words = SIMD2((high &>> (dropped &- 64)).littleEndian, 0)
        }
        lanes = unsafeBitCast(words, to: SIMD16<UInt8>.self)
    }

    /// Stores all sixteen bytes at `pointer` (which must have room for sixteen).
    @inline(__always)
    func store(at pointer: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: SIMD16<UInt8>.self)
    }

    /// Whether `self` or `next` holds a byte that ``firstTextSpecial`` would find.
    @inline(__always)
    func hasTextSpecial(orIn next: ByteBlock) -> Bool {
        let flags = (textSpecialFlags | next.textSpecialFlags) & SIMD16(repeating: 0x80)
        let words = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The offset of the first byte TEXT escaping (RFC 5545 §3.3.11) must look at — `\`,
    /// `;`, `,`, a control character (tab, line breaks and forbidden ones) — or 16 when none.
    @inline(__always)
    var firstTextSpecial: Int {
        Self.firstFlagged(textSpecialFlags)
    }

    /// Lanes whose high bit is set hold a byte TEXT escaping must look at.
    @inline(__always)
    private var textSpecialFlags: SIMD16<UInt8> {
        Self.below0x20(lanes) | Self.equal(lanes, 0x5C) | Self.equal(lanes, 0x3B) | Self.equal(lanes, 0x2C) | Self.equal(lanes, 0x7F)
    }

    /// Whether none of the bytes needs a parameter value (§3.2, RFC 6868) to be quoted or
    /// caret-encoded, or is a control character: `"` `,` `:` `;` `^`, U+0000–U+001F, U+007F.
    @inline(__always)
    var isPlainParameterText: Bool {
        let flags =
            Self.below0x20(lanes) | Self.equal(lanes, 0x22) | Self.equal(lanes, 0x2C) | Self.equal(lanes, 0x3A)
            | Self.equal(lanes, 0x3B) | Self.equal(lanes, 0x5E) | Self.equal(lanes, 0x7F)
        return Self.firstFlagged(flags) == 16
    }

    @inline(__always)
    private static func below0x20(_ x: SIMD16<UInt8>) -> SIMD16<UInt8> {
        (x &- SIMD16(repeating: 0x20)) & ~x
    }

    @inline(__always)
    private static func equal(_ x: SIMD16<UInt8>, _ byte: UInt8) -> SIMD16<UInt8> {
        let difference = x ^ SIMD16(repeating: byte)
        return (difference &- SIMD16(repeating: 1)) & ~difference
    }

    /// The lowest lane whose high bit is set in `flags`, or 16.
    @inline(__always)
    private static func firstFlagged(_ flags: SIMD16<UInt8>) -> Int {
        let words = unsafeBitCast(flags & SIMD16(repeating: 0x80), to: SIMD2<UInt64>.self)
        // Lane 0 is the lowest-addressed byte on little-endian machines; on big-endian ones
        // it is the highest, hence the byte swap there.
        let low = UInt64(littleEndian: words[0])
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        let high = UInt64(littleEndian: words[1])
        if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
        return 16
    }
}
