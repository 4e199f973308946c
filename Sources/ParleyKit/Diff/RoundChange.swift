/// How one round differs between two versions of a plan: a recorded round (matched by series
/// and number) or a round the cadence implies.
public struct RoundChange: Sendable {
    /// One way a round changed.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Only in the new plan.
        case added
        /// Only in the old plan.
        case removed
        /// Its first day or daily start changed.
        case moved
        /// Its host or venue changed (or it went online, or came off it).
        case host
        /// Its status changed (planned to held, to cancelled, …).
        case status
        /// Its notes changed.
        case notes
    }

    /// The series' id.
    public let seriesID: String
    /// The round number.
    public let number: Int
    /// Whether the round is implied (in the new plan, or in the old one when removed).
    public let isImplied: Bool
    /// The round in the old plan, when there.
    public let old: RoundEntry?
    /// The round in the new plan, when there.
    public let new: RoundEntry?
    /// What changed, in the order of ``Kind``.
    public let kinds: [Kind]

    /// The change from `old` to `new` (one of them may be missing), or `nil` when nothing changed.
    init?(old: RoundEntry?, new: RoundEntry?) {
        guard let either = new ?? old else { return nil }
        var kinds: [Kind] = []
        if let old, let new {
            if old.firstDay != new.firstDay || old.time?.hours?.start != new.time?.hours?.start { kinds.append(.moved) }
            if old.venue?.id != new.venue?.id || old.isVirtual != new.isVirtual { kinds.append(.host) }
            if old.statusText != new.statusText { kinds.append(.status) }
            if old.notes != new.notes { kinds.append(.notes) }
        } else {
            kinds.append(new == nil ? .removed : .added)
        }
        guard !kinds.isEmpty else { return nil }
        seriesID = either.series.id
        number = either.number
        isImplied = either.isImplied
        self.old = old
        self.new = new
        self.kinds = kinds
    }

    /// The change in words: `moved 2026-03-10 → 2026-04-14; host tokyo → jakarta`, `added
    /// 2027-03-10 planned at tokyo`.
    public var description: String {
        if kinds == [.added], let new {
            return (["added", new.daysText, new.statusText] + (new.placeText.map { ["at", $0] } ?? [])).joined(separator: " ")
        }
        if kinds == [.removed], let old { return "removed (was \(old.daysText) \(old.statusText))" }
        guard let old, let new else { return "" }
        return kinds.map { kind in
            switch kind {
            case .moved:
                "moved \(old.daysText)\(old.hoursText.map { " " + $0 } ?? "") → \(new.daysText)\(new.hoursText.map { " " + $0 } ?? "")"
            case .host: "host \(old.placeText ?? "undecided") → \(new.placeText ?? "undecided")"
            case .status: "status \(old.statusText) → \(new.statusText)"
            case .notes: "notes changed"
            case .added, .removed: ""
            }
        }.joined(separator: "; ")
    }
}
