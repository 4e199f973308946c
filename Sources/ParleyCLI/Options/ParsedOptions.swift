import CivilTime

/// A command's arguments split into options and positional arguments, with typed, validated
/// access to each.
///
/// The rules, shared by every command:
/// - `--name VALUE` and `--name=VALUE` are the same; an option with several values
///   (`--between A B`) takes that many arguments after it.
/// - Options and positional arguments may come in any order; an option may be repeated
///   (``values(_:)`` reads every occurrence, ``value(_:)`` insists on at most one).
/// - `--` ends the options: everything after it is positional, even `--strict`.
/// - `-` alone is a positional argument (conventionally standard input).
/// - A value cannot start with `--` (`--format --strict` is a missing value); write
///   `--title=--odd` to pass such a value.
/// - An unknown option is an error that suggests the closest known one.
///
/// ```swift
/// let parsed = try invocation.parse(options)          // [OptionSpec] of the command
/// let format = try parsed.choice("format", default: Format.text)
/// let year = try parsed.integer("year", in: 1800...2400) ?? 2026
/// let zone = try parsed.positional(0, "TZID")
/// try parsed.expectPositionals(atMost: 1)
/// ```
struct ParsedOptions: Hashable, Sendable {
    /// The positional arguments, in order.
    let positionals: [String]
    private let occurrences: [String: [[String]]]
    private let specs: [String: OptionSpec]

