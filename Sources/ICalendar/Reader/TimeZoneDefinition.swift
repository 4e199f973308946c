import CivilTime

/// Reads a `VTIMEZONE` component (RFC 5545 §3.6.5) into ``ZoneRules``, so that a `TZID` that is
/// not an IANA name (Outlook's "W. Europe Standard Time", or any custom name) resolves from
/// the file's own definition.
///
/// Each `STANDARD` and `DAYLIGHT` observance contributes its onsets: its `DTSTART` (a local
/// time on the clock before the change, i.e. in `TZOFFSETFROM`), every `RDATE`, and every
/// start its `RRULE` generates, through year 2400 (``ZoneRules/coveredYears``). The onsets
/// of all observances, in time order, become the zone's transitions.
///
/// ```
/// BEGIN:VTIMEZONE
/// TZID:W. Europe Standard Time
/// BEGIN:STANDARD
/// DTSTART:16010101T030000
/// TZOFFSETFROM:+0200
/// TZOFFSETTO:+0100
/// RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
/// END:STANDARD
/// BEGIN:DAYLIGHT
/// DTSTART:16010101T020000
/// TZOFFSETFROM:+0100
/// TZOFFSETTO:+0200
/// RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
/// END:DAYLIGHT
/// END:VTIMEZONE
/// ```
/// gives Central European rules: 2026-03-29T02:00 +01:00 → +02:00, 2026-10-25T03:00 +02:00 → +01:00.
public enum TimeZoneDefinition {
    /// At most this many onsets are taken from one observance (a yearly rule from 1601 to
    /// 2400 has 800), so a hostile `FREQ=SECONDLY` observance cannot run away.
    public static let maximumOnsetsPerObservance = 5_000

    /// The rules a `VTIMEZONE` defines, named by its `TZID`.
    ///
    /// - Throws: ``CalendarReadError`` naming the line of a missing `TZID`, `DTSTART`,
    ///   `TZOFFSETFROM` or `TZOFFSETTO`, an unreadable offset or `RRULE`, or a component
    ///   with no observance.
    public static func rules(from component: CalendarComponent) throws(CalendarReadError) -> ZoneRules {
        let line = component.line ?? 0
        func failure(_ at: Int?, _ message: String) -> CalendarReadError {
            CalendarReadError(diagnostics: [CalendarDiagnostic(.error, line: at ?? line, message)])
        }
        guard let tzid = component.property("TZID")?.textValue, !tzid.isEmpty else {
            throw failure(line, "VTIMEZONE has no TZID")
        }
        struct Onset {
            let instant: Instant
            let from: Int32
            let to: Int32
            let isDaylight: Bool
        }
        var onsets: [Onset] = []
        let observances = component.components.filter { $0.name == "STANDARD" || $0.name == "DAYLIGHT" }
        guard !observances.isEmpty else { throw failure(line, "VTIMEZONE \(tzid) has no STANDARD or DAYLIGHT observance") }
        for observance in observances {
            let at = observance.line
            guard let startProperty = observance.property("DTSTART"), let start = startProperty.dateTimeValue else {
                throw failure(at, "\(observance.name) in VTIMEZONE \(tzid) has no readable DTSTART")
            }
            guard let fromText = observance.property("TZOFFSETFROM"), let from = utcOffset(fromText.value) else {
                throw failure(
                    observance.property("TZOFFSETFROM")?.line ?? at,
                    "\(observance.name) in \(tzid): expected TZOFFSETFROM like +0100 or -0330")
            }
            guard let toText = observance.property("TZOFFSETTO"), let to = utcOffset(toText.value) else {
                throw failure(
                    observance.property("TZOFFSETTO")?.line ?? at, "\(observance.name) in \(tzid): expected TZOFFSETTO like +0200 or -0230")
            }
            let isDaylight = observance.name == "DAYLIGHT"
            let fixed = ZoneRules(identifier: tzid, transitions: [], initialOffset: from, initialIsDaylightSaving: !isDaylight)
            func add(_ local: LocalDateTime) {
                onsets.append(Onset(instant: fixed.instant(for: local), from: from, to: to, isDaylight: isDaylight))
            }
            let startLocal = wallClock(start)
            add(startLocal)
            for rdate in observance.properties(named: "RDATE") {
                for value in rdate.dateTimeValues ?? [] { add(wallClock(value)) }
            }
            for property in observance.properties(named: "RRULE") {
                let rule: RecurrenceRule
                do { rule = try RecurrenceRule(parsing: property.value) } catch {
                    throw failure(property.line, "RRULE in \(observance.name) of \(tzid): \(error.message) (\(error.part))")
                }
                do {
                    var iterator = try rule.expansion(from: .zoned(startLocal, tzid: tzid), zone: fixed)
                    var taken = 0
                    while taken < maximumOnsetsPerObservance, let local = try iterator.next(),
                        local.date.year <= ZoneRules.coveredYears.upperBound
                    {
                        if local != startLocal { add(local) }
                        taken += 1
                    }
                } catch {
                    throw failure(property.line, "RRULE in \(observance.name) of \(tzid): \(error.message)")
                }
            }
        }
        onsets.sort { $0.instant < $1.instant }
        guard let first = onsets.first else { throw failure(line, "VTIMEZONE \(tzid) defines no onset") }
        var transitions: [ZoneTransition] = []
        var current = first.from
        var currentDaylight = !first.isDaylight
        for onset in onsets {
            if let last = transitions.last, last.instant == onset.instant { continue }
            if onset.to == current && onset.isDaylight == currentDaylight { continue }
            transitions.append(
                ZoneTransition(
                    instant: onset.instant, offsetBefore: current, offsetAfter: onset.to, isDaylightSavingAfter: onset.isDaylight)
            )
            current = onset.to
            currentDaylight = onset.isDaylight
        }
        return ZoneRules(
            identifier: tzid, transitions: transitions, initialOffset: first.from, initialIsDaylightSaving: !first.isDaylight)
    }

    /// The wall-clock reading of a value (midnight for a DATE).
    static func wallClock(_ value: CalendarDateTime) -> LocalDateTime {
        switch value {
        case .date(let date): LocalDateTime(date: date, time: LocalTime.midnight)
        case .floating(let local), .utc(let local), .zoned(let local, _): local
        }
    }

    /// `+0530`, `-0800`, `+013045` as seconds east of UTC.
    static func utcOffset(_ text: String) -> Int32? {
        let bytes = Array(text.trimmingCharacters(in: " ").utf8)
        guard bytes.count == 5 || bytes.count == 7, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        let digits = bytes.dropFirst().map { Int32($0 - 48) }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits[2] * 10 + digits[3]
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        guard minutes < 60, seconds < 60 else { return nil }
        let total = hours * 3600 + minutes * 60 + seconds
        return bytes[0] == UInt8(ascii: "-") ? -total : total
    }
}
