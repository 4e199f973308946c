extension Series {
    /// The same series with `round` recorded after its other rounds.
    func adding(_ round: Round) -> Series {
        Series(
            kind: kind, id: id, title: title, partners: partners, basis: basis, cadence: cadence, lastingDays: lastingDays,
            sessions: sessions, hosting: hosting, delegates: delegates, rules: rules, pauses: pauses, rounds: rounds + [round],
            location: location, preferredMonths: preferredMonths)
    }
}
