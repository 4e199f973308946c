import Foundation

/// Who chairs a round and whose turn comes next in a rotation (`hosts rotate …`).
///
/// The chair of a round is its `chair` line, else the country of its venue. A rotation
/// passes the chair from member to member in its order (``rotationOrder(in:)``), wrapping
/// round; a member named in `declined by` under a round is passed over for that round, so
/// the turn goes to the next member that did not decline.
extension Series {
    /// The members in the order the chair rotates, or `nil` when the series does not rotate.
    /// `alphabetical` sorts the partners by their declared names (`country LA "Lao PDR"`) in
    /// English order (case and diacritics ignored), ids breaking ties.
    public func rotationOrder(in plan: Plan) -> [String]? {
        guard case .rotate(let rotation) = hosting?.mode else { return nil }
        switch rotation {
        case .listed(let members):
            return members.map(\.id)
        case .alphabetical:
            let named = partners.map { partner in
                (
                    id: partner.id,
                    key: (plan.countriesByID[partner.id]?.name ?? partner.id).folding(
                        options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                )
            }
            return named.sorted { ($0.key, $0.id) < ($1.key, $1.id) }.map(\.id)
        }
    }

    /// The country that chairs `round`: its `chair` line, else its venue's country.
    public func chair(of round: Round, in plan: Plan) -> String? {
        round.chair?.id ?? round.venue.flatMap { plan.venuesByID[$0.id]?.country.id }
    }

    /// The member whose turn it is after a round chaired by `previous` (`nil`: the first in
    /// the order), passing over the members in `declined` (a round's `declined by`).
    public func expectedChair(after previous: String?, passingOver declined: Set<String> = [], order: [String]) -> String? {
        let start = previous.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        for step in 0..<order.count {
            let member = order[(start + step) % order.count]
            if !declined.contains(member) { return member }
        }
        return nil
    }

    /// The member whose turn it is at a new round after `meetings` (the rounds that take
    /// place before it, in order), passing over the members in `declined` (the new round's
    /// `declined by`), and the last of them with a chair, which the turn follows as the
    /// `host` rule counts it; `nil` when the series does not rotate or every member declined.
    public func nextChair(after meetings: [Round], in plan: Plan, passingOver declined: Set<String> = []) -> (
        chair: String, after: (round: Round, chair: String)?
    )? {
        guard let order = rotationOrder(in: plan) else { return nil }
        let previous = meetings.lazy.reversed().compactMap { round in self.chair(of: round, in: plan).map { (round: round, chair: $0) } }
            .first
        return expectedChair(after: previous?.chair, passingOver: declined, order: order).map { ($0, previous) }
    }

    /// The countries that may decline a round of this series: its rotation's members, or
    /// its partners when it does not rotate.
    public func members(in plan: Plan) -> [String] {
        rotationOrder(in: plan) ?? partners.map(\.id)
    }
}
