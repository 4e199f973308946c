import Basics
import ICalendar

extension Feed {
    /// Replaces the file ``fileName`` in `folder` with the feed, atomically and durably
    /// (``Basics/AtomicFile``: a temporary file in the same folder, `fsync`, rename), handing
    /// the feed's pieces to the file one by one instead of assembling them first.
    ///
    /// - Throws: ``Basics/AtomicFileError`` naming the path and the step that failed; the old
    ///   file, if any, is then untouched.
    public func write(into folder: String, followingSymbolicLinks: Bool = true) throws(AtomicFileError) {
        try calendar.write(
            toFile: folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName, followingSymbolicLinks: followingSymbolicLinks)
    }

    /// Writes each of `feeds` into `folder` with ``write(into:followingSymbolicLinks:)``, several at once: one
    /// feed's `fsync` waits for the disk while others are copied, so `cores + 2` threads
    /// (``Basics/Parallel``) take the feeds in turn, biggest first.
    ///
    /// - Returns: for each feed, in the same order, `nil` when it was written, else why not.
    public static func write(_ feeds: [Feed], into folder: String, followingSymbolicLinks: Bool = true) -> [AtomicFileError?] {
        let order = feeds.indices.sorted { feeds[$0].byteCount > feeds[$1].byteCount }
        let outcomes = Parallel.map(order.count, threads: Parallel.cores + 2) { position -> AtomicFileError? in
            do throws(AtomicFileError) {
                try feeds[order[position]].write(into: folder, followingSymbolicLinks: followingSymbolicLinks)
                return nil
            } catch {
                return error
            }
        }
        var failures = [AtomicFileError?](repeating: nil, count: feeds.count)
        for (position, index) in order.enumerated() { failures[index] = outcomes[position] }
        return failures
    }
}
