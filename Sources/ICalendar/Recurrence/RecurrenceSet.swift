import CivilTime

/// The recurrence set of a component (RFC 5545 §3.8.5): `DTSTART`, every start its `RRULE`s
/// generate and its `RDATE`s, minus its `EXDATE`s, each start once, in time order.
///
/// Unlike a bare rule, the set always contains `DTSTART` (§3.8.5.3: "The DTSTART property
/// defines the first instance"), even when it does not match the rule. `COUNT` counts the
/// rule's own starts, as python-dateutil, libical and Google do.
///
/// Times are placed in ``zone`` by RFC 5545 §3.3.5. A start whose wall-clock time falls in a
/// DST gap is **shifted forward and counted** — RFC 5545 §3.3.10 both says such instances are
/// ignored and that they follow §3.3.5; libical, python-dateutil, recurring-ical-events,
/// ical.js and Google all shift, and so does Parley:
///
///     DTSTART;TZID=America/New_York:20260307T023000
///     RRULE:FREQ=DAILY;COUNT=3
///     → 2026-03-07T02:30:00-05:00, 2026-03-08T03:30:00-04:00 (02:30 never shows), 2026-03-09T02:30:00-04:00
///
/// A repeated wall-clock time (clocks going back) takes its first instant.
public struct RecurrenceSet: Sendable {
    /// `DTSTART`.
    public var start: CalendarDateTime
    /// The `RRULE`s (RFC 5545 allows one; several are accepted and united).
    public var rules: [RecurrenceRule]
    /// The `RDATE` values.
    public var dates: [CalendarDateTime]
    /// The `EXDATE` values. A DATE excludes every start on that day.
    public var exclusions: [CalendarDateTime]
    /// The rules of `start`'s zone (`nil` for dates and floating times; for a UTC `start`
    /// UTC, for a zoned one `ZoneRules.named(tzid)` when left `nil`).
    public var zone: ZoneRules?
    /// Rules for the other `TZID`s that `RDATE`/`EXDATE` values name.
    public var otherZones: [String: ZoneRules]

    /// A set from its parts.
    public init(
        start: CalendarDateTime, rules: [RecurrenceRule] = [], dates: [CalendarDateTime] = [], exclusions: [CalendarDateTime] = [],
        zone: ZoneRules? = nil, otherZones: [String: ZoneRules] = [:]
    ) {
        self.start = start
        self.rules = rules
        self.dates = dates
        self.exclusions = exclusions
        switch start {
        case .utc: self.zone = zone ?? .utc
        case .zoned(_, let tzid): self.zone = zone ?? otherZones[tzid] ?? (try? ZoneRules.named(tzid))
        case .date, .floating: self.zone = zone
        }
        self.otherZones = otherZones
    }

    /// Whether the set is finite: no rule, or every rule has `COUNT` or `UNTIL`.
    public var isFinite: Bool { rules.allSatisfy { $0.count != nil || $0.until != nil } }

    /// The instance `value` names in this set's frame (its zone, or floating).
    public func instance(for value: CalendarDateTime) -> RecurrenceInstance {
        let startIsDate = start.isDate
        switch value {
        case .date(let date):
            return RecurrenceInstance(local: LocalDateTime(date: date, time: LocalTime.midnight), zone: zone, isDate: startIsDate)
        case .floating(let local):
            return RecurrenceInstance(local: local, zone: zone, isDate: startIsDate)
        case .utc(let local):
            let instant = Instant(secondsSinceEpoch: local.secondsSinceEpoch)
            guard let zone else { return RecurrenceInstance(local: local, zone: nil, isDate: startIsDate) }
            let wall = zone.localDateTime(at: instant) ?? local
            return RecurrenceInstance(local: wall, instant: instant, kind: .zoned, utcOffset: zone.offset(at: instant))
        case .zoned(let local, let tzid):
            // A value in DTSTART's own TZID (nearly all) is in ``zone``, which was resolved from
            // it: read there in place (a copy of the rules would count a reference to the zone's
            // table, which every series of the zone shares, from every core).
            if case .zoned(_, let startTZID) = start, startTZID == tzid, let zone {
                let instant = zone.instant(for: local)
                return RecurrenceInstance(local: local, instant: instant, kind: .zoned, utcOffset: zone.offset(at: instant))
            }
            let own = otherZones[tzid] ?? (zone?.identifier == tzid ? zone : nil) ?? (try? ZoneRules.named(tzid))
            guard let own else { return RecurrenceInstance(local: local, zone: zone, isDate: startIsDate) }
            let instant = own.instant(for: local)
            guard let zone else {
                return RecurrenceInstance(local: local, instant: instant, kind: .zoned, utcOffset: own.offset(at: instant))
            }
            // On the set's own clock the value is the generated time even in a DST gap, where
            // §3.3.5 moves only its instant (a rule's own starts are kept so too).
            let wall = own.identifier == zone.identifier ? local : zone.localDateTime(at: instant) ?? local
            return RecurrenceInstance(local: wall, instant: instant, kind: .zoned, utcOffset: zone.offset(at: instant))
        }
    }

