import Testing

@testable import ParleyCLI

@Suite("Option parser: spellings, repetition, --, errors")
struct ParsedOptionsTests {
    static let specs: [OptionSpec] = [
        .value("format", "FORMAT", "Output format."),
        .value("tz", "TZID", "A zone; may be repeated."),
        .flag("strict", "Strict."),
        .values("between", ["A", "B"], "A range."),
        .value("limit", "N", "A count."),
    ]

    enum Format: String, CaseIterable { case text, json }

    struct Success: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let positionals: [String]
        let format: String?
        let tz: [String]
        let strict: Bool
        let between: [String]?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let successes: [Success] = [
        Success(arguments: [], positionals: [], format: nil, tz: [], strict: false, between: nil),
        Success(arguments: ["--format", "json"], positionals: [], format: "json", tz: [], strict: false, between: nil),
        Success(arguments: ["--format=json"], positionals: [], format: "json", tz: [], strict: false, between: nil),
        Success(arguments: ["a", "--strict", "b"], positionals: ["a", "b"], format: nil, tz: [], strict: true, between: nil),
        Success(arguments: ["--strict", "--strict"], positionals: [], format: nil, tz: [], strict: true, between: nil),
        Success(arguments: ["--tz", "A", "--tz=B", "x"], positionals: ["x"], format: nil, tz: ["A", "B"], strict: false, between: nil),
        Success(arguments: ["--between", "1", "2", "p"], positionals: ["p"], format: nil, tz: [], strict: false, between: ["1", "2"]),
        Success(arguments: ["--between=1", "2"], positionals: [], format: nil, tz: [], strict: false, between: ["1", "2"]),
        Success(arguments: ["--", "--strict", "-x"], positionals: ["--strict", "-x"], format: nil, tz: [], strict: false, between: nil),
        Success(arguments: ["a", "--", "--", "b"], positionals: ["a", "--", "b"], format: nil, tz: [], strict: false, between: nil),
        Success(arguments: ["-", "--format", "text"], positionals: ["-"], format: "text", tz: [], strict: false, between: nil),
        Success(arguments: ["--format=a=b"], positionals: [], format: "a=b", tz: [], strict: false, between: nil),
        Success(arguments: ["--tz", "-05:00"], positionals: [], format: nil, tz: ["-05:00"], strict: false, between: nil),
        Success(
            arguments: ["--format", "json", "--", "--format"], positionals: ["--format"], format: "json", tz: [], strict: false,
            between: nil),
    ]

    @Test(arguments: successes)
    func parses(_ example: Success) throws {
        let parsed = try ParsedOptions(parsing: example.arguments, options: Self.specs)
        #expect(parsed.positionals == example.positionals)
        #expect(try parsed.value("format") == example.format)
        #expect(parsed.values("tz") == example.tz)
        #expect(parsed.flag("strict") == example.strict)
        #expect(try parsed.group("between") == example.between)
    }

    @Test(arguments: [
        (["--fromat", "json"], "unknown option '--fromat'; did you mean '--format'?"),
        (["--xyzzy"], "unknown option '--xyzzy'"),
        (["-f"], "unknown option '-f'; did you mean '--format'?"),
        (["-q"], "unknown option '-q'"),
        (["-strict"], "unknown option '-strict'; did you mean '--strict'?"),
        (["--strict=yes"], "--strict takes no value; got 'yes'"),
        (["--format"], "--format needs a value FORMAT"),
        (["--format", "--strict"], "--format needs a value FORMAT; got option '--strict'"),
        (["--format", "--"], "--format needs a value FORMAT; got option '--'"),
        (["--format="], "--format needs a value FORMAT; got an empty one"),
        (["--between", "1"], "--between needs 2 values A B; got 1"),
        (["--between", "1", "--strict", "2"], "--between needs 2 values A B; got 1 before option '--strict'"),
    ])
    func rejects(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) {
            try ParsedOptions(parsing: arguments, options: Self.specs)
        }
    }

    @Test func aSingleValueOptionGivenTwiceIsAnErrorWhenReadAsOne() throws {
        let parsed = try ParsedOptions(parsing: ["--format", "json", "--format", "text"], options: Self.specs)
        #expect(throws: UsageError("--format may be given only once; got it 2 times")) { try parsed.value("format") }
    }

    @Test(arguments: [
        ("json", Format.json),
        ("text", Format.text),
    ])
    func choiceAcceptsEveryCase(text: String, expected: Format) throws {
        let parsed = try ParsedOptions(parsing: ["--format", text], options: Self.specs)
        #expect(try parsed.choice("format", default: Format.text) == expected)
    }

    @Test(arguments: [
        ("xml", "--format must be one of text, json; got 'xml'"),
        ("JSON", "--format must be one of text, json; got 'JSON'; did you mean 'json'?"),
        ("jsno", "--format must be one of text, json; got 'jsno'; did you mean 'json'?"),
    ])
    func choiceRejectsOtherValues(text: String, message: String) throws {
        let parsed = try ParsedOptions(parsing: ["--format", text], options: Self.specs)
        #expect(throws: UsageError(message)) { try parsed.choice("format", default: Format.text) }
    }

    @Test func choiceDefaultsWhenAbsent() throws {
        let parsed = try ParsedOptions(parsing: [], options: Self.specs)
        #expect(try parsed.choice("format", default: Format.json) == .json)
        #expect(try parsed.integer("limit", in: 1...10) == nil)
    }

    @Test(arguments: [
        ("7", 7 as Int?),
        ("-3", -3),
        ("0", 0),
        ("10", 10),
        ("11", nil),
        ("-11", nil),
        ("", nil),
        ("-", nil),
        ("+3", nil),
        ("3.0", nil),
        ("1e1", nil),
        (" 3", nil),
        ("99999999999999999999999", nil),
    ])
    func integers(text: String, expected: Int?) throws {
        if let expected {
            #expect(try ArgumentValue.integer(text, label: "--limit", in: -10...10) == expected)
        } else {
            #expect(throws: UsageError("--limit must be a whole number from -10 to 10; got '\(text)'")) {
                try ArgumentValue.integer(text, label: "--limit", in: -10...10)
            }
        }
    }

    @Test func positionalHelpers() throws {
        let parsed = try ParsedOptions(parsing: ["one", "two"], options: Self.specs)
        #expect(try parsed.positional(1, "B") == "two")
        #expect(throws: UsageError("missing argument C")) { try parsed.positional(2, "C") }
        #expect(throws: UsageError("unexpected argument 'two'")) { try parsed.expectPositionals(atMost: 1) }
        try parsed.expectPositionals(atMost: 2)
    }
}
