import CivilTime

/// A length of calendar time: `6 months`, `2 weeks`, `90 days`, `1 year`.
///
/// Months and years are calendar months, clamped at month ends as ``LocalDate/adding(months:)``
/// does: 2024-01-31 plus 1 month is 2024-02-29.
public struct Span: Hashable, Sendable, CustomStringConvertible {
    /// The calendar unit of a span.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case days, weeks, months, years
    }

    /// How many units (at least 1).
    public let amount: Int
    /// Which unit.
    public let unit: Unit

    /// A span from its parts.
    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The date `times` spans after `date` (before it when negative), or `nil` outside years 1…9999.
    public func advance(_ date: LocalDate, times: Int = 1) -> LocalDate? {
        switch unit {
        case .days: date.adding(days: amount * times)
        case .weeks: date.adding(days: amount * times * 7)
        case .months: date.adding(months: amount * times)
        case .years: date.adding(months: amount * times * 12)
        }
    }

    /// An approximate length in days (a month counts 30.44 days), for choosing tolerances.
    public var approximateDays: Int {
        switch unit {
        case .days: amount
        case .weeks: amount * 7
        case .months: amount * 3044 / 100
        case .years: amount * 36525 / 100
        }
    }

    /// `6 months`, `1 month`.
    public var description: String {
        let name = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(amount) \(name)"
    }
}
