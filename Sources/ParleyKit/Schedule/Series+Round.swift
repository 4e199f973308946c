extension Series {
    /// The same series with `round` recorded after its other rounds.
    func adding(_ round: Round) -> Series {
        Series(self, rounds: rounds + [round])
    }

    /// The same series without its round `number` (the series a re-planned round is searched in).
    func removing(round number: Int) -> Series {
        Series(self, rounds: rounds.filter { $0.number != number })
    }

    /// The same series with `rounds` instead of its own.
    func replacingRounds(_ rounds: [Round]) -> Series {
        Series(self, rounds: rounds)
    }

    /// The same series with `topics` instead of its own (its shared agendas' and its own, resolved).
    func replacingTopics(_ topics: [Topic]) -> Series {
        Series(self, rounds: rounds, topics: topics)
    }
}
