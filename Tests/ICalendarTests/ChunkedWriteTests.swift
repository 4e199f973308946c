import Foundation
import Testing
@testable import ICalendar

/// `CalendarWriter.write(_:toFile:)` serialises a big calendar in chunks on several threads:
/// the file must hold exactly the single-threaded bytes (whose goldens are in
/// `GoldenCalendarTests`), whatever the chunk length, the thread count and where the chunk
/// boundaries fall among events and to-dos, and a fault anywhere must throw the
/// single-threaded writer's error and leave the destination as it was.
@Suite struct ChunkedWriteTests {
    /// The golden consultations (multilingual folded text, Jakarta and Moscow VTIMEZONEs,
    /// alarms, a to-do with an e-mail alarm), repeated to `events` events and `todos` to-dos
    /// with distinct UIDs.
    static func calendar(events: Int, todos: Int) throws -> CalendarDocument {
        var calendar = try GoldenCalendarTests.consultations()
        let eventModels = calendar.events
        let todoModel = try #require(calendar.todos.first)
        calendar.events = (0..<events).map { index in
            var event = eventModels[index % eventModels.count]
            event.uid = "\(index)-\(event.uid)"
            return event
        }
        calendar.todos = (0..<todos).map { index in
            var todo = todoModel
            todo.uid = "\(index)-\(todo.uid)"
            return todo
        }
        return calendar
    }

    static func contents(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Item counts below, at and across the boundaries of chunks of four, with the to-dos
    /// starting inside a chunk, at its start, or making up whole chunks.
    @Test(arguments: [(4, 0), (5, 0), (8, 0), (9, 0), (7, 2), (8, 1), (4, 4), (3, 6), (0, 9), (13, 3)], [1, 2, 3])
    func chunkedFileEqualsSingleThreadedBytes(counts: (events: Int, todos: Int), threads: Int) throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendar = try Self.calendar(events: counts.events, todos: counts.todos)
        let path = folder.appendingPathComponent("feed.ics").path
        for durable in [true, false] {
            try CalendarWriter.write(calendar, toFile: path, durable: durable, chunkSize: 1 << 20, itemsPerChunk: 4, threads: threads)
            #expect(try Self.contents(path) == CalendarWriter.bytes(of: calendar), "durable \(durable)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["feed.ics"])
    }

    /// The public entry point with its own chunk length: one item more than a chunk takes the
    /// chunked path, and a few chunks and a partial one.
    @Test(arguments: [CalendarWriter.itemsPerChunk + 1, 3 * CalendarWriter.itemsPerChunk + 17])
    func publicEntryPointChunksBigCalendars(events: Int) throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendar = try Self.calendar(events: events, todos: 2)
        let path = folder.appendingPathComponent("feed.ics").path
        try CalendarWriter.write(calendar, toFile: path)
        #expect(try Self.contents(path) == CalendarWriter.bytes(of: calendar))
    }

    /// Faults in a middle chunk, in a later one as well, and in a to-do: the error is the one
    /// `bytes(of:)` throws (the first in document order, numbered in the whole calendar), the
    /// old file stays and no temporary file is left.
    @Test(arguments: [[9], [9, 17], [10, 2], [21], [23, 24]], [1, 2, 3])
    func faultInAChunkLeavesTheOldFileAndThrowsTheFirstError(faults: [Int], threads: Int) throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.ics").path
        try AtomicFile.write(Array("old\r\n".utf8), to: path)
        var calendar = try Self.calendar(events: 20, todos: 5)
        for item in faults {
            if item < 20 {
                calendar.events[item].description = "bell\u{7}"
            } else {
                calendar.todos[item - 20].summary = "nul\u{0}"
            }
        }
        let expected = try #require(throws: CalendarWriteError.self) { try CalendarWriter.bytes(of: calendar) }
        let error = try #require(throws: AtomicFileOrBodyError<CalendarWriteError>.self) {
            try CalendarWriter.write(calendar, toFile: path, durable: true, chunkSize: 1 << 20, itemsPerChunk: 4, threads: threads)
        }
        guard case .body(let thrown) = error else {
            Issue.record("expected the calendar's error, got \(error)")
            return
        }
        #expect(thrown == expected)
        let first = try #require(faults.min())
        #expect(thrown.path.prefix(2) == ["VCALENDAR", first < 20 ? "VEVENT #\(first + 1)" : "VTODO #\(first - 19)"])
        #expect(try Self.contents(path) == Array("old\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["feed.ics"])
    }

    /// A fault in a time zone (written before the chunks) is thrown as before.
    @Test func faultInTheHeadLeavesNoFile() throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.ics").path
        var calendar = try Self.calendar(events: 20, todos: 0)
        calendar.otherProperties.append(CalendarProperty(name: "X-BAD", value: "a\u{1}"))
        let expected = try #require(throws: CalendarWriteError.self) { try CalendarWriter.bytes(of: calendar) }
        let error = try #require(throws: AtomicFileOrBodyError<CalendarWriteError>.self) {
            try CalendarWriter.write(calendar, toFile: path, durable: true, chunkSize: 1 << 20, itemsPerChunk: 4, threads: 2)
        }
        guard case .body(let thrown) = error else {
            Issue.record("expected the calendar's error, got \(error)")
            return
        }
        #expect(thrown == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func chunkedWriteKeepsThePermissionsOfTheReplacedFile() throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("private.ics").path
        try AtomicFile.write(Array("old\r\n".utf8), to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let calendar = try Self.calendar(events: 11, todos: 1)
        try CalendarWriter.write(calendar, toFile: path, durable: true, chunkSize: 1 << 20, itemsPerChunk: 4, threads: 2)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try Self.contents(path) == CalendarWriter.bytes(of: calendar))
    }

    @Test func missingFolderIsTheFileError() throws {
        let folder = try AtomicFileTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("no/such/feed.ics").path
        let error = try #require(throws: AtomicFileOrBodyError<CalendarWriteError>.self) {
            try CalendarWriter.write(try Self.calendar(events: 9, todos: 0), toFile: path, durable: true, chunkSize: 1 << 20, itemsPerChunk: 4, threads: 2)
        }
        guard case .file(let failure) = error else {
            Issue.record("expected the file's error, got \(error)")
            return
        }
        #expect(failure.step == .create)
    }
}
