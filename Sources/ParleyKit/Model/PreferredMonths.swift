/// The months a series would rather meet in: `prefer months mar..may, sep..nov`.
///
/// A preference, never a rule: `parley check` reports nothing about it, and `parley next`
/// ranks windows outside these months lower. A range may wrap the year end (`nov..feb` is
/// November, December, January and February).
public struct PreferredMonths: Hashable, Sendable, CustomStringConvertible {
    /// The three-letter names the language spells months with, January first.
    public static let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The ranges as written, each a pair of month numbers (1…12); a single month is a range of one.
    public let ranges: [ClosedRangeOfMonths]
    /// Where the `prefer` line starts.
    public let location: SourceLocation

    /// A month range as written: `first` through `last`, wrapping after December when `last < first`.
    public struct ClosedRangeOfMonths: Hashable, Sendable {
        /// The first month (1…12).
        public let first: Int
        /// The last month (1…12).
        public let last: Int

        /// A range from its ends (both 1…12).
        public init(first: Int, last: Int) {
            self.first = first
            self.last = last
        }
    }

    /// Preferred months from their ranges.
    public init(ranges: [ClosedRangeOfMonths], location: SourceLocation) {
        self.ranges = ranges
        self.location = location
    }

    /// Whether `month` (1…12) is preferred.
    ///
    /// With `nov..feb`, 12 and 1 are preferred and 3 is not.
    public func contains(month: Int) -> Bool {
        ranges.contains { range in
            range.first <= range.last ? (range.first...range.last).contains(month) : month >= range.first || month <= range.last
        }
    }

    /// `mar..may, sep..nov`, as the plan writes it.
    public var description: String {
        ranges.map { range in
            let first = PreferredMonths.names[range.first - 1]
            return range.first == range.last ? first : first + ".." + PreferredMonths.names[range.last - 1]
        }.joined(separator: ", ")
    }

    /// The month number (1…12) for a name: three letters or the full English name, any case.
    public static func month(named name: some StringProtocol) -> Int? {
        let lower = name.lowercased()
        guard lower.count >= 3 else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        if let index = names.firstIndex(of: lower) { return index + 1 }
        if let index = full.firstIndex(of: lower) { return index + 1 }
        return nil
    }
}
