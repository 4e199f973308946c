extension Proposal {
    /// The text of the series' plan file with `suggestion` recorded: a new `proposed` round
    /// (see ``RoundInsertion``), or the re-planned round moved there (see
    /// ``RoundReplacement``), checked to parse back to that round with no new error.
    ///
    /// - Parameter source: the file's current text (as read again just before writing).
    /// - Throws: ``ScheduleError`` (`not-writable`) when the series or round cannot be located
    ///   in the file or the result would not read back as the same round.
    public func recording(_ suggestion: Suggestion, in source: String) throws(ScheduleError) -> String {
        let updated: String
        let file: String
        let line: Int
        if let replanned {
            guard let replacement else {
                throw ScheduleError(
                    .notWritable, "cannot find round \(replanned.number) of \(series.id) in \(replanned.location.file) to move")
            }
            updated = replacement.apply(moving: replanned, to: suggestion.round, in: source)
            (file, line) = (replacement.file, replacement.line)
        } else {
            guard let insertion else {
                throw ScheduleError(
                    .notWritable, "cannot find the declaration of \(series.id) in \(series.location.file) to add the round to")
            }
            updated = insertion.apply(suggestion.round, to: source)
            (file, line) = (insertion.file, insertion.line)
        }
        var sink = DiagnosticSink()
        let tree = Parser.parse(SourceFile(path: file, text: updated), into: &sink)
        let read = DeclarationReader.read(tree, into: &sink)
        let written = read.series.first { $0.id == series.id }?.rounds.first { $0.number == suggestion.round.number }
        let expected = suggestion.round
        let movedFrom = replanned.map { ($0.movedFrom + [$0.start.date]).sorted() } ?? []
        guard !sink.hasErrors, let written, written.start == expected.start, written.venue?.id == expected.venue?.id,
            written.isVirtual == expected.isVirtual, written.status == expected.status, written.movedFrom == movedFrom,
            written.notes == expected.notes, written.covers.map(\.id) == expected.covers.map(\.id),
            written.chair?.id == expected.chair?.id, written.declinedBy.map(\.id) == expected.declinedBy.map(\.id),
            written.acknowledgements.count == expected.acknowledgements.count
        else {
            throw ScheduleError(
                .notWritable,
                "writing '\(RoundInsertion.text(of: suggestion.round))' to \(file) at line \(line) would not read back as that round; the file was left unchanged",
                findings: sink.all)
        }
        return updated
    }
}
