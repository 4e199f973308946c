/// A shell `parley completions` writes a script for.
enum CompletionShell: String, CaseIterable, Sendable {
    case bash
    case zsh
    case fish

    /// The completion script for this shell, made from ``CommandRegistry/commands``.
    var script: String {
        switch self {
        case .bash: CompletionScript.bash
        case .zsh: CompletionScript.zsh
        case .fish: CompletionScript.fish
        }
    }
}
