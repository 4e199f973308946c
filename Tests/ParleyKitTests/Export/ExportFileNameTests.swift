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

    /// FNV-1a 64-bit reference values published with the algorithm (isthe.com/chongo/tech/comp/fnv).
    @Test func longHashIsFNV1a64() {
        #expect(FeedFileName.longHash("") == "cbf29ce484222325")
        #expect(FeedFileName.longHash("a") == "af63dc4c8601ec8c")
        #expect(FeedFileName.longHash("foobar") == "85944171f73967e8")
    }

    /// The issue's ids: `abc`, `ABC` and `abc-1a47e90b` (the first one's hashed name) once all
    /// wrote `abc-1a47e90b.ics`. Now every name differs from every other, ignoring case.
    @Test func aClashAfterHashingGetsALongerHash() {
        #expect(FeedFileName.hash("abc") == "1a47e90b")
        let ids = ["abc", "ABC", "abc-1a47e90b"]
        let names = FeedFileName.names(for: ids, prefix: "")
        #expect(Set(names.map { $0.lowercased() }).count == 3)
        #expect(names[2] == "abc-1a47e90b-\(FeedFileName.longHash("abc-1a47e90b")).ics")
        #expect(names[0] == "abc-\(FeedFileName.longHash("abc")).ics")
    }

    /// Adversarial sets: for seeded random ids, add each one's hashed and long-hashed names as
    /// ids, in either case, and ids that differ only in characters the sanitiser replaces; no
    /// two names ever agree, ignoring case, and the names are stable for a given set.
    @Test(arguments: 1...20)
    func adversarialIDSetsGetUniqueNames(seed: UInt64) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("aAbB-_.:/é1")
        var ids: [String] = []
        for _ in 0..<30 {
            let id = String((0..<(1 + Int(next() % 4))).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            let safe = FeedFileName.safe(id)
            ids += [id, id.uppercased(), safe + "-" + FeedFileName.hash(id), (safe + "-" + FeedFileName.hash(id)).uppercased()]
            ids += [safe + "-" + FeedFileName.longHash(id), safe + "-" + FeedFileName.longHash(id) + "-2"]
        }
        var seen = Set<String>()
        ids = ids.filter { seen.insert($0).inserted }
        let names = FeedFileName.names(for: ids, prefix: "")
        #expect(Set(names.map { $0.lowercased() }).count == ids.count)
        #expect(FeedFileName.names(for: ids, prefix: "") == names)
        #expect(names.allSatisfy { $0.utf8.count <= 120 + 17 + 4 + 4 + 4 })
    }
}
