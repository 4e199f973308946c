extension Proposal {
    /// The version of the `parley next --format json` document; it grows only by adding keys.
    public static let schemaVersion = 1

    /// The proposal as `parley next --format json` prints it (keys sorted, absent values
    /// `null`, dates `YYYY-MM-DD`), the best `limit` suggestions included. `written` is the
    /// round `--write` recorded, or `null`. The README's "parley next" section lists every key.
    public func json(limit: Int, written: Suggestion? = nil, hints: ProposalHints = ProposalHints()) -> String {
        JSONValue.object([
            "schemaVersion": .int(Proposal.schemaVersion),
            "series": .string(series.id),
            "round": .int(roundNumber),
            "replanning": replanned.map { round in
                .object([
                    "date": .string("\(round.start)"), "venue": .optional(round.venue?.id), "virtual": .bool(round.isVirtual),
                    "status": .string(round.status.rawValue),
                ])
            } ?? .null,
            "previous": previous.map { .object(["number": .int($0.number), "date": .string("\($0.start.date)")]) } ?? .null,
            "due": due.map { .string("\($0)") } ?? .null,
            "tolerance": .int(tolerance),
            "lastingDays": .int(series.lastingDays),
            "host": .object(["venue": .optional(venue), "virtual": .bool(isVirtual), "reason": .string(hostReason)]),
            "topicsDue": .array(topicsDue.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
            "search": .array(
                steps.map { step in
                    .object([
                        "stage": .int(step.index), "from": .string("\(step.starts.from)"), "through": .string("\(step.starts.through)"),
                        "windows": .int(step.count), "relaxesCadence": .bool(step.relaxesCadence),
                    ])
                }),
            "windowsExamined": .int(windowsExamined),
            "windowsFitting": .int(suggestions.count),
            "suggestions": .array(suggestions.prefix(max(limit, 0)).map(Proposal.json)),
            "rejections": .array(
                rejections.map { group in
                    .object([
                        "code": .string(group.code.rawValue), "windows": .int(group.windows), "reason": .string(group.sentence),
                        "exampleDate": .string("\(group.exampleDate)"), "example": .string(group.example),
                    ])
                }),
            "explanation": .optional(explanation(hints: hints)),
            "earliestStart": earliest.map { earliest in
                .object([
                    "date": .string("\(earliest.date)"), "noticeDays": .int(earliest.noticeDays), "travelDays": .int(earliest.travelDays),
                ])
            } ?? .null,
            "obligation": obligation.map { obligation in
                .object([
                    "series": .string(obligation.leaderID), "round": .int(obligation.leading.number),
                    "ended": .string("\(obligation.ended)"), "from": .string("\(obligation.opens)"),
                    "dueBy": .string("\(obligation.due.date)"),
                ])
            } ?? .null,
            "written": written.map { suggestion in
                .object([
                    "rank": .int(suggestion.rank), "file": .optional(insertion?.file ?? replacement?.file),
                    "line": (insertion?.line ?? replacement?.line).map { .int($0) } ?? .null,
                    "text": .string(RoundInsertion.text(of: suggestion.round)),
                ])
            } ?? .null,
        ]).rendered + "\n"
    }

    static func json(_ suggestion: Suggestion) -> JSONValue {
        .object([
            "rank": .int(suggestion.rank),
            "first": .string("\(suggestion.firstDay)"),
            "last": .string("\(suggestion.lastDay)"),
            "zone": .string(suggestion.time.zone),
            "sessions": suggestion.time.sessionsJSON,
            "venue": .optional(suggestion.round.venue?.id),
            "virtual": .bool(suggestion.round.isVirtual),
            "score": .int(suggestion.score),
            "travel": .array(
                suggestion.travel.map {
                    .object(["person": .string($0.person), "outbound": .string("\($0.outbound)"), "inbound": .string("\($0.inbound)")])
                }),
            "satisfies": .array(suggestion.satisfies.map(JSONValue.string)),
            "costs": .array(
                suggestion.costs.map {
                    .object([
                        "kind": .string($0.kind.rawValue), "code": .optional($0.code?.rawValue), "points": .int($0.points),
                        "message": .string($0.message),
                    ])
                }),
            "line": .string(RoundInsertion.text(of: suggestion.round)),
        ])
    }
}
