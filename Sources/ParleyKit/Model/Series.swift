/// A recurring track between partners: a `dialogue` or an `exchange`, its rhythm, hosting,
/// delegates, rules and recorded rounds.
public struct Series: Hashable, Sendable {
    /// `dialogue` (policy consultations) or `exchange` (workshops, capacity building).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case dialogue, exchange
    }

    /// Dialogue or exchange.
    public let kind: Kind
    /// The id (`id-ru-iis`).
    public let id: String
    /// The title.
    public let title: String
    /// The partner countries.
    public let partners: [Reference]
    /// The agreement it rests on, when given.
    public let basis: String?
    /// The agreed rhythm (`every 12 months`), when there is one.
    public let cadence: Span?
    /// How many days each round lasts (1 unless `lasting N days`).
    public let lastingDays: Int
    /// Daily session hours.
    public let sessions: Sessions
    /// Who hosts, when said.
    public let hosting: Hosting?
    /// The people who attend every round.
    public let delegates: [Reference]
    /// The rules it carries.
    public let rules: [RuleSpec]
    /// Stretches when its rhythm is suspended.
    public let pauses: [Pause]
    /// Its recorded rounds, in the order written.
    public let rounds: [Round]
    /// The months it would rather meet in (`prefer months …`), when said.
    public let preferredMonths: PreferredMonths?
    /// Where the declaration starts.
    public let location: SourceLocation
    /// `travel N days`: the days a delegate needs before and after a round abroad, and
    /// between a round of this series and one in another city; `nil` for the default (1).
    public let travelDays: Int?
    /// The person (an office or desk, with an email) who organises its rounds (`organizer id-desk`);
    /// `parley ics` writes it as `ORGANIZER` and publishes with `METHOD:PUBLISH` (RFC 5546 §3.2.1).
    public let organizer: Reference?
    /// Reminders before each round (`remind 1 day before`), as `VALARM`s.
    public let reminders: [Reminder]
    /// Preparation steps of each round (`milestone "delegation list due" 30 days before`).
    public let milestones: [Milestone]
    /// `notice N days`: how long before a round's first travel day `parley next` may propose it
    /// (for invitations, delegation lists and visas); `nil` for the default
    /// (``Series/defaultNoticeDays``).
    public let noticeDays: Int?
    /// The agenda topics its rounds take up (`topic ID "Title"`), in the order written.
    public let topics: [Topic]
    /// The shared agendas it takes topics from (`topics iis`); once resolved, their topics
    /// come first in ``topics``.
    public let agendas: [Reference]
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
        self.topics = topics
        self.agendas = agendas
        self.noticeDays = noticeDays
        self.travelDays = travelDays
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
        self.rounds = rounds
        self.location = location
        self.preferredMonths = preferredMonths
        self.organizer = organizer
        self.reminders = reminders
        self.milestones = milestones
        meetings = Series.meetings(among: rounds)
    }

    /// Those of `rounds` that take place, ordered by start date then number: ``meetings``.
    static func meetings(among rounds: [Round]) -> [Round] {
        rounds.filter(\.status.takesPlace).sorted { ($0.start.date, $0.number) < ($1.start.date, $1.number) }
    }
}
