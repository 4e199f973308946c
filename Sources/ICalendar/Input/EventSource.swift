import Synchronization

/// One event (or to-do) of a calendar, held by reference: its name, its line, and its component,
/// either kept whole or read again from the file's bytes the first time someone asks for it.
///
/// ``CalendarFile`` reads the events directly inside a `VCALENDAR` without building their
/// components (``CalendarReader`` keeps only the lines expansion needs, see
/// ``ExpansionLines``); an occurrence refers to its event through this reference, and
/// ``component`` reads the event's own lines again, with the same reader and the same limits,
/// on the rare paths that want a `SUMMARY` or a `TRANSP`, once per event (every occurrence of
/// it then shares the component read). Occurrences copy one reference, not a component.
final class EventSource: Sendable {
    /// The component name (`VEVENT`).
    let name: String
    /// The 1-based line of its `BEGIN:` line.
    let line: Int?
    private let storage: Storage
    /// The component once read from the bytes.
    private let read = Mutex<CalendarComponent?>(nil)

    private enum Storage: Sendable {
        case component(CalendarComponent)
        /// The file's bytes, the event's lines in them (from its `BEGIN` line to the end of the
        /// line that closed it), and the limits it was read with.
        case bytes([UInt8], Range<Int>, CalendarReaderLimits)
    }

    /// An event kept whole.
    init(_ component: CalendarComponent) {
        name = component.name
        line = component.line
        storage = .component(component)
    }

    /// An event to read again from `range` of `bytes` when its component is asked for.
    init(name: String, line: Int, bytes: [UInt8], range: Range<Int>, limits: CalendarReaderLimits) {
        self.name = name
        self.line = line
        storage = .bytes(bytes, range, limits)
    }

    /// The component, as the reader builds it from the whole file.
    var component: CalendarComponent {
        switch storage {
        case .component(let component):
            return component
        case .bytes(let bytes, let range, let limits):
            return read.withLock { read in
                if let component = read { return component }
                var state = ReaderState(limits: limits)
                // The lines were read once already (every problem reported then), within the limits.
                try? state.run(bytes, in: range, firstLine: line ?? 1)
                let component = state.roots.first ?? CalendarComponent(name: name, line: line)
                read = component
                return component
            }
        }
    }
}
