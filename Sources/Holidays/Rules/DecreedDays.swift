import CivilTime

/// A readable table of days off set by decree, proclamation or almanac, with its source and
/// the last year the source confirms (later entries are estimates, e.g. almanac Vesak dates).
struct DecreedDays: Sendable {
    /// One decreed day.
    struct Entry: Sendable {
        let date: LocalDate?
        let name: String
        let kind: HolidayKind
        /// The subdivision it applies to; `nil` for the whole country.
        let subdivision: String?
        /// For a transfer, the day whose rest it takes (a weekend holiday or a Saturday made a
        /// working day).
        let from: LocalDate?

        init(_ date: String, _ name: String, _ kind: HolidayKind, in subdivision: String? = nil, from: String? = nil) {
            self.date = ISO8601.date(date)
            self.name = name
            self.kind = kind
            self.subdivision = subdivision
            self.from = from.flatMap { ISO8601.date($0) }
        }
    }

    let source: String
    let confirmedThrough: Int
    let entries: [Entry]
    /// The entries grouped by year, in the table's order.
    private let entriesByYear: [Int: [Entry]]
    /// The last year each name appears in.
    private let lastYears: [String: Int]

    init(source: String, confirmedThrough: Int, _ entries: [Entry]) {
        self.source = source
        self.confirmedThrough = confirmedThrough
        self.entries = entries
        var byYear: [Int: [Entry]] = [:]
        var lastYears: [String: Int] = [:]
        for entry in entries {
            guard let year = entry.date?.year else { continue }
            byYear[year, default: []].append(entry)
            lastYears[entry.name] = max(lastYears[entry.name] ?? year, year)
        }
        entriesByYear = byYear
        self.lastYears = lastYears
    }

    /// The last year the table lists a day called `name`, if any.
    func lastYear(of name: String) -> Int? { lastYears[name] }

    /// Entries that apply in `year` to `subdivision` (national entries apply everywhere).
    func entries(in year: Int, subdivision: String?) -> [Entry] {
        (entriesByYear[year] ?? []).filter { entry in entry.subdivision == nil || entry.subdivision == subdivision }
    }
}

extension YearBuilder {
    /// Adds the table's days for this year and subdivision, estimated after `confirmedThrough`.
    mutating func add(_ table: DecreedDays) {
        for entry in table.entries(in: year, subdivision: subdivision) {
            add(entry.date, entry.name, entry.kind, estimated: year > table.confirmedThrough)
        }
    }

    /// Adds `estimate` as an estimated day called `name` when this year is past the last one
    /// `table` lists under that name (almanac festivals beyond the tables), with the days
    /// `around` it (−1 the day before) for a festival of several days.
    mutating func add(_ estimate: (Int) -> LocalDate?, _ name: String, after table: DecreedDays, around: ClosedRange<Int> = 0...0) {
        guard let last = table.lastYear(of: name), year > last, let date = estimate(year) else { return }
        for offset in around { add(date.adding(days: offset), name, estimated: true) }
    }

    /// Adds the working days of `table` in this year.
    mutating func addWorkingDays(_ table: DateTable) {
        workingDays += table.dates(in: year)
    }

    /// Moves each holiday named in `names` that falls on one of `weekdays` to the next day that
    /// is neither weekend nor holiday, dropping the original date (Australian "moved" holidays,
    /// as opposed to "observed" ones that add a day).
    mutating func move(_ names: Set<String>, on weekdays: Set<Weekday>) {
        let moving = holidays.filter { names.contains($0.name) && weekdays.contains($0.date.weekday) }.sorted()
        for holiday in moving {
            remove(holiday)
            var day = holiday.date.adding(days: 1)
            while let current = day, isOff(current) { day = current.adding(days: 1) }
            add(day, holiday.name, holiday.kind, estimated: holiday.isEstimated)
        }
    }
}
