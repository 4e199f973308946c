import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The year page of the shipped Plans and of every Example without input errors: every
/// recorded round, implied round, owed round and finding in the window appears once, linked
/// both ways, with stable anchors, no external resource, and the same bytes every time. The
/// expected anchors are worked out here from the plan's own lines and the check's findings,
/// not from the view.
@Suite struct YearViewTests {
    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum

    /// `Plans` and each example that loads without input errors.
    static let paths: [String] =
        ["Plans"] + Set(Repository.planFiles(under: "Examples").map { $0.split(separator: "/").prefix(2).joined(separator: "/") }).sorted()

    struct Made {
        let plan: Plan
        let findings: [Finding]
        let window: DateWindow
        let view: YearView
        let html: String
    }

    /// `parley view`'s default window as of ``today`` (2026): this year and next.
    static let defaultWindow = DateWindow(
        from: LocalDate(year: 2026, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2027, month: 12, day: 31) ?? .minimum)

    /// The view of `path` over `window` (default: every recorded round and a year past the
    /// last), as of ``today``, built as `parley view` builds it.
    static func make(_ path: String, grouping: ViewGrouping = .series, window given: DateWindow? = nil) -> Made? {
        let folder = path.hasPrefix("Plans") ? "Plans" : "Examples"
        let reader = MemoryPlanReader(Repository.files(under: folder))
        let loaded = Resolver.load([path], reader: reader)
        guard !loaded.hasInputErrors else { return nil }
        let days = loaded.plan.series.flatMap(\.rounds).map(\.start.date)
        let first = min(days.min() ?? today, today)
        let last = max(days.max() ?? today, today).adding(months: 12) ?? today
        let window = given ?? DateWindow(from: first, through: last)
        let result = Checker.check(loaded, options: CheckOptions(today: today, window: window, reader: reader, suggestions: false))
        let listing = RoundListing(
            plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: window,
            due: RoundListing.obligationsDue(in: loaded.plan))
        let view = YearView(
            plan: loaded.plan, listing: listing, calendars: CalendarBook(plan: loaded.plan, reader: reader, window: window), today: today,
            grouping: grouping, files: [path])
        return Made(plan: loaded.plan, findings: result.findings, window: window, view: view, html: view.html)
    }

