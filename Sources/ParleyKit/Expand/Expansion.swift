/// The concrete rounds of a plan in a window, in date order.
public struct Expansion: Hashable, Sendable {
    /// The window.
    public let window: DateWindow
    /// Every occurrence touching the window, ordered by first day, then the series' place in
    /// the plan, then round number.
    public let occurrences: [Occurrence]

    /// An expansion from its parts.
    public init(window: DateWindow, occurrences: [Occurrence]) {
        self.window = window
        self.occurrences = occurrences
    }

    /// The occurrences of one series.
    public func occurrences(of seriesID: String) -> [Occurrence] {
        occurrences.filter { $0.seriesID == seriesID }
    }
}
