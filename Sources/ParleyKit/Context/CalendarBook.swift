import CivilTime
import Holidays
import ICalendar

/// The country calendars a check needs, opened once per check: one ``CountryCalendar`` per
/// plan country whose holidays are `builtin` (with its `subdivision`, when the plan names
/// one), and the days off of countries whose holidays come from a feed (`holidays from
/// "id-holidays.ics"`, read once per check through ``CalendarInputs``). Each built-in country-year is computed once per process by the
/// `Holidays` target's cache.
public struct CalendarBook: Sendable {
    /// The calendars, by plan country id.
    public let calendars: [String: CountryCalendar]
    /// The countries whose built-in calendar could not be opened: by plan country id, the
    /// code and subdivision asked for (the error is spelled by ``unavailable(_:)``).
    private let unopened: [String: (code: String, subdivision: String?)]
    /// Days off read from feeds: by plan country id, by day (``LocalDate/daysSinceEpoch``), the events' names.
    public let feeds: [String: [Int32: [String]]]
    /// Feeds that could not be read (`input` errors at the country).
    public let problems: [Finding]

    /// The calendars of `plan`'s countries; feeds are read through `reader` (paths relative
    /// to the file declaring the country) and expanded over `window`, and skipped without one.
    public init(plan: Plan, reader: (any PlanReader)? = nil, window: DateWindow? = nil) {
        let inputs = reader.flatMap { reader in window.map { CalendarInputs(reader: reader, window: $0) } }
        self.init(plan: plan, inputs: inputs)
    }

    /// The calendars of `plan`'s countries, with feeds from `inputs` (which reads and expands
    /// each file once per check), and skipped without it.
    init(plan: Plan, inputs: CalendarInputs?) {
        var calendars: [String: CountryCalendar] = [:]
        var unopened: [String: (code: String, subdivision: String?)] = [:]
        // A code no built-in country has fails at once, without looking for what it may mean.
        let builtin = Set(Holidays.Country.all.map(\.code))
        var feeds: [String: [Int32: [String]]] = [:]
        var problems: [Finding] = []
        for country in plan.countries {
            switch country.holidays {
            case .builtin:
                guard builtin.contains(country.id.uppercased()),
                    let calendar = try? CountryCalendar(country.id, subdivision: country.subdivision)
                else {
                    unopened[country.id] = (country.id, country.subdivision)
                    continue
                }
                calendars[country.id] = calendar
            case .file(let relative):
                guard let inputs else { continue }
                let (days, found) = Self.feed(relative, of: country, inputs: inputs)
                feeds[country.id] = days
                problems += found
            case .none:
                continue
            }
        }
        self.calendars = calendars
        self.unopened = unopened
        self.feeds = feeds
        self.problems = problems
    }

    /// Why the built-in calendar of the plan country `id` could not be opened (an unknown code
    /// or subdivision, with what it may mean), or `nil` when it was opened or is not built-in.
    /// Spelled when asked: a plan of many codes of its own that avoids no holidays never needs it.
    public func unavailable(_ id: String) -> HolidaysError? {
        guard let (code, subdivision) = unopened[id] else { return nil }
        do {
            _ = try CountryCalendar(code, subdivision: subdivision)
            return nil
        } catch {
            return error
        }
    }

    /// The days off of a holiday feed over the window (with its margin), made by
    /// ``ImportedDaysOff`` as `holidays --import` makes them: every local date each event
    /// covers. Events left out are warnings at their line.
    private static func feed(
        _ relative: String, of country: Country, inputs: CalendarInputs
    ) -> (days: [Int32: [String]], problems: [Finding]) {
        let path = PlanPath.normalize(PlanPath.join(PlanPath.directory(of: country.location.file), relative))
        func failure(_ message: String) -> (days: [Int32: [String]], problems: [Finding]) {
            ([:], [Finding(.error, code: .input, message: "\(country.id)'s holidays \(path): \(message)", at: country.location)])
        }
        func leftOut(_ file: CalendarFile) -> [Finding] {
            file.leftOut.map { diagnostic in
                Finding(
                    .warning, code: .input, message: "\(country.id)'s holidays: event left out: \(diagnostic.message)",
                    at: SourceLocation(file: path, line: max(1, diagnostic.line), column: 1, offset: 0),
                    notes: [Finding.Note("\(country.id)'s holiday feed is declared here", at: country.location)])
            }
        }
        switch inputs.outcome(path) {
        case .unreadable(let reason):
            return failure(reason)
        case .unusable(let error):
            guard error.reason != .noCalendar, let first = error.first else { return failure("no VCALENDAR") }
            return failure("line \(first.line): \(first.message)")
        case .unexpandable(let file, let error):
            let (days, problems) = failure("\(error)")
            return (days, leftOut(file) + problems)
        case .expanded(let file, let occurrences):
            let from = inputs.window.from.adding(days: -2) ?? inputs.window.from
            let through = inputs.window.through.adding(days: 2) ?? inputs.window.through
            var days: [Int32: [String]] = [:]
            for day in ImportedDaysOff(occurrences: occurrences, from: from, through: through).days {
                days[day.date.daysSinceEpoch, default: []].append(day.name)
            }
            return (days, leftOut(file))
        }
    }

    /// The names of the feed's days off on `date` for `country`.
    func fed(_ country: String, on date: LocalDate) -> [String] { feeds[country]?[date.daysSinceEpoch] ?? [] }

    /// The countries a round concerns: its series' partners, then its venue's country.
    static func parties(of occurrence: Occurrence, series: Series, plan: Plan) -> [String] {
        var ids = series.partners.map(\.id)
        if !occurrence.isVirtual, let host = occurrence.venueID.flatMap({ plan.venuesByID[$0]?.country.id }), !ids.contains(host) {
            ids.append(host)
        }
        return ids
    }

    /// Whether `date` is a weekend day of `country`: one of the plan's `weekend` days that the
    /// country has not decreed a working day (Russia's working Saturdays are working days).
    func isWeekend(_ date: LocalDate, of country: Country) -> Bool {
        guard country.weekend.contains(date.weekday) else { return false }
        // A decree can only make a working day of a day the built-in calendar rests on too.
        guard let calendar = calendars[country.id], calendar.weekend(in: date.year).contains(date.weekday) else { return true }
        return calendar.isWeekend(date)
    }
}
