/// How a caller lets its user see more of a proposal or search other dates, named in the
/// proposal's text (the library never names a command's options itself).
///
/// ```swift
/// proposal.text(limit: 5, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before"))
/// // … (22 more windows fit; raise --limit to see them)
/// ```
public struct ProposalHints: Hashable, Sendable {
    /// Said after "N more windows fit; " when suggestions are cut off.
    public var moreSuggestions: String?
    /// The controls that move the search range, as in "search other dates with …".
    public var otherDates: String?

    /// Hints from their parts; `nil` leaves the advice out.
    public init(moreSuggestions: String? = nil, otherDates: String? = nil) {
        self.moreSuggestions = moreSuggestions
        self.otherDates = otherDates
    }
}
