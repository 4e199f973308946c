import Basics
import CivilTime

/// Every round of a plan in a window, recorded (whatever its status) and implied by the cadence,
/// in date order, each with the findings about it: what `parley rounds` prints and
/// `parley export --format csv` writes.
///
/// ```swift
/// let result = Checker.check(loaded, options: options)
/// let listing = RoundListing(plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: options.window)
/// print(listing.text)
/// ```
public struct RoundListing: Sendable {
    /// The days listed: a round is listed when one of its days is inside.
    public let window: DateWindow
    /// The rounds, by first day, then the series' place in the plan, then number.
    public let entries: [RoundEntry]
    /// The series listed, in plan order, with the findings about a series as a whole (it is
    /// overdue, one of its rule lines is wrong).
    public let series: [(series: Series, findings: [Finding])]

    /// The rounds of `plan` touching `window`: recorded ones from the plan, implied ones from
    /// `expansion` (expanded over at least `window`); only the series in `seriesIDs` when given.
    /// Each finding of `findings` goes to the round or series it is about (``FindingSubjects``);
    /// `due` says what falls due on each round (obligations; nothing by default).
    public init(
        plan: Plan, expansion: Expansion, findings: [Finding], window: DateWindow, seriesIDs: Set<String>? = nil,
        due: (RoundEntry) -> [String] = { _ in [] }
    ) {
        self.window = window
        let chosen = plan.series.enumerated().filter { seriesIDs?.contains($0.element.id) ?? true }
        let references = chosen.map { ($0.offset, RoundEntry.SeriesReference($0.element)) }
        let places = Dictionary(references.map { ($0.1.series.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The recorded rounds of a large plan are made in stripes of series on every core.
        let recorded = Parallel.mapStripes(references.count) { stripe in
            var made: [(entry: RoundEntry, place: Int)] = []
            made.reserveCapacity(references[stripe].reduce(0) { $0 + $1.1.series.rounds.count })
            for (place, reference) in references[stripe] {
                for round in reference.series.rounds {
                    let entry = RoundEntry(recorded: round, of: reference, in: plan)
                    guard window.overlaps(entry.firstDay, entry.lastDay) else { continue }
                    made.append((entry, place))
                }
            }
            return made
        }
        var implied: [RoundEntry] = []
        for occurrence in expansion.occurrences where occurrence.isImplied && window.overlaps(occurrence.firstDay, occurrence.lastDay) {
            guard let (_, reference) = places[occurrence.seriesID] else { continue }
            implied.append(RoundEntry(implied: occurrence, of: reference, in: plan))
        }
        // Only where each entry is gets sorted; each entry is then copied once, into its place.
        var listed = RoundOrder<(stripe: Int, index: Int)>()
        listed.reserveCapacity(recorded.reduce(implied.count) { $0 + $1.count })
        for (stripe, made) in recorded.enumerated() {
            for index in made.indices {
                listed.append((stripe, index), day: made[index].entry.firstDay, series: made[index].place, number: made[index].entry.number)
            }
        }
        for index in implied.indices {
            guard let (place, _) = places[implied[index].reference.series.id] else { continue }
            listed.append((recorded.count, index), day: implied[index].firstDay, series: place, number: implied[index].number)
        }
        var entries = listed.sorted().map { $0.stripe < recorded.count ? recorded[$0.stripe][$0.index].entry : implied[$0.index] }
        var positions: [RoundKey: Int] = [:]
        positions.reserveCapacity(entries.count)
        for position in entries.indices where !entries[position].isImplied {
            positions[RoundKey(series: ObjectIdentifier(entries[position].reference), number: entries[position].number)] = position
        }
        var seriesFindings: [String: [Finding]] = [:]
        let subjects = FindingSubjects(plan: plan)
        for finding in findings {
            guard let subject = subjects.subject(of: finding), let (_, reference) = places[subject.seriesID] else { continue }
            if let round = subject.round, let position = positions[RoundKey(series: ObjectIdentifier(reference), number: round)] {
                entries[position].findings.append(finding)
            } else if subject.round == nil {
                seriesFindings[subject.seriesID, default: []].append(finding)
            }
        }
        for position in entries.indices {
            let owed = due(entries[position])
            if !owed.isEmpty { entries[position].due = owed }
        }
        self.entries = entries
        series = chosen.map { ($0.element, seriesFindings[$0.element.id] ?? []) }
    }

    /// A recorded round of a listed series (one ``RoundEntry/SeriesReference`` per series).
    private struct RoundKey: Hashable {
        let series: ObjectIdentifier
        let number: Int
    }
}
