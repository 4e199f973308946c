import CivilTime
import Foundation
import Holidays
import Testing

@testable import ParleyKit

/// Findings a desk officer can act on, from plans a desk would write: observances as each
/// country keeps them, venues as places with rooms, one finding per cause, and no knock-on
/// findings after malformed input.
@Suite struct PlanFindingsTests {
    static let countries = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country JP "Japan"
          timezone Asia/Tokyo
        country AU "Australia"
          timezone Australia/Sydney
        country RU "Russia"
          timezone Europe/Moscow

        """

    /// `parley check --today TODAY` of one file (the dialogue starts on line 9 after ``countries``).
    static func check(_ text: String, today: LocalDate = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum) -> CheckResult {
        let reader = MemoryPlanReader(["plan.parley": text])
        let loaded = Resolver.load(["plan.parley"], reader: reader)
        return Checker.check(loaded, options: CheckOptions(today: today, reader: reader))
    }

    static func date(_ text: String) -> LocalDate { ISO8601.date(text) ?? .minimum }

    /// Orthodox Easter by Meeus' Julian algorithm, converted to the Gregorian calendar by
    /// Foundation: the reference the Great Lent dates are checked against.
    static func orthodoxEaster(_ year: Int) -> LocalDate {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        var julian = Calendar(identifier: .gregorian)
        julian.timeZone = TimeZone(identifier: "UTC") ?? .current
        // 1900–2099: the Julian date is 13 days behind the Gregorian one.
        let components = DateComponents(year: year, month: month, day: day)
        let instant = julian.date(from: components).map { $0.addingTimeInterval(13 * 86_400) } ?? Date()
        let parts = julian.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) ?? .minimum
    }

    // MARK: observances

    /// An ID–JP track avoiding Ramadan: Indonesia keeps it (Eid al-Fitr, 2026-03-21 in
    /// python-holidays, is a public holiday there), Japan does not; the finding names ID only,
    /// and Ramadan ends the day before that Eid.
    @Test func ramadanIsKeptByIndonesiaNotJapan() {
        let result = Self.check(
            Self.countries + """
                dialogue id-jp "Dialogue"
                  partners ID JP
                  avoid ramadan
                  round 1 on 2026-03-02 virtual planned
                """)
        let found = result.findings.filter { $0.code == .observance }
        #expect(found.count == 1)
        let message = found.first?.message ?? ""
        #expect(message.contains("Ramadan 2026-02-19..2026-03-20 (estimated) as kept in ID"), "\(message)")
        #expect(!message.contains("JP"))
    }

    /// An ID–RU track avoiding Lent: Great Lent as Russia keeps it (Clean Monday, 48 days
    /// before Orthodox Easter, through Holy Saturday), never Western Lent for Indonesia. Every
    /// year 2026–2035: a round on Western Ash Wednesday is clean unless Great Lent has begun.
    @Test func lentIsRussiasGreatLent() {
        for year in 2026...2035 {
            let easter = Self.orthodoxEaster(year)
            let cleanMonday = easter.adding(days: -48) ?? .minimum
            let holySaturday = easter.adding(days: -1) ?? .minimum
            let result = Self.check(
                Self.countries + """
                    dialogue id-ru "Dialogue"
                      partners ID RU
                      avoid lent
                      round 1 on \(cleanMonday) virtual planned
                      round 2 on \(cleanMonday.adding(days: -1) ?? .minimum) virtual planned
                      round 3 on \(easter) virtual planned
                    """, today: LocalDate(year: year, month: 1, day: 1) ?? .minimum)
            let found = result.findings.filter { $0.code == .observance }
            #expect(found.map(\.location.line) == [12], "\(year): \(found.map(\.message))")
            #expect(found.first?.message.contains("Great Lent \(cleanMonday)..\(holySaturday) as kept in RU") == true, "\(year)")
        }
    }

    /// `keeps lent` under a country adds Western Lent (Ash Wednesday 2026-02-18 through Holy
    /// Saturday 2026-04-04, Western Easter 2026-04-05), and `keeps ramadan` under a country
    /// without a built-in calendar adds an estimated Ramadan.
    @Test func keepsAddsAnObservance() {
        let result = Self.check(
            """
            country PH "Philippines"
              timezone Asia/Manila
              keeps lent
            country XK "Testland"
              timezone Europe/Belgrade
              holidays none
              keeps ramadan
            country JP "Japan"
              timezone Asia/Tokyo
            dialogue ph-jp "D"
              partners PH JP
              avoid lent
              round 1 on 2026-02-18 virtual planned
              round 2 on 2026-02-17 virtual planned
              round 3 on 2026-04-05 virtual planned
            dialogue xk-jp "D"
              partners XK JP
              avoid ramadan
              round 1 on 2026-03-10 virtual planned
            """)
        #expect(!result.hasInputErrors)
        let found = result.findings.filter { $0.code == .observance }
        #expect(found.map(\.location.line) == [13, 19], "\(found.map(\.message))")
        #expect(found.first?.message.contains("Lent 2026-02-18..2026-04-04 as kept in PH") == true)
        #expect(found.last?.message.contains("(estimated) as kept in XK") == true)
    }

    /// An unknown observance is malformed input (exit 2) with "did you mean", on `avoid` and on `keeps`.
    @Test func unknownObservancesAreInputErrors() {
        let result = Self.check(
            Self.countries.replacingOccurrences(of: "  timezone Asia/Tokyo\n", with: "  timezone Asia/Tokyo\n  keeps ramazan\n") + """
                dialogue id-jp "Dialogue"
                  partners ID JP
                  avoid observance ramazan
                  avoid lnet
                  round 1 on 2026-03-02 virtual planned
                """)
        #expect(result.hasInputErrors)
        let input = result.findings.filter { $0.code == .input }.map(\.message)
        #expect(input.count == 3, "\(input)")
        #expect(input.allSatisfy { $0.contains("did you mean") }, "\(input)")
        #expect(input.contains { $0.contains("'ramazan'") && $0.hasSuffix("did you mean 'ramadan'?") })
        #expect(input.contains { $0.contains("'lnet'") && $0.hasSuffix("did you mean 'lent'?") })
        #expect(!result.findings.contains { $0.code == .observance })
    }

    /// Avoiding an observance that no partner or host keeps checks nothing: a warning says so.
    @Test func anObservanceNobodyKeepsIsAWarning() {
        let result = Self.check(
            Self.countries + """
                dialogue jp-au "Dialogue"
                  partners JP AU
                  avoid ramadan
                  round 1 on 2026-03-02 virtual planned
                """)
        let found = result.findings.filter { $0.code == .observance }
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.location.line == 11)
        // Hosted in Kuala Lumpur, the same track has a host that keeps Ramadan (Hari Raya Puasa
        // is a public holiday in Malaysia): no warning, and the finding names MY.
        let hosted = Self.check(
            Self.countries + """
                country MY "Malaysia"
                  timezone Asia/Kuala_Lumpur
                venue kl "Kuala Lumpur" in MY
                dialogue jp-au "Dialogue"
                  partners JP AU
                  host kl
                  avoid ramadan
                  round 1 on 2026-03-02 at kl planned
                """)
        let inMalaysia = hosted.findings.filter { $0.code == .observance }
        #expect(inMalaysia.map(\.severity) == [.error])
        #expect(inMalaysia.first?.message.hasSuffix("as kept in MY") == true, "\(inMalaysia.map(\.message))")
    }

    // MARK: one finding per cause

    /// Saturday 2026-10-17 (Foundation's Gregorian calendar says so) is a weekend day of ID,
    /// JP and AU: one finding naming all three.
    @Test func oneWeekendFindingNamesEveryCountry() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC") ?? .current
        let saturday = gregorian.date(from: DateComponents(year: 2026, month: 10, day: 17)).map { gregorian.component(.weekday, from: $0) }
        #expect(saturday == 7)
        let result = Self.check(
            Self.countries + """
                venue tokyo "Tokyo" in JP
                dialogue t "Trilateral"
                  partners ID JP AU
                  avoid weekends
                  round 1 on 2026-10-17 at tokyo planned
                """)
        let found = result.findings.filter { $0.code == .weekend }
        #expect(found.map(\.message) == ["round 1 of t (2026-10-17): Saturday 2026-10-17 is a weekend day in ID, JP and AU"])
        #expect(found.first?.notes.count == 4)
    }

    /// 2027-01-01 is "New Year's Day" in ID and JP and "New Year Holidays" in RU (python-holidays
    /// 0.109, Tests/HolidaysTests/Fixtures/python-holidays.tsv): ID and JP share one finding.
    @Test func countriesWithTheSameDayOffShareAFinding() {
        let result = Self.check(
            Self.countries + """
                dialogue d "D"
                  partners ID JP RU
                  avoid holidays
                  round 1 on 2027-01-01 virtual planned
                """)
        let found = result.findings.filter { $0.code == .holiday }.map(\.message)
        #expect(
            found == [
                "round 1 of d (2027-01-01) falls on a day off in ID (Indonesia) and JP (Japan): 2027-01-01 New Year's Day (public holiday)",
                "round 1 of d (2027-01-01) falls on a day off in RU (Russia): 2027-01-01 New Year Holidays (public holiday)",
            ])
    }

    // MARK: knock-on findings

    /// A round dated 2026-02-30 is an input error and nothing else: without it the series
    /// would be "overdue" (every 6 months after 2025-09-01, checked on 2026-06-01).
    @Test func aMalformedRoundHasNoKnockOns() {
        let plan = { (date: String) in
            Self.countries + """
                venue moscow "Moscow" in RU
                dialogue d "D"
                  partners ID RU
                  every 6 months
                  hosts alternate moscow moscow
                  round 1 on 2025-09-01 at moscow held
                  round 2 on \(date) at moscow planned
                exchange x "X"
                  partners ID RU
                  within 30 days after d
                  round 1 on 2025-12-20 virtual held
                """
        }
        let broken = Self.check(plan("2026-02-30"))
        #expect(broken.findings.map(\.code) == [.input], "\(broken.findings.map(\.message))")
        // The same plan with the line left out does report the missing round and the late follow-up.
        let missing = Self.check(plan("2026-02-30").replacingOccurrences(of: "  round 2 on 2026-02-30 at moscow planned\n", with: ""))
        #expect(missing.findings.contains { $0.code == .cadence })
        #expect(missing.findings.contains { $0.code == .order })
    }

    /// A round whose venue is misspelt gets the input error only, no finding on the same line.
    @Test func noFindingOnALineWithAnInputError() {
        let result = Self.check(
            Self.countries + """
                venue moscow "Moscow" in RU
                venue jakarta "Jakarta" in ID
                dialogue d "D"
                  partners ID RU
                  hosts alternate jakarta moscow
                  avoid weekends
                  round 1 on 2026-10-03 at jakrta planned
                """)
        #expect(result.findings.map(\.code) == [.input], "\(result.findings.map(\.message))")
    }

    /// A misspelt host in `hosts alternate` is an input error; the host findings that rest on
    /// it (every round "not one of the alternating hosts") are not reported.
    @Test func noFindingRestsOnAMalformedLine() {
        let result = Self.check(
            Self.countries + """
                venue moscow "Moscow" in RU
                venue jakarta "Jakarta" in ID
                dialogue d "D"
                  partners ID RU
                  hosts alternate jakrta moscow
                  round 1 on 2025-09-01 at jakarta held
                  round 2 on 2026-09-01 at moscow planned
                """)
        #expect(result.findings.map(\.code) == [.input], "\(result.findings.map(\.message))")
        let fixed = Self.check(
            Self.countries + """
                venue moscow "Moscow" in RU
                venue jakarta "Jakarta" in ID
                dialogue d "D"
                  partners ID RU
                  hosts alternate jakarta moscow
                  round 1 on 2025-09-01 at moscow held
                  round 2 on 2026-09-01 at moscow planned
                """)
        #expect(fixed.findings.map(\.code) == [.host], "\(fixed.findings.map(\.message))")
    }

    /// `partners ID ID` is malformed input.
    @Test func aRepeatedPartnerIsAnInputError() {
        let result = Self.check(Self.countries + "dialogue d \"D\"\n  partners ID ID\n")
        #expect(result.hasInputErrors)
        #expect(result.findings.first?.message.contains("ID is named twice in 'partners'") == true)
    }

    /// A folder without plan files is an input error saying where Parley looked.
    @Test func anEmptyFolderIsAnInputError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = Resolver.load([folder], reader: DiskPlanReader())
        #expect(loaded.hasInputErrors)
        #expect(loaded.findings.map(\.message) == ["no plan files in \(folder): looked for *.parley files in it and every folder under it"])
    }
}
