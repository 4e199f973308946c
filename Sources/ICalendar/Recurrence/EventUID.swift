/// An event's `UID` with the hash of its text worked out once, where the event is read (on
/// that half's core, see ``CalendarReader``), so that collecting a large calendar's masters by
/// `UID` on one core does not hash each text again.
struct EventUID: Hashable, Sendable {
    /// The `UID`'s text.
    let text: String
    private let hashOfText: Int

    init(_ text: String) {
        self.text = text
        hashOfText = text.hashValue
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.hashOfText == rhs.hashOfText && lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hashOfText)
    }
}
