import Testing

@testable import ParleyCLI

@Suite("Colour: only on a terminal, never with NO_COLOR, --color overrides")
struct ColorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let mode: String?
        let isTerminal: Bool
        let noColor: String?
        let coloured: Bool
        var testDescription: String { "--color \(mode ?? "-") terminal=\(isTerminal) NO_COLOR=\(noColor ?? "unset") → \(coloured)" }
    }

    static let cases: [Case] = [
        Case(mode: nil, isTerminal: true, noColor: nil, coloured: true),
        Case(mode: nil, isTerminal: false, noColor: nil, coloured: false),
        Case(mode: nil, isTerminal: true, noColor: "1", coloured: false),
        Case(mode: nil, isTerminal: true, noColor: "", coloured: true),
        Case(mode: "auto", isTerminal: true, noColor: "yes", coloured: false),
        Case(mode: "never", isTerminal: true, noColor: nil, coloured: false),
        Case(mode: "always", isTerminal: false, noColor: nil, coloured: true),
        Case(mode: "always", isTerminal: true, noColor: "1", coloured: true),
    ]

    @Test(arguments: cases)
    func errorLabelIsColouredExactlyWhenAllowed(_ example: Case) {
        var arguments = ["chek"]
        if let mode = example.mode { arguments += ["--color", mode] }
        var environment: [String: String] = [:]
        if let noColor = example.noColor { environment["NO_COLOR"] = noColor }
        let result = ParleyRun(arguments, environment: environment, standardErrorIsTerminal: example.isTerminal)
        #expect(result.code == .invalidInput)
        let colouredLabel = "\u{1B}[1;31mError:\u{1B}[0m unknown command 'chek'"
        if example.coloured {
            #expect(result.standardError.hasPrefix(colouredLabel))
        } else {
            #expect(result.standardError.hasPrefix("Error: unknown command 'chek'"))
            #expect(!result.standardError.contains("\u{1B}"))
        }
    }

    @Test func eachStreamIsDecidedOnItsOwn() {
        let output = Output.capturing(standardOutputIsTerminal: false, standardErrorIsTerminal: true)
        let invocation = Invocation(arguments: [], environment: [:], output: output, colorMode: .auto)
        #expect(!invocation.outputStyle.isEnabled)
        #expect(invocation.errorStyle.isEnabled)
    }

    @Test func labelsAreColouredOnlyWhenEnabled() {
        let on = TextStyle(isEnabled: true)
        let off = TextStyle(isEnabled: false)
        #expect(on.errorLabel == "\u{1B}[1;31merror:\u{1B}[0m")
        #expect(on.warningLabel == "\u{1B}[1;33mwarning:\u{1B}[0m")
        #expect(on.noteLabel == "\u{1B}[1;36mnote:\u{1B}[0m")
        #expect(off.errorLabel == "error:")
        #expect(off.warningLabel == "warning:")
        #expect(off.noteLabel == "note:")
        #expect(off.bold("x") == "x" && off.dim("x") == "x" && off.success("x") == "x")
    }

    @Test func helpTextHasNoEscapesEvenOnATerminal() {
        let result = ParleyRun(["--help"], standardOutputIsTerminal: true)
        #expect(!result.standardOutput.contains("\u{1B}"))
    }
}
