/// Safe, unique file names for feeds, made from plan ids.
///
/// A name keeps the id's ASCII letters, digits, `.`, `_` and `-`; any other character
/// (a path separator, `..`'s leading dot, a space, `:` or `*` that Windows refuses, a control
/// character, a non-ASCII letter) becomes `_`, and the name is cut to 120 octets. When the
/// name had to change, or when it could clash with another feed's name on a case-insensitive
/// file system (`ABC` and `abc`), with `all`, or with a name Windows reserves (`CON`, `NUL`,
/// `COM1`, …), eight hex digits of the id's FNV-1a hash are appended, so different ids always
/// get different, stable names: `id/ru` → `id_ru-3f1c9a20.ics`.
public enum FeedFileName {
    static let reserved: Set<String> = {
        var names: Set<String> = ["all", "con", "prn", "aux", "nul"]
        for digit in 1...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    /// The file names (`prefix` + safe id + `.ics`) of `ids`, in the same order.
    ///
    /// - Complexity: O(*n*) in the total length of the ids.
    public static func names(for ids: [String], prefix: String) -> [String] {
        let bases = ids.map { prefix + safe($0) }
        var clashes: [String: Int] = [:]
        for base in bases { clashes[base.lowercased(), default: 0] += 1 }
        return zip(ids, bases).map { id, base in
            let needsHash =
                base != prefix + id || clashes[base.lowercased(), default: 0] > 1
                || reserved.contains(base.lowercased())
                || reserved.contains(base.lowercased().split(separator: ".").first.map(String.init) ?? "")
            return (needsHash ? base + "-" + hash(id) : base) + ".ics"
        }
    }

    /// `text` with every character outside `A-Z a-z 0-9 . _ -` replaced by `_`, a leading
    /// `.` or `-` replaced too, cut to 120 octets; `_` when empty.
    static func safe(_ text: String) -> String {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if bytes.count == 120 { break }
            let value = scalar.value
            let allowed =
                (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || value == 0x2E || value == 0x5F || value == 0x2D
            let leading = bytes.isEmpty && (value == 0x2E || value == 0x2D)
            bytes.append(allowed && !leading ? UInt8(value) : UInt8(ascii: "_"))
        }
        return bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
    }

    /// The 32-bit FNV-1a hash of `text`'s UTF-8, as eight lower-case hex digits.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
