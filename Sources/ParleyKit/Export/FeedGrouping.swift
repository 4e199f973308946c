/// How `parley ics` splits a plan's rounds into feeds (`--by`); every grouping also writes `all.ics`.
public enum FeedGrouping: String, Hashable, Sendable, CaseIterable {
    /// One feed per series: `id-ru-iis.ics`.
    case series
    /// One feed per country with every round it takes part in, as a partner or as the host
    /// venue's country: `country-ID.ics`.
    case country
    /// One feed per person with the rounds they attend as a delegate or organise: `person-id-deputy.ics`.
    case person
}
