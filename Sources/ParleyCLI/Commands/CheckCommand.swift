import CivilTime
import Foundation
import ParleyKit

/// `parley check [PATH...] [--format text|json|github|sarif] [--strict] [--from DATE] [--to DATE]`:
/// reads the plans, expands their rounds in the window and reports every finding.
struct CheckCommand: Command {
    let name = "check"
    let summary = "Check plans for malformed input and broken rules."
    let discussion = """
        Reads every *.parley file under each PATH (default: Plans) and the files they use,
        expands each series' rounds in the window (default: a year before today to three
        years after), and runs the rules: \(RuleCatalog.all.map(\.code.rawValue).joined(separator: ", ")).
        Rules are hard (errors) unless marked soft (warnings). --explain CODE describes a rule.
        --today pins the day the check runs, for reproducible output.
        """
    let usageForms = ["check", "explain"]
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated, only: ["check"])]
    let options: [OptionSpec] = [
        OptionSpec.choice("format", ReportFormat.allCases.map(\.rawValue), "The report's format (default: text).").only(in: "check"),
        OptionSpec.flag("strict", "Treat warnings as errors.").only(in: "check"),
        OptionSpec.value("from", "DATE", "First day of the window (default: a year before today).").only(in: "check"),
        OptionSpec.value("to", "DATE", "Last day of the window (default: three years after today).").only(in: "check"),
        OptionSpec.value("today", "DATE", "The day to check as of (default: today in UTC).").only(in: "check"),
        OptionSpec.allowOutside.only(in: "check"),
        OptionSpec.maxFiles.only(in: "check"),
        OptionSpec.maxFileSize.only(in: "check"),
        OptionSpec.maxOccurrences.only(in: "check"),
        OptionSpec.maxFindings.only(in: "check"),
        OptionSpec.maxSuggestions.only(in: "check"),
        OptionSpec.value("explain", "CODE", "Explain the rule with this code and exit.").required().only(in: "explain"),
    ]
    let exitCodes: [ExitCode: String] = [
        .success: "no errors (warnings are allowed unless --strict)",
        .findings: "the plans break a rule: errors, or warnings under --strict",
        .invalidInput: "a plan file is malformed or missing, or the command line is invalid",
    ]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        if let code = try parsed.value("explain") {
            try parsed.expectPositionals(atMost: 0)
            guard let text = RuleCatalog.explain(code) else {
                let codes = RuleCatalog.all.map(\.code.rawValue)
                var message = "unknown rule code '\(code)'"
                if let best = Spelling.closest(to: code, among: codes, limit: 1).first { message += "; did you mean '\(best)'?" }
                throw UsageError(message + " (codes: \(codes.joined(separator: ", ")))")
            }
            invocation.write(text)
            return .success
        }
        let format = try parsed.choice("format", default: ReportFormat.text)
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let defaults = DateWindow.around(today)
        let from = try parsed.date("from") ?? defaults.from
        let through = try parsed.date("to") ?? defaults.through
        guard from <= through else { throw UsageError("--from \(from) is after --to \(through)") }
        let window = DateWindow(from: from, through: through)
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let reader = try parsed.planReader(for: paths)
        let loaded = Resolver.load(paths, reader: reader)
        let options = CheckOptions(today: today, window: window, strict: parsed.flag("strict"), reader: reader)
        let result = Checker.check(loaded, options: options)
        let style = invocation.outputStyle
        let label = { (severity: Severity) in
            switch severity {
            case .error: style.errorLabel
            case .warning: style.warningLabel
            case .note: style.noteLabel
            }
        }
        switch format {
        case .json:
            var writer = invocation.jsonWriter()
            JSONReporter.write(result.findings, to: &writer)
        case .text:
            // Streamed: a report of a hundred thousand findings is tens of megabytes.
            let channel = invocation.output.standardOutput
            TextReporter.write(result.findings, sources: loaded.sources, label: label) { channel.write(bytes: $0) }
        case .github:
            let channel = invocation.output.standardOutput
            GitHubReporter.write(result.findings) { channel.write(bytes: $0) }
        case .sarif:
            var writer = invocation.jsonWriter()
            SARIFReporter.write(result.findings, to: &writer)
        }
        if result.hasInputErrors { return .invalidInput }
        return result.errorCount > 0 ? .findings : .success
    }
}
