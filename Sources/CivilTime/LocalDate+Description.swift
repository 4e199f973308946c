extension LocalDate: CustomStringConvertible {
    /// The ISO 8601 form, `2026-03-22`.
    public var description: String { ISO8601.format(self) }
}

extension LocalTime: CustomStringConvertible {
    /// The ISO 8601 form, `10:00:00`.
    public var description: String { ISO8601.format(self) }
}

extension LocalDateTime: CustomStringConvertible {
    /// The ISO 8601 form, `2026-03-22T10:00:00`.
    public var description: String { ISO8601.format(self) }
}

extension Instant: CustomStringConvertible {
    /// The ISO 8601 form in UTC, `2026-03-22T03:00:00Z`.
    public var description: String {
        guard let utc = utcDateTime else { return "\(secondsSinceEpoch)s" }
        return ISO8601.format(utc) + "Z"
    }
}
