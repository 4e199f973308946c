import Basics
import Foundation
import Testing

@Suite struct FileBytesTests {
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Files of sizes around the boundaries of the reads (empty, one byte, a page, several
    /// MiB of bytes that are not text) read back exactly as Foundation reads them.
    @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 3 << 20])
    func readsWhatFoundationReads(size: Int) throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file.bin").path
        var generator = SystemRandomNumberGenerator()
        let written = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(written)))
        let read = try #require(FileBytes.read(path: path))
        #expect(read == written)
        #expect(Data(read) == FileManager.default.contents(atPath: path))
    }

    /// A file whose size `fstat` reports as 0 while it has bytes (the kernel's own files)
    /// is read to its end, not cut at the size.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline")))
    func readsPastAZeroSizeToTheEnd() throws {
        let read = try #require(FileBytes.read(path: "/proc/self/cmdline"))
        #expect(!read.isEmpty)
        #expect(Data(read) == FileManager.default.contents(atPath: "/proc/self/cmdline"))
    }

    @Test func missingFileAndFolderAreNil() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileBytes.read(path: folder.appendingPathComponent("no-such.ics").path) == nil)
        #expect(FileBytes.read(path: folder.path) == nil)
    }
}
