/// A named period a plan rule may avoid (`avoid ramadan`, `avoid lent`, `avoid un-observances`).
public enum Observance: String, CaseIterable, Hashable, Sendable {
    /// Ramadan as the country starts it (1 Ramadan through the day before its Eid al-Fitr).
    case ramadan
    /// Lent: Western (Ash Wednesday through Holy Saturday) or, in Orthodox countries (Russia),
    /// Great Lent (Clean Monday through Holy Saturday).
    case lent
    /// The days the United Nations calendar of conferences keeps free: Eid al-Fitr, Eid
    /// al-Adha and Orthodox Good Friday (UN holidays) and Yom Kippur and Vesak (avoided).
    case unObservances = "un-observances"

    /// The observance for a plan word (`ramadan`, `lent`, `un-observances`), or `nil`.
    public init?(word: String) { self.init(rawValue: word.lowercased()) }
}
