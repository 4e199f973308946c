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
        /// The destination exists and is not a regular file (nor a symbolic link).
        case refuse = "replace anything but a regular file at"
        /// The destination is a symbolic link and links are not followed (`--no-follow`).
        case symbolicLink = "follow the symbolic link at"
        /// The destination is a symbolic link owned by another user.
        case foreignLink = "follow another user's symbolic link at"
        /// The destination is a symbolic link that leads nowhere.
        case danglingLink = "resolve the symbolic link at"
        /// The destination has other hard links.
        case hardLink = "replace a hard-linked file at"
    }

    /// The destination path.
    public var path: String
    /// The step that failed.
    public var step: Step
    /// The `errno` value (0 for ``Step/refuse``).
    public var code: Int32

    /// An error from its parts.
    public init(path: String, step: Step, code: Int32) {
        self.path = path
        self.step = step
        self.code = code
    }

    public var description: String {
        switch step {
        case .refuse: "cannot replace \(path): it is not a regular file (a device, FIFO, socket or folder)"
        case .symbolicLink: "cannot replace \(path): it is a symbolic link and --no-follow is given"
        case .foreignLink: "cannot replace \(path): it is a symbolic link owned by another user; remove it or write elsewhere"
        case .hardLink:
            "cannot replace \(path): it has other hard links, which would keep the old content; "
                + "break the link first (cp FILE FILE.new && mv FILE.new FILE)"
        default: "cannot \(step.rawValue) \(path): \(SystemError(code: code))"
        }
    }
}
