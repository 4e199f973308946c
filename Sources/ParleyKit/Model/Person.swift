/// Someone who attends rounds: `person id-deputy "Deputy Minister" of ID`.
public struct Person: Hashable, Sendable {
    /// The id (`id-deputy`).
    public let id: String
    /// The role or office (people are planned by office, not by name).
    public let role: String
    /// The country they represent.
    public let country: Reference
    /// An email address, when given.
    public let email: String?
    /// A busy calendar (`.ics`), path relative to the plan file, when given.
    public let busyCalendar: String?
    /// Where the declaration starts.
    public let location: SourceLocation
    /// Their own working hours (`hours 07:30..15:30`), overriding their country's.
    public let workingHours: WorkingHours?

    /// A person from their parts.
    public init(
        id: String, role: String, country: Reference, email: String?, busyCalendar: String?, location: SourceLocation,
        workingHours: WorkingHours? = nil
    ) {
        self.workingHours = workingHours
        self.id = id
        self.role = role
        self.country = country
        self.email = email
        self.busyCalendar = busyCalendar
        self.location = location
    }
}
