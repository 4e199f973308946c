import CivilTime

/// A `VALARM` (RFC 5545 §3.6.6) as a value.
///
/// A `DISPLAY` alarm needs a description, an `EMAIL` alarm a summary, a description and at
/// least one attendee; ``display(before:description:)`` and ``email(before:summary:description:to:)``
/// build the common cases.
public struct CalendarAlarm: Hashable, Sendable {
    /// `ACTION` (§3.8.6.1).
    public enum Action: String, Hashable, Sendable {
        case audio = "AUDIO"
        case display = "DISPLAY"
        case email = "EMAIL"
    }

    /// `TRIGGER` (§3.8.6.3): relative to the start (or end) of its event, or an absolute UTC time.
    public enum Trigger: Hashable, Sendable {
        /// `TRIGGER:-PT15M`, or with `RELATED=END` when `relatedToEnd`.
        case relative(CalendarDuration, relatedToEnd: Bool)
        /// `TRIGGER;VALUE=DATE-TIME:20260322T020000Z`.
        case absolute(Instant)
    }

    /// What the alarm does.
    public var action: Action
    /// When it fires.
    public var trigger: Trigger
    /// `DESCRIPTION` (§3.8.1.5): the text shown or the e-mail body.
    public var description: String?
    /// `SUMMARY` (§3.8.1.12): the e-mail subject.
    public var summary: String?
    /// `ATTENDEE`s (§3.8.4.1) an e-mail alarm goes to.
    public var attendees: [CalendarAddress]
    /// `REPEAT` (§3.8.6.2) and `DURATION` (§3.8.2.5): fire ``Repetition/count`` more times,
    /// ``Repetition/interval`` apart.
    public var repetition: Repetition?

    /// How often an alarm repeats after it first fires.
    public struct Repetition: Hashable, Sendable {
        /// Additional times the alarm fires.
        public var count: Int
        /// The time between firings.
        public var interval: CalendarDuration

        /// A repetition from its parts.
        public init(count: Int, interval: CalendarDuration) {
            self.count = count
            self.interval = interval
        }
    }

    /// An alarm from its parts.
    public init(
        action: Action, trigger: Trigger, description: String? = nil, summary: String? = nil, attendees: [CalendarAddress] = [],
        repetition: Repetition? = nil
    ) {
        self.action = action
        self.trigger = trigger
        self.description = description
        self.summary = summary
        self.attendees = attendees
        self.repetition = repetition
    }

    /// A `DISPLAY` alarm `before` the start of its event.
    public static func display(before: CalendarDuration, description: String) -> CalendarAlarm {
        var offset = before
        offset.isNegative = true
        return CalendarAlarm(action: .display, trigger: .relative(offset, relatedToEnd: false), description: description)
    }

    /// An `EMAIL` alarm `before` the start of its event.
    public static func email(before: CalendarDuration, summary: String, description: String, to attendees: [CalendarAddress])
        -> CalendarAlarm
    {
        var offset = before
        offset.isNegative = true
        return CalendarAlarm(
            action: .email, trigger: .relative(offset, relatedToEnd: false), description: description, summary: summary,
            attendees: attendees
        )
    }

    /// The alarm as a generic `VALARM` component.
    public var component: CalendarComponent { genericComponent }
}

extension CalendarAlarm: TypedComponent {
    static var componentName: StaticString { "VALARM" }
    var typedComponents: [CalendarAlarm] { [] }

    @inline(__always)
    func forEachProperty<Failure: Error>(_ body: (TypedProperty) throws(Failure) -> Void) throws(Failure) {
        try body(.raw("ACTION", action.rawValue))
        switch trigger {
        case .relative(let duration, let relatedToEnd):
            try body(.duration("TRIGGER", duration, relatedToEnd ? [CalendarParameter("RELATED", "END")] : []))
        case .absolute(let instant):
            var property = CalendarProperty.utc("TRIGGER", instant)
            property.parameters = [CalendarParameter("VALUE", "DATE-TIME")]
            try body(.property(property))
        }
        if let repetition {
            try body(.integer("REPEAT", repetition.count))
            try body(.duration("DURATION", repetition.interval, []))
        }
        if let summary { try body(.text("SUMMARY", summary)) }
        if let description { try body(.text("DESCRIPTION", description)) }
        for attendee in attendees { try body(.address("ATTENDEE", attendee)) }
    }
}
