import Foundation

/// One token of a plan line.
///
/// The language has only three kinds: words (keywords, ids, numbers, dates, time zones,
/// ranges such as `2026-03-01..2026-03-05`), double-quoted strings and commas. What a word
/// means is decided by the declaration reader from its position.
public struct Token: Hashable, Sendable {
    /// The kind of a token.
    public enum Kind: Hashable, Sendable {
        /// A run of characters up to a space, quote, comma or `#`.
        case word
        /// A double-quoted string; ``Token/text`` holds its value with escapes decoded.
        case string
        /// `,`
        case comma
    }

    /// The kind.
    public let kind: Kind
    /// The word, the string's decoded value, or `,`.
    public let text: String
    /// Where the token starts.
    public let location: SourceLocation
    /// Its width in columns as written (quotes and escapes included).
    public let width: Int

    /// A token from its parts.
    public init(_ kind: Kind, _ text: String, at location: SourceLocation, width: Int) {
        self.kind = kind
        self.text = text
        self.location = location
        self.width = width
    }

    /// How an error message names this token: `'moscow'`, `the string "Jakarta"`, `','`.
    public var quoted: String {
        switch kind {
        case .word: "'\(text)'"
        case .string: "the string \"\(text)\""
        case .comma: "','"
        }
    }

    /// The canonical spelling: strings re-quoted with `\"` and `\\` escaped.
    public var canonical: String {
        switch kind {
        case .word, .comma: text
        case .string:
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}
