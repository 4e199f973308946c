import CivilTime

extension RoundTime {
    /// The sessions as JSON, as `parley export` and `parley next` print them:
    /// `[{"start": "2026-08-18T09:00:00+10:00", "end": "2026-08-18T17:00:00+10:00"}, …]`,
    /// as ``sessions`` gives them, wall clock of ``zone`` with its offset.
    var sessionsJSON: JSONValue {
        let rules = RoundTime.rules(zone)
        return .array(
            sessions.map { session in
                .object([
                    "start": .string(ISO8601.format(Instant(secondsSinceEpoch: session.start), in: rules)),
                    "end": .string(ISO8601.format(Instant(secondsSinceEpoch: session.end), in: rules)),
                ])
            })
    }

    /// Writes ``sessionsJSON`` to `writer` straight into its bytes, for documents as large as
    /// `parley export`'s.
    func writeSessions(to writer: inout JSONWriter) {
        let rules = RoundTime.rules(zone)
        writer.beginArray()
        for session in sessions {
            writer.object {
                $0.key("end")
                $0.plainString { ISO8601.append(Instant(secondsSinceEpoch: session.end), in: rules, to: &$0) }
                $0.key("start")
                $0.plainString { ISO8601.append(Instant(secondsSinceEpoch: session.start), in: rules, to: &$0) }
            }
        }
        writer.endArray()
    }
}
