extension OptionSpec {
    /// `--no-follow`: refuse to write through a symbolic link instead of replacing the file it
    /// leads to (see `AtomicFile`).
    static let noFollow = OptionSpec.flag(
        "no-follow", "Refuse to write a file that is a symbolic link (by default a link you own is followed and its target replaced).")
}
