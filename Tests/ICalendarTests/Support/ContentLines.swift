/// A deliberately small, independent reading of RFC 5545 content lines for checking the
/// writer's output in tests: unfolding (§3.1), parameter quoting and RFC 6868 decoding (§3.2),
/// TEXT unescaping (§3.3.11). It shares no code with the writer.
struct ContentLine: Equatable {
    var name: String
    var parameters: [(name: String, values: [String])]
    var value: String

    static func == (lhs: ContentLine, rhs: ContentLine) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.values) == rhs.parameters.map(\.values)
    }

    func parameter(_ name: String) -> [String]? {
        parameters.first { $0.name == name }?.values
    }
}

enum ContentLines {
    /// The physical lines of `bytes`, split at CRLF. Fails (returns nil) on a bare LF or CR.
    static func physicalLines(_ bytes: [UInt8]) -> [[UInt8]]? {
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
    static func unfold(_ bytes: [UInt8]) -> [String]? {
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
    static func parse(_ line: String) -> ContentLine? {
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
    static func decodeCaret(_ text: String) -> String {
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
    static func unescapeText(_ text: String) -> String {
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
}
