import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension CalendarWriter {
    /// The cores this process may run on (at least one).
    static var availableCores: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// Writes `document` into `file` with `threads` threads: the head first, on this thread;
    /// then chunks of `itemsPerChunk` events and to-dos, each serialised by whichever thread
    /// claims it into that thread's own buffer and written at its place in the file (see
    /// ``WriterPipeline``); then `END:VCALENDAR`.
    ///
    /// - Throws: the first failure in document order; bytes of later chunks may have been
    ///   written, which does not matter as the temporary file is then removed.
    static func writeInChunks(
        _ document: CalendarDocument, to file: inout AtomicFile, durable: Bool, itemsPerChunk: Int, threads: Int
    ) throws(WriterPipeline.Failure) {
        var head = CalendarWriter(reservingCapacity: 65_536)
        do throws(CalendarWriteError) {
            _ = try head.writeHead(of: document) { _ in true }
        } catch {
            throw .body(error)
        }
        do throws(AtomicFileError) {
            try head.withBytes { (bytes) throws(AtomicFileError) in try file.append(UnsafeRawBufferPointer(bytes)) }
        } catch {
            throw .file(error)
        }
        let items = document.events.count + document.todos.count
        let pipeline = WriterPipeline(chunkCount: (items + itemsPerChunk - 1) / itemsPerChunk, offset: head.count)
        let ranges = file.ranges
        let workers = min(max(threads, 1), pipeline.chunkCount)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var writer = CalendarWriter(reservingCapacity: itemsPerChunk * 768)
            while let chunk = pipeline.claim() {
                let start = chunk * itemsPerChunk
                writer.removeAll()
                var failure: WriterPipeline.Failure?
                if !pipeline.hasFailed(before: chunk) {
                    do throws(CalendarWriteError) {
                        _ = try writer.writeItems(of: document, in: start..<min(start + itemsPerChunk, items)) { _ in true }
                    } catch {
                        failure = .body(error)
                    }
                }
                guard let offset = pipeline.place(chunk, length: writer.count, failure: failure) else { continue }
                do throws(AtomicFileError) {
                    try writer.withBytes { (bytes) throws(AtomicFileError) in try ranges.write(UnsafeRawBufferPointer(bytes), at: offset) }
                    if durable { ranges.startWriteback(offset: offset, length: writer.count) }
                } catch {
                    pipeline.fail(chunk, .file(error))
                }
            }
        }
        let (end, failure) = pipeline.outcome
        if let failure { throw failure }
        var tail = CalendarWriter(reservingCapacity: 256)
        tail.writeEnd()
        do throws(AtomicFileError) {
            try file.seek(to: end)
            try tail.withBytes { (bytes) throws(AtomicFileError) in try file.append(UnsafeRawBufferPointer(bytes)) }
        } catch {
            throw .file(error)
        }
    }
}
