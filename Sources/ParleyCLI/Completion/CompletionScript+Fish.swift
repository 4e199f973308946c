extension CompletionScript {
    /// The fish script: one `complete -c parley` line per command, option and argument.
    static var fish: String {
        var text = header(.fish) + "\n"
        text += """
            # __parley_argument COMMAND INDEX: whether the word being completed is COMMAND's INDEX-th argument
            # (from 0); INDEX+ means that one or any later one.
            function __parley_argument --argument-names command index
                set -l words (commandline -opc)
                set -l seen ''
                set -l position -1
                set -l pending 0
                for word in $words[2..-1]
                    if test $pending -gt 0
                        set pending (math $pending - 1)
                        continue
                    end
                    switch $word
                        case '--*=*'
                        case '-*'
                            set pending (__parley_arity "$seen" $word)
                        case '*'
                            test -z "$seen"; and set seen $word; or set position (math $position + 1)
                    end
                end
                test "$seen" = "$command"; or return 1
                test $pending -eq 0; or return 1
                set position (math $position + 1)
                if string match -q '*+' -- $index
                    test $position -ge (string trim -r -c + -- $index)
                else
                    test $position -eq $index
                end
            end

            function __parley_series
                command parley completions --list series 2>/dev/null
            end


            """
        text += "function __parley_arity\n    switch \"$argv[1]:$argv[2]\"\n"
        for command in commands {
            for option in options(of: command) where !option.isFlag {
                text += "        case '\(command.name):--\(option.name)'\n            echo \(option.placeholders.count)\n"
            }
        }
        text += "        case '*:--color'\n            echo 1\n        case '*'\n            echo 0\n    end\nend\n\n"
        text += "complete -c parley -f\n"
        text +=
            "complete -c parley -l color -x -a '\(OptionSpec.color.placeholders[0].replacing("|", with: " "))' "
            + "-d \(fishQuote(shortHelp(OptionSpec.color.help)))\n"
        text += "complete -c parley -s h -l help -d \(fishQuote(shortHelp(OptionSpec.help.help)))\n"
        text += "complete -c parley -n __fish_use_subcommand -l version -d 'Print the version and exit'\n"
        for command in commands {
            text += "complete -c parley -n __fish_use_subcommand -a \(command.name) -d \(fishQuote(shortHelp(command.summary)))\n"
        }
        for command in commands {
            text += "\n"
            let condition = "-n '__fish_seen_subcommand_from \(command.name)'"
            for option in command.options {
                var line = "complete -c parley \(condition) -l \(option.name)"
                if !option.isFlag { line += " -r " + fishAction(CompletionValues(placeholder: option.placeholders[0])) }
                text += line + " -d \(fishQuote(shortHelp(option.help)))\n"
            }
            let values = positionalValues(of: command)
            for (index, value) in values.enumerated() {
                let repeats = index == values.count - 1 && lastPositionalRepeats(command)
                let position = "'__parley_argument \(command.name) \(index)\(repeats ? "+" : "")'"
                text += "complete -c parley -n \(position) \(fishAction(value)) -d \(fishQuote(command.positionals[index].name))\n"
            }
        }
        return text
    }

    /// The `complete` flags offering `values` (`-x` takes an argument, `-F` offers files).
    private static func fishAction(_ values: CompletionValues) -> String {
        switch values {
        case .none: "-x"
        case .words(let words): "-x -a \(fishQuote(words.joined(separator: " ")))"
        case .files: "-F"
        case .directories: "-x -a '(__fish_complete_directories)'"
        case .series: "-x -a '(__parley_series)'"
        }
    }

    /// `text` in fish single quotes.
    private static func fishQuote(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
