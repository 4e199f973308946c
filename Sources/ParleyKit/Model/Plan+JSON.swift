import CivilTime
import Holidays

extension Plan {
    /// The version of the export document's shape; it grows only by adding keys.
    public static let exportSchemaVersion = 1

    /// The resolved plan as JSON for `parley export --format json` (keys sorted, absent
    /// optional values as `null`, every object with its `location`). See the README's
    /// "Export schema" for every key.
    public var exportJSON: String {
        var writer = JSONWriter()
        writeExport(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes ``exportJSON`` to `writer` one country, venue, person, series and blackout at a
    /// time, so a writer with a sink never holds the whole document; ends with ``JSONWriter/finish()``.
    public func writeExport(to writer: inout JSONWriter) {
        func array<Element>(_ key: String, _ elements: [Element], _ json: (Element) -> JSONValue) {
            writer.key(key)
            writer.beginArray()
            for element in elements { writer.value(json(element)) }
            writer.endArray()
        }
        writer.beginObject()
        array("blackouts", blackouts, Plan.json)
        array("countries", countries, Plan.json)
        array("files", files, JSONValue.string)
        array("people", people, Plan.json)
        writer.key("schemaVersion")
        writer.int(Plan.exportSchemaVersion)
        array("series", series) { Plan.json($0, in: self) }
        array("venues", venues, Plan.json)
        writer.endObject()
        writer.finish()
    }

    static func json(_ country: Country) -> JSONValue {
        let holidays: JSONValue
        switch country.holidays {
        case .builtin: holidays = .object(["source": .string("builtin"), "path": .null])
        case .none: holidays = .object(["source": .string("none"), "path": .null])
        case .file(let path): holidays = .object(["source": .string("file"), "path": .string(path)])
        }
        return .object([
            "id": .string(country.id), "name": .string(country.name), "timezone": .string(country.timezone),
            "weekend": .array(country.weekend.map { .string($0.shortName) }), "holidays": holidays,
            "subdivision": .optional(country.subdivision), "workingHours": country.workingHours.map(json) ?? .null,
            "keeps": .array(country.keeps.map { .string($0.rawValue) }), "location": .location(country.location),
        ])
    }

    static func json(_ venue: Venue) -> JSONValue {
        .object([
            "id": .string(venue.id), "city": .string(venue.city), "country": .string(venue.country.id),
            "timezone": .string(venue.timezone), "rooms": json(venue.rooms), "location": .location(venue.location),
        ])
    }

    /// `null` for a place; `{"count": 1, "names": []}` for `exclusive`; `{"count": 2, "names": ["garuda", "nusantara"]}`.
    static func json(_ rooms: VenueRooms) -> JSONValue {
        guard let capacity = rooms.capacity else { return .null }
        return .object(["count": .int(capacity), "names": .array(rooms.names.map(JSONValue.string))])
    }

    static func json(_ person: Person) -> JSONValue {
        .object([
            "id": .string(person.id), "role": .string(person.role), "country": .string(person.country.id),
            "email": .optional(person.email), "busyCalendar": .optional(person.busyCalendar),
            "workingHours": person.workingHours.map(json) ?? .null, "location": .location(person.location),
        ])
    }

    static func json(_ span: Span) -> JSONValue {
        .object(["amount": .int(span.amount), "unit": .string(span.unit.rawValue)])
    }

    static func json(_ series: Series, in plan: Plan) -> JSONValue {
        let sessions: JSONValue
        switch series.sessions {
        case .allDay: sessions = .object(["allDay": .bool(true), "start": .null, "end": .null])
        case .timed(let start, let end):
            sessions = .object([
                "allDay": .bool(false), "start": .string(RoundStart.shortTime(start)), "end": .string(RoundStart.shortTime(end)),
            ])
        }
        var hosting = JSONValue.null
        if let value = series.hosting {
            let (mode, venues): (String, [Reference]) =
                switch value.mode {
                case .alternate(let list): ("alternate", list)
                case .fixed(let venue): ("fixed", [venue])
                case .virtual: ("virtual", [])
                }
            hosting = .object([
                "mode": .string(mode), "venues": .array(venues.map { .string($0.id) }), "soft": .bool(value.severity == .warning),
                "location": .location(value.location),
            ])
        }
        return .object([
            "id": .string(series.id), "kind": .string(series.kind.rawValue), "title": .string(series.title),
            "partners": .array(series.partners.map { .string($0.id) }), "basis": .optional(series.basis),
            "cadence": series.cadence.map(json) ?? .null, "lastingDays": .int(series.lastingDays), "sessions": sessions,
            "travelDays": series.travelDays.map(JSONValue.int) ?? .null,
            "noticeDays": series.noticeDays.map(JSONValue.int) ?? .null,
            "hosting": hosting, "delegates": .array(series.delegates.map { .string($0.id) }),
            "rules": .array(series.rules.map(json)), "pauses": .array(series.pauses.map(json)),
            "rounds": .array(series.rounds.map { json($0, time: RoundTime.of($0, in: series, plan: plan)) }),
            "location": .location(series.location),
            "organizer": .optional(series.organizer?.id),
            "reminders": .array(
                series.reminders.map { .object(["minutesBefore": .int($0.minutesBefore), "location": .location($0.location)]) }),
            "milestones": .array(series.milestones.map(json)),
            "preferredMonths": series.preferredMonths.map(json) ?? .null,
        ])
    }

    static func json(_ months: PreferredMonths) -> JSONValue {
        .object([
            "months": .array((1...12).filter { months.contains(month: $0) }.map(JSONValue.int)),
            "text": .string(months.description), "location": .location(months.location),
        ])
    }

    static func json(_ rule: RuleSpec) -> JSONValue {
        var object: [String: JSONValue] = ["soft": .bool(rule.severity == .warning), "location": .location(rule.location)]
        switch rule.kind {
        case .gapAtLeast(let span):
            object["kind"] = .string("gap-at-least")
            object["span"] = json(span)
        case .gapAtMost(let span):
            object["kind"] = .string("gap-at-most")
            object["span"] = json(span)
        case .tolerance(let days):
            object["kind"] = .string("tolerance")
            object["days"] = .int(days)
        case .within(let days, let after):
            object["kind"] = .string("within")
            object["days"] = .int(days)
            object["after"] = .string(after.id)
        case .avoidHolidays: object["kind"] = .string("avoid-holidays")
        case .avoidWeekends: object["kind"] = .string("avoid-weekends")
        case .avoidObservance(let name):
            object["kind"] = .string("avoid-observance")
            object["observance"] = .string(name)
        }
        return .object(object)
    }

    static func json(_ milestone: Milestone) -> JSONValue {
        .object([
            "title": .string(milestone.title), "offset": json(milestone.offset), "before": .bool(milestone.isBefore),
            "location": .location(milestone.location),
        ])
    }

    static func json(_ pause: Pause) -> JSONValue {
        .object([
            "from": .string("\(pause.from)"), "through": .string("\(pause.through)"), "reason": .optional(pause.reason),
            "location": .location(pause.location),
        ])
    }

    /// A round, with its zone and its sessions as ``RoundTime`` gives them (empty when the
    /// round would end after the year 9999).
    static func json(_ round: Round, time: RoundTime?) -> JSONValue {
        .object([
            "number": .int(round.number), "date": .string("\(round.start.date)"),
            "zone": .optional(time?.zone), "sessions": time?.sessionsJSON ?? .array([]),
            "time": round.start.time.map { .string(RoundStart.shortTime($0)) } ?? .null,
            "venue": .optional(round.venue?.id), "room": .optional(round.room?.id), "virtual": .bool(round.isVirtual),
            "status": .string(round.status.rawValue),
            "notes": .array(round.notes.map(JSONValue.string)), "movedFrom": .array(round.movedFrom.map { .string("\($0)") }),
            "acknowledgements": .array(round.acknowledgements.map(json)), "location": .location(round.location),
        ])
    }

    static func json(_ hours: WorkingHours) -> JSONValue {
        .object(["start": .string(RoundStart.shortTime(hours.start)), "end": .string(RoundStart.shortTime(hours.end))])
    }

    static func json(_ acknowledgement: Acknowledgement) -> JSONValue {
        .object([
            "code": .string(acknowledgement.code.rawValue), "subject": .optional(acknowledgement.subject),
            "reason": .string(acknowledgement.reason), "location": .location(acknowledgement.location),
        ])
    }

    static func json(_ blackout: Blackout) -> JSONValue {
        .object([
            "from": .string("\(blackout.from)"), "through": .string("\(blackout.through)"), "country": .optional(blackout.country?.id),
            "reason": .optional(blackout.reason), "soft": .bool(blackout.severity == .warning), "location": .location(blackout.location),
        ])
    }
}
