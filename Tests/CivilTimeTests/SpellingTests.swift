import Testing

@testable import CivilTime

@Suite struct SpellingTests {
    @Test(arguments: [
        ("monhts", ["days", "weeks", "months", "years"], ["months"]),
        ("RU", ["ID", "SG"], []),
        ("Id", ["ID", "SG"], ["ID"]),
        ("IDN", ["ID", "SG"], ["ID"]),
        ("dialgue", ["dialogue", "exchange", "country"], ["dialogue"]),
        ("zzzzzz", ["dialogue", "exchange"], []),
    ])
    func suggestions(word: String, candidates: [String], expected: [String]) {
        #expect(Spelling.closest(to: word, among: candidates) == expected)
    }
}
