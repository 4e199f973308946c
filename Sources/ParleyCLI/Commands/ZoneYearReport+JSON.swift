import CivilTime
import ParleyKit

extension ZoneYearReport {
    /// The `--format json` document. Keys are sorted; times are ISO 8601; offsets appear both
    /// as `±hh:mm` and as seconds east of UTC.
    ///
    /// ```json
    /// {
    ///   "isDaylightSavingAtStart": false,
    ///   "offsetAtStart": "+00:00",
    ///   "offsetSecondsAtStart": 0,
    ///   "transitions": [
    ///     {
    ///       "effect": "skipped",
    ///       "instant": "2026-03-29T01:00:00Z",
    ///       "instantSeconds": 1774746000,
    ///       "isDaylightSaving": true,
    ///       "localAfter": "2026-03-29T02:00:00",
    ///       "localBefore": "2026-03-29T01:00:00",
    ///       "offsetAfter": "+01:00",
    ///       "offsetAfterSeconds": 3600,
    ///       "offsetBefore": "+00:00",
    ///       "offsetBeforeSeconds": 0
    ///     }, …
    ///   ],
    ///   "year": 2026,
    ///   "zone": "Europe/London"
    /// }
    /// ```
    var json: JSONValue {
        .object([
            "zone": .string(rules.identifier),
            "year": .int(year),
            "offsetAtStart": .string(ISO8601.formatOffset(offsetAtStart)),
            "offsetSecondsAtStart": .int(offsetAtStart),
            "isDaylightSavingAtStart": .bool(isDaylightSavingAtStart),
            "transitions": .array(
                transitions.map { transition in
                    .object([
                        "instant": .string(transition.instant.description),
                        "instantSeconds": .int(Int(transition.instant.secondsSinceEpoch)),
                        "localBefore": .string(transition.localBefore.map(ISO8601.format) ?? ""),
                        "localAfter": .string(localAfter(transition).map(ISO8601.format) ?? ""),
                        "offsetBefore": .string(ISO8601.formatOffset(Int(transition.offsetBefore))),
                        "offsetAfter": .string(ISO8601.formatOffset(Int(transition.offsetAfter))),
                        "offsetBeforeSeconds": .int(Int(transition.offsetBefore)),
                        "offsetAfterSeconds": .int(Int(transition.offsetAfter)),
                        "isDaylightSaving": .bool(transition.isDaylightSavingAfter),
                        "effect": .string(
                            transition.offsetAfter > transition.offsetBefore
                                ? "skipped" : transition.offsetAfter < transition.offsetBefore ? "repeated" : "none"
                        ),
                    ])
                }),
        ])
    }
}
