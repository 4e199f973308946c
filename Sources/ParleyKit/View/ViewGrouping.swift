/// What each row of a ``YearView`` stands for (`parley view --by`).
public enum ViewGrouping: String, CaseIterable, Sendable {
    /// One row per series (the default): each round appears once.
    case series
    /// One row per plan country: a round appears in the row of each partner and of its host.
    case country
    /// One row per person: a round appears in the row of each delegate of its series.
    case person
}
