/// The words of a finding (its message, notes and suggestion), written only when read.
///
/// A check of a large plan can find a hundred thousand clashes, and most readers of a
/// finding never need its words: `parley next` only asks whether a window is rejected, the
/// exit code only counts errors. So a rule that can find many things hands over the facts
/// of each finding in a small value conforming to this protocol, keeps the code that writes
/// them next to the code that finds them, and the words are written when a reporter reads
/// ``Finding/message``, ``Finding/notes`` or ``Finding/suggestion``.
///
/// Conformers must write the same words every time they are asked.
protocol FindingText: Sendable {
    /// One sentence saying what is wrong (``Finding/message``).
    var message: String { get }
    /// The other sides of the finding (``Finding/notes``).
    var notes: [Finding.Note] { get }
    /// Where the notes point, in the order of ``notes``, without writing their words.
    var noteLocations: [SourceLocation] { get }
    /// The fix, when one is known (``Finding/suggestion``).
    var suggestion: Finding.Suggestion? { get }
    /// Whether ``message`` is already a string, not written when read.
    var messageIsWritten: Bool { get }
}

extension FindingText {
    var noteLocations: [SourceLocation] { notes.map(\.location) }
    var messageIsWritten: Bool { false }
}

/// Words already written, for findings made from their parts.
struct WrittenText: FindingText {
    let message: String
    let notes: [Finding.Note]
    let suggestion: Finding.Suggestion?
    var messageIsWritten: Bool { true }
}

/// Words whose message is already written (by ``Finding/inReportOrder(_:)``, which writes
/// the messages of findings that share a spot to order them), so a reporter does not
/// write it again; the notes and the suggestion are still written when read.
struct MessageWritten: FindingText {
    let message: String
    /// The words the message was written from.
    let rest: any FindingText

    var notes: [Finding.Note] { rest.notes }
    var noteLocations: [SourceLocation] { rest.noteLocations }
    var suggestion: Finding.Suggestion? { rest.suggestion }
    var messageIsWritten: Bool { true }
}

/// Words whose suggestion is replaced (by the one `parley check` finds for the round,
/// ``RoundSuggestions``); the message and notes are still written when read.
struct SuggestedText: FindingText {
    /// The words the message and notes are written from.
    let rest: any FindingText
    let suggestion: Finding.Suggestion?

    var message: String { rest.message }
    var notes: [Finding.Note] { rest.notes }
    var noteLocations: [SourceLocation] { rest.noteLocations }
    var messageIsWritten: Bool { rest.messageIsWritten }
}
