import CivilTime
import Testing

@testable import Holidays

/// Expects `name` on exactly `length` consecutive days of `daysOff`, every one estimated.
func expectEstimatedRun(
    _ name: String, length: Int, in daysOff: [Holiday], year: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    let days = daysOff.filter { $0.name == name }.sorted { $0.date < $1.date }
    #expect(days.count == length, "\(year) \(name)", sourceLocation: sourceLocation)
    #expect(!days.contains { !$0.isEstimated }, "\(year) \(name)", sourceLocation: sourceLocation)
    if let first = days.first, let last = days.last {
        #expect(first.date.days(until: last.date) == length - 1, "\(year) \(name)", sourceLocation: sourceLocation)
    }
}