    /// The instances in time order, lazily.
    ///
    /// - Throws: ``RecurrenceError`` when a rule cannot be expanded (an unreachable `BYHOUR`).
    public func makeIterator() throws(RecurrenceError) -> RecurrenceSetIterator {
        var iterators: [RecurrenceInstanceIterator] = []
        for rule in rules {
            iterators.append(
                RecurrenceInstanceIterator(rule: try rule.expansion(from: start, zone: zone), zone: zone, isDate: start.isDate))
        }
        // A single event (no RDATE, no EXDATE: most of a calendar) allocates as little as it can.
        var extra = [instance(for: start)]
        if !dates.isEmpty {
            extra += dates.map(instance(for:))
            extra.sort()
        }
        guard !exclusions.isEmpty else {
            return RecurrenceSetIterator(rules: iterators, extra: extra, excludedInstants: [], excludedDays: [])
        }
        let days = exclusions.filter(\.isDate).map(\.localDate)
        let instants = exclusions.filter { !$0.isDate }.map { instance(for: $0).instant }
        return RecurrenceSetIterator(rules: iterators, extra: extra, excludedInstants: Set(instants), excludedDays: Set(days))
    }
}

/// Walks a ``RecurrenceSet`` in time order (see ``RecurrenceSet/makeIterator()``).
public struct RecurrenceSetIterator: Sendable {
    private var rules: [RecurrenceInstanceIterator]
    private var heads: [RecurrenceInstance?]
    private var started = false
    private let extra: [RecurrenceInstance]
    private var extraIndex = 0
    private let excludedInstants: Set<Instant>
    private let excludedDays: Set<LocalDate>
    private var last: RecurrenceInstance?

    init(rules: [RecurrenceInstanceIterator], extra: [RecurrenceInstance], excludedInstants: Set<Instant>, excludedDays: Set<LocalDate>) {
        self.rules = rules
        heads = Array(repeating: nil, count: rules.count)
        self.extra = extra
        self.excludedInstants = excludedInstants
        self.excludedDays = excludedDays
    }

    /// Moves every rule forward toward `local` without producing the skipped starts (rules
    /// with `COUNT` are walked as usual). Call before the first ``next()``.
    public mutating func skip(toward local: LocalDateTime) {
        guard !started else { return }
        for index in rules.indices { rules[index].skip(toward: local) }
    }

    /// The next instance, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` from a rule (its search limit).
    public mutating func next() throws(RecurrenceError) -> RecurrenceInstance? {
        if !started {
            started = true
            for index in rules.indices { heads[index] = try rules[index].next() }
        }
        while true {
            var best: RecurrenceInstance?
            var bestRule: Int?
            for (index, head) in heads.enumerated() {
                if let head, best.map({ head < $0 }) ?? true {
                    best = head
                    bestRule = index
                }
            }
            if extraIndex < extra.count, best.map({ extra[extraIndex] < $0 }) ?? true {
                best = extra[extraIndex]
                bestRule = nil
            }
            guard let chosen = best else { return nil }
            if let bestRule {
                heads[bestRule] = try rules[bestRule].next()
            } else {
                extraIndex += 1
            }
            if let last, last.instant == chosen.instant { continue }
            if !excludedInstants.isEmpty && excludedInstants.contains(chosen.instant) { continue }
            if !excludedDays.isEmpty && excludedDays.contains(chosen.local.date) { continue }
            last = chosen
            return chosen
        }
    }
}
