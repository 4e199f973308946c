import CivilTime
import Foundation
import Testing

@testable import Holidays

/// Every estimator against the decrees it stands in for: for each decreed year 2015 on, the
/// decree is hidden and the estimate compared with it. The table is README's (between the
/// `backtest` markers); a hit count below the recorded one fails, and so does a change in the
/// before-column or in python-holidays' column (Tests/Fixtures/holidays/generate_fixtures.py
/// --calendars), which are facts.
@Suite struct BacktestTests {
    struct Row: Hashable, CustomStringConvertible {
        let country: String
        let holiday: String
        let decreed: Int
        let before: Int?
        let parley: Int
        let pythonHolidays: Int?

        var description: String {
            "| \(country) | \(holiday) | \(decreed) | \(before.map(String.init) ?? "–") | \(parley) | \(pythonHolidays.map(String.init) ?? "–") |"
        }
    }

    /// python-holidays' own calendar tables, by table name.
    static let pythonTables: [String: Set<LocalDate>] = {
        guard let url = Bundle.module.url(forResource: "python-holidays-calendars", withExtension: "tsv", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var tables: [String: Set<LocalDate>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 2, let date = ISO8601.date(fields[1]) { tables[fields[0], default: []].insert(date) }
        }
        return tables
    }()

    static let pythonYears = 2015...2030

    static func count(_ dates: [LocalDate], _ estimate: (LocalDate) -> Bool) -> Int { dates.filter(estimate).count }

    static func islamicRows() -> [Row] {
        let countries: [(String, IslamicDates, String)] = [
            ("ID", Indonesia.islamic, "mabims"), ("MY", Malaysia.islamic, "mabims"), ("SG", Singapore.islamic, "mabims"),
            ("IN", IndiaTables.islamic, "islamic"), ("PH", PhilippinesTables.islamic, "islamic"),
        ]
        var rows: [Row] = []
        for (country, islamic, pythonPrefix) in countries {
            for holiday in IslamicHoliday.allCases {
                guard let table = islamic.tables[holiday] else { continue }
                let decreed = table.dates.filter { $0.year >= 2015 && $0.year <= table.confirmedThrough }
                guard !decreed.isEmpty else { continue }
                // Before: Umm al-Qura + 1 everywhere but the Philippines (+0).
                let before = IslamicDates(estimateShift: country == "PH" ? 0 : 1)
                rows.append(row(country, holiday, decreed, before: before, parley: islamic, python: "\(pythonPrefix).\(holiday.rawValue)"))
            }
        }
        return rows
    }

    /// The hits of `before`, `parley` and python-holidays' table `python` on the `decreed` dates of `holiday`.
    static func row(
        _ country: String, _ holiday: IslamicHoliday, _ decreed: [LocalDate], before: IslamicDates, parley: IslamicDates,
        python: String
    ) -> Row {
        let inPython = decreed.filter { pythonYears.contains($0.year) }
        return Row(
            country: country, holiday: holiday.rawValue, decreed: decreed.count,
            before: count(decreed) { before.estimates(holiday, in: $0.year).contains($0) },
            parley: count(decreed) { parley.estimates(holiday, in: $0.year).contains($0) },
            pythonHolidays: pythonTables[python].map { table in count(inPython) { table.contains($0) } })
    }

    /// Countries whose tables list every notified day of a break (PK, BD, EG, KZ), against
    /// Umm al-Qura + 1 (before) and the country's criterion (Umm al-Qura + 1 for Bangladesh and
    /// Pakistan's Ashura and Mawlid, which are sighted locally; + 0 for Pakistan's Eid breaks,
    /// Egypt, which calculates, and Kazakhstan).
    static func breakRows() -> [Row] {
        let countries: [(String, (IslamicHoliday) -> IslamicDates)] = [
            ("PK", Pakistan.islamic(for:)), ("BD", { _ in BangladeshTables.islamic }), ("EG", { _ in EgyptTables.islamic }),
            ("KZ", { _ in KazakhstanTables.islamic }),
        ]
        var rows: [Row] = []
        for (country, deciding) in countries {
            for holiday in IslamicHoliday.allCases {
                let islamic = deciding(holiday)
                guard let table = islamic.tables[holiday] else { continue }
                // A run's day that is the holiday itself: its first (an Eid), or for Ashura, whose
                // notified pair is the 9th and 10th of Muharram, its last.
                let listed = Set(table.dates)
                let step = holiday == .ashura ? 1 : -1
                let decreed = table.dates.filter { date in
                    date.year >= 2015 && date.year <= table.confirmedThrough && !listed.contains { $0.adding(days: -step) == date }
                }
                guard !decreed.isEmpty else { continue }
                let before = IslamicDates(estimateShift: 1)
                rows.append(row(country, holiday, decreed, before: before, parley: islamic, python: "islamic.\(holiday.rawValue)"))
            }
        }
        return rows
    }

    /// Türkiye (not yet a Parley country): Diyanet's Eid dates 2017–2030 from python-holidays'
    /// TR tables, against Umm al-Qura, which they match (the rule for TR when it is added).
    static func turkeyRows() -> [Row] {
        let turkey = IslamicDates(criterion: .ummAlQura(shift: 0))
        let before = IslamicDates(estimateShift: 0)
        return [IslamicHoliday.eidAlFitr, .eidAlAdha].map { holiday in
            let decreed = (pythonTables["tr.\(holiday.rawValue)"] ?? []).sorted()
            let python = pythonTables["islamic.\(holiday.rawValue)"] ?? []
            return Row(
                country: "TR", holiday: holiday.rawValue, decreed: decreed.count,
                before: count(decreed) { before.estimates(holiday, in: $0.year).contains($0) },
                parley: count(decreed) { turkey.estimates(holiday, in: $0.year).contains($0) },
                pythonHolidays: count(decreed) { python.contains($0) })
        }
    }

    static func almanacRows() -> [Row] {
        let festivals: [(String, DecreedDays, Int, String, (Int) -> LocalDate?, String)] = [
            ("ID", IndonesiaTables.decreed, IndonesiaTables.confirmedThrough, "Vesak Day", AlmanacEstimates.waisak, "vesak"),
            ("ID", IndonesiaTables.decreed, IndonesiaTables.confirmedThrough, "Day of Silence", AlmanacEstimates.nyepi, "nyepi"),
            ("MY", MalaysiaTables.decreed, MalaysiaTables.decreed.confirmedThrough, "Vesak Day", AlmanacEstimates.vesak, "vesak-may"),
            ("SG", SingaporeTables.decreed, SingaporeTables.decreed.confirmedThrough, "Vesak Day", AlmanacEstimates.vesak, "vesak"),
            ("SG", SingaporeTables.decreed, SingaporeTables.decreed.confirmedThrough, "Diwali", AlmanacEstimates.tamilDeepavali, "diwali"),
            ("IN", IndiaTables.decreed, IndiaTables.decreed.confirmedThrough, "Diwali", AlmanacEstimates.diwali, "diwali-india"),
            ("IN", IndiaTables.decreed, IndiaTables.decreed.confirmedThrough, "Holi", AlmanacEstimates.holi, "holi"),
            (
                "IN", IndiaTables.decreed, IndiaTables.decreed.confirmedThrough, "Buddha Purnima", AlmanacEstimates.buddhaPurnima,
                "buddha-purnima"
            ),
        ]
        return festivals.map { country, table, confirmed, name, estimate, python in
            let decreed = table.entries.filter { $0.name == name && $0.subdivision == nil }.compactMap(\.date)
                .filter { $0.year >= 2015 && $0.year <= confirmed }
            let inPython = decreed.filter { pythonYears.contains($0.year) }
            return Row(
                country: country, holiday: name, decreed: decreed.count, before: nil,
                parley: count(decreed) { estimate($0.year) == $0 },
                pythonHolidays: pythonTables[python].map { table in count(inPython) { table.contains($0) } })
        }
    }

    /// Cambodia's Buddhist days by the Khmer calendar (``KhmerCalendar``), each decreed day
    /// 2015–2026 a hit when it is one of the days the estimate gives (Pchum Ben and the Water
    /// Festival: the lunar day and the days either side). python-holidays' KH days are the
    /// decrees themselves (the table is transcribed from them), so that column is empty.
    static func khmerRows() -> [Row] {
        KhmerCalendarTests.days.map { name, day, around in
            let decreed = CambodiaTables.decreed.entries.filter { $0.name == name }.compactMap(\.date)
                .filter { $0.year >= 2015 && $0.year <= CambodiaTables.confirmedThrough }
            let hits = count(decreed) { date in
                KhmerCalendar.date(of: day, in: date.year).map { estimate in around.contains(estimate.days(until: date)) } ?? false
            }
            return Row(country: "KH", holiday: name, decreed: decreed.count, before: nil, parley: hits, pythonHolidays: nil)
        } + [khmerNewYearRow()]
    }

    /// Khmer New Year: a decreed day hits when it lies from Moha Songkran to Leung Sak.
    static func khmerNewYearRow() -> Row {
        let decreed = CambodiaTables.decreed.entries.filter { $0.name == "Khmer New Year's Day" }.compactMap(\.date)
            .filter { $0.year >= 2015 && $0.year <= CambodiaTables.confirmedThrough }
        let hits = count(decreed) { date in
            KhmerCalendar.newYear(date.year).map { (0..<$0.days).contains($0.first.days(until: date)) } ?? false
        }
        return Row(country: "KH", holiday: "Khmer New Year's Day", decreed: decreed.count, before: nil, parley: hits, pythonHolidays: nil)
    }

    /// Myanmar's lunar days by the Myanmar calendar (``MyanmarCalendar``), each notified day
    /// 2015–2026 a hit when the estimate gives it (Thadingyut: the full moon and the days either
    /// side; Thingyan: from the eve of Akya to the fourth day after New Year's Day, the span of the
    /// 2024–2026 notifications). python-holidays' MM days are the notifications themselves.
    static func myanmarRows() -> [Row] {
        func row(_ name: String, _ estimated: (Int) -> [LocalDate]) -> Row {
            let notified = MyanmarCalendarTests.notified(name)
            return Row(
                country: "MM", holiday: name, decreed: notified.count, before: nil,
                parley: count(notified) { estimated($0.year).contains($0) }, pythonHolidays: nil)
        }
        let lunar = MyanmarCalendarTests.days.map { name, estimate, around in
            row(name) { year in estimate(year).map { date in around.compactMap { date.adding(days: $0) } } ?? [] }
        }
        let karen = row("Karen New Year") { MyanmarCalendar.dates(of: MyanmarCalendar.karenNewYear, in: $0) }
        let thingyan = row("Myanmar New Year") { year in
            guard let window = MyanmarCalendar.thingyan(year) else { return [] }
            return (-1...(window.akya.days(until: window.newYear) + 4)).compactMap { window.akya.adding(days: $0) }
        }
        return lunar + [karen, thingyan]
    }

    /// Indonesia's cuti bersama: each year's decreed joint days against ``IndonesiaCutiBersama``'s
    /// pattern applied to that year's public holidays (python-holidays has no rule for them).
    static func cutiBersamaRow() throws -> Row {
        let indonesia = try CountryCalendar("ID")
        var decreed = 0
        var hits = 0
        for year in 2015...IndonesiaTables.confirmedThrough {
            let days = indonesia.daysOff(in: year)
            var builder = YearBuilder(year: year, subdivision: nil, weekend: indonesia.weekend(in: year))
            for holiday in days where holiday.kind == .public { builder.add(holiday.date, holiday.name) }
            IndonesiaCutiBersama.addEstimates(&builder)
            let estimated = Set(builder.holidays.filter { $0.kind == .collectiveLeave }.map(\.date))
            let joint = Set(days.filter { $0.kind == .collectiveLeave }.map(\.date))
            decreed += joint.count
            hits += joint.intersection(estimated).count
        }
        return Row(country: "ID", holiday: "cuti bersama", decreed: decreed, before: nil, parley: hits, pythonHolidays: nil)
    }

    /// Russia's extra days off (transfers and substitutes) each resolution decreed, against the
    /// estimate without it: art. 112's default and 31 December (``Russia/build(_:resolutions:)``).
    static func russiaTransfersRow() throws -> Row {
        let russia = try CountryCalendar("RU")
        var decreed = 0
        var hits = 0
        for year in 2015...RussiaTables.confirmedThrough {
            var builder = YearBuilder(year: year, subdivision: nil, weekend: russia.weekend(in: year))
            Russia.build(&builder, resolutions: false)
            let extra: Set<HolidayKind> = [.transfer, .observed]
            let estimated = Set(builder.result.filter { extra.contains($0.kind) }.map(\.date))
            let moved = Set(russia.daysOff(in: year).filter { extra.contains($0.kind) }.map(\.date))
            decreed += moved.count
            hits += moved.intersection(estimated).count
        }
        return Row(country: "RU", holiday: "transfers", decreed: decreed, before: nil, parley: hits, pythonHolidays: nil)
    }

    /// Korea's lunar days against python-holidays' KR days (KASI's calendar), 2015–2030.
    static func koreaRows() -> [Row] {
        let days: [(String, Int, Int, String)] = [
            ("Korean New Year", 1, 1, "korean.newYear"), ("Buddha's Birthday", 4, 8, "korean.buddha"), ("Chuseok", 8, 15, "korean.chuseok"),
        ]
        return days.map { name, month, day, python in
            let decreed = PythonHolidaysFixture.shared.rows.filter { $0.country == "KR" && $0.name == name }
                .compactMap { ISO8601.date($0.date) }
            return Row(
                country: "KR", holiday: name, decreed: decreed.count,
                before: count(decreed) { LunarCalendars.chinese(year: $0.year, month: month, day: day) == $0 },
                parley: count(decreed) { LunisolarCalendar.korea.date(year: $0.year, month: month, day: day) == $0 },
                pythonHolidays: pythonTables[python].map { table in count(decreed) { table.contains($0) } })
        }
    }

    /// Thailand's Buddhist days by the Chulasakarat arithmetic with Thailand's month placement
    /// (``AlmanacEstimates/thai(_:laterInLeapYears:)``): each decreed day 2015–2026 (python-holidays'
    /// column: its Thai calendar table on the same days), then, past the decree tables,
    /// agreement with python-holidays' Thai calendar table 2036–2157 (its "decreed" column is
    /// that table's days, not decrees).
    static func thaiRows() -> [Row] {
        let days: [(String, (Int) -> LocalDate?, String)] = [
            ("Makha Bucha", AlmanacEstimates.thai(KhmerCalendar.meakBochea, laterInLeapYears: true), "thai.makhaBucha"),
            ("Visakha Bucha", AlmanacEstimates.thai(KhmerCalendar.visakBochea, laterInLeapYears: true), "thai.visakhaBucha"),
            ("Asarnha Bucha", AlmanacEstimates.thai(KhmerCalendar.asathFullMoon), "thai.asarnhaBucha"),
            ("Buddhist Lent Day", AlmanacEstimates.thai(KhmerCalendar.asathFirstWaning), "thai.buddhistLent"),
        ]
        return days.flatMap { name, estimate, python -> [Row] in
            let decreed = ThailandTables.decreed.entries.filter { $0.name == name }.compactMap(\.date)
                .filter { $0.year >= 2015 && $0.year <= ThailandTables.confirmedThrough }
            let table = pythonTables[python] ?? []
            let beyond = table.filter { $0.year >= 2036 }.sorted()
            return [
                Row(
                    country: "TH", holiday: name, decreed: decreed.count, before: nil,
                    parley: count(decreed) { estimate($0.year) == $0 }, pythonHolidays: count(decreed) { table.contains($0) }),
                Row(
                    country: "TH", holiday: "\(name), python-holidays' table 2036–2157", decreed: beyond.count, before: nil,
                    parley: count(beyond) { estimate($0.year) == $0 }, pythonHolidays: nil),
            ]
        }
    }

    /// README's recorded rows.
    static func recorded() throws -> [String: Row] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: "<!-- backtest -->"), let end = text.range(of: "<!-- /backtest -->") else { return [:] }
        var rows: [String: Row] = [:]
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 6, let decreed = Int(cells[2]), let parley = Int(cells[4]) else { continue }
            rows[cells[0] + " " + cells[1]] = Row(
                country: cells[0], holiday: cells[1], decreed: decreed, before: Int(cells[3]), parley: parley,
                pythonHolidays: Int(cells[5]))
        }
        return rows
    }

    @Test func hitRatesNeverDrop() throws {
        let recorded = try Self.recorded()
        let computed =
            Self.islamicRows() + Self.breakRows() + Self.turkeyRows() + Self.almanacRows() + Self.koreaRows() + Self.khmerRows()
            + Self.myanmarRows() + Self.thaiRows() + [
                try Self.cutiBersamaRow(), try Self.russiaTransfersRow(),
            ]
        #expect(computed.count >= 20)
        for row in computed {
            guard let old = recorded[row.country + " " + row.holiday] else {
                Issue.record("README lacks \(row)")
                continue
            }
            #expect(row.decreed == old.decreed && row.before == old.before && row.pythonHolidays == old.pythonHolidays, "\(row)")
            #expect(row.parley >= old.parley, "hit rate dropped: \(row), README: \(old)")
        }
    }
}
