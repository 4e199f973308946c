/// Bounds on what ``CalendarReader`` accepts, so hostile input ends in an error rather than
/// exhausting memory or time. The defaults are far beyond any real calendar.
public struct CalendarReaderLimits: Hashable, Sendable {
    /// The largest input, in bytes (default 256 MiB).
    public var maximumBytes: Int
    /// The longest logical (unfolded) content line, in bytes (default 1 MiB: an inline
    /// base64 attachment can be long).
    public var maximumLineLength: Int
    /// The deepest nesting of components (default 64; real files use 3).
    public var maximumDepth: Int
    /// The most components in one input (default 2,000,000).
    public var maximumComponents: Int
    /// The most parameters on one content line (default 1,000).
    public var maximumParameters: Int

    /// Limits with the given values; each defaults as documented.
    public init(
        maximumBytes: Int = 256 << 20, maximumLineLength: Int = 1 << 20, maximumDepth: Int = 64,
        maximumComponents: Int = 2_000_000, maximumParameters: Int = 1_000
    ) {
        self.maximumBytes = maximumBytes
        self.maximumLineLength = maximumLineLength
        self.maximumDepth = maximumDepth
        self.maximumComponents = maximumComponents
        self.maximumParameters = maximumParameters
    }
}
