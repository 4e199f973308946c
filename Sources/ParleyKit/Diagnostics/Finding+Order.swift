extension Finding {
    /// `findings` sorted by ``reportOrder(_:_:)`` (file, line, column, code, message), keeping
    /// the given order among findings that say the same thing at the same spot, as a stable
    /// sort with that predicate does.
    ///
    /// A caller that shows only the first `shown` findings and counts the rest can say so:
    /// past them, findings that share a spot and code keep their given order, and their
    /// messages are not written to order them.
    ///
    /// Files and codes are ranked once and the findings sorted by integer keys, so no
    /// finding is moved or compared while sorting; messages are written only to order the
    /// findings of one code at one spot, and those findings keep them for the reporters.
    ///
    /// - Complexity: O(*n* log *n*) integer comparisons and one pass that moves each finding
    ///   once, plus one message for each finding that shares its spot and code with another.
    public static func inReportOrder(_ findings: [Finding], shown: Int = .max) -> [Finding] {
        guard findings.count > 1 else { return findings }
        let files = Ranks(findings.lazy.map(\.location.file))
        let codes = Ranks(findings.lazy.map(\.code))
        var keys = findings.indices.map { index in
            let location = findings[index].location
            return SortKey(file: files.ranks[index], line: location.line, column: location.column, code: codes.ranks[index], index: index)
        }
        keys.sort()
        var written = [String?](repeating: nil, count: findings.count)
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].sameSpotAndCode(as: keys[start]) { end += 1 }
            if end - start > 1, start < shown {
                let tied = keys[start..<end].map { (message: findings[$0.index].message, key: $0) }
                let ordered = tied.sorted { ($0.message, $0.key.index) < ($1.message, $1.key.index) }
                for (offset, entry) in ordered.enumerated() {
                    keys[start + offset] = entry.key
                    written[entry.key.index] = entry.message
                }
            }
            start = end
        }
        // Keep the messages written for the ties, so that reporters do not write them again.
        return keys.map { key in
            let finding = findings[key.index]
            guard let message = written[key.index], !finding.text.messageIsWritten else { return finding }
            return Finding(
                finding.severity, code: finding.code, at: finding.location, text: MessageWritten(message: message, rest: finding.text))
        }
    }

    /// The position of a finding in report order, up to its message.
    private struct SortKey: Comparable {
        let file: Int
        let line: Int
        let column: Int
        let code: Int
        let index: Int

        func sameSpotAndCode(as other: SortKey) -> Bool {
            file == other.file && line == other.line && column == other.column && code == other.code
        }

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.file, lhs.line, lhs.column, lhs.code, lhs.index) < (rhs.file, rhs.line, rhs.column, rhs.code, rhs.index)
        }
    }

    /// The rank of each of a list of values (file names, codes) among the distinct values of
    /// the list, in their order (equal values get equal ranks).
    private struct Ranks<Value: Hashable & Comparable> {
        /// The rank of each value, parallel to the list.
        let ranks: [Int]

        init(_ strings: some Collection<Value>) {
            var slots: [Value: Int] = [:]
            var distinct: [Value] = []
            var slotOf: [Int] = []
            slotOf.reserveCapacity(strings.count)
            var previous: (text: Value, slot: Int)?
            for text in strings {
                // Neighbours usually share their file and code: compare before hashing.
                if let previous, previous.text == text {
                    slotOf.append(previous.slot)
                    continue
                }
                let slot = slots[text] ?? distinct.count
                if slot == distinct.count {
                    slots[text] = slot
                    distinct.append(text)
                }
                slotOf.append(slot)
                previous = (text, slot)
            }
            var rankOfSlot = [Int](repeating: 0, count: distinct.count)
            for (rank, slot) in distinct.indices.sorted(by: { distinct[$0] < distinct[$1] }).enumerated() { rankOfSlot[slot] = rank }
            ranks = slotOf.map { rankOfSlot[$0] }
        }
    }
}
