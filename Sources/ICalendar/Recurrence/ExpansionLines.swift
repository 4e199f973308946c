/// The lines of one event (or to-do) that expansion reads, found in one pass over its
/// properties: the first of each single-valued one (as ``CalendarComponent/property(_:)``
/// finds it) and every `RRULE`, `RDATE` and `EXDATE` in order. It keeps positions in the
/// component's properties, not copies, so it stays small to move around.
struct ExpansionLines {
    /// The component the lines are of.
    let component: CalendarComponent
    private var positions = Positions()
    private var rulePositions: [Int32] = []
    private var datePositions: [Int32] = []
    private var exclusionPositions: [Int32] = []

    /// Where the single-valued lines are (-1: absent).
    private struct Positions {
        var start: Int32 = -1
        var end: Int32 = -1
        var due: Int32 = -1
        var duration: Int32 = -1
        var recurrenceID: Int32 = -1
        var uid: Int32 = -1
        var sequence: Int32 = -1
        var stamp: Int32 = -1
    }

    /// The lines of `component`.
    init(_ component: CalendarComponent) {
        self.component = component
        func first(_ position: inout Int32, _ index: Int) {
            if position < 0 { position = Int32(truncatingIfNeeded: index) }
        }
        for (index, property) in component.properties.enumerated() {
            switch property.name {
            case "DTSTART": first(&positions.start, index)
            case "DTEND": first(&positions.end, index)
            case "DUE": first(&positions.due, index)
            case "DURATION": first(&positions.duration, index)
            case "RECURRENCE-ID": first(&positions.recurrenceID, index)
            case "UID": first(&positions.uid, index)
            case "SEQUENCE": first(&positions.sequence, index)
            case "DTSTAMP": first(&positions.stamp, index)
            case "RRULE": rulePositions.append(Int32(truncatingIfNeeded: index))
            case "RDATE": datePositions.append(Int32(truncatingIfNeeded: index))
            case "EXDATE": exclusionPositions.append(Int32(truncatingIfNeeded: index))
            default: break
            }
        }
    }

    private func property(_ position: Int32) -> CalendarProperty? {
        position < 0 ? nil : component.properties[Int(position)]
    }

    var start: CalendarProperty? { property(positions.start) }
    /// `DTEND`, else `DUE` (a to-do's end).
    var end: CalendarProperty? { property(positions.end) ?? property(positions.due) }
    var duration: CalendarProperty? { property(positions.duration) }
    var recurrenceID: CalendarProperty? { property(positions.recurrenceID) }
    var uid: CalendarProperty? { property(positions.uid) }
    var sequence: CalendarProperty? { property(positions.sequence) }
    var stamp: CalendarProperty? { property(positions.stamp) }
    var rules: [CalendarProperty] { rulePositions.map { component.properties[Int($0)] } }
    var dates: [CalendarProperty] { datePositions.map { component.properties[Int($0)] } }
    var exclusions: [CalendarProperty] { exclusionPositions.map { component.properties[Int($0)] } }
}
