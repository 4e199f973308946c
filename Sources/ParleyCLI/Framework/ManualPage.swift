import ParleyKit

/// The manual page `parley.1` (roff, `man` macros), made from the same declarations as `--help`:
/// every command with its usage, discussion, arguments, options and exit codes.
enum ManualPage {
    /// The whole page, as `parley help --man` prints it and `make install` installs it.
    static var text: String {
        var page = ".TH PARLEY 1 \"\" \"parley \(Parley.version)\" \"User Commands\"\n"
        page += ".SH NAME\nparley \\- plan recurring bilateral consultations; read and write iCalendar\n"
        page += ".SH SYNOPSIS\n.nf\n"
        page += TopLevelHelp.usage.split(separator: "\n").map { roff(code: trimUsage(String($0))) }.joined(separator: "\n") + "\n.fi\n"
        page += ".SH DESCRIPTION\n"
        page += "Parley checks diplomatic consultation plans (\\fI*.parley\\fR files), writes iCalendar feeds of their rounds "
        page += "and proposes the next round of a series. Each command is described below; "
        page += "\\fBparley help\\fR \\fICOMMAND\\fR prints the same text.\n"
        page += ".SH OPTIONS\nThese options are accepted before or after any command.\n"
        page += item(OptionSpec.color.helpLabel, OptionSpec.color.help)
        page += item(OptionSpec.help.helpLabel, "Show help (after a command: that command's help) and exit.")
        page += item("--version", "Print the version and exit.")
        page += ".SH COMMANDS\n"
        for command in CommandRegistry.commands.sorted(by: { $0.name < $1.name }) {
            page += section(command)
        }
        page += ".SH EXIT STATUS\n"
        page += ExitCode.allCases.map { item("\($0.rawValue)", $0.meaning) }.joined()
        page += ".SH ENVIRONMENT\n" + item("NO_COLOR", "When set and not empty, no colour under --color auto (https://no-color.org).")
        page += ".SH FILES\n" + item("Plans/", "The folder of plans the commands read when given no PATH.")
        page += ".SH COPYRIGHT\nCopyright The Parley authors. Licensed under the Apache License, Version 2.0.\n"
        return page
    }

    /// One command's subsection: summary, usage, discussion, arguments, options, exit codes.
    private static func section(_ command: any Command) -> String {
        var text = ".SS \(command.name)\n" + roff(command.summary) + "\n.PP\n.nf\n"
        text += command.usageLine.split(separator: "\n").map { roff(code: trimUsage(String($0))) }.joined(separator: "\n") + "\n.fi\n"
        for paragraph in paragraphs(command.discussion) {
            text += ".PP\n" + roff(paragraph) + "\n"
        }
        if !command.positionals.isEmpty {
            text += ".PP\nArguments:\n" + command.positionals.map { item($0.name, $0.help) }.joined()
        }
        text += ".PP\nOptions:\n" + (command.options + [OptionSpec.color, OptionSpec.help]).map { item($0.helpLabel, $0.help) }.joined()
        text += ".PP\nExit codes:\n"
        text += command.exitCodes.sorted { $0.key.rawValue < $1.key.rawValue }.map { item("\($0.key.rawValue)", $0.value) }.joined()
        return text
    }

    /// A tagged paragraph: `label` in bold, `text` indented below it.
    private static func item(_ label: String, _ text: String) -> String {
        ".TP\n\\fB\(roff(code: label))\\fR\n" + roff(paragraphs(text).joined(separator: " ")) + "\n"
    }

    /// A usage line without its `Usage:` lead and indentation.
    private static func trimUsage(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        return String(trimmed.hasPrefix("Usage: ") ? trimmed.dropFirst("Usage: ".count) : trimmed)
    }

    /// `text`'s paragraphs (separated by blank lines), each joined into one line.
    private static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
            .map { $0.map { $0.trimmingPrefix(while: \.isWhitespace) }.joined(separator: " ") }
    }

    /// Running text escaped for roff: backslashes, characters outside ASCII (`\\[u2013]`), and a
    /// leading `.` or `'` that would read as a request.
    private static func roff(_ text: String) -> String {
        let escaped = text.replacing("\\", with: "\\e").unicodeScalars.map { scalar in
            scalar.isASCII ? String(scalar) : "\\[u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "]"
        }.joined()
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// Command-line text escaped for roff, with every hyphen a minus sign so it can be copied.
    private static func roff(code text: String) -> String {
        roff(text).replacing("-", with: "\\-")
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
