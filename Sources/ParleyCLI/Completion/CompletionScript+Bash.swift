extension CompletionScript {
    /// The bash script: `complete -F _parley parley` and its helpers.
    static var bash: String {
        var text = header(.bash) + "\n"
        text += "_parley_series() { command parley completions --list series 2>/dev/null; }\n\n"
        text += "# _parley_arity COMMAND OPTION: how many values follow OPTION.\n_parley_arity() {\n    case \"$1:$2\" in\n"
        for command in commands {
            for option in options(of: command) where !option.isFlag {
                text += "        \(command.name):--\(option.name)) echo \(option.placeholders.count) ;;\n"
            }
        }
        text += "        *:--color) echo 1 ;;\n        *) echo 0 ;;\n    esac\n}\n\n"
        text += "# _parley_option_values COMMAND OPTION: the values of OPTION.\n_parley_option_values() {\n    case \"$1:$2\" in\n"
        for command in commands {
            for option in options(of: command) where !option.isFlag && option.name != OptionSpec.color.name {
                text +=
                    "        \(command.name):--\(option.name)) \(bashAction(CompletionValues(placeholder: option.placeholders[0]))) ;;\n"
            }
        }
        text += "        *:--color) \(bashAction(CompletionValues(placeholder: OptionSpec.color.placeholders[0]))) ;;\n    esac\n}\n\n"
        text += "# _parley_options COMMAND: the options COMMAND accepts.\n_parley_options() {\n    case \"$1\" in\n"
        for command in commands {
            text += "        \(command.name)) echo \"\(options(of: command).map { "--\($0.name)" }.joined(separator: " "))\" ;;\n"
        }
        text += "        *) echo \"--color --help --version\" ;;\n    esac\n}\n\n"
        text += "# _parley_positional COMMAND INDEX: the values of COMMAND's INDEX-th argument (from 0).\n"
        text += "_parley_positional() {\n    case \"$1:$2\" in\n"
        for command in commands {
            let values = positionalValues(of: command)
            for (index, value) in values.enumerated() {
                let repeats = index == values.count - 1 && lastPositionalRepeats(command)
                text += "        \(command.name):\(repeats ? "*" : String(index))) \(bashAction(value)) ;;\n"
            }
        }
        text += "    esac\n}\n\n"
        text += """
            _parley() {
                local cur="${COMP_WORDS[COMP_CWORD]}" command="" option="" pending=0 position=0 i word
                COMPREPLY=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    word="${COMP_WORDS[i]}"
                    if ((pending > 0)); then pending=$((pending - 1)); continue; fi
                    case "$word" in
                        --*=*) ;;
                        -*) option="$word"; pending=$(_parley_arity "$command" "$word") ;;
                        *) if [[ -z "$command" ]]; then command="$word"; else position=$((position + 1)); fi ;;
                    esac
                done
                if ((pending > 0)); then
                    _parley_option_values "$command" "$option"
                elif [[ "$cur" == -* ]]; then
                    COMPREPLY=($(compgen -W "$(_parley_options "$command")" -- "$cur"))
                elif [[ -z "$command" ]]; then
                    COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " "))" -- "$cur"))
                else
                    _parley_positional "$command" "$position"
                fi
            }

            complete -F _parley parley

            """
        return text
    }

    /// The bash statement that fills `COMPREPLY` with `values` matching `$cur`.
    private static func bashAction(_ values: CompletionValues) -> String {
        switch values {
        case .none: ":"
        case .words(let words): "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
        case .files: "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .directories: "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .series: "COMPREPLY=($(compgen -W \"$(_parley_series)\" -- \"$cur\"))"
        }
    }
}
