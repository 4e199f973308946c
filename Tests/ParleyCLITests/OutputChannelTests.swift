import Testing

@testable import ParleyCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Output channels: memory capture and file descriptors")
struct OutputChannelTests {
    /// What a command hands to `keepUntilExit` outlives the command only for the process's own
    /// output (the process exits right after); an output captured in process frees it as usual.
    @Test func keepUntilExitKeepsOnlyForTheProcessOutput() {
        final class Structure: Sendable {}
        weak var captured: Structure?
        weak var standard: Structure?
        do {
            let first = Structure()
            let second = Structure()
            captured = first
            standard = second
            Output.capturing().keepUntilExit(first)
            Output.standard.keepUntilExit(second)
        }
        #expect(captured == nil)
        #expect(standard != nil)
    }

    @Test func memoryChannelsKeepTheStreamsApart() {
        let output = Output.capturing(standardOutputIsTerminal: true, standardErrorIsTerminal: false)
        output.standardOutput.write("out ")
        output.standardError.write("err")
        output.standardOutput.write(bytes: [0xD0, 0x9C])  // "М", written as raw UTF-8 bytes
        #expect(output.standardOutput.text == "out М")
        #expect(output.standardError.text == "err")
        #expect(output.standardOutput.isTerminal)
        #expect(!output.standardError.isTerminal)
    }

    /// Writes more than the 64 KiB buffer through a pipe and reads back every byte in order.
    @Test func aPipeIsNotATerminalAndReceivesEveryByte() async throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let readEnd = ends[0]
        defer { close(readEnd) }
        let channel = OutputChannel(fileDescriptor: ends[1])
        #expect(!channel.isTerminal)
        let line = "2026-03-29T10:00:00+07:00 Консультации 🇮🇩🇷🇺\n"
        let lines = 2_000
        let reader = Task.detached { () -> [UInt8] in
            var received: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                received.append(contentsOf: chunk[0..<count])
            }
            return received
        }
        for _ in 0..<lines { channel.write(line) }
        channel.flush()
        close(ends[1])
        let received = await reader.value
        #expect(received.count == line.utf8.count * lines)
        #expect(String(decoding: received, as: UTF8.self) == String(repeating: line, count: lines))
    }
}
