import CivilTime

extension ZoneYearReport {
    /// The `--format json` document. Keys are sorted; times are ISO 8601; offsets appear both
    /// as `±hh:mm` and as seconds east of UTC.
    ///
    /// ```json
    /// {"isDaylightSavingAtStart": false, "offsetAtStart": "+00:00",
    ///  "offsetSecondsAtStart": 0, "transitions": [{"effect": "skipped",
    ///  "instant": "2026-03-29T01:00:00Z", "isDaylightSaving": true, "localAfter": "2026-03-29T02:00:00",
    ///  "localBefore": "2026-03-29T01:00:00", "offsetAfter": "+01:00", "offsetAfterSeconds": 3600,
    ///  "offsetBefore": "+00:00", "offsetBeforeSeconds": 0}], "year": 2026, "zone": "Europe/London"}
    /// ```
    var json: Document {
        Document(
            zone: rules.identifier,
            year: year,
            offsetAtStart: ISO8601.formatOffset(offsetAtStart),
            offsetSecondsAtStart: offsetAtStart,
            isDaylightSavingAtStart: isDaylightSavingAtStart,
            transitions: transitions.map { transition in
                Transition(
                    instant: transition.instant.description,
                    instantSeconds: transition.instant.secondsSinceEpoch,
                    localBefore: transition.localBefore.map(ISO8601.format) ?? "",
                    localAfter: localAfter(transition).map(ISO8601.format) ?? "",
                    offsetBefore: ISO8601.formatOffset(Int(transition.offsetBefore)),
                    offsetAfter: ISO8601.formatOffset(Int(transition.offsetAfter)),
                    offsetBeforeSeconds: Int(transition.offsetBefore),
                    offsetAfterSeconds: Int(transition.offsetAfter),
                    isDaylightSaving: transition.isDaylightSavingAfter,
                    effect: transition.offsetAfter > transition.offsetBefore
                        ? "skipped" : transition.offsetAfter < transition.offsetBefore ? "repeated" : "none"
                )
            }
        )
    }

    /// The JSON document of `parley tz --format json`.
    struct Document: Codable, Hashable, Sendable {
        /// The IANA identifier.
        let zone: String
        /// The year listed.
        let year: Int
        /// The offset when the year begins, `±hh:mm`.
        let offsetAtStart: String
        /// The offset when the year begins, seconds east of UTC.
        let offsetSecondsAtStart: Int
        /// Whether daylight-saving time is in force when the year begins.
        let isDaylightSavingAtStart: Bool
        /// The transitions in time order.
        let transitions: [Transition]
    }

    /// One transition in the JSON document.
    struct Transition: Codable, Hashable, Sendable {
        /// The instant in UTC, `2026-03-29T01:00:00Z`.
        let instant: String
        /// The instant as seconds since 1970-01-01T00:00:00Z.
        let instantSeconds: Int64
        /// The local clock just before the change.
        let localBefore: String
        /// The local clock just after the change.
        let localAfter: String
        /// The offset before, `±hh:mm`.
        let offsetBefore: String
        /// The offset after, `±hh:mm`.
        let offsetAfter: String
        /// The offset before, seconds east of UTC.
        let offsetBeforeSeconds: Int
        /// The offset after, seconds east of UTC.
        let offsetAfterSeconds: Int
        /// Whether daylight-saving time is in force after the change.
        let isDaylightSaving: Bool
        /// `skipped` (clocks forward), `repeated` (clocks back) or `none` (offset unchanged).
        let effect: String
    }
}
