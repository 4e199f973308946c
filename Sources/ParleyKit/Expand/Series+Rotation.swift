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

    /// The member whose turn it is at `round` after a round chaired by `previous` (`nil`:
    /// the first in the order), passing over the members `round` says declined.
    public func expectedChair(after previous: String?, at round: Round, order: [String]) -> String? {
        let declined = Set(round.declinedBy.map(\.id))
        let start = previous.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        for step in 0..<order.count {
            let member = order[(start + step) % order.count]
            if !declined.contains(member) { return member }
        }
        return nil
    }
}
