import Basics

extension CalendarReader {
    /// A large calendar read on two cores: its bytes cut at a `BEGIN:VEVENT` line near the
    /// middle, each half read by its own ``ReaderState`` at the same time (``Parallel/map(_:threads:_:)``),
    /// the second starting inside the file's `VCALENDAR` at its own line number, then joined in
    /// file order. The joined state is what one reader gives the whole file: the same roots,
    /// events and diagnostics (the warnings given once per file kept only once).
    ///
    /// `nil` (read it whole) for a file under 512 KiB, one that does not start with
    /// `BEGIN:VCALENDAR` and CRLF, one with no `BEGIN:VEVENT` line after its middle, on one core,
    /// or when the first half does not end inside that `VCALENDAR` alone, either half hits a
    /// limit, or both halves together hold too many components: those cases read the whole
    /// file in one pass, so their diagnostics stay those of one reader.
    func readInHalves(bytes: [UInt8], events: Set<String>) -> (state: ReaderState, events: [ExpansionLines])? {
        let opening = Array("BEGIN:VCALENDAR\r\n".utf8)
        guard Parallel.cores > 1, bytes.count >= 1 << 19, bytes.count <= limits.maximumBytes, events.contains("VEVENT"),
            bytes.starts(with: opening), let cut = Self.eventLine(in: bytes, after: bytes.count / 2)
        else { return nil }
        let firstLine = 1 + ContentLine.lineFeedCount(bytes[..<cut])
        let limits = limits
        let halves = Parallel.map(2, threads: 2) { half -> Half? in
            let open = half == 0 ? [] : [CalendarComponent(name: "VCALENDAR", line: 1)]
            var state = ReaderState(limits: limits, events: events, open: open)
            // Each half reads its own copy of its bytes (its events keep that copy): slicing one
            // array shared by both threads would count references to it from both cores at
            // every line, and those counts would travel between the cores.
            let own = Array(half == 0 ? bytes[..<cut] : bytes[cut...])
            do {
                try state.run(own, in: own.indices, firstLine: half == 0 ? 1 : firstLine, closing: half == 1)
            } catch {
                return nil
            }
            return Half(state)
        }
        guard let first = halves[0], let second = halves[1], !first.readingEvent, first.roots.isEmpty,
            first.open.count == 1, first.open[0].name == "VCALENDAR", first.open[0].line == 1, let continued = second.roots.first,
            first.components + second.components <= limits.maximumComponents
        else { return nil }
        // The once-per-file warnings of the second half repeat those of the first.
        let repeated = [first.bareLFWarning.flatMap { _ in second.bareLFWarning }, first.blankWarning.flatMap { _ in second.blankWarning }]
        var state = ReaderState(limits: limits)
        state.diagnostics = first.diagnostics + second.diagnostics.indices.filter { !repeated.contains($0) }.map { second.diagnostics[$0] }
        var calendar = first.open[0]
        calendar.properties += continued.properties
        calendar.components += continued.components
        state.roots = [calendar] + second.roots.dropFirst()
        return (state, first.events + second.events)
    }

    /// What one half's reader read (the values of its ``ReaderState``).
    private struct Half: Sendable {
        let diagnostics: [CalendarDiagnostic]
        let roots: [CalendarComponent]
        let open: [CalendarComponent]
        let events: [ExpansionLines]
        let readingEvent: Bool
        let components: Int
        let bareLFWarning: Int?
        let blankWarning: Int?

        init(_ state: ReaderState) {
            diagnostics = state.diagnostics
            roots = state.roots
            open = state.stack
            events = state.events
            readingEvent = state.event != nil
            components = state.componentCount
            bareLFWarning = state.bareLFWarning
            blankWarning = state.blankWarning
        }
    }

    /// Where the first line `BEGIN:VEVENT` (CRLF) at or after `offset` starts, if any.
    private static func eventLine(in bytes: [UInt8], after offset: Int) -> Int? {
        let line = Array("\nBEGIN:VEVENT\r\n".utf8)
        var index = offset
        while index + line.count <= bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            if bytes[newline...].starts(with: line) { return newline + 1 }
            index = newline + 1
        }
        return nil
    }
}
