extension CalendarProperty {
    /// The value read as TEXT (RFC 5545 §3.3.11): `\\` `\;` `\,` unescaped, `\n`/`\N` a line
    /// break. A backslash before any other character is kept (feeds write `\:`); a trailing
    /// one too.
    ///
    /// `DESCRIPTION:Room 4\, floor 2\nBring ID` reads as "Room 4, floor 2⏎Bring ID".
    public var textValue: String {
        // Most values (every UID of a large feed) have no backslash: the value as it is, found
        // by a scan of its bytes rather than a walk of a substring, and not copied.
        let escaped = value.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\\")) } ?? true
        return escaped ? Self.unescapeText(Substring(value)) : value
    }

    /// The value read as a comma-separated list of TEXT (`CATEGORIES:A\,B,C` is `["A,B", "C"]`).
    public var textValues: [String] {
        var parts: [String] = []
        var start = value.startIndex
        var index = value.startIndex
        var escaped = false
        while index < value.endIndex {
            let character = value[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                parts.append(Self.unescapeText(value[start..<index]))
                start = value.index(after: index)
            }
            index = value.index(after: index)
        }
        parts.append(Self.unescapeText(value[start...]))
        return parts
    }

    static func unescapeText(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n", "N": result.append("\n")
                case "\\", ";", ",": result.append(character)
                default:
                    result.append("\\")
                    result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result
    }
}
