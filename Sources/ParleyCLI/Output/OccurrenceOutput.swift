import ICalendar
import ParleyKit

/// `parley expand`'s output, written as the occurrences come: one ISO 8601 start per line, or
/// a JSON array of them. Bytes gather in a large buffer that goes to the channel whenever it
/// fills, so a million occurrences never exist in memory at once.
struct OccurrenceOutput {
    /// How many occurrences were written.
    private(set) var written = 0
    private let channel: OutputChannel
    private var lines: [UInt8] = []
    private var json: JSONWriter?

    private static let chunk = 1 << 18

    /// An output in `format` to `channel`.
    init(format: ExpandCommand.Format, channel: OutputChannel) {
        self.channel = channel
        switch format {
        case .text:
            lines.reserveCapacity(Self.chunk + 64)
        case .json:
            var writer = JSONWriter(flushingEvery: Self.chunk) { channel.write(bytes: $0) }
            writer.beginArray()
            json = writer
        }
    }

    /// Writes one occurrence's start.
    mutating func append(_ start: RecurrenceInstance) {
        written += 1
        if json != nil {
            json?.plainString { start.appendISO8601(to: &$0) }
            return
        }
        start.appendISO8601(to: &lines)
        lines.append(UInt8(ascii: "\n"))
        if lines.count >= Self.chunk {
            channel.write(bytes: lines)
            lines.removeAll(keepingCapacity: true)
        }
    }

    /// Writes what remains (and closes the JSON array).
    mutating func finish() {
        if var writer = json {
            writer.endArray()
            writer.finish()
            json = nil
            return
        }
        channel.write(bytes: lines)
        lines.removeAll(keepingCapacity: true)
    }
}