    /// Splits `arguments` by the options in `options`.
    ///
    /// - Throws: ``UsageError`` for an unknown option, a flag given a value, or an option
    ///   missing its value.
    init(parsing arguments: [String], options: [OptionSpec]) throws(UsageError) {
        var specs: [String: OptionSpec] = [:]
        for spec in options { specs[spec.name] = spec }
        var positionals: [String] = []
        var occurrences: [String: [[String]]] = [:]
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError("unknown option '\(argument)'" + Self.shortOptionSuggestion(for: argument.dropFirst(), among: specs.keys))
            }
            let body = argument.dropFirst(2)
            let name: String
            var values: [String] = []
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                values.append(String(body[body.index(after: equals)...]))
            } else {
                name = String(body)
            }
            guard let spec = specs[name] else {
                throw UsageError("unknown option '--\(name)'" + Self.suggestion(for: Substring(name), among: specs.keys))
            }
            if spec.isFlag {
                if let given = values.first {
                    throw UsageError("--\(name) takes no value; got '\(given)'")
                }
            } else {
                if values.first?.isEmpty == true {
                    throw UsageError("--\(name) needs a value \(spec.placeholders.joined(separator: " ")); got an empty one")
                }
                while values.count < spec.placeholders.count {
                    guard index < arguments.endIndex, !arguments[index].hasPrefix("--") else {
                        throw Self.missingValue(spec, given: values.count, found: index < arguments.endIndex ? arguments[index] : nil)
                    }
                    values.append(arguments[index])
                    index += 1
                }
            }
            occurrences[name, default: []].append(values)
        }
        self.positionals = positionals
        self.occurrences = occurrences
        self.specs = specs
    }

    // MARK: Options

    /// Whether the flag `--name` was given (at least once).
    func flag(_ name: String) -> Bool {
        occurrences[checked(name)] != nil
    }

    /// The value of `--name`, or `nil` when it was not given.
    ///
    /// - Throws: ``UsageError`` when the option was given more than once.
    func value(_ name: String) throws(UsageError) -> String? {
        try group(name)?.first
    }

    /// Every value of a repeatable one-value option, in command-line order
    /// (`--tz A --tz B` gives `["A", "B"]`).
    func values(_ name: String) -> [String] {
        (occurrences[checked(name)] ?? []).flatMap(\.self)
    }

    /// The values of a several-value option given at most once (`--between A B` gives `["A", "B"]`).
    ///
    /// - Throws: ``UsageError`` when the option was given more than once.
    func group(_ name: String) throws(UsageError) -> [String]? {
        guard let given = occurrences[checked(name)] else { return nil }
        guard given.count == 1, let only = given.first else {
            throw UsageError("--\(name) may be given only once; got it \(given.count) times")
        }
        return only
    }

    /// The value of `--name` as one of `T`'s cases, or `default` when not given.
    ///
    /// - Throws: ``UsageError`` such as `--format must be one of text, json; got 'xml'`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(UsageError) -> T
    where T.RawValue == String {
        guard let text = try value(name) else { return fallback }
        return try ArgumentValue.choice(text, label: "--\(name)", as: T.self)
    }

    /// The value of `--name` as a whole number inside `range`, or `nil` when not given.
    ///
    /// - Throws: ``UsageError`` such as `--year must be a whole number from 1800 to 2400; got 'abc'`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = try value(name) else { return nil }
        return try ArgumentValue.integer(text, label: "--\(name)", in: range)
    }

    /// The value of `--name` as an ISO 8601 date (`2026-03-29` or `20260329`), or `nil`.
    ///
    /// - Throws: ``UsageError`` that names the option and says what was wrong.
    func date(_ name: String) throws(UsageError) -> LocalDate? {
        guard let text = try value(name) else { return nil }
        return try ArgumentValue.date(text, label: "--\(name)")
    }

    /// The value of `--name` as an ISO 8601 date or date-time, or `nil`.
    ///
    /// - Throws: ``UsageError`` that names the option and says what was wrong.
    func dateTime(_ name: String) throws(UsageError) -> DateTimeArgument? {
        guard let text = try value(name) else { return nil }
        return try ArgumentValue.dateTime(text, label: "--\(name)")
    }

    // MARK: Positional arguments

    /// The positional argument at `index`.
    ///
    /// - Throws: ``UsageError`` `missing argument TZID` when there are fewer.
    func positional(_ index: Int, _ placeholder: String) throws(UsageError) -> String {
        guard positionals.indices.contains(index) else {
            throw UsageError("missing argument \(placeholder)")
        }
        return positionals[index]
    }

    /// Checks that no more than `count` positional arguments were given.
    ///
    /// - Throws: ``UsageError`` `unexpected argument 'x'` naming the first extra one.
    func expectPositionals(atMost count: Int) throws(UsageError) {
        if positionals.count > count {
            let extra = positionals[count]
            var message = "unexpected argument '\(extra)'"
            if extra.hasPrefix("--") { message += " (it follows '--', so it is not read as an option)" }
            throw UsageError(message)
        }
    }

    // MARK: Helpers

    /// Whether the command declares `--name` (for options several commands share in part).
    func declares(_ name: String) -> Bool {
        specs[name] != nil
    }

    private func checked(_ name: String) -> String {
        assert(specs[name] != nil, "option --\(name) read but not declared")
        return name
    }

    private static func missingValue(_ spec: OptionSpec, given: Int, found: String?) -> UsageError {
        let wanted = spec.placeholders.joined(separator: " ")
        var message =
            spec.placeholders.count == 1
            ? "--\(spec.name) needs a value \(wanted)"
            : "--\(spec.name) needs \(spec.placeholders.count) values \(wanted); got \(given)"
        if let found { message += spec.placeholders.count == 1 ? "; got option '\(found)'" : " before option '\(found)'" }
        return UsageError(message)
    }

    /// Parley has no one-letter options besides `-h`: `-f` suggests the long options starting
    /// with `f`, and `-format` suggests `--format`.
    private static func shortOptionSuggestion(for name: Substring, among names: some Collection<String>) -> String {
        guard name.count == 1 else { return suggestion(for: name, among: names) }
        let close = names.filter { $0.hasPrefix(name) }.sorted()
        guard !close.isEmpty else { return "" }
        return "; did you mean " + close.map { "'--\($0)'" }.joined(separator: " or ") + "?"
    }

    private static func suggestion(for name: Substring, among names: some Collection<String>) -> String {
        let candidates = names.sorted() + ["color", "help"]
        let close = Spelling.closest(to: String(name), among: candidates)
        guard !close.isEmpty else { return "" }
        return "; did you mean " + close.map { "'--\($0)'" }.joined(separator: " or ") + "?"
    }
}
