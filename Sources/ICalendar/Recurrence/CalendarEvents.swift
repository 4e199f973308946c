import Basics
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
        public var master: CalendarComponent { source.component }
        /// The master event.
        let source: EventSource
        /// Its recurrence set.
        public internal(set) var recurrence: RecurrenceSet
        /// The overrides, by the instance they replace.
        public internal(set) var overrides: [Override]
        let length: Length
        /// The first instance (`DTSTART`'s) and its end: a single event's one occurrence, worked
        /// out where the series is made, so that setting up a stream reads it in place.
        let first: (start: RecurrenceInstance, end: RecurrenceInstance)

        /// The event at `place`: 0 the master, then the overrides in order (``OccurrenceTimes/event``).
        func event(at place: Int) -> EventSource {
            place == 0 ? source : overrides[place - 1].source
        }
    }

    /// A component that replaces one instance, or with `RANGE=THISANDFUTURE` that instance and
    /// every later one.
    public struct Override: Sendable {
        /// The replacing component.
        public var component: CalendarComponent { source.component }
        /// The replacing event.
        let source: EventSource
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

    private var zones: CalendarTimeZones
    private var duplicatedUIDs: Set<String> = []
    private var zonesWarned: Set<String> = []
    /// The `TZID` each warning of a zone read as another is about, by its place in ``diagnostics``.
    private var zoneNotes: [Int: String] = [:]

    /// Collects the components named `componentNames` (default `VEVENT`) of `calendar`.
    ///
    /// A `UID` given to several masters, or to several overrides of one `RECURRENCE-ID`, is
    /// read once: the copy with the highest `SEQUENCE` wins, then the latest `DTSTAMP`, then the
    /// last in the file (RFC 5545 §3.8.4.4, §3.8.4.7, §3.8.7.4), with one warning per `UID`.
    public init(calendar: CalendarComponent, componentNames: Set<String> = ["VEVENT"]) {
        self.init(calendar: calendar, events: calendar.components.filter { componentNames.contains($0.name) }.map(ExpansionLines.init))
    }

    /// Collects `events`, the lines of the events of `calendar` (its `VTIMEZONE`s and
    /// `X-WR-TIMEZONE` give their zones), in file order; as ``init(calendar:componentNames:)``.
    init(calendar: CalendarComponent, events: [ExpansionLines]) {
        zones = CalendarTimeZones(calendar: calendar)
        diagnostics = zones.warnings
        // The masters by their place in `events` (read there, not copied) with their UIDs.
        var masters: [(event: Int, uid: EventUID?)] = []
        var masterIndex: [EventUID: Int] = [:]
        var overridesByUID: [EventUID: [ExpansionLines]] = [:]
        masters.reserveCapacity(events.count)
        masterIndex.reserveCapacity(events.count)
        for event in events.indices {
            let uid = events[event].uid
            if events[event].recurrenceID != nil, let uid {
                overridesByUID[uid, default: []].append(events[event])
            } else if let uid, let index = masterIndex.updateValue(masters.count, forKey: uid) {
                // Looked up and entered with one hash of the UID; a UID seen before keeps its place.
                masterIndex[uid] = index
                warnDuplicate(uid.text, events[event].source.line, "a second master (no RECURRENCE-ID)")
                if Self.supersedes(events[event], events[masters[index].event]) { masters[index] = (event, uid) }
            } else {
                masters.append((event, uid))
            }
        }
        // A large calendar's masters in two halves on two cores, joined in order (see merge(_:from:)).
        let parts = masters.count >= 1_024 && Parallel.cores > 1 ? 2 : 1
        let size = (masters.count + parts - 1) / parts
        let (before, found, overrides) = (self, masters, overridesByUID)
        var built: [(events: CalendarEvents, taken: [EventUID], made: Int)] = []
        // Each half writes its series into its own stretch of one list, then the stretches are
        // moved together: a series is never copied (a copy counts a reference to each part).
        series = Array(unsafeUninitializedCapacity: masters.count) { buffer, count in
            let slots = SeriesSlots(base: buffer.baseAddress)
            built = Parallel.map(parts, threads: parts) { part in
                var half = before
                let range = min(found.count, part * size)..<min(found.count, (part + 1) * size)
                let into = slots.base.map { $0 + range.lowerBound }
                let (taken, made) = half.collect(found[range], of: events, overrides: overrides, into: into)
                return (half, taken, made)
            }
            for (part, (_, _, made)) in built.enumerated() {
                if let base = slots.base, part * size != count { (base + count).moveInitialize(from: base + part * size, count: made) }
                count += made
            }
        }
        for (index, (half, taken, _)) in built.enumerated() {
            if index > 0 { merge(half, from: before) } else { adopt(half) }
            for uid in taken { overridesByUID.removeValue(forKey: uid) }
        }
        for orphan in overridesByUID.values.flatMap({ $0 }).sorted(by: { ($0.source.line ?? 0) < ($1.source.line ?? 0) }) {
            warn(
                orphan.source.line,
                "\(orphan.source.name) with RECURRENCE-ID has no master with UID '\(orphan.uid?.text ?? "")'; read as a single event"
            )
            if let single = makeSeries(orphan) { series.append(single) }
        }
    }

    /// Where one half's series are written (see ``init(calendar:events:)``): its stretch of the
    /// list being built.
    private struct SeriesSlots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Series>?
    }

    /// Writes the series of `masters` (each an event of `events` with its `UID`, and its
    /// overrides in `overridesByUID`) one after another from `slots`, and adds their
    /// diagnostics; the `UID`s whose overrides were taken, and how many series were written.
    private mutating func collect(
        _ masters: ArraySlice<(event: Int, uid: EventUID?)>, of events: [ExpansionLines],
        overrides overridesByUID: [EventUID: [ExpansionLines]], into slots: UnsafeMutablePointer<Series>?
    ) -> (taken: [EventUID], made: Int) {
        var taken: [EventUID] = []
        var made = 0
        for (event, uid) in masters {
            guard var built = makeSeries(events[event]) else { continue }
            var byInstance: [Instant: Int] = [:]
            var kept: [ExpansionLines] = []
            let overrides = overridesByUID.isEmpty ? nil : uid.flatMap { overridesByUID[$0] }
            if overrides != nil, let uid { taken.append(uid) }
            for lines in overrides ?? [] {
                let component = lines.source
                guard let override = makeOverride(lines, of: built.recurrence) else { continue }
                if Self.sequence(lines) < Self.sequence(events[event]),
                    built.recurrence.exclusions.contains(where: {
                        built.recurrence.instance(for: $0).instant == override.recurrenceID.instant
                    })
                {
                    // The master's EXDATE is the later revision (RFC 5545 §3.8.7.4): the instance is deleted.
                    warn(component.line, "override of an instance the master (a later SEQUENCE) excludes with EXDATE; left out")
                    continue
                }
                guard let index = byInstance[override.recurrenceID.instant] else {
                    byInstance[override.recurrenceID.instant] = built.overrides.count
                    built.overrides.append(override)
                    kept.append(lines)
                    continue
                }
                warnDuplicate(uid?.text ?? "", component.line, "a second override of one RECURRENCE-ID")
                if Self.supersedes(lines, kept[index]) {
                    built.overrides[index] = override
                    kept[index] = lines
                }
            }
            slots?.advanced(by: made).initialize(to: consume built)
            made += 1
        }
        return (taken, made)
    }

    /// Takes what `part` (a copy of this collection that collected the first masters) added to
    /// it; the series stay.
    private mutating func adopt(_ part: CalendarEvents) {
        let series = self.series
        self = part
        self.series = series
    }

    /// Appends what `part` (a copy of `base` that went on with other masters) added to it: its
    /// diagnostics, leaving out its warnings about zones this one has warned about already (a
    /// zone read as another is told once, at its first use in the file). Its series are in
    /// this collection's list already.
    private mutating func merge(_ part: CalendarEvents, from base: CalendarEvents) {
        for (index, diagnostic) in part.diagnostics.enumerated().dropFirst(base.diagnostics.count) {
            if let tzid = part.zoneNotes[index] {
                guard !zonesWarned.contains(tzid) else { continue }
                zoneNotes[diagnostics.count] = tzid
            }
            diagnostics.append(diagnostic)
        }
        zonesWarned.formUnion(part.zonesWarned)
        duplicatedUIDs.formUnion(part.duplicatedUIDs)
        zones.merge(part.zones)
    }

    /// Whether `candidate` replaces `current`, another copy of the same event: a higher
    /// `SEQUENCE`, else a later `DTSTAMP`, else (being later in the file) on a tie.
    static func supersedes(_ candidate: ExpansionLines, _ current: ExpansionLines) -> Bool {
        func stamp(_ lines: ExpansionLines) -> LocalDateTime? {
            switch lines.stamp?.dateTimeValue {
            case .utc(let local)?, .floating(let local)?, .zoned(let local, _)?: local
            case .date(let date)?: LocalDateTime(date: date, time: .midnight)
            case nil: nil
            }
        }
        let (new, old) = (sequence(candidate), sequence(current))
        if new != old { return new > old }
        switch (stamp(candidate), stamp(current)) {
        case (let new?, let old?): return new >= old
        case (nil, _?): return false
        default: return true
        }
    }

    /// The component's `SEQUENCE` (RFC 5545 §3.8.7.4), 0 when absent or unreadable.
    static func sequence(_ lines: ExpansionLines) -> Int {
        lines.sequence.flatMap { Int($0.value.trimmingCharacters(in: " \t")) } ?? 0
    }

    /// Warns once per `UID` that it is given more than once.
    private mutating func warnDuplicate(_ uid: String, _ line: Int?, _ what: String) {
        guard !duplicatedUIDs.contains(uid) else { return }
        duplicatedUIDs.insert(uid)
        warn(
            line,
            "UID '\(uid)' again, \(what): one copy is read, the one with the highest SEQUENCE, then the latest DTSTAMP, then the last (RFC 5545 §3.8.7.4)"
        )
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.warning, line: line ?? 0, message))
    }

    private mutating func fail(_ line: Int?, _ message: String) {
        diagnostics.append(CalendarDiagnostic(.error, line: line ?? 0, message))
    }

    private mutating func start(of lines: ExpansionLines) -> (CalendarDateTime, ZoneRules?)? {
        guard let property = lines.start else {
            fail(lines.source.line, "\(lines.source.name) has no DTSTART")
            return nil
        }
        guard let value = dateTime(property) else { return nil }
        switch value {
        case .zoned(let local, let tzid):
            // Known already: reading the value resolved its TZID.
            guard let rules = zones.resolve(tzid) else {
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

    /// Whether `tzid` names a zone (see ``CalendarTimeZones/resolve(_:)``); the first time a
    /// name is read as another, a warning at `line` says so.
    private mutating func zoneKnown(_ tzid: String, line: Int?) -> Bool {
        guard zones.resolve(tzid) != nil else { return false }
        if !zones.readAs.isEmpty, let name = zones.readAs[tzid], !zonesWarned.contains(tzid) {
            zonesWarned.insert(tzid)
            zoneNotes[diagnostics.count] = tzid
            warn(line, "TZID '\(tzid)' has no VTIMEZONE in the file; read as the IANA zone \(name), as libical does")
        }
        return true
    }

    /// The single DATE or DATE-TIME of `property`, with a warning when it is read tolerantly
    /// (see ``values(_:)``); `nil` after an error.
    private mutating func dateTime(_ property: CalendarProperty) -> CalendarDateTime? {
        // One readable value (as good as every DTSTART): checked as values(_:) checks it, without a list.
        if let value = property.dateTimeValue { return accepts(CollectionOfOne(value), of: property) ? value : nil }
        guard let values = values(property) else { return nil }
        guard values.count == 1, let value = values.first else {
            fail(property.line, "\(property.name): expected one DATE or DATE-TIME, found '\(property.value)'")
            return nil
        }
        return value
    }

    /// The DATE / DATE-TIME values of `property`, with warnings for an 8-digit date without
    /// `VALUE=DATE` and for a value that is not of its `VALUE` type (read as written, as
    /// libical does); an error and `nil` when a value is neither, or names a TZID that is not
    /// known (resolved as on `DTSTART`).
    private mutating func values(_ property: CalendarProperty) -> [CalendarDateTime]? {
        guard let values = property.dateTimeValues else {
            fail(property.line, "\(property.name): expected a DATE (20260322) or DATE-TIME (20260322T100000), found '\(property.value)'")
            return nil
        }
        return accepts(values, of: property) ? values : nil
    }

    /// Gives the warnings of ``values(_:)`` about `values`, those of `property`; `false` after
    /// the error of a TZID that is not known.
    private mutating func accepts(_ values: some Collection<CalendarDateTime>, of property: CalendarProperty) -> Bool {
        // Without a date among the values and without VALUE neither warning applies (a
        // DATE-TIME is never a bare 8-digit date), so the value is not walked again.
        if values.contains(where: \.isDate) || property.parameter(uppercased: "VALUE") != nil {
            if property.isDateWithoutValueParameter {
                warn(property.line, "\(property.name) is a DATE without VALUE=DATE; read as a date")
            } else if let mismatch = property.valueTypeMismatch {
                warn(property.line, "\(property.name) has \(mismatch); read as written")
            }
        }
        for case .zoned(_, let tzid) in values {
            guard zoneKnown(tzid, line: property.line) else {
                fail(property.line, "\(property.name): unknown TZID '\(tzid)' (no VTIMEZONE in the file and not an IANA name)")
                return false
            }
        }
        return true
    }

    private mutating func length(
        of lines: ExpansionLines, start: CalendarDateTime, startInstance: RecurrenceInstance, set: RecurrenceSet
    ) -> Length {
        if let end = lines.end {
            guard let value = dateTime(end) else { return .exact(0) }
            if start.isDate, case .date(let date) = value {
                let days = startInstance.local.date.days(until: date)
                guard days >= 0 else {
                    warn(end.line, "\(end.name) is before DTSTART; read as lasting no time")
                    return .exact(0)
                }
                return .nominal(CalendarDuration(days: days))
            }
            let seconds = set.instance(for: value).instant.secondsSinceEpoch - startInstance.instant.secondsSinceEpoch
            guard seconds >= 0 else {
                warn(end.line, "\(end.name) is before DTSTART; read as lasting no time")
                return .exact(0)
            }
            return .exact(seconds)
        }
        if let property = lines.duration {
            guard let duration = CalendarDuration(parsing: property.value) else {
                fail(property.line, "DURATION: expected a duration like PT1H30M or P1D, found '\(property.value)'")
                return .exact(0)
            }
            return .nominal(duration)
        }
        return start.isDate ? .nominal(CalendarDuration(days: 1)) : .exact(0)
    }

    private mutating func makeSeries(_ lines: ExpansionLines) -> Series? {
        guard let (start, zone) = start(of: lines) else { return nil }
        var rules: [RecurrenceRule] = []
        for property in lines.rules {
            if property.value.trimmingCharacters(in: " \t").isEmpty {
                warn(property.line, "RRULE has no value; ignored")
                continue
            }
            do {
                var notes: [RecurrenceRuleError] = []
                let rule = try RecurrenceRule(parsing: property.value, warnings: &notes)
                for note in notes { warn(property.line, "RRULE column \(note.column): \(note.part): \(note.message)") }
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
        for (name, isExclusion, properties) in [("RDATE", false, lines.dates), ("EXDATE", true, lines.exclusions)] {
            for property in properties {
                if property.value.trimmingCharacters(in: " \t").isEmpty {
                    warn(property.line, "\(name) has no value; ignored")
                    continue
                }
                guard let values = values(property) else { return nil }
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
        let length = length(of: lines, start: start, startInstance: startInstance, set: set)
        var cursor = zone.map(ZoneCursor.init)
        return Series(
            source: lines.source, recurrence: set, overrides: [], length: length,
            first: (startInstance, SeriesOccurrences.end(of: startInstance, length, cursor: &cursor)))
    }

    private mutating func makeOverride(_ lines: ExpansionLines, of set: RecurrenceSet) -> Override? {
        guard let property = lines.recurrenceID else { return nil }
        guard var value = dateTime(property) else { return nil }
        if set.start.isDate, !value.isDate {
            // Exchange 2010 and Apple iCal write RECURRENCE-ID;TZID=…:20260226T000000 for an
            // all-day series: the instance is the one of that local date.
            warn(property.line, "RECURRENCE-ID is a DATE-TIME on an all-day series; matched by its date \(value.localDate)")
            value = .date(value.localDate)
        }
        guard let (start, _) = start(of: lines) else { return nil }
        // The override's own start, on the series' clock: a date stays a date (an instance
        // moved to a whole day), a time stays a time (a whole day moved to a time).
        var series = set
        series.otherZones = zones.zones
        var own = series
        own.start = start
        let startInstance = own.instance(for: start)
        return Override(
            source: lines.source, recurrenceID: series.instance(for: value),
            thisAndFuture: property.parameter("RANGE")?.value.uppercased() == "THISANDFUTURE",
            start: startInstance, length: length(of: lines, start: start, startInstance: startInstance, set: own)
        )
    }

    private static func untilMatches(_ until: CalendarDateTime, _ start: CalendarDateTime) -> Bool {
        switch (until, start) {
        case (.date, .date), (.floating, .floating), (.utc, .utc), (.utc, .zoned): true
        default: false
        }
    }
}
