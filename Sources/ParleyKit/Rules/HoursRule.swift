import CivilTime

/// `hours`: a virtual or timed session outside the working hours of a party, shown in the
/// party's local time.
public struct HoursRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.hours
    public let summary = "A virtual or timed session falls outside a party's working hours."
    public let explanation = """
        A round with session hours (`sessions 09:00..12:00`, or a start time `on \
        2026-03-10T09:30`) is checked, session by session (one a day; a start time without \
        an end is checked at its start), against the working hours of each partner \
        country (`hours 08:00..16:00` under the country; 09:00–17:00 when not given) and of \
        each delegate who has their own (`hours` under the person). For a virtual round each \
        party sits in its own time zone (the country's; a person's country's), so the same \
        session is converted for each, day by day, across DST changes and the date line; for \
        a round at a venue everyone is in the venue's zone. One warning per party and round \
        names the first day that does not fit, in the party's local time.

        Example:
          country AU "Australia"
            timezone Australia/Sydney
          dialogue d "D"
            partners ID AU
            virtual
            sessions 14:00..16:00          # Asia/Jakarta, the first partner's zone
            round 1 on 2026-03-10 virtual planned
        reports: round 1 of d (virtual, 2026-03-10 14:00–16:00 Asia/Jakarta) is 18:00–20:00 on \
        2026-03-10 for AU (Australia/Sydney), outside its working hours 09:00–17:00
        """

    /// Someone whose working hours a session must fit.
    private struct Party {
        let name: String
        let zone: String
        let hours: WorkingHours
        let location: SourceLocation
    }

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        var findings: [Finding] = []
        for occurrence in context.expansion.occurrences where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
            guard let hours = occurrence.time.hours, let series = plan.seriesByID[occurrence.seriesID] else { continue }
            let parties = parties(of: series, occurrence: occurrence, plan: plan)
            for party in parties {
                let zone = RoundClock.zone(party.zone)
                for session in occurrence.time.sessions {
                    // An open-ended session (a start time, no end) is checked at its start.
                    let start = Instant(secondsSinceEpoch: session.start)
                    let end = Instant(secondsSinceEpoch: hours.end == nil ? session.start : session.end)
                    if let from = zone.localDateTime(at: start), let to = zone.localDateTime(at: end),
                        !(from.date == to.date
                            && party.hours.contains(from: Int(from.time.secondsSinceMidnight), to: Int(to.time.secondsSinceMidnight)))
                    {
                        let shown =
                            "\(RoundStart.shortTime(from.time))–\(RoundStart.shortTime(to.time)) on \(from.date)\(to.date == from.date ? "" : " to \(to.date)")"
                        findings.append(
                            Finding(
                                .warning, code: code,
                                message:
                                    "round \(occurrence.number) of \(series.id) (\(occurrence.isVirtual ? "virtual, " : "")\(RoundClock.describe(occurrence))) is \(shown) for \(party.name) (\(party.zone)), outside its working hours \(party.hours)",
                                at: occurrence.location,
                                notes: [Finding.Note("\(party.name)'s working hours come from here", at: party.location)]))
                        break
                    }
                }
            }
        }
        return findings
    }

    /// The partner countries, and the delegates with their own hours; in the venue's zone
    /// when the round is held at one.
    private func parties(of series: Series, occurrence: Occurrence, plan: Plan) -> [Party] {
        let atVenue = !occurrence.isVirtual && occurrence.venueID != nil
        var parties: [Party] = series.partners.compactMap { reference in
            guard let country = plan.countriesByID[reference.id] else { return nil }
            let hours = country.workingHours ?? .standard
            return Party(
                name: country.id, zone: atVenue ? occurrence.timezone : country.timezone, hours: hours,
                location: hours.location ?? country.location)
        }
        for reference in series.delegates {
            guard let person = plan.peopleByID[reference.id], let hours = person.workingHours else { continue }
            let zone = atVenue ? occurrence.timezone : plan.countriesByID[person.country.id]?.timezone ?? occurrence.timezone
            parties.append(Party(name: person.id, zone: zone, hours: hours, location: hours.location ?? person.location))
        }
        return parties
    }
}
