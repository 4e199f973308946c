extension CompletionScript {
    /// The zsh script: a `#compdef parley` function for `fpath`, which also registers itself
    /// with `compdef` when sourced.
    static var zsh: String {
        var text = "#compdef parley\n" + header(.zsh) + "\n"
        text += "_parley_series() {\n    local -a ids\n    ids=(${(f)\"$(command parley completions --list series 2>/dev/null)\"})\n"
        text += "    _wanted series expl 'series id' compadd -a ids\n}\n\n"
        text += "_parley() {\n    local curcontext=\"$curcontext\" state line\n    typeset -A opt_args\n    _arguments -C \\\n"
        text += "        \(zshOption(OptionSpec.color)) \\\n"
        text += "        '(- *)'{-h,--help}'[\(zshEscape(shortHelp(OptionSpec.help.help)))]' \\\n"
        text += "        '(- *)--version[Print the version and exit]' \\\n"
        text += "        '1:command:->command' \\\n        '*::argument:->argument'\n"
        text += "    case $state in\n        command)\n            local -a commands=(\n"
        for command in commands {
            text += "                '\(command.name):\(zshEscape(shortHelp(command.summary)))'\n"
        }
        text += "            )\n            _describe -t commands 'parley command' commands\n            ;;\n"
        text += "        argument)\n            curcontext=\"${curcontext%:*:*}:parley-$words[1]:\"\n            case $words[1] in\n"
        for command in commands {
            var specs = options(of: command).map(zshOption)
            let values = positionalValues(of: command)
            for (index, value) in values.enumerated() {
                let label = command.positionals[index].name.lowercased()
                let repeats = index == values.count - 1 && lastPositionalRepeats(command)
                specs.append("'\(repeats ? "*" : String(index + 1)):\(label):\(zshAction(value))'")
            }
            text += "                \(command.name))\n                    _arguments \\\n"
            text += specs.map { "                        " + $0 }.joined(separator: " \\\n") + "\n                    ;;\n"
        }
        text += "            esac\n            ;;\n    esac\n}\n\n"
        text += "if [[ \"${funcstack[1]}\" == _parley ]]; then\n    _parley \"$@\"\nelse\n    compdef _parley parley\nfi\n"
        return text
    }

    /// One `_arguments` spec: `'--format=[The report format]:text|json:(text json)'`.
    private static func zshOption(_ option: OptionSpec) -> String {
        let help = "[\(zshEscape(shortHelp(option.help)))]"
        if option.name == OptionSpec.help.name { return "'(- *)'{-h,--help}'\(help)'" }
        if option.isFlag { return "'--\(option.name)\(help)'" }
        let values = option.placeholders.map { placeholder in
            ":\(zshEscape(placeholder.lowercased())):\(zshAction(CompletionValues(placeholder: placeholder)))"
        }
        return "'--\(option.name)\(option.placeholders.count == 1 ? "=" : "")\(help)\(values.joined())'"
    }

    /// The `_arguments` action offering `values`.
    private static func zshAction(_ values: CompletionValues) -> String {
        switch values {
        case .none: " "
        case .words(let words): "(\(words.joined(separator: " ")))"
        case .files: "_files"
        case .directories: "_files -/"
        case .series: "_parley_series"
        }
    }

    /// `text` safe inside a single-quoted `_arguments` spec or `_describe` entry.
    private static func zshEscape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("'", with: "'\\''").replacing("[", with: "\\[")
            .replacing("]", with: "\\]").replacing(":", with: "\\:")
    }
}
