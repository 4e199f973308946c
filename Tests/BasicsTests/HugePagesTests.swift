import Foundation
import Testing

@testable import Basics

#if os(Linux)
    import Glibc

    @Suite struct HugePagesTests {
        /// The kernel's own account of a mapping (`/proc/self/smaps`, its `VmFlags` line) says
        /// whether huge pages were asked for it: `hg`. A fresh anonymous mapping has no `hg`
        /// until ``HugePages/request(_:_:)`` asks for it, and then exactly its pages have it.
        @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")))
        func requestMarksTheMappingForHugePages() throws {
            let size = 8 << 20
            let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            let block = try #require(mapped == MAP_FAILED ? nil : mapped)
            defer { munmap(block, size) }
            #expect(try !Self.flags(of: block).contains("hg"))
            // From an address inside the first page: only whole pages from the next one are asked for.
            HugePages.request(block + 100, size - 100)
            #expect(try Self.flags(of: block + 4096).contains("hg"))
            #expect(try !Self.flags(of: block).contains("hg"))
        }

        /// The `VmFlags` of the mapping in `/proc/self/smaps` that holds `address`.
        static func flags(of address: UnsafeMutableRawPointer) throws -> [Substring] {
            let target = UInt(bitPattern: Int(bitPattern: address))
            // Read to its end: the file's size says 0.
            let smaps = String(decoding: try #require(FileBytes.read(path: "/proc/self/smaps")), as: UTF8.self)
            var inside = false
            for line in smaps.split(separator: "\n") {
                if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
                    let low = UInt(line[..<dash], radix: 16), let high = UInt(line[line.index(after: dash)..<space], radix: 16)
                {
                    inside = low <= target && target < high
                } else if inside, line.hasPrefix("VmFlags:") {
                    return line.dropFirst("VmFlags:".count).split(separator: " ")
                }
            }
            Issue.record("no mapping holds \(address)")
            return []
        }
    }
#endif
