/// What sits between lines with tokens, kept so that `parley fmt` can write it back:
/// full-line comments and (collapsed) blank lines.
public enum Trivia: Hashable, Sendable {
    /// A full-line comment.
    case comment(Comment)
    /// One or more blank lines, written back as one.
    case blankLine
}
