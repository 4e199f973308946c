import Foundation
import ParleyKit

/// `parley completions bash|zsh|fish`: prints a shell completion script made from the commands'
/// declarations; `--list series` prints what the scripts ask for at completion time.
struct CompletionsCommand: Command {
    let name = "completions"
    let summary = "Print a shell completion script for bash, zsh or fish."
    let discussion = """
        The script completes commands, options, the values of --format, --by and --color, country
        codes, files, and the series ids of the plans in the current folder (Plans if there is
        one). Load it with: source <(parley completions bash), or save it where your shell looks
        (make install does). --list series prints the series ids the scripts offer, one a line.
        """
    let usageForms = ["script", "list"]
    let positionals = [PositionalSpec("SHELL", "bash, zsh or fish.", usage: "bash|zsh|fish", only: ["script"])]
    let options: [OptionSpec] = [
        OptionSpec.choice("list", ListKind.allCases.map(\.rawValue), "Print the series ids of the plans in the current folder and exit.")
            .required().only(in: "list")
    ]
    let exitCodes: [ExitCode: String] = [.success: "the script or list was printed", .invalidInput: "the command line is invalid"]

    /// What `--list` prints.
    enum ListKind: String, CaseIterable, Sendable {
        case series
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        if try parsed.value("list") != nil {
            _ = try parsed.choice("list", default: ListKind.series)
            try parsed.expectPositionals(atMost: 0)
            invocation.write(Self.seriesIDs().map { $0 + "\n" }.joined())
            return .success
        }
        try parsed.expectPositionals(atMost: 1)
        let shellName = try parsed.positional(0, "SHELL")
        let shell = try ArgumentValue.choice(shellName, label: "SHELL", as: CompletionShell.self)
        invocation.write(shell.script)
        return .success
    }

    /// The ids of the series in `Plans` when the current folder has one, else in the current folder, sorted.
    private static func seriesIDs() -> [String] {
        var isDirectory: ObjCBool = false
        let folder = FileManager.default.fileExists(atPath: "Plans", isDirectory: &isDirectory) && isDirectory.boolValue ? "Plans" : "."
        return Resolver.load([folder], reader: DiskPlanReader()).plan.series.map(\.id).sorted()
    }
}
