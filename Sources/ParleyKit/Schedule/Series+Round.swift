extension Series {
    /// The same series with `round` recorded after its other rounds.
    ///
    /// Every stored property is copied by name, so a property added to ``Series`` later is a
    /// compile error here rather than silently lost from candidate plans.
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

    private init(_ base: Series, rounds: [Round], topics: [Topic]? = nil) {
        kind = base.kind
        id = base.id
        title = base.title
        partners = base.partners
        basis = base.basis
        cadence = base.cadence
        lastingDays = base.lastingDays
        sessions = base.sessions
        hosting = base.hosting
        delegates = base.delegates
        rules = base.rules
        pauses = base.pauses
        self.rounds = rounds
        meetings = Series.meetings(among: rounds)
        location = base.location
        preferredMonths = base.preferredMonths
        travelDays = base.travelDays
        organizer = base.organizer
        reminders = base.reminders
        milestones = base.milestones
        noticeDays = base.noticeDays
        self.topics = topics ?? base.topics
        agendas = base.agendas
    }
}
