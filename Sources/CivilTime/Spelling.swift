/// Finds the known words closest in spelling to a misspelt one, for "did you mean" messages.
public enum Spelling {
    /// Up to `limit` candidates whose edit distance to `word` (ignoring letter case) is small
    /// for the word's length, closest first; ties keep the candidates' order.
    ///
    /// A candidate also matches when `word` equals one of its `/`-separated parts
    /// (`Jakarta` suggests `Asia/Jakarta`).
    ///
    /// - Complexity: O(*n* · *m*²) for *n* candidates of length about *m*.
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let allowed = target.count < 4 ? 1 : max(2, target.count / 3)
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            let lower = candidate.lowercased()
            var distance = editDistance(target, Array(lower.unicodeScalars), cap: allowed + 1)
            if let last = lower.split(separator: "/").last, last != Substring(lower) {
                distance = min(distance, editDistance(target, Array(last.unicodeScalars), cap: allowed + 1))
            }
            if distance <= allowed { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Levenshtein distance between two scalar arrays, giving up (returning `cap`) once every
    /// path exceeds `cap`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int) -> Int {
        if abs(a.count - b.count) >= cap { return cap }
        if a.isEmpty || b.isEmpty { return min(cap, max(a.count, b.count)) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum >= cap { return cap }
            swap(&previous, &current)
        }
        return min(previous[b.count], cap)
    }
}
