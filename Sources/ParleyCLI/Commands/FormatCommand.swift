import Basics
import Foundation
import ParleyKit

/// `parley fmt [PATH...] [--check]`: rewrites plan files in their canonical form.
struct FormatCommand: Command {
    let name = "fmt"
    let summary = "Format plan files canonically, keeping comments."
    let discussion = """
        Rewrites every *.parley file under each PATH (default: Plans) in canonical form:
        two-space indentation, one space between words, comments kept, at most one blank
        line in a row. Files are replaced atomically. With --check nothing is written; the
        files that would change are listed and the exit status is 1.
        A file with syntax errors is not touched; its errors are printed (as by check) and the exit status is 2.
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] =
        [.flag("check", "Write nothing; exit 1 if any file is not formatted."), .noFollow, .allowOutside] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "every file is formatted (files that were not have been rewritten)",
        .findings: "with --check: some files are not formatted",
        .invalidInput: "a file cannot be read or has syntax errors, or the command line is invalid",
    ]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let checkOnly = parsed.flag("check")
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let reader = try parsed.planReader(for: paths)
        var invalid = false
        var changed = false
        for path in paths {
            guard let files = reader.planFiles(at: path) else {
                invocation.write("\(path):1:1: error: cannot read \(path): no such file or folder [input]\n")
                invalid = true
                continue
            }
            for file in files {
                let text: String
                switch reader.read(file) {
                case .failure(let failure):
                    invocation.write("\(file):1:1: error: cannot read \(file): \(failure.reason) [input]\n")
                    invalid = true
                    continue
                case .success(let value): text = value
                }
                switch Formatter.format(text, path: file) {
                case .failure(let error):
                    let source = SourceFile(path: file, text: text)
                    if !reader.openedPath(file).hasSuffix(".parley"), let line = Resolver.failsAsPlan(source, error.findings) {
                        let message = "\(file) is not a plan: line \(line) is not Parley syntax; its content is not shown"
                        invocation.write("\(file):\(line):1: error: \(message) [input]\n")
                    } else {
                        invocation.write(TextReporter.report(error.findings, sources: [file: source]))
                    }
                    invalid = true
                case .success(let formatted):
                    guard formatted != text else { continue }
                    changed = true
                    if checkOnly {
                        invocation.write("\(file): not formatted\n")
                    } else {
                        try AtomicFile.write(Array(formatted.utf8), to: file, followingSymbolicLinks: !parsed.flag("no-follow"))
                        invocation.write("\(file): formatted\n")
                    }
                }
            }
        }
        if invalid { return .invalidInput }
        return checkOnly && changed ? .findings : .success
    }
}
