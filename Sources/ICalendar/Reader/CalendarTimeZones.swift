import Basics
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
        let definitions = calendar.components(named: "VTIMEZONE").compactMap { definition in
            definition.property("TZID").map { (definition, $0.textValue) }
        }
        // The IANA zones among them read from the time-zone data on every core at once: a
        // zone's table costs about a millisecond, and a large feed defines several.
        let names = definitions.map(\.1)
        let known = Parallel.map(names.count) { try? ZoneRules.named(names[$0]) }
        for ((definition, tzid), known) in zip(definitions, known) {
            if let known {
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

    /// The IANA name each `TZID` that is not one was read as by ``resolve(_:)``.
    public private(set) var readAs: [String: String] = [:]

    /// Adds what `other`, a copy of these zones, resolved since.
    mutating func merge(_ other: CalendarTimeZones) {
        zones.merge(other.zones) { own, _ in own }
        readAs.merge(other.readAs) { own, _ in own }
    }

    /// The rules for `tzid` as libical resolves a name: the file's definition, the IANA zone of
    /// that name, or the IANA name behind a vendor prefix (libical's
    /// `/freeassociation.sourceforge.net/[Tzfile/]Europe/Berlin` and
    /// `/softwarestudio.org/Olson_20011030_5/Pacific/Auckland`, any version, or Mozilla's
    /// `/mozilla.org/20070129_1/America/New_York`), or a Windows name (`Pacific Standard Time`)
    /// through CLDR's mapping (``WindowsZoneNames``); remembered in ``zones`` and ``readAs``.
    /// `nil` when none gives a zone.
    public mutating func resolve(_ tzid: String) -> ZoneRules? {
        // Events come in runs of one zone: the last name asked for is compared before hashing.
        if let last = lastResolved, last.tzid == tzid { return last.rules }
        guard let rules = lookUp(tzid) else { return nil }
        lastResolved = (tzid, rules)
        return rules
    }

    /// The last name ``resolve(_:)`` found, and its rules.
    private var lastResolved: (tzid: String, rules: ZoneRules)?

    private mutating func lookUp(_ tzid: String) -> ZoneRules? {
        if let known = zones[tzid] { return known }
        if let rules = try? ZoneRules.named(tzid) {
            zones[tzid] = rules
            return rules
        }
        if let name = WindowsZoneNames.iana[tzid], let rules = try? ZoneRules.named(name) {
            zones[tzid] = rules
            readAs[tzid] = name
            return rules
        }
        guard tzid.hasPrefix("/") else { return nil }
        let parts = tzid.split(separator: "/")
        for first in parts.indices {
            let name = parts[first...].joined(separator: "/")
            guard let rules = try? ZoneRules.named(name) else { continue }
            zones[tzid] = rules
            readAs[tzid] = name
            return rules
        }
        return nil
    }
}
