/// Text made safe for HTML and SVG: escaped content and attributes, and anchors made of
/// letters, digits, `-` and `_` only.
enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and control characters other than tab
    /// and line feed dropped (HTML and XML allow none of them).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xFDD0...0xFDEF).contains(scalar.value)
                    || scalar.value & 0xFFFE == 0xFFFE
                {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `id` as part of an anchor: ASCII letters, digits, `-` and `_` kept, anything else as
    /// `_` and its hexadecimal code point, so different ids never share an anchor.
    static func anchor(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D: result.unicodeScalars.append(scalar)
            default: result += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return result
    }
}
