/// The lines of one event (or to-do) that expansion reads, found in one pass over its
/// properties: the first of each single-valued one (as ``CalendarComponent/property(_:)``
/// finds it) and every `RRULE`, `RDATE` and `EXDATE` in order. It keeps positions in the
/// properties, not copies, so it stays small to move around.
struct ExpansionLines {
    /// The names of the lines it reads (``CalendarReader`` builds only these of an event it
    /// reads as an ``EventSource``).
    static let names = [
        "DTSTART", "DTEND", "DUE", "DURATION", "RECURRENCE-ID", "UID", "SEQUENCE", "DTSTAMP", "RRULE", "RDATE", "EXDATE",
    ]

    /// The one of ``names`` that `name` (a property name's bytes, in any case) spells, or `nil`:
    /// compared as bytes with the names of its length, for the reader's every line, without
    /// making or hashing a string (a test holds it to ``names``).
    static func name(of name: ContentLine.Bytes) -> String? {
        func spells(_ upper: StaticString) -> Bool {
            ContentLine.equalIgnoringCase(name, UnsafeBufferPointer(start: upper.utf8Start, count: upper.utf8CodeUnitCount))
        }
        switch name.count {
        case 3: return spells("UID") ? "UID" : spells("DUE") ? "DUE" : nil
        case 5: return spells("DTEND") ? "DTEND" : spells("RRULE") ? "RRULE" : spells("RDATE") ? "RDATE" : nil
        case 6: return spells("EXDATE") ? "EXDATE" : nil
        case 7: return spells("DTSTART") ? "DTSTART" : spells("DTSTAMP") ? "DTSTAMP" : nil
        case 8: return spells("DURATION") ? "DURATION" : spells("SEQUENCE") ? "SEQUENCE" : nil
        case 13: return spells("RECURRENCE-ID") ? "RECURRENCE-ID" : nil
        default: return nil
        }
    }

    /// The event the lines are of.
    let source: EventSource
    /// Its properties (all of them, or those of ``names``), in order.
    private let properties: [CalendarProperty]
    /// Its `UID`, if any.
    let uid: EventUID?
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
        self.init(EventSource(component), properties: component.properties)
    }

    /// The lines among `properties`, those of `source`.
    init(_ source: EventSource, properties: [CalendarProperty]) {
        self.source = source
        self.properties = properties
        func first(_ position: inout Int32, _ index: Int) {
            if position < 0 { position = Int32(truncatingIfNeeded: index) }
        }
        for (index, property) in properties.enumerated() {
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
        uid = positions.uid < 0 ? nil : EventUID(properties[Int(positions.uid)].textValue)
    }

    private func property(_ position: Int32) -> CalendarProperty? {
        position < 0 ? nil : properties[Int(position)]
    }

    var start: CalendarProperty? { property(positions.start) }
    /// `DTEND`, else `DUE` (a to-do's end).
    var end: CalendarProperty? { property(positions.end) ?? property(positions.due) }
    var duration: CalendarProperty? { property(positions.duration) }
    var recurrenceID: CalendarProperty? { property(positions.recurrenceID) }
    var sequence: CalendarProperty? { property(positions.sequence) }
    var stamp: CalendarProperty? { property(positions.stamp) }
    var rules: [CalendarProperty] { rulePositions.map { properties[Int($0)] } }
    var dates: [CalendarProperty] { datePositions.map { properties[Int($0)] } }
    var exclusions: [CalendarProperty] { exclusionPositions.map { properties[Int($0)] } }
}
