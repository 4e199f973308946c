import CivilTime

/// The recurring events (or to-dos) of a calendar, ready to expand: each series is a master
/// component with its ``RecurrenceSet``, its duration, and the overrides that share its `UID`
/// and carry a `RECURRENCE-ID` (RFC 5545 §3.8.4.4), including `RANGE=THISANDFUTURE` ones.
///
/// Durations follow RFC 5545 §3.8.5.3 and §3.3.6: a `DTEND` gives every occurrence the same
/// exact length; a `DURATION` is nominal in its days and exact in its time, so `P1D` spans
/// 23 hours across a spring-forward night and `PT24H` always 24. An all-day event without an
/// end lasts one day; a timed one without an end, no time.
///
/// Floating times in a calendar with Google's `X-WR-TIMEZONE` are read in that zone (with a
/// warning), as Google Calendar itself does.
public struct CalendarEvents: Sendable {
    /// One recurring (or single) event and its overrides.
    public struct Series: Sendable {
        /// The master component (the one without `RECURRENCE-ID`).
        public var master: CalendarComponent
        /// Its recurrence set.
        public var recurrence: RecurrenceSet
        /// The overrides, by the instance they replace.
        public var overrides: [Override]
        let length: Length
    }

    /// A component that replaces one instance, or with `RANGE=THISANDFUTURE` that instance and
    /// every later one.
    public struct Override: Sendable {
        /// The replacing component.
        public var component: CalendarComponent
        /// The instance it replaces (its `RECURRENCE-ID`).
        public var recurrenceID: RecurrenceInstance
        /// Whether it also applies to every later instance (`RANGE=THISANDFUTURE`).
        public var thisAndFuture: Bool
        let start: RecurrenceInstance
        let length: Length
    }

    enum Length: Sendable {
        case exact(Int64)
        case nominal(CalendarDuration)
    }

    /// The series, in the order their masters appear.
    public private(set) var series: [Series] = []
    /// Problems found, with lines: errors for events that cannot be expanded (they are left
    /// out), warnings for what was read tolerantly.
    public private(set) var diagnostics: [CalendarDiagnostic] = []

    /// At most this many instances of one series are generated while looking for a window's
    /// occurrences (default 10,000,000, about a second of work), so a window far beyond the
    /// start of a rule with `COUNT` (which must be counted from its start) ends in an error.
    public var maximumInstancesPerWindow = 10_000_000

