import ParleyKit

/// What `parley --version` prints: the version, and the git commit when the build recorded one.
///
/// `make` (and `.ci/release.sh`) writes the commit into `GitCommit.generated.swift` (ignored by
/// git) and compiles with `-D PARLEY_GIT_COMMIT`; a plain `swift build` has neither and prints
/// the version alone.
enum BuildInfo {
    /// The git commit the binary was built from (`abc1234`, with `-dirty` for uncommitted changes), if recorded.
    static var commit: String? {
        #if PARLEY_GIT_COMMIT
            GitCommit.value
        #else
            nil
        #endif
    }

    /// `0.1.0 (abc1234)`, or `0.1.0` without a recorded commit.
    static var version: String {
        commit.map { "\(Parley.version) (\($0))" } ?? Parley.version
    }
}
