extension Command {
    /// The text of `parley NAME --help`: summary, usage, discussion, arguments, options and exit codes.
    var helpText: String {
        var text = "parley \(name): \(summary)\n\n\(usageLine)\n"
        if !discussion.isEmpty {
            text += "\n\(discussion)\n"
        }
        if !positionals.isEmpty {
            text += "\nArguments:\n"
            text += HelpTable.render(positionals.map { ($0.name, $0.help) })
        }
        let allOptions = options + [OptionSpec.color, OptionSpec.help]
        text += "\nOptions:\n"
        text += HelpTable.render(allOptions.map { ($0.helpLabel, $0.help) })
        text += "\nExit codes:\n"
        text += HelpTable.render(exitCodes.map { ("\($0.rawValue)", $0.meaning) })
        return text
    }
}

/// Two-column help tables: a label column padded to the widest label, then the description.
enum HelpTable {
    /// Each row as `  label   description`, one per line, labels padded to a common width.
    static func render(_ rows: [(label: String, text: String)]) -> String {
        let width = rows.map(\.label.count).max() ?? 0
        return rows.map { row in
            "  " + row.label + String(repeating: " ", count: width - row.label.count + 3) + row.text + "\n"
        }.joined()
    }
}
