extension Plural {
    /// Items joined as a sentence lists them: `ID`, `ID and JP`, `ID, JP and AU`.
    public static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
