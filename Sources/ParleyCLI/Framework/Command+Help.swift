extension Command {
    /// The usage lines, made from ``positionals`` and ``options``: `Usage: parley tz TZID [--year YEAR] …`,
    /// one line per usage form, each wrapped at ``HelpTable/width`` columns.
    var usageLine: String {
        let forms = usageForms.isEmpty ? [""] : usageForms
        return forms.enumerated().map { index, form in
            let lead = (index == 0 ? "Usage: " : "       ") + "parley \(name)"
            return HelpTable.wrap(usageWords(form: form), first: lead, indent: lead.count + 1)
        }.joined(separator: "\n")
    }

    /// The text of `parley NAME --help`: summary, usage, discussion, arguments, options and exit codes.
    var helpText: String {
        var text = HelpTable.wrap(summary.split(separator: " ").map(String.init), first: "parley \(name):", indent: 2) + "\n\n"
        text += usageLine + "\n"
        if !discussion.isEmpty {
            text += "\n" + HelpTable.reflow(discussion) + "\n"
        }
        if !positionals.isEmpty {
            text += "\nArguments:\n"
            text += HelpTable.render(positionals.map { ($0.name, $0.help) })
        }
        let allOptions = options + [OptionSpec.color, OptionSpec.help]
        text += "\nOptions:\n"
        text += HelpTable.render(allOptions.map { ($0.helpLabel, $0.help) })
        text += "\nExit codes:\n"
        text += HelpTable.render(exitCodes.sorted { $0.key.rawValue < $1.key.rawValue }.map { ("\($0.key.rawValue)", $0.value) })
        return text
    }

    /// The words of one usage form: positionals, then required options, then the others in
    /// declaration order, alternatives of one group joined in one bracket.
    private func usageWords(form: String) -> [String] {
        func belongs(_ forms: Set<String>) -> Bool { forms.isEmpty || forms.contains(form) }
        var words = positionals.filter { belongs($0.forms) }.map(\.usageLabel)
        let shown = options.filter { belongs($0.forms) }
        words += shown.filter(\.isRequired).map(\.usageLabel)
        var groupsDone: Set<String> = []
        for option in shown where !option.isRequired {
            guard let group = option.group else {
                words.append("[\(option.usageLabel)]")
                continue
            }
            guard groupsDone.insert(group).inserted else { continue }
            let members = shown.filter { $0.group == group && !$0.isRequired }.map(\.usageLabel)
            words.append("[" + members.joined(separator: " | ") + "]")
        }
        return words
    }
}
