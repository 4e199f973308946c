import Basics
import Testing

/// ``VisibleText`` against a slow, obviously correct reference: scalar by scalar, each control
/// character (listed here from the Unicode code charts, not from the code under test) becomes
/// `\u{HEX}`.
@Suite struct VisibleTextTests {
    /// One member of each class the issue names: C0, DEL, C1, the line and paragraph
    /// separators, and the bidirectional controls.
    static let classes: [(name: String, scalars: [UInt32])] = [
        ("C0", [0x00, 0x07, 0x08, 0x0D, 0x1B, 0x1F]),
        ("DEL", [0x7F]),
        ("C1", [0x80, 0x85, 0x9B, 0x9D, 0x9F]),
        ("separators", [0x2028, 0x2029]),
        ("bidi", [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]),
    ]

    /// The reference escape of one line (line feeds escaped too, no workflow-command rule).
    static func reference(_ text: String) -> String {
        let controls = Set(classes.flatMap(\.scalars) + Array(0x00...0x1F).filter { $0 != 0x09 } + Array(0x80...0x9F))
        var output = ""
        for scalar in text.unicodeScalars {
            if controls.contains(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test(arguments: classes.map(\.name))
    func eachControlClassIsShownVisibly(_ name: String) throws {
        let scalars = try #require(Self.classes.first { $0.name == name }).scalars
        for value in scalars {
            let scalar = try #require(Unicode.Scalar(value))
            let text = "before \(Character(scalar)) after"
            let escaped = VisibleText.escapingLine(text)
            #expect(escaped == Self.reference(text))
            #expect(!escaped.unicodeScalars.contains { VisibleText.isControl($0.value) && $0 != "\t" })
        }
    }

    /// Every scalar up to U+2100 and a sample beyond, in one string, against the reference.
    @Test func agreesWithTheReferenceOnEveryScalarOfTheFirstPlanes() {
        var text = ""
        for value in UInt32(0)...0x2100 { if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } }
        for value in [0xFEFF, 0xFFFD, 0x1F600, 0xE0001] as [UInt32] { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        #expect(VisibleText.escapingLine(text) == Self.reference(text))
    }

    @Test func lineFeedsAreKeptInTextAndEscapedInALine() {
        #expect(VisibleText("a\nb").text == "a\nb")
        #expect(VisibleText.escapingLine("a\nb") == "a\\u{0A}b")
        #expect(VisibleText("a\r\nb").text == "a\\u{0D}\nb")
    }

    /// Lines the GitHub Actions runner or Azure Pipelines would run as commands are neutralised,
    /// also after indentation; the same text in the middle of a line is left alone.
    @Test func workflowCommandsCannotStartALine() {
        let text = "::warning file=Plans/partners.parley,line=3::Forged\n  ::error::x\n##[error]y\n#[not]\nsee ::this:: and ##[that]\n"
        let shown = VisibleText(text).text
        #expect(
            shown
                == "\\u{3A}:warning file=Plans/partners.parley,line=3::Forged\n  \\u{3A}:error::x\n\\u{23}#[error]y\n#[not]\nsee ::this:: and ##[that]\n"
        )
        for line in shown.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            #expect(!trimmed.hasPrefix("::") && !trimmed.hasPrefix("##["))
        }
    }

    /// A newline smuggled in a piece cannot start a command either: it is escaped in a line,
    /// and a kept one starts a line that is checked.
    @Test func aSmuggledNewlineStartsNoCommand() {
        var text = VisibleText.verbatim("Plans/a.parley:3:1: error: ")
        text.append("x\u{0B}\n::error::Forged")
        #expect(text.text == "Plans/a.parley:3:1: error: x\\u{0B}\n\\u{3A}:error::Forged")
    }

    /// Escaping visible text again changes nothing, so text escaped twice on its way out reads the same.
    @Test func escapingIsIdempotent() {
        let text = "::x\u{1B}[2J\u{9B}31m\u{2028}\n##[y\u{202E}"
        let once = VisibleText(text).text
        #expect(VisibleText(once).text == once)
    }
}
