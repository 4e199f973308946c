extension String {
    /// The name uppercased, as RFC 5545 §2 compares names; the string itself (no copy, no
    /// Unicode case mapping) when it holds no lowercase letter, as almost every name read or
    /// looked up does.
    var uppercasedName: String {
        utf8.contains(where: { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 >= 0x80 }) ? uppercased() : self
    }
}
