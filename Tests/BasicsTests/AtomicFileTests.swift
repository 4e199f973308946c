import Foundation
import Testing

@testable import Basics

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

    /// A symbolic link the user owns is followed: the real file is replaced beside itself and
    /// the link stays a link (a shared plan behind a link gets the new text, not a copy).
    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("shared/target.ics").path
        let link = folder.appendingPathComponent("link.ics").path
        try AtomicFile.write(Array("target\n".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/target.ics")
        try AtomicFile.write(Array("new\n".utf8), to: link)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("new\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/target.ics")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("shared").path) == ["target.ics"])
    }

    /// With `followingSymbolicLinks: false` (`--no-follow`) a link is refused and both files stay.
    @Test func aSymbolicLinkIsRefusedWithoutFollowing() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.ics").path
        let link = folder.appendingPathComponent("link.ics").path
        try AtomicFile.write(Array("target\n".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let error = try #require(throws: AtomicFileError.self) {
            try AtomicFile.write(Array("new\n".utf8), to: link, followingSymbolicLinks: false)
        }
        #expect(error.description == "cannot replace \(link): it is a symbolic link and --no-follow is given")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("target\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    /// A file with another hard link is refused: a rename would leave the other name with the
    /// old content.
    @Test func aHardLinkedFileIsRefused() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.parley").path
        let other = folder.appendingPathComponent("other.parley").path
        try AtomicFile.write(Array("old\n".utf8), to: path)
        #expect(link(path, other) == 0)
        let error = try #require(throws: AtomicFileError.self) { try AtomicFile.write(Array("new\n".utf8), to: path) }
        #expect(error.step == .hardLink)
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == Data("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["other.parley", "plan.parley"])
    }

    /// The temporary file is `0600` while it is written, even when the file it replaces is
    /// `0644`, and is the only temporary file registered for removal on a signal.
    @Test func theTemporaryFileIsPrivateWhileWritten() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.parley").path
        try AtomicFile.write(Array("old\n".utf8), to: path)
        #expect(chmod(path, 0o644) == 0)
        var seen: [(name: String, mode: mode_t, registered: Bool)] = []
        try AtomicFile.write(to: path) { (file: inout AtomicFile) throws(AtomicFileError) in
            try file.append(Array("private text\n".utf8))
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name != "plan.parley" {
                var status = stat()
                _ = lstat(folder.appendingPathComponent(name).path, &status)
                let full = folder.appendingPathComponent(name).path
                seen.append((name, status.st_mode & 0o7777, TemporaryFiles.registered.contains(full)))
            }
        }
        #expect(seen.count == 1)
        #expect(seen.first?.mode == 0o600)
        #expect(seen.first?.registered == true)
        #expect(seen.first?.name.hasPrefix(".plan.parley.parley-tmp-") == true)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o7777 == 0o644)
        #expect(!TemporaryFiles.registered.contains { $0.hasPrefix(folder.path) })
    }

    /// Only permission bits carry over: a setuid, setgid or sticky file loses those bits.
    @Test func onlyPermissionBitsAreKept() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("all.ics").path
        try AtomicFile.write(Array("old\n".utf8), to: path)
        #expect(chmod(path, 0o6755) == 0)
        try AtomicFile.write(Array("new\n".utf8), to: path)
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o7777 == 0o755)
    }

    /// A destination name of 250 bytes (the file system allows 255) still gets a temporary
    /// name that fits.
    @Test func longFileNamesWork() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [String(repeating: "a", count: 243) + ".parley", String(repeating: "é", count: 121) + ".parley"] {
            #expect(name.utf8.count >= 249 && name.utf8.count <= 255)
            let path = folder.appendingPathComponent(name).path
            try AtomicFile.write(Array("one\n".utf8), to: path)
            try AtomicFile.write(Array("two\n".utf8), to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("two\n".utf8))
        }
    }

    /// SIGTERM while a temporary file is registered removes it, and the process still ends by
    /// the signal. The child of `fork` only raises the signal (async-signal-safe).
    @Test func aSignalRemovesRegisteredTemporaryFiles() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appendingPathComponent(".feed.ics.parley-tmp-1-ab").path
        #expect(FileManager.default.createFile(atPath: temporary, contents: Data("half".utf8)))
        let registration = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(registration) }
        let child = fork()
        if child == 0 {
            // The child's copy of the registry also holds the temporary files other tests are
            // writing at this moment; the handler would unlink those real files. Only ours stays.
            for slot in 0..<TemporaryFiles.slotCount where slot != registration.slot {
                TemporaryFiles.unregister(TemporaryFiles.Registration(slot: slot))
            }
            // The forking thread may block SIGTERM (a test runner's worker thread does).
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            raise(SIGTERM)
            _exit(0)
        }
        #expect(child > 0)
        var status: Int32 = 0
        #expect(waitpid(child, &status, 0) == child)
        #expect(status & 0x7F == SIGTERM, "ended by SIGTERM")
        #expect(!FileManager.default.fileExists(atPath: temporary))
    }

    /// Temporary files whose writer no longer runs are found (ours and earlier versions'
    /// names); a running writer's and other dot files are not.
    @Test func staleTemporaryFilesAreFound() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let child = fork()
        if child == 0 { _exit(0) }
        var status: Int32 = 0
        _ = waitpid(child, &status, 0)
        let names = [
            ".all.ics.parley-tmp-\(child)-9f3e", ".all.ics.tmp-\(child)-12345", ".all.ics.parley-tmp-\(getpid())-77",
            ".hidden", "all.ics", ".x.tmp-abc-12",
        ]
        for name in names { _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()) }
        #expect(TemporaryFiles.stale(in: folder.path) == [".all.ics.parley-tmp-\(child)-9f3e", ".all.ics.tmp-\(child)-12345"])
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
