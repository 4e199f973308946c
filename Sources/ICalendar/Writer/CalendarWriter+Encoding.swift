import CivilTime

extension CalendarWriter {
    /// Appends `text` escaped as TEXT (§3.3.11), folding as it goes: runs with nothing to
    /// escape are found eight bytes at a time and copied whole.
    ///
    /// - Returns: the number of escaped octets appended (folds not counted).
    /// - Throws: ``CalendarWriteError/Reason/controlCharacterInValue(byte:offset:)`` for a
    ///   control character other than tab and line breaks; the offset counts escaped octets
    ///   from `offsetBase` on, as in the generic path.
    @discardableResult
    mutating func appendText(_ text: String, offset offsetBase: Int = 0) throws(CalendarWriteError) -> Int {
        var written = 0
        let failure: CalendarWriteError? = withUTF8(of: text) { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var index = 0
            var runStart = 0
            var added = 0
            while index < count {
                while index + 8 <= count, !TextBytes.hasSpecial(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                let end = min(index + 8, count)
                while index < end, !TextBytes.isSpecial(buffer[index]) { index += 1 }
                guard index < end else { continue }
                appendFolding(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                let byte = buffer[index]
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    appendFolding(UInt8(ascii: "\\"))
                    appendFolding(byte)
                    added += 1
                case 13, 10:
                    appendFolding(UInt8(ascii: "\\"))
                    appendFolding(UInt8(ascii: "n"))
                    if byte == 13, index + 1 < count, buffer[index + 1] == 10 {
                        index += 1
                        added -= 1
                    }
                    added += 1
                case 9:
                    appendFolding(byte)
                default:
                    return CalendarWriteError(path: [], reason: .controlCharacterInValue(byte: byte, offset: offsetBase + index + added))
                }
                index += 1
                runStart = index
            }
            appendFolding(UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
            written = count + added
            return nil
        }
        if let failure { throw failure }
        return written
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
        if value < 0 { appendFolding(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }

    /// `yyyymmdd`.
    mutating func appendDate(_ date: LocalDate) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
            var end = 0
            Self.put(date.year, width: 4, into: buffer, at: &end)
            Self.put(date.month, width: 2, into: buffer, at: &end)
            Self.put(date.day, width: 2, into: buffer, at: &end)
            appendFolding(UnsafeBufferPointer(rebasing: buffer[0..<end]))
        }
    }

    /// `yyyymmddThhmmss`, `Z` when `utc`.
    mutating func appendDateTime(_ value: LocalDateTime, utc: Bool) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            var end = 0
            Self.put(value.date.year, width: 4, into: buffer, at: &end)
            Self.put(value.date.month, width: 2, into: buffer, at: &end)
            Self.put(value.date.day, width: 2, into: buffer, at: &end)
            buffer[end] = UInt8(ascii: "T")
            end += 1
            Self.put(value.time.hour, width: 2, into: buffer, at: &end)
            Self.put(value.time.minute, width: 2, into: buffer, at: &end)
            Self.put(value.time.second, width: 2, into: buffer, at: &end)
            if utc {
                buffer[end] = UInt8(ascii: "Z")
                end += 1
            }
            appendFolding(UnsafeBufferPointer(rebasing: buffer[0..<end]))
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

    /// Writes `value` (0…9999) as exactly `width` decimal digits at `end`, advancing it.
    @inline(__always)
    private static func put(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        var rest = value
        for index in stride(from: end + width - 1, through: end, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        end += width
    }
}

/// The bytes TEXT escaping cares about: `\`, `;`, `,` and control characters.
enum TextBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `word` may be special (no false negatives).
    @inline(__always)
    static func hasSpecial(_ word: UInt64) -> Bool {
        // Bytes of multi-byte UTF-8 sequences (Cyrillic, Arabic, Javanese, emoji) are never special.
        if word & highs == highs { return false }
        let below32 = (word &- ones &* 0x20) & ~word
        return (below32 | zeroByte(word ^ (ones &* 0x5C)) | zeroByte(word ^ (ones &* 0x3B)) | zeroByte(word ^ (ones &* 0x2C))
            | zeroByte(word ^ (ones &* 0x7F))) & highs != 0
    }

    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == 0x7F
    }

    @inline(__always)
    private static func zeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word
    }
}
