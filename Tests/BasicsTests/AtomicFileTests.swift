import Basics
import Foundation
import Testing

@Suite struct AtomicFileTests {
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesThenReplacesAndLeavesNoTemporaryFile() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.ics").path
        try AtomicFile.write(Array("first\r\n".utf8), to: path)
        try AtomicFile.write(Array("second\r\n".utf8), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("second\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["feed.ics"])
    }

    @Test func missingFolderIsAClearError() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("no/such/feed.ics").path
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write([1, 2, 3], to: path) }
        #expect(error.step == .create)
        #expect(error.description == "cannot create a temporary file for \(path): No such file or directory")
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("private.parley").path
        try AtomicFile.write(Array("first\n".utf8), to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write(Array("second\n".utf8), to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    struct BodyFailure: Error {}

    /// A body that fails after writing leaves the old file as it was and no temporary file.
    @Test func aFailingBodyLeavesTheOldFile() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.ics").path
        try AtomicFile.write(Array("old\r\n".utf8), to: path)
        #expect(throws: AtomicFileOrBodyError<BodyFailure>.self) {
            try AtomicFile.write(to: path) { (file: inout AtomicFile) throws(BodyFailure) in
                do throws(AtomicFileError) { try file.append(Array("half of the new".utf8)) } catch { Issue.record(error) }
                throw BodyFailure()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["feed.ics"])
    }

    /// A symbolic link at the destination is replaced by the file; its target is left alone.
    @Test func aSymbolicLinkIsReplacedNotFollowed() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.ics").path
        let link = folder.appendingPathComponent("link.ics").path
        try AtomicFile.write(Array("target\n".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write(Array("new\n".utf8), to: link)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("target\n".utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: link)) == Data("new\n".utf8))
        let type = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    /// A FIFO (or a device) at the destination is refused, never replaced by a regular file.
    @Test func aFIFOIsRefused() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe.ics").path
        #expect(mkfifo(path, 0o644) == 0)
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write(Array("x\n".utf8), to: path) }
        #expect(error.step == .refuse)
        #expect(error.description == "cannot replace \(path): it is not a regular file (a device, FIFO, socket or folder)")
        let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        #expect(type != .typeRegular, "the FIFO is still there")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe.ics"])
    }
}
