#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why ``AtomicFile/write(_:to:)`` failed: which file, at which step, and the system's reason.
public struct AtomicFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step that failed.
    public enum Step: String, Hashable, Sendable {
        /// Creating the temporary file beside the destination.
        case create = "create a temporary file for"
        /// Writing or flushing the temporary file.
        case write = "write"
        /// Renaming the temporary file over the destination.
        case rename = "replace"
    }

    /// The destination path.
    public var path: String
    /// The step that failed.
    public var step: Step
    /// The `errno` value.
    public var code: Int32

    /// An error from its parts.
    public init(path: String, step: Step, code: Int32) {
        self.path = path
        self.step = step
        self.code = code
    }

    public var description: String {
        let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return "cannot \(step.rawValue) \(path): \(reason)"
    }
}
