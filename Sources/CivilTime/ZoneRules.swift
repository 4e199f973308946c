import Basics
import Foundation
import Synchronization

/// The rules of one IANA time zone as a table of its transitions, so that converting between
/// a wall-clock time and an instant is a binary search rather than a Foundation call.
///
/// The table is read once per zone from Foundation's `TimeZone` (ICU's data) and cached for
/// the life of the process; ``named(_:)`` returns the cached copy. It covers
/// ``coveredYears``; before that range the zone's earliest offset holds and after it the latest.
///
/// Wall-clock times that a transition skips or repeats follow RFC 5545 §3.3.5:
///
/// - **Gap (clocks forward).** America/New_York jumped from 02:00 EST to 03:00 EDT on
///   2026-03-08, so 02:30 never showed. It is read with the offset in force before the jump
///   (−05:00), which moves it forward by the gap's length: 03:30 EDT, 2026-03-08T07:30:00Z.
/// - **Repeated hour (clocks back).** Australia/Sydney went from 03:00 AEDT back to 02:00
///   AEST on 2026-04-05, so 02:30 showed twice. The earlier instant is taken:
///   02:30 AEDT (+11:00), 2026-04-04T15:30:00Z, not 02:30 AEST (16:30Z).
///
/// The table is kept in one shared, immutable ``Table``, so a copy of the rules (every
/// recurrence set, zone cursor and series holds one) costs one reference, not one per array.
///
/// - Complexity: conversions are O(log *t*) for *t* transitions (a few hundred at most).
public struct ZoneRules: Hashable, Sendable {
    @usableFromInline let table: Table

    /// The parts of a zone's rules, shared by every copy of them.
    @usableFromInline final class Table: Sendable {
        @usableFromInline let identifier: String
        @usableFromInline let transitions: [ZoneTransition]
        @usableFromInline let initialOffset: Int32
        let initialIsDaylightSaving: Bool
        /// Each transition's lowest wall-clock second and its instant, for the binary searches.
        @usableFromInline let lowWall: [Int64]
        @usableFromInline let instants: [Int64]

        init(identifier: String, transitions: [ZoneTransition], initialOffset: Int32, initialIsDaylightSaving: Bool) {
            self.identifier = identifier
            self.transitions = transitions
            self.initialOffset = initialOffset
            self.initialIsDaylightSaving = initialIsDaylightSaving
            lowWall = transitions.map(\.lowWallSeconds)
            instants = transitions.map(\.instant.secondsSinceEpoch)
        }
    }

    /// The IANA identifier, as given (`Asia/Jakarta`).
    @inlinable public var identifier: String { table.identifier }
    /// Every transition inside ``coveredYears``, in time order.
    @inlinable public var transitions: [ZoneTransition] { table.transitions }
    /// Seconds east of UTC before the first transition.
    @inlinable public var initialOffset: Int32 { table.initialOffset }
    /// Whether daylight-saving time is in force before the first transition.
    public var initialIsDaylightSaving: Bool { table.initialIsDaylightSaving }

    /// The years whose transitions the table holds.
    public static let coveredYears: ClosedRange<Int> = 1800...2400

    /// The rules of the zone named `identifier`, read from the time-zone data on first use and
    /// cached after that.
    ///
    /// - Throws: ``UnknownTimeZoneError`` with the closest known names when the data has no
    ///   zone of that name.
    public static func named(_ identifier: String) throws(UnknownTimeZoneError) -> ZoneRules {
        if let cached = cache.withLock({ $0[identifier] }) { return cached }
        guard let zone = TimeZone(identifier: identifier) else {
            throw UnknownTimeZoneError(
                identifier: identifier,
                suggestions: Spelling.closest(to: identifier, among: TimeZone.knownTimeZoneIdentifiers.sorted())
            )
        }
        let rules = ZoneRules(identifier: identifier, zone: zone)
        cache.withLock { $0[identifier] = rules }
        return rules
    }

    /// UTC: no transitions, offset zero.
    public static let utc = ZoneRules(identifier: "UTC", transitions: [], initialOffset: 0, initialIsDaylightSaving: false)

    private static let cache = Mutex<[String: ZoneRules]>([:])

