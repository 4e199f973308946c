import ParleyKit

/// `parley export [PATH...] --format json`: the resolved plan as JSON for other tools.
struct ExportCommand: Command {
    let name = "export"
    let summary = "Print the resolved plan as JSON (schema version \(Plan.exportSchemaVersion))."
    let discussion = """
        Reads the plans like check does and prints them resolved: every country, venue,
        person, series (with its rules and rounds) and blackout, each with the file, line and
        column it was declared at. Keys are sorted; the schema is documented in the README.
        Malformed input is reported on standard output as by check, and nothing else is
        printed (exit status 2).
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] =
        [OptionSpec.choice("format", Format.allCases.map(\.rawValue), "json (the only format)."), .allowOutside] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the plan was printed",
        .invalidInput: "a plan file is malformed or missing, or the command line is invalid",
    ]

    /// The formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case json
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        _ = try parsed.choice("format", default: Format.json)
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let loaded = Resolver.load(paths, reader: try parsed.planReader(for: paths))
        if loaded.hasInputErrors {
            invocation.write(TextReporter.report(loaded.findings, sources: loaded.sources))
            return .invalidInput
        }
        var writer = invocation.jsonWriter()
        loaded.plan.writeExport(to: &writer)
        return .success
    }
}
