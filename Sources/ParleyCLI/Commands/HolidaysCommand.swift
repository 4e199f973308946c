import CivilTime
import Foundation
import Holidays
import ICalendar
import ParleyKit

/// `parley holidays COUNTRY [YEAR | FROM TO] [--subdivision X] [--format text|json|ics]`: a
/// country's days off.
///
/// `FROM TO` are two years (inclusive) or two ISO 8601 dates (inclusive). Text prints one day
/// per line with its weekday, kind and name, marking estimated dates; JSON prints
/// `[{"date":"2026-03-20","estimated":false,"kind":"collective-leave","name":"…"}]` (keys
/// sorted); ics writes an RFC 5545 feed of all-day, transparent events.
struct HolidaysCommand: Command {
    let name = "holidays"
    let summary = "List a country's public holidays, collective leave and other days off."
    let discussion = """
        COUNTRY is an ISO 3166-1 alpha-2 code, or an organisation's (UN-NY: UN Headquarters; EU:
        the EU institutions in Brussels); --list prints them all. YEAR defaults to the
        current year; FROM TO are two years or two dates (YYYY-MM-DD), both inclusive. Kinds:
        public, collective-leave (e.g. Indonesia's cuti bersama), observed (a substitute for a
        weekend holiday), transfer (a day off moved by decree, e.g. Russia's), election,
        closure (government offices closed by law on a working day, e.g. Japan's 29 December
        to 3 January). A date marked "estimated" is computed ahead of its decree and may move
        by a day. Text output also lists weekend days decreed working days (Russia's working
        Saturdays). --list prints every country and subdivision with the last year its yearly
        decrees confirm ("statutes" where statutes alone fix every day).
        """
    let positionals = [
        PositionalSpec("COUNTRY", "ISO 3166-1 alpha-2 country code, e.g. ID, or an organisation's, e.g. UN-NY."),
        PositionalSpec("YEAR", "A year (default: the current year), or FROM TO: two years or two dates.", usage: "[YEAR | FROM TO]"),
    ]
    let options: [OptionSpec] = [
        .value("subdivision", "X", "A state or territory, e.g. ACT or AU-ACT (Australia)."),
        .flag("list", "Print every country and subdivision with the last year its decrees confirm, then exit."),
        .value("import", "FILE", "An .ics feed of days off (RRULEs expanded) to merge with the built-in calendar."),
        .choice(
            "import-mode", ImportMode.allCases.map(\.rawValue),
            "over (default: the feed's days added, replacing built-in ones on the same date) or instead (only the feed's days)."
        ),
        .choice("format", Format.allCases.map(\.rawValue), "text (default), json, or ics (an RFC 5545 holiday feed of all-day events)."),
    ]
    let exitCodes: [ExitCode: String] = [
        .success: "the days off were printed",
        .invalidInput: "unknown country or subdivision, an unreadable --import feed, or an invalid command line",
    ]

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case text, json, ics
    }

    static let years = 1900...2200

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        if parsed.flag("list") {
            try parsed.expectPositionals(atMost: 0)
            invocation.write(Self.listing())
            return .success
        }
        let code = try parsed.positional(0, "COUNTRY")
        try parsed.expectPositionals(atMost: 3)
        let format = try parsed.choice("format", default: Format.text)
        let subdivision = try parsed.value("subdivision")
        let calendar: CountryCalendar
        do {
            calendar = try CountryCalendar(code, subdivision: subdivision)
        } catch {
            throw UsageError(error.description)
        }
        let (start, end) = try Self.range(Array(parsed.positionals.dropFirst()))
        let mode = try parsed.choice("import-mode", default: ImportMode.over)
        var days = calendar.daysOff(from: start, through: end)
        if let path = try parsed.value("import") {
            days = try Self.imported(path, calendar: calendar, mode: mode, from: start, through: end) { invocation.writeError($0) }
        }
        switch format {
        case .json:
            var json = invocation.jsonWriter()
            json.beginArray()
            for day in days {
                json.beginObject()
                json.key("date")
                json.plainString { ISO8601.append(day.date, to: &$0) }
                json.key("estimated")
                json.bool(day.isEstimated)
                json.key("kind")
                json.string(day.kind.rawValue)
                json.key("name")
                json.string(day.name)
                json.endObject()
            }
            json.endArray()
            json.finish()
        case .text:
            invocation.write(Self.text(calendar, days, from: start, through: end))
        case .ics:
            let bytes = try CalendarWriter.bytes(of: calendar.icsDocument(of: days))
            invocation.writeData(String(decoding: bytes, as: UTF8.self))
        }
        return .success
    }

    /// One line per country and subdivision: code, name, and the last year its decrees confirm.
    static func listing() -> String {
        var rows: [(code: String, name: String, through: Int?)] = []
        for country in Holidays.Country.all {
            rows.append((country.code, country.name, country.decreedThrough))
            for subdivision in country.subdivisions {
                rows.append(("\(country.code)-\(subdivision.code)", subdivision.name, country.decreedThrough))
            }
        }
        let codeWidth = rows.map(\.code.count).max() ?? 0
        let nameWidth = rows.map(\.name.count).max() ?? 0
        return rows.map { row in
            let code = row.code.padding(toLength: codeWidth, withPad: " ", startingAt: 0)
            let name = row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            return "\(code)  \(name)  \(row.through.map { "decreed through \($0)" } ?? "statutes")\n"
        }.joined()
    }

    /// The days off of `calendar` with the feed at `path` merged in; events of the feed that
    /// cannot be expanded are left out and reported to `warn` as `FILE:LINE: warning: …` lines.
    static func imported(
        _ path: String, calendar: CountryCalendar, mode: ImportMode,
        from start: LocalDate, through end: LocalDate, warn: (String) -> Void
    ) throws -> [Holiday] {
        let file: CalendarFile
        do {
            file = try CalendarFile.read(path: path)
        } catch {
            if case .unreadable = error.reason { throw UsageError("cannot read --import file '\(path)'") }
            throw FileError(description: "\(path):\(error.first.map { "\($0.line): \($0.message)" } ?? error.description)")
        }
        for diagnostic in file.leftOut {
            warn("\(path):\(diagnostic.line): warning: event left out: \(diagnostic.message)\n")
        }
        do {
            let feed = try ImportedDaysOff(file: file, from: start, through: end)
            return calendar.merging(feed, mode).daysOff(from: start, through: end)
        } catch {
            throw FileError(description: "\(path):\(error.line.map { "\($0):" } ?? "") \(error.message)")
        }
    }

    /// Bad content in an input file, reported as `FILE:LINE: message`.
    struct FileError: Error, CustomStringConvertible {
        let description: String
    }

    /// The inclusive date range of the YEAR or FROM TO arguments.
    static func range(_ arguments: [String]) throws(UsageError) -> (LocalDate, LocalDate) {
        func year(_ text: String) -> Int? { text.count == 4 ? Int(text).flatMap { years.contains($0) ? $0 : nil } : nil }
        func date(_ text: String) -> LocalDate? { ISO8601.date(text).flatMap { years.contains($0.year) ? $0 : nil } }
        func bounds(_ text: String, last: Bool) throws(UsageError) -> LocalDate {
            if let y = year(text), let bound = LocalDate(year: y, month: last ? 12 : 1, day: last ? 31 : 1) { return bound }
            if let bound = date(text) { return bound }
            throw UsageError("expected a year (\(years.lowerBound)–\(years.upperBound)) or a date YYYY-MM-DD; got '\(text)'")
        }
        switch arguments.count {
        case 0:
            let current = Instant(Date()).utcDateTime?.date.year ?? 2026
            guard let first = LocalDate(year: current, month: 1, day: 1),
                let last = LocalDate(year: current, month: 12, day: 31)
            else { throw UsageError("no current year") }
            return (first, last)
        case 1:
            guard let y = year(arguments[0]), let first = LocalDate(year: y, month: 1, day: 1),
                let last = LocalDate(year: y, month: 12, day: 31)
            else {
                throw UsageError(
                    "YEAR must be a year from \(years.lowerBound) to \(years.upperBound); got '\(arguments[0])' (for a range give FROM TO)")
            }
            return (first, last)
        default:
            let first = try bounds(arguments[0], last: false)
            let last = try bounds(arguments[1], last: true)
            guard first <= last else {
                throw UsageError("FROM must not be after TO; got \(arguments[0]) \(arguments[1])")
            }
            return (first, last)
        }
    }

    static func text(_ calendar: CountryCalendar, _ days: [Holiday], from start: LocalDate, through end: LocalDate) -> String {
        var title = "\(calendar.country.name) (\(calendar.country.code))"
        if let subdivision = calendar.subdivision { title += ", \(subdivision.name) (\(subdivision.code))" }
        let weekend = calendar.weekend(in: end.year).days.map(Self.label).joined(separator: "+")
        var lines = [
            "# \(title) \(start.description) to \(end.description): \(Plural.count(days.count, "day", "days")) off; weekend \(weekend)"
        ]
        var rows: [(LocalDate, String)] = days.map { day in
            (
                day.date,
                "\(day.date.description) \(Self.label(day.date.weekday))  \(day.name) [\(day.kind.rawValue)]"
                    + (day.isEstimated ? " (estimated)" : "")
            )
        }
        for year in start.year...end.year {
            for working in calendar.workingDays(in: year) where working >= start && working <= end {
                rows.append((working, "\(working.description) \(Self.label(working.weekday))  Working day [working-day]"))
            }
        }
        lines += rows.sorted { $0.0 < $1.0 }.map(\.1)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Mon` … `Sun`.
    static func label(_ weekday: Weekday) -> String {
        weekday.shortName.prefix(1).uppercased() + weekday.shortName.dropFirst()
    }
}
