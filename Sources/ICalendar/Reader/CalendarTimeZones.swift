import CivilTime

/// The time zones a calendar file refers to, resolved once: each `TZID` to ``ZoneRules``.
///
/// An IANA name (`Europe/Moscow`) resolves from the time-zone data; any other name (Outlook's
/// `W. Europe Standard Time`, a custom `/example.com/Zone`) from the file's own `VTIMEZONE`
/// (see ``TimeZoneDefinition``). Google's `X-WR-TIMEZONE` on the `VCALENDAR` names the zone its
/// floating times mean.
public struct CalendarTimeZones: Sendable {
    /// The zones by `TZID`.
    public private(set) var zones: [String: ZoneRules]
    /// The zone of `X-WR-TIMEZONE`, when present and known.
    public private(set) var calendarDefault: ZoneRules?
    /// What could not be resolved, as warnings with lines.
    public private(set) var warnings: [CalendarDiagnostic]

    /// Resolves the `VTIMEZONE`s and `X-WR-TIMEZONE` of `calendar`.
    public init(calendar: CalendarComponent) {
        zones = [:]
        warnings = []
        calendarDefault = nil
        for definition in calendar.components(named: "VTIMEZONE") {
            guard let tzid = definition.property("TZID")?.textValue else { continue }
            if let known = try? ZoneRules.named(tzid) {
                zones[tzid] = known
                continue
            }
            do {
                zones[tzid] = try TimeZoneDefinition.rules(from: definition)
            } catch {
                warnings.append(
                    contentsOf: error.diagnostics.map { CalendarDiagnostic(.warning, line: $0.line, column: $0.column, $0.message) })
            }
        }
        if let property = calendar.property("X-WR-TIMEZONE") {
            let name = property.textValue
            if let rules = rules(for: name) {
                calendarDefault = rules
            } else {
                warnings.append(
                    CalendarDiagnostic(
                        .warning, line: property.line ?? 0, "X-WR-TIMEZONE '\(name)' is not a known time zone; floating times stay floating"
                    ))
            }
        }
    }

    /// The rules for `tzid`: the file's definition, else the IANA zone of that name.
    public func rules(for tzid: String) -> ZoneRules? {
        zones[tzid] ?? (try? ZoneRules.named(tzid))
    }
}
