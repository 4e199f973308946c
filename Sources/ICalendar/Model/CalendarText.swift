/// TEXT values (RFC 5545 §3.3.11): escaping on write.
///
/// A backslash becomes `\\`, a semicolon `\;`, a comma `\,` and a line break (LF, CRLF or
/// a lone CR) `\n`. A colon and a double quote are left as they are; §3.3.11 does not
/// escape them. Example: `Agenda: 1) MoU; 2) CERT, "Jakarta"\next` is written
/// `Agenda: 1) MoU\; 2) CERT\, "Jakarta"\\next`.
public enum CalendarText {
    /// The escaped (wire) form of `text`.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length; a text with nothing to escape is returned
    ///   as it is, without copying.
    public static func escape(_ text: String) -> String {
        var text = text
        let clean = text.withUTF8 { buffer in !buffer.contains(where: needsEscape) }
        if clean { return text }
        let utf8 = text.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\r"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\n"):
                if previous != UInt8(ascii: "\r") {
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(UInt8(ascii: "n"))
                }
            default:
                bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The wire form of a list of TEXT values (`CATEGORIES:MoU,Cyber`): each escaped, joined by commas.
    public static func escapeList(_ texts: [String]) -> String {
        texts.map(escape).joined(separator: ",")
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
