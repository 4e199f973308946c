import CivilTime

/// The nearest start dates on either side of a clashing round that would not clash.
public struct NearestClean: Hashable, Sendable {
    /// The latest clean start before the round's, within the search distance.
    public let before: LocalDate?
    /// The earliest clean start after the round's, within the search distance.
    public let after: LocalDate?

    /// No clean start on either side (what a context without suggestions reports).
    static let none = NearestClean(before: nil, after: nil)

    /// Searches day by day, at most `limit` days each way, for starts where `isClean` holds.
    /// - Complexity: at most 2 × `limit` calls of `isClean`.
    public static func search(around date: LocalDate, limit: Int = 366, isClean: (LocalDate) -> Bool) -> NearestClean {
        var before: LocalDate?
        var after: LocalDate?
        for distance in 1...max(1, limit) where before == nil || after == nil {
            if after == nil, let later = date.adding(days: distance), isClean(later) { after = later }
            if before == nil, let earlier = date.adding(days: -distance), isClean(earlier) { before = earlier }
        }
        return NearestClean(before: before, after: after)
    }

    /// The nearer of the two (the later on a tie).
    public func nearest(to date: LocalDate) -> LocalDate? {
        switch (before, after) {
        case (let earlier?, let later?): date.days(until: later) <= earlier.days(until: date) ? later : earlier
        case (let earlier?, nil): earlier
        case (nil, let later?): later
        case (nil, nil): nil
        }
    }

    /// A suggestion to move round `number`, naming both sides, or `nil` when neither exists.
    public func suggestion(round number: Int, from date: LocalDate, clearOf what: String) -> Finding.Suggestion? {
        guard let nearest = nearest(to: date) else { return nil }
        var writer = MessageWriter()
        writer.write("move round ")
        writer.write(number)
        writer.write(" to ")
        writer.write(nearest)
        writer.write(", the nearest start clear of ")
        writer.write(what)
        writer.write(" (")
        if let before {
            writer.write(before)
            writer.write(after == nil ? " before" : " before, ")
        }
        if let after {
            writer.write(after)
            writer.write(" after")
        }
        writer.write(")")
        return Finding.Suggestion(writer.text, date: nearest)
    }
}
