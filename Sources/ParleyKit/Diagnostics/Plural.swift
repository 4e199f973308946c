/// A count with its noun in the right number: `1 day`, `2 days`, `0 feeds`.
///
/// ```swift
/// Plural.count(1, "feed")              // "1 feed"
/// Plural.count(3, "window")            // "3 windows"
/// Plural.count(2, "series", "series")  // "2 series"
/// ```
public enum Plural {
    /// `count` followed by `singular` when it is 1, else by `plural` (default: `singular` + "s").
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    /// `count` with a comma between groups of three digits: `2,247,000`.
    public static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var text = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (count < 0 ? "-" : "") + text
    }
}
