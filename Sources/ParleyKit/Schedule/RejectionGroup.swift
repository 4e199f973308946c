import CivilTime

/// Why windows were rejected, for the whole search, grouped by rule: "142 windows fell on a
/// public holiday of ID or RU". A window that breaks several rules counts in each group.
///
/// Like Microsoft Graph's `emptySuggestionsReason`, but in plain words and for every rule,
/// so that a search that finds nothing says what to relax.
public struct RejectionGroup: Hashable, Sendable {
    /// The rule's stable code (`holiday`, `blackout`, …).
    public let code: FindingCode
    /// How many windows this rule rejected.
    public let windows: Int
    /// What those windows did, in plain words, without the count (`fell on a blackout day`).
    public let reason: String
    /// The first rejected window's start.
    public let exampleDate: LocalDate
    /// The rule's message for that window.
    public let example: String

    /// A group from its parts.
    public init(code: FindingCode, windows: Int, reason: String, exampleDate: LocalDate, example: String) {
        self.code = code
        self.windows = windows
        self.reason = reason
        self.exampleDate = exampleDate
        self.example = example
    }

    /// `142 windows fell on a public holiday of ID or RU`.
    public var sentence: String { "\(windows) \(windows == 1 ? "window" : "windows") \(reason)" }

    /// What windows rejected by `code` did, in plain words. `countries` are the partner and
    /// host countries (`ID or RU`), `people` the series' delegates.
    static func reason(code: FindingCode, countries: [String], people: [String]) -> String {
        let whose = countries.isEmpty ? "" : " of " + list(countries, "or")
        let who = people.isEmpty ? "a delegate" : list(people, "or")
        switch code {
        case .holiday: return "fell on a public holiday or collective leave day\(whose)"
        case .weekend: return "fell on a weekend\(whose)"
        case .observance: return "fell in an observance the series avoids"
        case .doubleBooked: return "put \(who) in two places at once"
        case .travel: return "left \(who) no travel day between rounds in different cities"
        case .venue: return "found the venue taken by another round"
        case .busy: return "clashed with \(who)'s busy calendar"
        case .hours: return "fell outside the working hours of a party"
        case .cadence: return "broke the agreed rhythm (early or late)"
        case .gap: return "came too close to, or too far from, a neighbouring round (gap rule)"
        case .host: return "broke the hosting arrangement"
        case .order: return "fell outside the window after the series this one follows"
        case .blackout: return "touched a blackout day"
        case .obligation: return "left a round of another series without its follow-up"
        case .stale: return "left an earlier round over but still planned or proposed"
        case .agenda: return "left an agenda topic uncovered for too many rounds"
        case .input: return "could not be read (an input error)"
        }
    }

    /// `A`, `A or B`, `A, B or C`.
    static func list(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
