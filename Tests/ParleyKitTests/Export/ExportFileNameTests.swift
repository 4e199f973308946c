import Testing

@testable import ParleyKit

/// File names from ids: safe on Linux, macOS and Windows, unique, stable.
@Suite struct ExportFileNameTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let ids: [String]
        let prefix: String
        let names: [String]
        var testDescription: String { ids.joined(separator: " | ") }
    }

    /// FNV-1a 32-bit of the empty string is 0x811c9dc5 and of "a" is 0xe40c292c (the
    /// reference values published with the algorithm, isthe.com/chongo/tech/comp/fnv).
    @Test func hashIsFNV1a() {
        #expect(FeedFileName.hash("") == "811c9dc5")
        #expect(FeedFileName.hash("a") == "e40c292c")
        #expect(FeedFileName.hash("foobar") == "bf9cf968")
    }

    @Test(arguments: [
        Case(ids: ["id-ru-iis", "id-au-cyber"], prefix: "", names: ["id-ru-iis.ics", "id-au-cyber.ics"]),
        Case(ids: ["ID", "RU"], prefix: "country-", names: ["country-ID.ics", "country-RU.ics"]),
        Case(ids: ["all"], prefix: "", names: ["all-\(FeedFileName.hash("all")).ics"]),
        Case(ids: ["CON"], prefix: "", names: ["CON-\(FeedFileName.hash("CON")).ics"]),
        Case(ids: ["nul.txt"], prefix: "", names: ["nul.txt-\(FeedFileName.hash("nul.txt")).ics"]),
        Case(ids: ["abc", "ABC"], prefix: "", names: ["abc-\(FeedFileName.hash("abc")).ics", "ABC-\(FeedFileName.hash("ABC")).ics"]),
        Case(ids: [".."], prefix: "", names: ["_.-\(FeedFileName.hash("..")).ics"]),
        Case(
            ids: ["a/b", "a:b"], prefix: "person-",
            names: ["person-a_b-\(FeedFileName.hash("a/b")).ics", "person-a_b-\(FeedFileName.hash("a:b")).ics"]),
        Case(ids: ["москва"], prefix: "", names: ["______-\(FeedFileName.hash("москва")).ics"]),
        Case(ids: [""], prefix: "", names: ["_-\(FeedFileName.hash("")).ics"]),
    ])
    func names(_ example: Case) {
        #expect(FeedFileName.names(for: example.ids, prefix: example.prefix) == example.names)
    }

    @Test func longIDsAreCutAndStayUnique() {
        let first = String(repeating: "x", count: 500) + "1"
        let second = String(repeating: "x", count: 500) + "2"
        let names = FeedFileName.names(for: [first, second], prefix: "")
        #expect(names[0] != names[1])
        #expect(names.allSatisfy { $0.utf8.count <= 120 + 9 + 4 })
    }
}
