import Foundation
import ParleyKit
import TestSupport
import Testing

/// The JSON schema CI validates `parley check --format json` against lists every finding code
/// Parley has, so a new rule cannot make CI's schema check fail on the first plan that breaks it.
@Suite struct CheckReportSchemaTests {
    @Test func theSchemaListsEveryFindingCode() throws {
        let path = Repository.path("Tests/Fixtures/Schemas/check-report.schema.json")
        let data = try #require(FileManager.default.contents(atPath: path))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var codes: [String]?
        func search(_ value: Any) {
            if let object = value as? [String: Any] {
                if let code = object["code"] as? [String: Any], let values = code["enum"] as? [String] { codes = values }
                object.values.forEach(search)
            } else if let array = value as? [Any] {
                array.forEach(search)
            }
        }
        search(schema)
        let listed = try #require(codes, "no \"code\" enum in \(path)")
        #expect(Set(listed) == Set(FindingCode.allCases.map(\.rawValue)))
        #expect(listed.count == FindingCode.allCases.count)
    }
}