    /// Rules from an explicit table, for zones defined elsewhere (an iCalendar `VTIMEZONE`).
    /// `transitions` must be in time order.
    public init(identifier: String, transitions: [ZoneTransition], initialOffset: Int32, initialIsDaylightSaving: Bool) {
        table = Table(
            identifier: identifier, transitions: transitions, initialOffset: initialOffset, initialIsDaylightSaving: initialIsDaylightSaving
        )
    }

    /// The rules of `zone` from Foundation. Its changes are asked for one by one until 2050;
    /// from then on, when the years before follow yearly rules (``AnnualZoneChange``) that
    /// Foundation confirms at sample years through 2400, the rules are repeated instead of
    /// asked for (a tenth of the time for a zone with daylight-saving time); otherwise, or
    /// with `askingEveryYear`, every change is asked for.
    init(identifier: String, zone: TimeZone, askingEveryYear: Bool = false) {
        let start = Date(timeIntervalSince1970: TimeInterval(Self.epochSeconds(year: Self.coveredYears.lowerBound)))
        let end = Date(timeIntervalSince1970: TimeInterval(Self.epochSeconds(year: Self.coveredYears.upperBound + 1)))
        var table: [ZoneTransition] = []
        var previousOffset = Int32(zone.secondsFromGMT(for: start))
        var cursor = start
        func ask(before limit: Date) {
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < limit {
                let offset = Int32(zone.secondsFromGMT(for: next))
                table.append(
                    ZoneTransition(
                        instant: Instant(next), offsetBefore: previousOffset, offsetAfter: offset,
                        isDaylightSavingAfter: zone.isDaylightSavingTime(for: next)
                    )
                )
                previousOffset = offset
                cursor = next
            }
        }
        if askingEveryYear {
            ask(before: end)
        } else {
            ask(before: Date(timeIntervalSince1970: TimeInterval(Self.epochSeconds(year: Self.repeatedFromYear))))
            if let repeated = Self.repeatedChanges(after: table, zone: zone) {
                table += repeated
            } else {
                ask(before: end)
            }
        }
        self.init(
            identifier: identifier,
            transitions: table,
            initialOffset: Int32(zone.secondsFromGMT(for: start)),
            initialIsDaylightSaving: zone.isDaylightSavingTime(for: start)
        )
    }

    /// The first year whose changes are repeated from yearly rules rather than asked for.
    static let repeatedFromYear = 2050

    /// The changes from ``repeatedFromYear`` through ``coveredYears``, repeated from the yearly
    /// rules that every change of the eight years before follows; `nil` when those years have
    /// no changes, do not follow such rules, or Foundation disagrees at a sample year (2050,
    /// 2100, 2200, 2300, 2400).
    static func repeatedChanges(after asked: [ZoneTransition], zone: TimeZone) -> [ZoneTransition]? {
        let fitted = (repeatedFromYear - 8)..<repeatedFromYear
        var byYear: [[ZoneTransition]] = Array(repeating: [], count: fitted.count)
        for transition in asked.reversed() {
            guard let year = transition.localBefore?.date.year, year >= fitted.lowerBound else { break }
            if year < fitted.upperBound { byYear[year - fitted.lowerBound].insert(transition, at: 0) }
        }
        let perYear = byYear[0].count
        guard perYear > 0, byYear.allSatisfy({ $0.count == perYear }) else { return nil }
        var rules: [AnnualZoneChange] = []
        for index in 0..<perYear {
            let fits = AnnualZoneChange.candidates(for: byYear[0][index]).first { rule in
                fitted.allSatisfy { rule.transition(in: $0) == byYear[$0 - fitted.lowerBound][index] }
            }
            guard let fits else { return nil }
            rules.append(fits)
        }
        let end = epochSeconds(year: coveredYears.upperBound + 1)
        var repeated: [ZoneTransition] = []
        for year in repeatedFromYear...coveredYears.upperBound {
            for rule in rules {
                guard let transition = rule.transition(in: year) else { return nil }
                if transition.instant.secondsSinceEpoch < end { repeated.append(transition) }
            }
        }
        for year in [repeatedFromYear, 2100, 2200, 2300, coveredYears.upperBound] {
            let from = epochSeconds(year: year)
            var cursor = Date(timeIntervalSince1970: TimeInterval(from))
            let expected = repeated.drop { $0.instant.secondsSinceEpoch <= from }.prefix(perYear)
            for transition in expected {
                guard let next = zone.nextDaylightSavingTimeTransition(after: cursor), Instant(next) == transition.instant,
                    zone.secondsFromGMT(for: next) == Int(transition.offsetAfter),
                    zone.isDaylightSavingTime(for: next) == transition.isDaylightSavingAfter
                else { return nil }
                cursor = next
            }
        }
        return repeated
    }

