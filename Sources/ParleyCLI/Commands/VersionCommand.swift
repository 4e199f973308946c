import ParleyKit

/// `parley version`: the same as `parley --version`.
struct VersionCommand: Command {
    let name = "version"
    let summary = "Print parley's version."

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        try parsed.expectPositionals(atMost: 0)
        invocation.write("parley \(BuildInfo.version)\n")
        return .success
    }
}
