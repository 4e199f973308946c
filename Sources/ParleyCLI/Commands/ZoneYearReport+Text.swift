import CivilTime

extension ZoneYearReport {
    /// The text form: a summary line, the state at the start of the year, then one aligned
    /// row per transition.
    ///
    /// ```
    /// Europe/London, 2026: 2 transitions
    /// From 2026-01-01T00:00:00: +00:00, standard time
    ///
    /// UTC                    Local before          Local after           Offset            DST   Effect
    /// 2026-03-29T01:00:00Z   2026-03-29T01:00:00   2026-03-29T02:00:00   +00:00 → +01:00   yes   01:00:00–02:00:00 skipped
    /// 2026-10-25T01:00:00Z   2026-10-25T02:00:00   2026-10-25T01:00:00   +01:00 → +00:00   no    01:00:00–02:00:00 repeated
    /// ```
    func text(style: TextStyle) -> String {
        let count = transitions.count
        var text = style.bold("\(rules.identifier), \(year): ")
        text += count == 0 ? "no transitions" : count == 1 ? "1 transition" : "\(count) transitions"
        text += "\n"
        let state = "\(ISO8601.formatOffset(offsetAtStart)), \(isDaylightSavingAtStart ? "daylight-saving time" : "standard time")"
        text += count == 0 ? "All year: \(state)\n" : "From \(year)-01-01T00:00:00: \(state)\n"
        guard count > 0 else { return text }
        var rows = [["UTC", "Local before", "Local after", "Offset", "DST", "Effect"]]
        for transition in transitions {
            rows.append([
                transition.instant.description,
                transition.localBefore.map(ISO8601.format) ?? "-",
                localAfter(transition).map(ISO8601.format) ?? "-",
                ISO8601.formatOffset(Int(transition.offsetBefore)) + " → " + ISO8601.formatOffset(Int(transition.offsetAfter)),
                transition.isDaylightSavingAfter ? "yes" : "no",
                effect(transition),
            ])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        text += "\n"
        for (index, row) in rows.enumerated() {
            let line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 3)
            }.joined()
            text += (index == 0 ? style.dim(line) : line) + "\n"
        }
        return text
    }

    /// The local clock just after `transition`.
    func localAfter(_ transition: ZoneTransition) -> LocalDateTime? {
        LocalDateTime(secondsSinceEpoch: transition.instant.secondsSinceEpoch + Int64(transition.offsetAfter))
    }

    /// Which wall-clock times the change skips or repeats: `02:00:00–03:00:00 skipped`
    /// (the span is half-open: 02:00 up to but not including 03:00). Dates are shown when
    /// the span crosses midnight.
    func effect(_ transition: ZoneTransition) -> String {
        let before = Int64(transition.offsetBefore)
        let after = Int64(transition.offsetAfter)
        guard before != after else { return "offset unchanged" }
        let instant = transition.instant.secondsSinceEpoch
        guard let low = LocalDateTime(secondsSinceEpoch: instant + min(before, after)),
            let high = LocalDateTime(secondsSinceEpoch: instant + max(before, after))
        else { return after > before ? "clocks forward" : "clocks back" }
        let span =
            low.date == high.date || (high.time.secondsSinceMidnight == 0 && low.date.adding(days: 1) == high.date)
            ? ISO8601.format(low.time) + "–"
                + (high.time.secondsSinceMidnight == 0 && low.date != high.date ? "24:00:00" : ISO8601.format(high.time))
            : ISO8601.format(low) + "–" + ISO8601.format(high)
        return span + (after > before ? " skipped" : " repeated")
    }
}
