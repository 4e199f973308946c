/// The words the plan language reserves at each level. The ``DeclarationReader`` switches over
/// these enums, so each is the one list of what it accepts; "did you mean" suggestions and
/// "expected one of" messages read the same list through ``KeywordSet/words``.
enum Keywords {
    /// Declarations at the start of a line.
    enum TopLevel: String, KeywordSet {
        case use, country, venue, person, dialogue, exchange, blackout, agenda
    }

    /// Indented lines under `country`.
    enum CountryProperty: String, KeywordSet {
        case timezone, weekend, holidays, hours, subdivision, keeps
    }

    /// Indented lines under `venue`.
    enum VenueProperty: String, KeywordSet {
        case timezone, rooms, exclusive
    }

    /// Indented lines under `person`.
    enum PersonProperty: String, KeywordSet {
        case email, busy, hours
    }

    /// Indented lines under `dialogue` and `exchange`.
    enum SeriesProperty: String, KeywordSet {
        case partners, basis, every, lasting, sessions, hosts, host, virtual, delegates, gap, tolerance, within, avoid, prefer
        case paused, round, travel, organizer, remind, milestone
        case notice
        case topic, cover, topics
    }

    /// Indented lines under a `round`.
    /// The lines of an `agenda` block.
    enum AgendaProperty: String, KeywordSet {
        case topic
    }

    enum RoundProperty: String, KeywordSet {
        case note, moved, acknowledge
        case covers, chair, declined
    }

    /// Units of `remind N … before`, in their plural spelling.
    enum ReminderUnit: String, KeywordSet {
        case minutes, hours, days, weeks
    }

    /// The direction of a milestone's offset.
    enum Direction: String, KeywordSet {
        case before, after
    }

    /// What `avoid` takes.
    enum Avoidable: String, KeywordSet {
        case holidays, weekends, observance
    }

    /// Where a country's holidays come from.
    enum HolidaySource: String, KeywordSet {
        case builtin, none, from
    }
}

/// A closed set of keywords, spelt by their raw values.
protocol KeywordSet: RawRepresentable, CaseIterable where RawValue == String {}

extension KeywordSet {
    /// Every keyword of the set, in declaration order.
    static var words: [String] { allCases.map(\.rawValue) }
}
