/// A plan text with position markers ①②③… that a diagnostics test expects findings at.
///
/// The markers are removed before parsing; each one's line and column (in Unicode scalars)
/// is remembered, so a test reads like the plan it checks.
public struct MarkedSource {
    /// The marker characters, in order.
    public static let markers: [Character] = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"]
    /// The text without its markers.
    public let text: String
    /// Each marker's 1-based line and column (in Unicode scalars) in ``text``.
    public let positions: [Character: (line: Int, column: Int)]

    /// Reads `marked`, removing its markers.
    public init(_ marked: String) {
        var text = ""
        var positions: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if MarkedSource.markers.contains(character) {
                positions[character] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }
}