    private static func epochSeconds(year: Int) -> Int64 {
        Int64(CivilCalendar.days(year: year, month: 1, day: 1)) * 86_400
    }

    /// Seconds east of UTC in force at `instant`.
    @inlinable
    public func offset(at instant: Instant) -> Int {
        guard let index = lastTransitionIndex(atOrBefore: instant.secondsSinceEpoch) else { return Int(initialOffset) }
        return Int(transitions[index].offsetAfter)
    }

    /// Whether daylight-saving time is in force at `instant`.
    public func isDaylightSaving(at instant: Instant) -> Bool {
        guard let index = lastTransitionIndex(atOrBefore: instant.secondsSinceEpoch) else { return initialIsDaylightSaving }
        return transitions[index].isDaylightSavingAfter
    }

    /// The wall-clock date-time this zone shows at `instant`, or `nil` outside years 1…9999.
    @inlinable
    public func localDateTime(at instant: Instant) -> LocalDateTime? {
        LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offset(at: instant)))
    }

    /// How `local` maps to instants in this zone: one instant, none (a gap), or two (a repeated hour).
    @inlinable
    public func resolve(_ local: LocalDateTime) -> LocalResolution {
        let wall = local.secondsSinceEpoch
        guard let index = lastIndex(in: table.lowWall, atOrBefore: wall) else {
            return .unique(Instant(secondsSinceEpoch: wall - Int64(initialOffset)))
        }
        let transition = transitions[index]
        if wall >= transition.highWallSeconds {
            return .unique(Instant(secondsSinceEpoch: wall - Int64(transition.offsetAfter)))
        }
        let before = Instant(secondsSinceEpoch: wall - Int64(transition.offsetBefore))
        if transition.offsetAfter > transition.offsetBefore {
            return .skipped(shifted: before, gap: Int(transition.offsetAfter - transition.offsetBefore))
        }
        return .repeated(earlier: before, later: Instant(secondsSinceEpoch: wall - Int64(transition.offsetAfter)))
    }

    /// The instant RFC 5545 §3.3.5 assigns to `local` in this zone (see the type's discussion).
    @inlinable
    public func instant(for local: LocalDateTime) -> Instant {
        resolve(local).instant
    }

    /// The transitions that happen inside `range`, in time order.
    public func transitions(in range: Range<Instant>) -> ArraySlice<ZoneTransition> {
        let lower = firstIndex(in: table.instants, atOrAfter: range.lowerBound.secondsSinceEpoch)
        let upper = firstIndex(in: table.instants, atOrAfter: range.upperBound.secondsSinceEpoch)
        return transitions[lower..<upper]
    }

    @inlinable
    func lastTransitionIndex(atOrBefore seconds: Int64) -> Int? {
        lastIndex(in: table.instants, atOrBefore: seconds)
    }

    @inlinable
    func lastIndex(in values: [Int64], atOrBefore value: Int64) -> Int? {
        let index = firstIndex(in: values, atOrAfter: value + 1)
        return index == 0 ? nil : index - 1
    }

    @inlinable
    func firstIndex(in values: [Int64], atOrAfter value: Int64) -> Int {
        values.partitioningIndex { $0 >= value }
    }

    public static func == (lhs: ZoneRules, rhs: ZoneRules) -> Bool {
        lhs.table === rhs.table
            || (lhs.identifier == rhs.identifier && lhs.transitions == rhs.transitions && lhs.initialOffset == rhs.initialOffset)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identifier)
        hasher.combine(transitions.count)
    }
}
