import Foundation

/// JSON output for `--format json`: keys sorted, two-space indentation, slashes unescaped
/// (`"Europe/London"`), one trailing newline, so the same value always prints the same bytes.
enum JSONText {
    /// `value` encoded as described above.
    ///
    /// - Throws: the encoder's error when `value` cannot be represented (a non-finite number).
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
