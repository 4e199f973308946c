import CivilTime
import Holidays

extension Plan {
    /// The version of the export document's shape; it grows only by adding keys.
    public static let exportSchemaVersion = 1

    /// The resolved plan as JSON for `parley export --format json` (keys sorted, absent
    /// optional values as `null`, every object with its `location`). See the README's
    /// "Export schema" for every key. The rounds the cadence implies in `implied` (an expansion
    /// of this plan) are under each series' `impliedRounds`.
    public func exportJSON(implied: Expansion) -> String {
        var writer = JSONWriter()
        writeExport(to: &writer, implied: implied)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes ``exportJSON(implied:)`` to `writer` member by member, straight into its bytes, so a
    /// writer with a sink never holds more than its buffer; ends with ``JSONWriter/finish()``. Each
    /// object's members are written in sorted key order (the writer checks in debug builds).
    public func writeExport(to writer: inout JSONWriter, implied: Expansion) {
        // Positions in `implied.occurrences`, not copies: they are large and there are many.
        var impliedBySeries: [String: [Int]] = [:]
        for (position, occurrence) in implied.occurrences.enumerated() where occurrence.isImplied {
            impliedBySeries[occurrence.seriesID, default: []].append(position)
        }
        writer.object {
            $0.array("blackouts", blackouts) { Plan.write($0, to: &$1) }
            $0.array("countries", countries) { Plan.write($0, to: &$1) }
            $0.member("files", strings: files)
            $0.key("impliedWindow")
            $0.object {
                $0.member("from", date: implied.window.from)
                $0.member("through", date: implied.window.through)
            }
            $0.array("people", people) { Plan.write($0, to: &$1) }
            $0.member("schemaVersion", Plan.exportSchemaVersion)
            $0.array("series", series) { write($0, implied: impliedBySeries[$0.id] ?? [], of: implied, to: &$1) }
            $0.array("venues", venues) { Plan.write($0, to: &$1) }
        }
        writer.finish()
    }

    static func write(_ country: Country, to writer: inout JSONWriter) {
        writer.object {
            $0.key("holidays")
            $0.object {
                switch country.holidays {
                case .builtin:
                    $0.member("path", optional: nil)
                    $0.member("source", "builtin")
                case .none:
                    $0.member("path", optional: nil)
                    $0.member("source", "none")
                case .file(let path):
                    $0.member("path", path)
                    $0.member("source", "file")
                }
            }
            $0.member("id", country.id)
            $0.member("keeps", strings: country.keeps.map(\.rawValue))
            $0.member("location", location: country.location)
            $0.member("name", country.name)
            $0.member("subdivision", optional: country.subdivision)
            $0.member("timezone", country.timezone)
            $0.member("weekend", strings: country.weekend.map(\.shortName))
            $0.key("workingHours")
            write(country.workingHours, to: &$0)
        }
    }

    static func write(_ venue: Venue, to writer: inout JSONWriter) {
        writer.object {
            $0.member("city", venue.city)
            $0.member("country", venue.country.id)
            $0.member("id", venue.id)
            $0.member("location", location: venue.location)
            $0.key("rooms")
            write(venue.rooms, to: &$0)
            $0.member("timezone", venue.timezone)
        }
    }

    /// `null` for a place; `{"count": 1, "names": []}` for `exclusive`; `{"count": 2, "names": ["garuda", "nusantara"]}`.
    static func write(_ rooms: VenueRooms, to writer: inout JSONWriter) {
        guard let capacity = rooms.capacity else { return writer.null() }
        writer.object {
            $0.member("count", capacity)
            $0.member("names", strings: rooms.names)
        }
    }

    static func write(_ person: Person, to writer: inout JSONWriter) {
        writer.object {
            $0.member("busyCalendar", optional: person.busyCalendar)
            $0.member("country", person.country.id)
            $0.member("email", optional: person.email)
            $0.member("id", person.id)
            $0.member("location", location: person.location)
            $0.member("role", person.role)
            $0.key("workingHours")
            write(person.workingHours, to: &$0)
        }
    }

    static func write(_ span: Span, to writer: inout JSONWriter) {
        writer.object {
            $0.member("amount", span.amount)
            $0.member("unit", span.unit.rawValue)
        }
    }

    /// A series, its implied rounds at the `positions` of `implied`.
    func write(_ series: Series, implied positions: [Int], of implied: Expansion, to writer: inout JSONWriter) {
        writer.object {
            $0.member("basis", optional: series.basis)
            $0.key("cadence")
            if let cadence = series.cadence { Plan.write(cadence, to: &$0) } else { $0.null() }
            $0.member("delegates", strings: series.delegates.map(\.id))
            $0.key("hosting")
            if let hosting = series.hosting { Plan.write(hosting, to: &$0) } else { $0.null() }
            $0.member("id", series.id)
            $0.array("impliedRounds", positions) { Plan.write(implied: implied.occurrences[$0], to: &$1) }
            $0.member("kind", series.kind.rawValue)
            $0.member("lastingDays", series.lastingDays)
            $0.member("location", location: series.location)
            $0.array("milestones", series.milestones) { Plan.write($0, to: &$1) }
            $0.key("noticeDays")
            if let days = series.noticeDays { $0.int(days) } else { $0.null() }
            $0.member("organizer", optional: series.organizer?.id)
            $0.member("partners", strings: series.partners.map(\.id))
            $0.array("pauses", series.pauses) { Plan.write($0, to: &$1) }
            $0.key("preferredMonths")
            if let months = series.preferredMonths { Plan.write(months, to: &$0) } else { $0.null() }
            $0.array("reminders", series.reminders) { reminder, writer in
                writer.object {
                    $0.member("location", location: reminder.location)
                    $0.member("minutesBefore", reminder.minutesBefore)
                }
            }
            $0.array("rounds", series.rounds) { round, writer in
                Plan.write(round, time: RoundTime.of(round, in: series, plan: self), to: &writer)
            }
            $0.array("rules", series.rules) { Plan.write($0, to: &$1) }
            $0.key("sessions")
            $0.object {
                switch series.sessions {
                case .allDay:
                    $0.member("allDay", true)
                    $0.member("end", optional: nil)
                    $0.member("start", optional: nil)
                case .timed(let start, let end):
                    $0.member("allDay", false)
                    $0.member("end", RoundStart.shortTime(end))
                    $0.member("start", RoundStart.shortTime(start))
                }
            }
            $0.member("title", series.title)
            $0.array("topics", series.topics) { topic, writer in
                writer.object {
                    $0.key("fromRound")
                    if let round = topic.fromRound { $0.int(round) } else { $0.null() }
                    $0.member("id", topic.id)
                    $0.member("location", location: topic.location)
                    $0.member("title", topic.title)
                }
            }
            $0.key("travelDays")
            if let days = series.travelDays { $0.int(days) } else { $0.null() }
        }
    }

    static func write(_ hosting: Hosting, to writer: inout JSONWriter) {
        let (mode, venues): (String, [Reference]) =
            switch hosting.mode {
            case .alternate(let list): ("alternate", list)
            case .fixed(let venue): ("fixed", [venue])
            case .virtual: ("virtual", [])
            case .rotate(.alphabetical): ("rotate-alphabetical", [])
            case .rotate(.listed): ("rotate", [])
            }
        writer.object {
            $0.member("location", location: hosting.location)
            if case .rotate(let rotation) = hosting.mode, case .listed(let members) = rotation {
                $0.member("members", strings: members.map(\.id))
            }
            $0.member("mode", mode)
            $0.member("soft", hosting.severity == .warning)
            $0.member("venues", strings: venues.map(\.id))
        }
    }

    static func write(_ months: PreferredMonths, to writer: inout JSONWriter) {
        writer.object {
            $0.member("location", location: months.location)
            $0.key("months")
            $0.beginArray()
            for month in 1...12 where months.contains(month: month) { $0.int(month) }
            $0.endArray()
            $0.member("text", months.description)
        }
    }

    static func write(_ rule: RuleSpec, to writer: inout JSONWriter) {
        writer.object {
            switch rule.kind {
            case .within(let days, let after):
                $0.member("after", after.id)
                $0.member("days", days)
            case .tolerance(let days):
                $0.member("days", days)
            default:
                break
            }
            if case .cover(_, let rounds) = rule.kind { $0.member("everyRounds", rounds) }
            let kind: String =
                switch rule.kind {
                case .gapAtLeast: "gap-at-least"
                case .gapAtMost: "gap-at-most"
                case .tolerance: "tolerance"
                case .within: "within"
                case .avoidHolidays: "avoid-holidays"
                case .avoidWeekends: "avoid-weekends"
                case .avoidObservance: "avoid-observance"
                case .cover: "cover"
                }
            $0.member("kind", kind)
            $0.member("location", location: rule.location)
            if case .avoidObservance(let name) = rule.kind { $0.member("observance", name) }
            $0.member("soft", rule.severity == .warning)
            if case .cover(let topic?, _) = rule.kind { $0.member("topic", topic.id) }
            switch rule.kind {
            case .gapAtLeast(let span), .gapAtMost(let span):
                $0.key("span")
                write(span, to: &$0)
            default:
                break
            }
        }
    }

    static func write(_ milestone: Milestone, to writer: inout JSONWriter) {
        writer.object {
            $0.member("before", milestone.isBefore)
            $0.member("location", location: milestone.location)
            $0.key("offset")
            write(milestone.offset, to: &$0)
            $0.member("title", milestone.title)
        }
    }

    static func write(_ pause: Pause, to writer: inout JSONWriter) {
        writer.object {
            $0.member("from", date: pause.from)
            $0.member("location", location: pause.location)
            $0.member("reason", optional: pause.reason)
            $0.member("through", date: pause.through)
        }
    }

    /// A round, with its zone and its sessions as ``RoundTime`` gives them (empty when the
    /// round would end after the year 9999).
    static func write(_ round: Round, time: RoundTime?, to writer: inout JSONWriter) {
        writer.object {
            $0.array("acknowledgements", round.acknowledgements) { Plan.write($0, to: &$1) }
            $0.member("chair", optional: round.chair?.id)
            $0.member("covers", strings: round.covers.map(\.id))
            $0.member("date", date: round.start.date)
            $0.member("declinedBy", strings: round.declinedBy.map(\.id))
            $0.member("implied", false)
            $0.member("location", location: round.location)
            $0.key("movedFrom")
            $0.beginArray()
            for date in round.movedFrom { $0.plainString { ISO8601.append(date, to: &$0) } }
            $0.endArray()
            $0.member("notes", strings: round.notes)
            $0.member("number", round.number)
            $0.member("room", optional: round.room?.id)
            if let time {
                $0.key("sessions")
                time.writeSessions(to: &$0)
            } else {
                $0.member("sessions", strings: [])
            }
            $0.member("status", round.status.rawValue)
            $0.member("time", optional: round.start.time.map(RoundStart.shortTime))
            $0.member("venue", optional: round.venue?.id)
            $0.member("virtual", round.isVirtual)
            $0.member("zone", optional: time?.zone)
        }
    }

    /// A round the cadence implies, in the shape of a recorded one, `implied` `true`, its
    /// location the series' declaration.
    static func write(implied occurrence: Occurrence, to writer: inout JSONWriter) {
        writer.object {
            $0.member("acknowledgements", strings: [])
            $0.member("chair", optional: nil)
            $0.member("covers", strings: [])
            $0.member("date", date: occurrence.firstDay)
            $0.member("declinedBy", strings: [])
            $0.member("implied", true)
            $0.member("location", location: occurrence.location)
            $0.member("movedFrom", strings: [])
            $0.member("notes", strings: [])
            $0.member("number", occurrence.number)
            $0.member("room", optional: nil)
            $0.key("sessions")
            occurrence.time.writeSessions(to: &$0)
            $0.member("status", occurrence.status.rawValue)
            $0.member("time", optional: nil)
            $0.member("venue", optional: occurrence.venueID)
            $0.member("virtual", occurrence.isVirtual)
            $0.member("zone", occurrence.time.zone)
        }
    }

    static func write(_ hours: WorkingHours?, to writer: inout JSONWriter) {
        guard let hours else { return writer.null() }
        writer.object {
            $0.member("end", RoundStart.shortTime(hours.end))
            $0.member("start", RoundStart.shortTime(hours.start))
        }
    }

    static func write(_ acknowledgement: Acknowledgement, to writer: inout JSONWriter) {
        writer.object {
            $0.member("code", acknowledgement.code.rawValue)
            $0.member("location", location: acknowledgement.location)
            $0.member("reason", acknowledgement.reason)
            $0.member("subject", optional: acknowledgement.subject)
        }
    }

    static func write(_ blackout: Blackout, to writer: inout JSONWriter) {
        writer.object {
            $0.member("country", optional: blackout.country?.id)
            $0.member("from", date: blackout.from)
            $0.member("location", location: blackout.location)
            $0.member("reason", optional: blackout.reason)
            $0.member("soft", blackout.severity == .warning)
            $0.member("through", date: blackout.through)
        }
    }
}