    /// Collects the components named `componentNames` (default `VEVENT`) of `calendar`.
    public init(calendar: CalendarComponent, componentNames: Set<String> = ["VEVENT"]) {
        let zones = CalendarTimeZones(calendar: calendar)
        diagnostics = zones.warnings
        var masters: [(CalendarComponent, String?)] = []
        var overridesByUID: [String: [CalendarComponent]] = [:]
        for component in calendar.components where componentNames.contains(component.name) {
            let uid = component.property("UID")?.textValue
            if component.property("RECURRENCE-ID") != nil, let uid {
                overridesByUID[uid, default: []].append(component)
            } else {
                masters.append((component, uid))
            }
        }
        for (master, uid) in masters {
            guard var built = makeSeries(master, zones: zones) else { continue }
            for component in uid.flatMap({ overridesByUID.removeValue(forKey: $0) }) ?? [] {
                if let override = makeOverride(component, of: built.recurrence, zones: zones) { built.overrides.append(override) }
            }
            series.append(built)
        }
        for orphan in overridesByUID.values.flatMap({ $0 }) {
            warn(
                orphan.line,
                "\(orphan.name) with RECURRENCE-ID has no master with UID '\(orphan.property("UID")?.textValue ?? "")'; read as a single event"
            )
            if let single = makeSeries(orphan, zones: zones) { series.append(single) }
        }
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.warning, line: line ?? 0, message))
    }

    private mutating func fail(_ line: Int?, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.error, line: line ?? 0, message))
    }

    private mutating func start(of component: CalendarComponent, zones: CalendarTimeZones) -> (CalendarDateTime, ZoneRules?)? {
        guard let property = component.property("DTSTART") else {
            fail(component.line, "\(component.name) has no DTSTART")
            return nil
        }
        guard let value = property.dateTimeValue else {
            fail(property.line, "DTSTART: expected a DATE (20260322) or DATE-TIME (20260322T100000), found '\(property.value)'")
            return nil
        }
        if property.isDateWithoutValueParameter { warn(property.line, "DTSTART is a DATE without VALUE=DATE; read as a date") }
        switch value {
        case .zoned(let local, let tzid):
            guard let rules = zones.rules(for: tzid) else {
                fail(property.line, "DTSTART: unknown TZID '\(tzid)' (no VTIMEZONE in the file and not an IANA name)")
                return nil
            }
            return (.zoned(local, tzid: tzid), rules)
        case .floating(let local):
            if let fallback = zones.calendarDefault {
                warn(property.line, "DTSTART is a floating time; read in X-WR-TIMEZONE \(fallback.identifier)")
                return (.zoned(local, tzid: fallback.identifier), fallback)
            }
            return (value, nil)
        case .utc: return (value, .utc)
        case .date: return (value, nil)
        }
    }

    private mutating func length(
        of component: CalendarComponent, start: CalendarDateTime, startInstance: RecurrenceInstance, set: RecurrenceSet
    ) -> Length {
        if let end = component.property("DTEND") ?? component.property("DUE") {
            guard let value = end.dateTimeValue else {
                fail(end.line, "\(end.name): expected a DATE or DATE-TIME, found '\(end.value)'")
                return .exact(0)
            }
            if start.isDate, case .date(let date) = value {
                let days = startInstance.local.date.days(until: date)
                return .nominal(CalendarDuration(days: days, isNegative: days < 0))
            }
            return .exact(set.instance(for: value).instant.secondsSinceEpoch - startInstance.instant.secondsSinceEpoch)
        }
        if let property = component.property("DURATION") {
            guard let duration = CalendarDuration(parsing: property.value) else {
                fail(property.line, "DURATION: expected a duration like PT1H30M or P1D, found '\(property.value)'")
                return .exact(0)
            }
            return .nominal(duration)
        }
        return start.isDate ? .nominal(CalendarDuration(days: 1)) : .exact(0)
    }

    private mutating func makeSeries(_ component: CalendarComponent, zones: CalendarTimeZones) -> Series? {
        guard let (start, zone) = start(of: component, zones: zones) else { return nil }
        var rules: [RecurrenceRule] = []
        for property in component.properties(named: "RRULE") {
            do {
                let rule = try RecurrenceRule(parsing: property.value)
                for warning in rule.conformanceWarnings { warn(property.line, "RRULE: \(warning)") }
                if let until = rule.until, !Self.untilMatches(until, start) {
                    warn(
                        property.line,
                        "RRULE: UNTIL should be \(start.isDate ? "a DATE" : "a UTC DATE-TIME") to match DTSTART (RFC 5545 §3.3.10); read anyway"
                    )
                }
                rules.append(rule)
            } catch {
                fail(property.line, "RRULE column \(error.column): \(error.part): \(error.message)")
                return nil
            }
        }
        var dates: [CalendarDateTime] = []
        var exclusions: [CalendarDateTime] = []
        for (name, isExclusion) in [("RDATE", false), ("EXDATE", true)] {
            for property in component.properties(named: name) {
                guard let values = property.dateTimeValues else {
                    fail(property.line, "\(name): expected a list of DATE or DATE-TIME values, found '\(property.value)'")
                    return nil
                }
                let resolved = values.map { value -> CalendarDateTime in
                    if case .floating(let local) = value, let fallback = zones.calendarDefault, !start.isDate {
                        return .zoned(local, tzid: fallback.identifier)
                    }
                    return value
                }
                if isExclusion { exclusions += resolved } else { dates += resolved }
            }
        }
        let set = RecurrenceSet(start: start, rules: rules, dates: dates, exclusions: exclusions, zone: zone, otherZones: zones.zones)
        let startInstance = set.instance(for: start)
        return Series(
            master: component, recurrence: set, overrides: [],
            length: length(of: component, start: start, startInstance: startInstance, set: set))
    }

    private mutating func makeOverride(_ component: CalendarComponent, of set: RecurrenceSet, zones: CalendarTimeZones) -> Override? {
        guard let property = component.property("RECURRENCE-ID"), let value = property.dateTimeValue else {
            fail(component.property("RECURRENCE-ID")?.line ?? component.line, "RECURRENCE-ID: expected a DATE or DATE-TIME")
            return nil
        }
        guard let (start, _) = start(of: component, zones: zones) else { return nil }
        var own = set
        own.start = start
        let startInstance = set.instance(for: start)
        return Override(
            component: component, recurrenceID: set.instance(for: value),
            thisAndFuture: property.parameter("RANGE")?.value.uppercased() == "THISANDFUTURE",
            start: startInstance, length: length(of: component, start: start, startInstance: startInstance, set: own)
        )
    }

    private static func untilMatches(_ until: CalendarDateTime, _ start: CalendarDateTime) -> Bool {
        switch (until, start) {
        case (.date, .date), (.floating, .floating), (.utc, .utc), (.utc, .zoned): true
        default: false
        }
    }
}
