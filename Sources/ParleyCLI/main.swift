import Foundation

FreedMemory.keep()
let code = run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    output: .standard
)
exit(code.rawValue)
