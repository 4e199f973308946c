import TestSupport
import Testing

@testable import ParleyKit

/// `Finding.inReportOrder` against a stable sort by `Finding.reportOrder` (the order the
/// reports had before), on seeded random findings with many ties: shared spots, equal
/// codes, equal messages, files and messages that differ only in non-ASCII text, and
/// findings whose words are written when read.
@Suite struct FindingOrderTests {
    /// Words written when read, as the conflict rules make them.
    struct Deferred: FindingText {
        let number: Int
        var message: String { "round \(number) clashes" }
        var notes: [Finding.Note] { [] }
        var suggestion: Finding.Suggestion? { nil }
    }

    static func findings(seed: UInt64, count: Int) -> [Finding] {
        var generator = SeededGenerator(seed: seed)
        let files = ["b.parley", "a.parley", "plans/x.parley", "café.parley", "cafe\u{301}.parley", "Z.parley"]
        let codes: [FindingCode] = [.venue, .doubleBooked, .cadence, .input, .gap]
        let words = ["overlaps", "é", "e\u{301}", "Ω", "round 10", "round 9", ""]
        return (0..<count).map { _ in
            let location = SourceLocation(
                file: files.randomElement(using: &generator) ?? "", line: Int.random(in: 1...4, using: &generator),
                column: Int.random(in: 1...2, using: &generator), offset: 0)
            let code = codes.randomElement(using: &generator) ?? .input
            let severity: Severity = Bool.random(using: &generator) ? .error : .warning
            if Bool.random(using: &generator) {
                return Finding(severity, code: code, at: location, text: Deferred(number: Int.random(in: 1...12, using: &generator)))
            }
            let message = (0..<2).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            return Finding(severity, code: code, message: message, at: location, notes: [Finding.Note("n", at: location)])
        }
    }

    /// The slow, obvious reference: a stable sort by `Finding.reportOrder`.
    static func stablySorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            if Finding.reportOrder(lhs.element, rhs.element) { return true }
            if Finding.reportOrder(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64]) func sameAsAStableSortByReportOrder(seed: UInt64) {
        let input = Self.findings(seed: seed, count: 600)
        let expected = Self.stablySorted(input)
        let sorted = Finding.inReportOrder(input)
        #expect(sorted == expected)
        #expect(sorted.map(\.severity) == expected.map(\.severity))
    }

    /// With only the first `shown` findings ordered by message, those are the stable sort's
    /// first `shown`, and the rest are the same findings at the same spots with the same codes.
    @Test(arguments: [(1, 0), (2, 1), (3, 37), (42, 300), (2026, 599)] as [(UInt64, Int)])
    func firstShownSameAsAStableSort(seed: UInt64, shown: Int) {
        let input = Self.findings(seed: seed, count: 600)
        let expected = Self.stablySorted(input)
        let sorted = Finding.inReportOrder(input, shown: shown)
        #expect(Array(sorted.prefix(shown)) == Array(expected.prefix(shown)))
        #expect(sorted.map { "\($0.location) \($0.code)" } == expected.map { "\($0.location) \($0.code)" })
        #expect(Set(sorted) == Set(expected) && sorted.count == expected.count)
    }
}
