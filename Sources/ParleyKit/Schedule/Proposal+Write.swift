extension Proposal {
    /// The text of the series' plan file with `suggestion` recorded as a `proposed` round
    /// (see ``RoundInsertion``), checked to parse back to that round with no new error.
    ///
    /// - Parameter source: the file's current text (as read again just before writing).
    /// - Throws: ``ScheduleError`` (`not-writable`) when the series cannot be located in the
    ///   file or the result would not read back as the same round.
    public func recording(_ suggestion: Suggestion, in source: String) throws(ScheduleError) -> String {
        guard let insertion else {
            throw ScheduleError(.notWritable, "cannot find the declaration of \(series.id) in \(series.location.file) to add the round to")
        }
        let updated = insertion.apply(suggestion.round, to: source)
        var sink = DiagnosticSink()
        let tree = Parser.parse(SourceFile(path: insertion.file, text: updated), into: &sink)
        let file = DeclarationReader.read(tree, into: &sink)
        let written = file.series.first { $0.id == series.id }?.rounds.first { $0.number == suggestion.round.number }
        guard !sink.hasErrors, let written, written.start == suggestion.round.start, written.venue?.id == suggestion.round.venue?.id,
            written.status == .proposed
        else {
            throw ScheduleError(
                .notWritable,
                "adding '\(RoundInsertion.text(of: suggestion.round))' to \(insertion.file) at line \(insertion.line) would not read back as that round; the file was left unchanged",
                findings: sink.all)
        }
        return updated
    }
}
