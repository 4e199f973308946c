import CivilTime

extension CalendarWriter {
    /// Appends `text` escaped as TEXT (§3.3.11), folding as it goes, in one pass: 32 or 16
    /// bytes at a time are copied to the buffer and classified (``ByteBlock``); those before
    /// the first byte to escape that still fit on the line are kept, a fold goes before the
    /// first character that does not fit, an escape is written byte by byte.
    ///
    /// - Returns: the number of escaped octets appended (folds not counted).
    /// - Throws: ``CalendarWriteError/Reason/controlCharacterInValue(byte:offset:)`` for a
    ///   control character other than tab and line breaks; the offset counts escaped octets
    ///   from `offsetBase` on, as in the generic path.
    /// - Complexity: O(*n*) in the UTF-8 length.
    @discardableResult
    mutating func appendText(_ text: String, offset offsetBase: Int = 0) throws(CalendarWriteError) -> Int {
        var written = 0
        let failure: CalendarWriteError? = withUTF8(of: text) { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let total = buffer.count
            // Escaping at most doubles the octets.
            reserve(Self.foldedBound(2 * total))
            var out = cursor
            var column = lineLength
            var pointer = base
            var remaining = total
            var added = 0
            var failure: CalendarWriteError?
            while remaining > 0 {
                if remaining >= 32 && column <= Self.maximumLineLength - 32 {
                    // Thirty-two octets that fit on the line: kept whole when none is special.
                    let first = ByteBlock(loading: pointer)
                    let second = ByteBlock(loading: pointer + 16)
                    if !first.hasTextSpecial(orIn: second) {
                        first.store(at: out)
                        second.store(at: out + 16)
                        out += 32
                        column += 32
                        pointer += 32
                        remaining -= 32
                        continue
                    }
                }
                let block =
                    if remaining >= 16 {
                        ByteBlock(loading: pointer)
                    } else if total >= 16 {
                        ByteBlock(loadingEndingAt: pointer, count: remaining)
                    } else {
                        ByteBlock(loading: pointer, count: remaining)
                    }
                block.store(at: out)
                // Lanes past the end may look special (zeros); they are never taken.
                let plain = min(block.firstTextSpecial, remaining)
                let room = Self.maximumLineLength - column
                if plain > room {
                    // The line fills up before the next special byte: fold before the
                    // character that would cross column 75. A block may have ended inside
                    // that character, so the cut can fall before `pointer`: those octets
                    // were copied just before `out` (they are never special) and are
                    // copied again after the fold. Valid UTF-8 starts with a lead octet, so
                    // the search stops inside the text.
                    var cut = room
                    while pointer[cut] & 0xC0 == 0x80 { cut -= 1 }
                    out = Self.fold(at: out + cut)
                    column = 1
                    pointer += cut
                    remaining -= cut
                    continue
                }
                out += plain
                column += plain
                pointer += plain
                remaining -= plain
                guard plain < 16, remaining > 0 else { continue }
                let byte = pointer.pointee
                var consumed = 1
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    Self.put(UInt8(ascii: "\\"), at: &out, column: &column)
                    Self.put(byte, at: &out, column: &column)
                    added += 1
                case 13, 10:
                    Self.put(UInt8(ascii: "\\"), at: &out, column: &column)
                    Self.put(UInt8(ascii: "n"), at: &out, column: &column)
                    added += 1
                    if byte == 13, remaining > 1, pointer[1] == 10 {
                        consumed = 2
                        added -= 1
                    }
                case 9:
                    Self.put(byte, at: &out, column: &column)
                default:
                    failure = CalendarWriteError(
                        path: [], reason: .controlCharacterInValue(byte: byte, offset: offsetBase + (pointer - base) + added)
                    )
                    remaining = 0
                    consumed = 0
                }
                pointer += consumed
                remaining -= consumed
            }
            advance(to: out)
            lineLength = column
            written = total + added
            return failure
        }
        if let failure { throw failure }
        return written
    }

    /// Writes `byte` at `out` inside reserved room, folding first when the line is full.
    @inline(__always)
    private static func put(_ byte: UInt8, at out: inout UnsafeMutablePointer<UInt8>, column: inout Int) {
        if column == maximumLineLength {
            out = fold(at: out)
            column = 1
        }
        out.pointee = byte
        out += 1
        column += 1
    }

    /// A DURATION (§3.3.6), the same octets as ``CalendarDuration/wireValue``: `P2W`, `-PT15M`.
    mutating func appendDuration(_ duration: CalendarDuration) {
        if duration.isNegative { appendFolding(UInt8(ascii: "-")) }
        appendFolding(UInt8(ascii: "P"))
        let days = duration.days
        let seconds = duration.seconds
        if seconds == 0 && days > 0 && days % 7 == 0 {
            appendInteger(days / 7)
            appendFolding(UInt8(ascii: "W"))
            return
        }
        if days > 0 {
            appendInteger(days)
            appendFolding(UInt8(ascii: "D"))
        }
        guard seconds > 0 || days == 0 else { return }
        appendFolding(UInt8(ascii: "T"))
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        let rest = seconds % 60
        if hours > 0 {
            appendInteger(hours)
            appendFolding(UInt8(ascii: "H"))
        }
        if minutes > 0 || (hours > 0 && rest > 0) {
            appendInteger(minutes)
            appendFolding(UInt8(ascii: "M"))
        }
        if rest > 0 || seconds == 0 {
            appendInteger(rest)
            appendFolding(UInt8(ascii: "S"))
        }
    }

    /// A whole number in decimal with a leading `-` when negative, as `String(value)` writes it.
    mutating func appendInteger(_ value: Int) {
        if (0...9).contains(value) {
            appendFolding(UInt8(ascii: "0") + UInt8(value))
            return
        }
        if value < 0 { appendFolding(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }

    /// `yyyymmdd`.
    mutating func appendDate(_ date: LocalDate) {
        reserve(16)
        if lineLength + 8 <= Self.maximumLineLength {
            Self.format(date, at: cursor)
            count += 8
            lineLength += 8
        } else {
            var digits = SIMD16<UInt8>()
            withUnsafeMutableBytes(of: &digits) { raw in
                if let base = raw.baseAddress { Self.format(date, at: base.assumingMemoryBound(to: UInt8.self)) }
            }
            appendFolding(digits, count: 8)
        }
    }

    /// `yyyymmddThhmmss`, `Z` when `utc`.
    mutating func appendDateTime(_ value: LocalDateTime, utc: Bool) {
        reserve(16)
        let length = utc ? 16 : 15
        if lineLength + length <= Self.maximumLineLength {
            Self.format(value, utc: utc, at: cursor)
            count += length
            lineLength += length
        } else {
            var digits = SIMD16<UInt8>()
            withUnsafeMutableBytes(of: &digits) { raw in
                if let base = raw.baseAddress { Self.format(value, utc: utc, at: base.assumingMemoryBound(to: UInt8.self)) }
            }
            appendFolding(digits, count: length)
        }
    }

    /// The UTC date-time of `instant` (`DTSTAMP`), clamped to years 1…9999; the digits of
    /// the last instant are kept, as a calendar's components usually share one timestamp.
    mutating func appendUTC(_ instant: Instant) {
        let clamped = min(max(instant.secondsSinceEpoch, -62_135_596_800), 253_402_300_799)
        if clamped != cachedInstant {
            guard let local = LocalDateTime(secondsSinceEpoch: clamped) else { return }
            var digits = SIMD16<UInt8>()
            withUnsafeMutableBytes(of: &digits) { raw in
                if let base = raw.baseAddress { Self.format(local, utc: true, at: base.assumingMemoryBound(to: UInt8.self)) }
            }
            cachedInstant = clamped
            cachedInstantDigits = digits
        }
        reserve(16)
        if lineLength + 16 <= Self.maximumLineLength {
            UnsafeMutableRawPointer(cursor).storeBytes(of: cachedInstantDigits, as: SIMD16<UInt8>.self)
            count += 16
            lineLength += 16
        } else {
            appendFolding(cachedInstantDigits, count: 16)
        }
    }

    /// Appends the first `count` bytes of `digits` through the fold.
    private mutating func appendFolding(_ digits: SIMD16<UInt8>, count length: Int) {
        var digits = digits
        withUnsafeBytes(of: &digits) { raw in
            appendFolding(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: length))
        }
    }

    /// A non-negative number in decimal.
    mutating func appendDigits(_ value: UInt) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var end = buffer.count
            var rest = value
            repeat {
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            appendFolding(UnsafeBufferPointer(rebasing: buffer[end...]))
        }
    }

    /// Writes `yyyymmdd` at `out`.
    @inline(__always)
    private static func format(_ date: LocalDate, at out: UnsafeMutablePointer<UInt8>) {
        let year = UInt32(truncatingIfNeeded: date.year)
        putPair(year / 100, at: out)
        putPair(year % 100, at: out + 2)
        putPair(UInt32(truncatingIfNeeded: date.month), at: out + 4)
        putPair(UInt32(truncatingIfNeeded: date.day), at: out + 6)
    }

    /// Writes `yyyymmddThhmmss` and, when `utc`, `Z` at `out`.
    @inline(__always)
    private static func format(_ value: LocalDateTime, utc: Bool, at out: UnsafeMutablePointer<UInt8>) {
        format(value.date, at: out)
        out[8] = UInt8(ascii: "T")
        let seconds = UInt32(truncatingIfNeeded: value.time.secondsSinceMidnight)
        putPair(seconds / 3600, at: out + 9)
        putPair(seconds / 60 % 60, at: out + 11)
        putPair(seconds % 60, at: out + 13)
        if utc { out[15] = UInt8(ascii: "Z") }
    }

    /// Writes `value` (0…99) as two decimal digits at `out`.
    @inline(__always)
    private static func putPair(_ value: UInt32, at out: UnsafeMutablePointer<UInt8>) {
        let tens = value / 10
        out[0] = UInt8(truncatingIfNeeded: tens) &+ UInt8(ascii: "0")
        out[1] = UInt8(truncatingIfNeeded: value &- tens &* 10) &+ UInt8(ascii: "0")
    }
}
