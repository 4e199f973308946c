import CivilTime

/// The days a check or an expansion looks at, both ends included.
public struct DateWindow: Hashable, Sendable, CustomStringConvertible {
    /// The first day.
    public let from: LocalDate
    /// The last day.
    public let through: LocalDate

    /// A window from its ends (swapped when given backwards).
    public init(from: LocalDate, through: LocalDate) {
        self.from = min(from, through)
        self.through = max(from, through)
    }

    /// The default window: one year before `today` to three years after it.
    public static func around(_ today: LocalDate) -> DateWindow {
        DateWindow(from: today.adding(months: -12) ?? .minimum, through: today.adding(months: 36) ?? .maximum)
    }

    /// Whether `date` is inside.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= through }

    /// Whether the days `first...last` touch the window.
    public func overlaps(_ first: LocalDate, _ last: LocalDate) -> Bool { first <= through && last >= from }

    /// `2025-11-25..2029-11-25`.
    public var description: String { "\(from)..\(through)" }
}
