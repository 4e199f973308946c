/// Safe, unique file names for feeds, made from plan ids.
///
/// A name keeps the id's ASCII letters, digits, `.`, `_` and `-`; any other character
/// (a path separator, `..`'s leading dot, a space, `:` or `*` that Windows refuses, a control
/// character, a non-ASCII letter) becomes `_`, and the name is cut to 120 octets. When the
/// name had to change, or when it could clash with another feed's name on a case-insensitive
/// file system (`ABC` and `abc`), with `all`, or with a name Windows reserves (`CON`, `NUL`,
/// `COM1`, …), eight hex digits of the id's FNV-1a hash are appended, so different ids always
/// get different, stable names: `id/ru` → `id_ru-3f1c9a20.ics`.
///
/// The finished names are then checked for uniqueness, case-insensitively: a plan could name
/// one series `abc` and another `abc-1a47e90b` (the first one's hashed name). Every name of a
/// clash gets sixteen hex digits of the 64-bit hash instead; should that still clash, the
/// ids of the clash, in order, get `-2`, `-3`, … as well. No two ids ever share a file, and no
/// id can take over another's name by spelling it.
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
        var names = zip(ids, bases).map { id, base in
            let needsHash =
                base != prefix + id || clashes[base.lowercased(), default: 0] > 1
                || reserved.contains(base.lowercased())
                || reserved.contains(base.lowercased().split(separator: ".").first.map(String.init) ?? "")
            return (needsHash ? base + "-" + hash(id) : base) + ".ics"
        }
        var clashing = clashingIndices(names)
        for index in clashing { names[index] = bases[index] + "-" + longHash(ids[index]) + ".ics" }
        clashing = clashingIndices(names)
        guard !clashing.isEmpty else { return names }
        var taken = Set(names.map { $0.lowercased() })
        for index in clashing.sorted(by: { ids[$0] < ids[$1] }) {
            let stem = bases[index] + "-" + longHash(ids[index])
            var counter = 2
            while taken.contains("\(stem)-\(counter).ics".lowercased()) { counter += 1 }
            names[index] = "\(stem)-\(counter).ics"
            taken.insert(names[index].lowercased())
        }
        return names
    }

    /// The positions of `names` that some other name equals, ignoring case.
    static func clashingIndices(_ names: [String]) -> [Int] {
        var counts: [String: Int] = [:]
        for name in names { counts[name.lowercased(), default: 0] += 1 }
        return names.indices.filter { counts[names[$0].lowercased(), default: 0] > 1 }
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8, as sixteen lower-case hex digits.
    static func longHash(_ text: String) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
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
