import Testing

/// A deliberately small, independent reading of RFC 5545 content lines for checking the
/// writer's output in tests: unfolding (§3.1), parameter quoting and RFC 6868 decoding (§3.2),
/// TEXT unescaping (§3.3.11). It shares no code with the writer.
public struct ContentLine: Equatable {
    /// The property name, as written.
    public var name: String
    /// The parameters in order, each with its values (quotes removed, RFC 6868 decoded).
    public var parameters: [(name: String, values: [String])]
    /// The raw value after the first unquoted `:`.
    public var value: String

    /// A content line from its parts.
    public init(name: String, parameters: [(name: String, values: [String])], value: String) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    public static func == (lhs: ContentLine, rhs: ContentLine) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.values) == rhs.parameters.map(\.values)
    }

    /// The values of the parameter `name`, if the line has it.
    public func parameter(_ name: String) -> [String]? {
        parameters.first { $0.name == name }?.values
    }
}

/// Reads iCalendar output back the way RFC 5545 says a reader must, independently of the
/// writer: lines end in CRLF (§3.1), a line starting with a space or tab continues the one
/// before (unfolding, on octets, §3.1), and TEXT values unescape `\\`, `\;`, `\,`, `\n` (§3.3.11).
public struct ContentLines {
    /// The unfolded lines, in order.
    public let lines: [String]

    /// The unfolded lines of `bytes`; records a test failure when they are not CRLF lines.
    /// Unfolds on octets, not characters: a fold may fall before a combining mark (a Javanese
    /// vowel sign, an emoji modifier), which would otherwise join the space into one character.
    public init(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let lines = Self.unfold(bytes) else {
            Issue.record("not CRLF-terminated UTF-8 content lines", sourceLocation: sourceLocation)
            self.lines = []
            return
        }
        self.lines = lines.filter { !$0.isEmpty }
    }

    /// The physical lines of `bytes`, split at CRLF. Fails (returns nil) on a bare LF or CR.
    public static func physicalLines(_ bytes: [UInt8]) -> [[UInt8]]? {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 {
                guard index + 1 < bytes.count, bytes[index + 1] == 10 else { return nil }
                lines.append(current)
                current = []
                index += 2
                continue
            }
            if byte == 10 { return nil }
            current.append(byte)
            index += 1
        }
        return current.isEmpty ? lines : nil
    }

    /// Unfolded logical lines, decoded as UTF-8.
    public static func unfold(_ bytes: [UInt8]) -> [String]? {
        guard let physical = physicalLines(bytes) else { return nil }
        var logical: [[UInt8]] = []
        for line in physical {
            if let first = line.first, first == 32 || first == 9, !logical.isEmpty {
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        var strings: [String] = []
        for line in logical {
            guard let text = String(validating: line, as: UTF8.self) else { return nil }
            strings.append(text)
        }
        return strings
    }

    /// Splits a logical line into name, parameters (quotes removed, RFC 6868 decoded) and raw value.
    public static func parse(_ line: String) -> ContentLine? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        func readName() -> String {
            var name = ""
            while index < scalars.count, scalars[index] != ";", scalars[index] != ":", scalars[index] != "=" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            return name
        }
        let name = readName()
        var parameters: [(String, [String])] = []
        while index < scalars.count, scalars[index] == ";" {
            index += 1
            let parameterName = readName()
            guard index < scalars.count, scalars[index] == "=" else { return nil }
            index += 1
            var values: [String] = []
            while true {
                var value = ""
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count else { return nil }
                    index += 1
                } else {
                    while index < scalars.count, !";:,".unicodeScalars.contains(scalars[index]) {
                        if scalars[index] == "\"" { return nil }
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                }
                values.append(decodeCaret(value))
                if index < scalars.count, scalars[index] == "," {
                    index += 1
                    continue
                }
                break
            }
            parameters.append((parameterName, values))
        }
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        var value = ""
        value.unicodeScalars.append(contentsOf: scalars[(index + 1)...])
        return ContentLine(name: name, parameters: parameters, value: value)
    }

    /// RFC 6868: `^^` → `^`, `^n` → newline, `^'` → `"`.
    public static func decodeCaret(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "^" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "^": result.append("^")
            case "n": result.append("\n")
            case "'": result.append("\"")
            case let other?: result += "^" + String(other)
            case nil: result.append("^")
            }
        }
        return result
    }

    /// RFC 5545 §3.3.11 unescaping: `\\`, `\;`, `\,`, `\n`/`\N`.
    public static func unescapeText(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "n", "N": result.append("\n")
            case let other?: result.append(other)
            case nil: result.append("\\")
            }
        }
        return result
    }

    /// The `VEVENT`s, each as its unfolded lines (without BEGIN/END), keyed by UID.
    public var events: [String: [String]] {
        var result: [String: [String]] = [:]
        var current: [String]?
        var depth = 0
        for line in lines {
            if line == "BEGIN:VEVENT" {
                current = []
                depth = 0
            } else if line == "END:VEVENT", let event = current {
                let uid = event.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? ""
                result[uid] = event
                current = nil
            } else if current != nil {
                if line.hasPrefix("BEGIN:") { depth += 1 }
                if line.hasPrefix("END:") { depth -= 1 }
                current?.append(line)
            }
        }
        return result
    }

    /// The value of the first line named `name` (with or without parameters) in `lines`.
    public static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.flatMap(Self.value(of:))
    }

    /// The value part of a content line: after the first `:` outside a quoted parameter.
    public static func value(of line: String) -> String? {
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == ":" && !quoted { return String(line[line.index(after: index)...]) }
        }
        return nil
    }

    /// The TEXT values of a list property (`CATEGORIES`), split at unescaped commas and unescaped.
    public static func unescapeList(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                current.append("\\")
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map(unescapeText)
    }
}
