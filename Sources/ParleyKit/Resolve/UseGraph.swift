/// Which files a file sees through its `use` lines (itself and everything it uses, directly or
/// through other files), answered without computing every file's whole closure.
///
/// A depth-first walk numbers the files; a file sees every file inside its own numbered span,
/// which answers every question for the usual shapes (a chain of uses, a tree of shared files)
/// in O(1). Only when a file reaches another through a path the walk took from elsewhere (two
/// files using the same third one) is that file's closure computed, once, and kept.
///
/// - Complexity: O(*f* + *u*) to build for *f* files and *u* `use` lines; each question is O(1)
///   after the first closure a file needs.
struct UseGraph {
    /// The files each file uses, by path; only files that were read.
    private let edges: [String: [String]]
    /// Each file's place in the walk: when it was entered and the last number given inside it.
    private var spans: [String: (entry: Int, exit: Int)] = [:]
    /// Closures computed for the questions spans could not answer.
    private var closures: [String: Set<String>] = [:]
    /// Steps taken (files entered, `use` lines followed), for tests that prove the cost linear.
    private(set) var work = 0

    /// The graph of `edges`, walked from each of `roots` in order.
    init(edges: [String: [String]], roots: [String]) {
        self.edges = edges
        var counter = 0
        for root in roots where spans[root] == nil {
            var stack: [(path: String, next: Int)] = [(root, 0)]
            spans[root] = (counter, counter)
            counter += 1
            work += 1
            while let top = stack.last {
                let targets = edges[top.path] ?? []
                guard top.next < targets.count else {
                    spans[top.path]?.exit = counter - 1
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                work += 1
                let target = targets[top.next]
                guard spans[target] == nil, edges[target] != nil else { continue }
                spans[target] = (counter, counter)
                counter += 1
                stack.append((target, 0))
            }
        }
    }

    /// Whether `file` sees the declarations of `other`.
    mutating func sees(_ file: String, _ other: String) -> Bool {
        if file == other { return true }
        if let outer = spans[file], let inner = spans[other], outer.entry <= inner.entry, inner.entry <= outer.exit {
            return true
        }
        return closure(of: file).contains(other)
    }

    private mutating func closure(of file: String) -> Set<String> {
        if let known = closures[file] { return known }
        var seen: Set<String> = [file]
        var queue = [file]
        while let current = queue.popLast() {
            work += 1
            for next in edges[current] ?? [] where seen.insert(next).inserted {
                queue.append(next)
            }
        }
        closures[file] = seen
        return seen
    }
}
