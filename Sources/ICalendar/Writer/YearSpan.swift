import CivilTime

/// The calendar years some dates fall in, grown one date at a time: the span a generated
/// `VTIMEZONE` must cover (``CalendarTimeZone/init(rules:covering:)``).
struct YearSpan: Hashable, Sendable {
    private var low = Int32.max
    private var high = Int32.min

    /// No years yet.
    init() {}

    /// Adds the year of `value`'s date; nothing for `nil`.
    @inline(__always)
    mutating func include(_ value: CalendarDateTime?) {
        guard let year = value.map({ Int32(truncatingIfNeeded: $0.localDate.year) }) else { return }
        low = min(low, year)
        high = max(high, year)
    }

    /// Adds every year of `other`.
    mutating func include(_ other: YearSpan) {
        low = min(low, other.low)
        high = max(high, other.high)
    }

    /// The years from the first to the last, or `nil` when no date was added.
    var years: ClosedRange<Int>? {
        low <= high ? Int(low)...Int(high) : nil
    }
}
