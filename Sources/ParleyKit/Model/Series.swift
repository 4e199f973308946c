/// A recurring track between partners: a `dialogue` or an `exchange`, its rhythm, hosting,
/// delegates, rules and recorded rounds.
public struct Series: Hashable, Sendable {
    /// `dialogue` (policy consultations) or `exchange` (workshops, capacity building).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case dialogue, exchange
    }

    /// What a series declares besides its rounds, never changed once made: shared by the
    /// series' copies, so that a copy with other rounds (a candidate placed in it, a round
    /// left out) costs one reference instead of two dozen.
    private final class Declaration: Sendable {
        let kind: Kind
        let id: String
        let title: String
        let partners: [Reference]
        let basis: String?
        let cadence: Span?
        let lastingDays: Int
        let sessions: Sessions
        let hosting: Hosting?
        let delegates: [Reference]
        let rules: [RuleSpec]
        let pauses: [Pause]
        let preferredMonths: PreferredMonths?
        let location: SourceLocation
        let travelDays: Int?
        let organizer: Reference?
        let reminders: [Reminder]
        let milestones: [Milestone]
        let noticeDays: Int?
        let topics: [Topic]
        let agendas: [Reference]

        init(
            kind: Kind, id: String, title: String, partners: [Reference], basis: String?, cadence: Span?, lastingDays: Int,
            sessions: Sessions, hosting: Hosting?, delegates: [Reference], rules: [RuleSpec], pauses: [Pause],
            preferredMonths: PreferredMonths?, location: SourceLocation, travelDays: Int?, organizer: Reference?, reminders: [Reminder],
            milestones: [Milestone], noticeDays: Int?, topics: [Topic], agendas: [Reference]
        ) {
            self.kind = kind
            self.id = id
            self.title = title
            self.partners = partners
            self.basis = basis
            self.cadence = cadence
            self.lastingDays = lastingDays
            self.sessions = sessions
            self.hosting = hosting
            self.delegates = delegates
            self.rules = rules
            self.pauses = pauses
            self.preferredMonths = preferredMonths
            self.location = location
            self.travelDays = travelDays
            self.organizer = organizer
            self.reminders = reminders
            self.milestones = milestones
            self.noticeDays = noticeDays
            self.topics = topics
            self.agendas = agendas
        }
    }

    private let declaration: Declaration

    /// Dialogue or exchange.
    public var kind: Kind { declaration.kind }
    /// The id (`id-ru-iis`).
    public var id: String { declaration.id }
    /// The title.
    public var title: String { declaration.title }
    /// The partner countries.
    public var partners: [Reference] { declaration.partners }
    /// The agreement it rests on, when given.
    public var basis: String? { declaration.basis }
    /// The agreed rhythm (`every 12 months`), when there is one.
    public var cadence: Span? { declaration.cadence }
    /// How many days each round lasts (1 unless `lasting N days`).
    public var lastingDays: Int { declaration.lastingDays }
    /// Daily session hours.
    public var sessions: Sessions { declaration.sessions }
    /// Who hosts, when said.
    public var hosting: Hosting? { declaration.hosting }
    /// The people who attend every round.
    public var delegates: [Reference] { declaration.delegates }
    /// The rules it carries.
    public var rules: [RuleSpec] { declaration.rules }
    /// Stretches when its rhythm is suspended.
    public var pauses: [Pause] { declaration.pauses }
    /// Its recorded rounds, in the order written.
    public let rounds: [Round]
    /// The months it would rather meet in (`prefer months …`), when said.
    public var preferredMonths: PreferredMonths? { declaration.preferredMonths }
    /// Where the declaration starts.
    public var location: SourceLocation { declaration.location }
    /// `travel N days`: the days a delegate needs before and after a round abroad, and
    /// between a round of this series and one in another city; `nil` for the default (1).
    public var travelDays: Int? { declaration.travelDays }
    /// The person (an office or desk, with an email) who organises its rounds (`organizer id-desk`);
    /// `parley ics` writes it as `ORGANIZER` and publishes with `METHOD:PUBLISH` (RFC 5546 §3.2.1).
    public var organizer: Reference? { declaration.organizer }
    /// Reminders before each round (`remind 1 day before`), as `VALARM`s.
    public var reminders: [Reminder] { declaration.reminders }
    /// Preparation steps of each round (`milestone "delegation list due" 30 days before`).
    public var milestones: [Milestone] { declaration.milestones }
    /// `notice N days`: how long before a round's first travel day `parley next` may propose it
    /// (for invitations, delegation lists and visas); `nil` for the default
    /// (``Series/defaultNoticeDays``).
    public var noticeDays: Int? { declaration.noticeDays }
    /// The agenda topics its rounds take up (`topic ID "Title"`), in the order written.
    public var topics: [Topic] { declaration.topics }
    /// The shared agendas it takes topics from (`topics iis`); once resolved, their topics
    /// come first in ``topics``.
    public var agendas: [Reference] { declaration.agendas }
    /// The rounds that take place (held, planned, proposed), ordered by start date then number;
    /// worked out once, as the rules ask for them many times.
    public let meetings: [Round]

    /// A series from its parts.
    public init(
        kind: Kind, id: String, title: String, partners: [Reference], basis: String?, cadence: Span?,
        lastingDays: Int, sessions: Sessions, hosting: Hosting?, delegates: [Reference], rules: [RuleSpec],
        pauses: [Pause], rounds: [Round], location: SourceLocation, travelDays: Int? = nil, preferredMonths: PreferredMonths? = nil,
        organizer: Reference? = nil, reminders: [Reminder] = [], milestones: [Milestone] = [], noticeDays: Int? = nil,
        topics: [Topic] = [], agendas: [Reference] = []
    ) {
        declaration = Declaration(
            kind: kind, id: id, title: title, partners: partners, basis: basis, cadence: cadence, lastingDays: lastingDays,
            sessions: sessions, hosting: hosting, delegates: delegates, rules: rules, pauses: pauses, preferredMonths: preferredMonths,
            location: location, travelDays: travelDays, organizer: organizer, reminders: reminders, milestones: milestones,
            noticeDays: noticeDays, topics: topics, agendas: agendas)
        self.rounds = rounds
        meetings = Series.meetings(among: rounds)
    }

    /// `base` with `rounds` instead of its own, and `topics` instead of its own when given.
    ///
    /// Every declared part is passed by name when the topics change, so a part added to
    /// ``Series`` later is a compile error here rather than silently lost.
    init(_ base: Series, rounds: [Round], topics: [Topic]? = nil) {
        if let topics {
            let kept = base.declaration
            declaration = Declaration(
                kind: kept.kind, id: kept.id, title: kept.title, partners: kept.partners, basis: kept.basis, cadence: kept.cadence,
                lastingDays: kept.lastingDays, sessions: kept.sessions, hosting: kept.hosting, delegates: kept.delegates, rules: kept.rules,
                pauses: kept.pauses, preferredMonths: kept.preferredMonths, location: kept.location, travelDays: kept.travelDays,
                organizer: kept.organizer, reminders: kept.reminders, milestones: kept.milestones, noticeDays: kept.noticeDays,
                topics: topics, agendas: kept.agendas)
        } else {
            declaration = base.declaration
        }
        self.rounds = rounds
        meetings = Series.meetings(among: rounds)
    }

    /// Whether two series declare the same and record the same rounds.
    public static func == (lhs: Series, rhs: Series) -> Bool {
        guard lhs.rounds == rhs.rounds else { return false }
        if lhs.declaration === rhs.declaration { return true }
        let left = lhs.declaration
        let right = rhs.declaration
        guard left.kind == right.kind, left.id == right.id, left.title == right.title, left.partners == right.partners,
            left.basis == right.basis, left.cadence == right.cadence, left.lastingDays == right.lastingDays,
            left.sessions == right.sessions, left.hosting == right.hosting, left.delegates == right.delegates, left.rules == right.rules,
            left.pauses == right.pauses, left.preferredMonths == right.preferredMonths, left.location == right.location,
            left.travelDays == right.travelDays, left.organizer == right.organizer, left.reminders == right.reminders,
            left.milestones == right.milestones, left.noticeDays == right.noticeDays, left.topics == right.topics,
            left.agendas == right.agendas
        else { return false }
        return true
    }

    /// Hashes every part that ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(partners)
        hasher.combine(basis)
        hasher.combine(cadence)
        hasher.combine(lastingDays)
        hasher.combine(sessions)
        hasher.combine(hosting)
        hasher.combine(delegates)
        hasher.combine(rules)
        hasher.combine(pauses)
        hasher.combine(rounds)
        hasher.combine(preferredMonths)
        hasher.combine(location)
        hasher.combine(travelDays)
        hasher.combine(organizer)
        hasher.combine(reminders)
        hasher.combine(milestones)
        hasher.combine(noticeDays)
        hasher.combine(topics)
        hasher.combine(agendas)
    }

    /// Those of `rounds` that take place, ordered by start date then number: ``meetings``.
    static func meetings(among rounds: [Round]) -> [Round] {
        rounds.filter(\.status.takesPlace).sorted { ($0.start.date, $0.number) < ($1.start.date, $1.number) }
    }
}