    /// Every value of `attribute` in `html`, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        let marker = " \(attribute)=\""
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return found
    }

    static func anchor(_ id: String) -> String {
        id.unicodeScalars.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                ? String($0) : "_\(String($0.value, radix: 16))_"
        }.joined()
    }

    @Test(arguments: paths) func everyRoundObligationAndFindingAppearsOnceAndLinked(_ path: String) throws {
        guard let made = Self.make(path) else { return }
        let ids = Self.values(of: "id", in: made.html)
        let hrefs = Set(Self.values(of: "href", in: made.html))
        let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(counts.filter { $0.value > 1 }.isEmpty, "anchors used twice: \(counts.filter { $0.value > 1 }.keys.sorted())")
        var expected: [String] = []
        for series in made.plan.series {
            for round in series.rounds {
                let last = series.lastDay(startingOn: round.start.date) ?? round.start.date
                guard made.window.overlaps(round.start.date, last) else { continue }
                expected.append("r-\(Self.anchor(series.id))-\(round.number)")
                let own = made.findings.filter { $0.location.file == round.location.file && $0.location.line == round.location.line }
                for index in own.indices {
                    let finding = "f-r-\(Self.anchor(series.id))-\(round.number)-\(index + 1)"
                    #expect(counts[finding] == 1, "\(path): finding \(index + 1) of round \(round.number) of \(series.id) missing")
                    #expect(hrefs.contains("#" + finding), "\(path): nothing links to \(finding)")
                    #expect(made.html.contains(Markup.escape(own[index].message)))
                }
            }
            for obligation in series.obligations(in: made.plan) where !obligation.isMet {
                guard made.window.overlaps(obligation.opens, obligation.due.date) else { continue }
                expected.append("o-\(Self.anchor(series.id))-\(Self.anchor(obligation.leaderID))-\(obligation.leading.number)")
            }
        }
        let expansion = Expander.expand(made.plan, in: made.window)
        for occurrence in expansion.occurrences where occurrence.isImplied && made.window.overlaps(occurrence.firstDay, occurrence.lastDay)
        {
            expected.append("i-\(Self.anchor(occurrence.seriesID))-\(occurrence.number)")
        }
        for id in expected {
            #expect(counts[id] == 1, "\(path): \(id) is not on the page once")
            #expect(hrefs.contains("#" + id), "\(path): nothing links to \(id)")
            #expect(counts["l-" + id] == 1 && hrefs.contains("#l-" + id), "\(path): \(id) is not in the list of rounds, linked")
        }
        let bars = ids.filter { $0.hasPrefix("r-") || $0.hasPrefix("i-") || $0.hasPrefix("o-") }
        #expect(Set(bars) == Set(expected), "\(path): bars nobody expected: \(Set(bars).subtracting(expected).sorted())")
        #expect(
            made.html.components(separatedBy: "<li id=\"f-").count - 1 == made.view.rows.flatMap(\.findings).count
                + made.view.drawnBars.flatMap(\.findings).count)
    }

    @Test(arguments: paths) func namesNoExternalResource(_ path: String) throws {
        guard let made = Self.make(path) else { return }
        for page in [made.html, made.view.svg.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")] {
            for forbidden in ["://", " src=", "@import", "<link", "<iframe", "<object", "<img", "url(http", "url(/", "url('", "url(\""] {
                #expect(!page.contains(forbidden), "\(path) contains \(forbidden)")
            }
            for href in Self.values(of: "href", in: page) { #expect(href.hasPrefix("#"), "\(path): link \(href) leaves the page") }
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try #require(Self.make("Plans"))
        let second = try #require(Self.make("Plans"))
        #expect(first.html == second.html)
        #expect(first.view.svg == second.view.svg)
        for grouping in [ViewGrouping.country, .person] {
            #expect(Self.make("Plans", grouping: grouping)?.html == Self.make("Plans", grouping: grouping)?.html)
        }
    }

    /// The README's picture: its reference names a committed 1600×1000 PNG, and the page it
    /// was taken from (`Examples/view/plans.html`) is the page Parley draws for Plans today.
    /// When this fails, refresh both with the command the README gives:
    /// `swift build && bash .ci/check-view.sh --refresh-screenshot .build/debug/parley`.
    @Test func theReadmePictureIsCurrent() throws {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        #expect(readme.contains("](Examples/view/plans.png)"), "the README no longer shows Examples/view/plans.png")
        #expect(readme.contains("bash .ci/check-view.sh --refresh-screenshot"))
        let png = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Examples/view/plans.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "Examples/view/plans.png is not a PNG")
        let width = png.count > 24 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
        let height = png.count > 24 ? png[20..<24].reduce(0) { $0 << 8 | Int($1) } : 0
        #expect(width == 1600 && height == 1000, "Examples/view/plans.png is \(width)×\(height), not 1600×1000")
        let view = try #require(Self.make("Plans", window: Self.defaultWindow)).view
        Golden.expect(view.html, path: "Examples/view/plans.html")
    }

    /// Example 32 as its header shows it: its page is committed and its anchors must not move.
    @Test func example32MatchesItsPage() throws {
        let view = try #require(Self.make("Examples/32-view.parley", window: Self.defaultWindow)).view
        Golden.expect(view.html, path: "Examples/32-view.html")
        let kinds = Set(view.drawnBars.map(\.kind))
        #expect(
            kinds == Set(ViewBar.Kind.allCases),
            "example 32 shows every kind of bar; missing \(Set(ViewBar.Kind.allCases).subtracting(kinds))")
        let byCountry = try #require(Self.make("Examples/32-view.parley", grouping: .country, window: Self.defaultWindow)).view
        let marks = Set((view.rows + byCountry.rows).flatMap(\.marks).map(\.kind))
        #expect(marks == Set(DayMark.Kind.allCases), "missing \(Set(DayMark.Kind.allCases).subtracting(marks))")
        #expect(view.rows.flatMap(\.marks).contains { $0.isEstimated })
    }

    /// Russia's government resolution on the transfer of days off in 2027 makes Saturday
    /// 2027-02-20 a working day: Russia's own row shows it unshaded, as a working day; a row
    /// with Indonesia, which rests that Saturday, still shades it as a weekend.
    @Test func aDecreedWorkingSaturdayIsAWorkingDay() throws {
        let saturday = try #require(ISO8601.date("2027-02-20"))
        #expect(saturday.weekday == .saturday)
        let byCountry = try #require(Self.make("Examples/32-view.parley", grouping: .country, window: Self.defaultWindow))
        let russia = try #require(byCountry.view.rows.first { $0.id == "c-RU" })
        let working = russia.marks.filter { $0.kind == .workingDay }
        #expect(working.map(\.first) == [saturday] && working.map(\.last) == [saturday])
        #expect(working.first?.lines == ["2027-02-20 working day by decree (RU)"])
        let others = byCountry.view.rows.filter { $0.id != "c-RU" }.flatMap(\.marks)
        #expect(!others.contains { $0.kind == .workingDay }, "only Russia decrees working Saturdays in this example")
        let bySeries = try #require(Self.make("Examples/32-view.parley", window: Self.defaultWindow))
        #expect(!bySeries.view.rows.flatMap(\.marks).contains { $0.kind == .workingDay }, "Indonesia rests on 2027-02-20")
        #expect(byCountry.html.contains("<span class=\"m m-working\" style="))
        #expect(byCountry.view.svg.contains("<rect class=\"m-working\""))
    }

    /// Japan's administrative organs close 29 December–3 January (Act No. 91 of 1988, art. 1):
    /// on the Indonesia–Japan row the working days among them (Friday 2 January 2026; Tuesday
    /// to Thursday 29–31 December 2026) are a closure, styled and explained in the legend apart
    /// from holidays, and 1 January stays a public holiday.
    @Test func japansYearEndClosureHasItsOwnStyle() throws {
        let made = try #require(Self.make("Examples/32-view.parley", window: Self.defaultWindow))
        let row = try #require(made.view.rows.first { $0.id == "s-id-jp-view" })
        let closed = row.marks.filter { $0.kind == .closure }
        let closedDays = Set(
            closed.flatMap { mark in (0...Int(mark.last.daysSinceEpoch - mark.first.daysSinceEpoch)).map { mark.first.adding(days: $0) } })
        for day in ["2026-01-02", "2026-12-29", "2026-12-30", "2026-12-31"] {
            #expect(closedDays.contains(ISO8601.date(day)), "\(day) is not marked as a closure")
        }
        #expect(!closedDays.contains(ISO8601.date("2027-01-01")), "New Year's Day is a public holiday, not a closure")
        #expect(made.html.contains(".m-closure{background:var(--closure) "))
        #expect(made.html.contains("<li><span class=\"sw m m-closure\" aria-hidden=\"true\"></span>government offices closed"))
        #expect(made.html.contains("--closure:#163f41;--closure-ink:#80cbc4"), "no dark-mode colours for closures")
    }

    /// Example 33's rounds as its lines record them: round 1 covers policies, governance and
    /// legal; round 2 governance; round 3 is cancelled; round 4 policies and certs; round 5
    /// governance, legal and certs. Under `cover each topic every 2 rounds`, policies
    /// (last covered in round 4, not in round 5) is due at the next round; the others are covered.
    @Test func agendaCoverageIsOnTheBarsAndListed() throws {
        let made = try #require(Self.make("Examples/33-agenda.parley"))
        let bars = Dictionary(made.view.drawnBars.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(bars["r-id-ru-iis-1"]?.facts.last == "covers policies, governance, legal")
        #expect(bars["r-id-ru-iis-4"]?.facts.last == "covers policies, certs")
        #expect(bars["r-id-ru-iis-5"]?.title.hasSuffix(" · covers governance, legal, certs") == true)
        #expect(
            made.html.contains(
                "aria-label=\"round 4 of id-ru-iis · held · 2026-03-10 · Asia/Jakarta · online · covers policies, certs, 1 finding\""))
        let coverage = made.view.coverage.map { "\($0.topic.id) \($0.coveredBy) \($0.state)" }
        #expect(coverage == ["policies [1, 4] due", "governance [1, 2, 5] covered", "legal [1, 5] covered", "certs [4, 5] covered"])
        #expect(made.html.contains("<section id=\"agenda\" aria-labelledby=\"agenda-h\">"))
        #expect(made.html.contains("<tr class=\"t-due\"><td>id-ru-iis</td><td><code>policies</code> Exchange of national policies</td>"))
        #expect(made.html.contains("<td><a href=\"#r-id-ru-iis-1\">1</a>, <a href=\"#r-id-ru-iis-4\">4</a></td>"))
    }

    /// A plan with more series with topics than a page draws rows lists the coverage of the
    /// first ``YearView/rowLimit`` and says how many more there are.
    @Test func coverageOfALargePlanIsCapped() throws {
        var text = "country ID \"Indonesia\"\n  timezone Asia/Jakarta\ncountry RU \"Russia\"\n  timezone Europe/Moscow\n"
        for index in 0..<(YearView.rowLimit + 2) {
            text += "dialogue s\(index) \"S\"\n  partners ID RU\n  topic policies \"Policies\"\n  round 1 on 2026-03-10 virtual held\n"
        }
        let reader = MemoryPlanReader(["big.parley": text])
        let loaded = Resolver.load(["big.parley"], reader: reader)
        let window = Self.defaultWindow
        let result = Checker.check(loaded, options: CheckOptions(today: Self.today, window: window, reader: reader, suggestions: false))
        let listing = RoundListing(plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: window)
        let view = YearView(
            plan: loaded.plan, listing: listing, calendars: CalendarBook(plan: loaded.plan, reader: reader, window: window),
            today: Self.today,
            files: ["big.parley"])
        #expect(view.coverage.count == YearView.rowLimit && view.coverageOmitted == 2)
        #expect(view.html.contains("<p>2 more series with topics not listed: a page lists at most 300.</p>"))
    }

    /// Example 35's series has a cadence: its next round is implied, and the topics due there
    /// are on that round's bar.
    @Test func theTopicsDueAreOnTheNextImpliedRound() throws {
        let made = try #require(Self.make("Examples/35-topics-due.parley"))
        let implied = made.view.drawnBars.filter { $0.kind == .implied }
        let due = made.view.coverage.filter { $0.state != .covered }.map { "\($0.topic.id) (\($0.state.rawValue))" }
        try #require(!due.isEmpty && !implied.isEmpty)
        #expect(implied.first?.facts.last == "topics due: " + due.joined(separator: ", "))
        #expect(implied.dropFirst().allSatisfy { !($0.facts.last ?? "").hasPrefix("topics due") })
    }
}
