import Basics
import CivilTime

/// Loads plan files and everything they `use`, and resolves ids across them into a ``Plan``.
///
/// It reports, each at `file:line:col`:
/// - files that cannot be read, and `use` lines naming them;
/// - `use` cycles, at the `use` that closes the cycle with a note at the one that opened it;
/// - duplicate ids (all kinds share one namespace), with a note at the first declaration;
/// - dangling references, with "did you mean" among ids of the right kind, and a note at the
///   declaration when the id exists but is of another kind or in a file that is not `use`d.
///
/// A file sees its own declarations and those of the files it uses, directly or through
/// other files.
///
/// - Complexity: O(*n*) in the total size of the files and the number of `use` lines: what a
///   file sees is answered by ``UseGraph`` without computing every file's closure.
public struct Resolver {
    enum Kind: String {
        case country, venue, person, series, agenda
    }

    struct Declared {
        let kind: Kind
        let file: String
        let location: SourceLocation
    }

    /// A file read and parsed: its text, tree (unless the trees are let go), declarations
    /// and the problems found in them.
    struct Parsed: Sendable {
        let source: SourceFile
        let tree: SyntaxTree?
        let file: PlanFile
        let sink: DiagnosticSink
    }

    let reader: any PlanReader
    /// Whether ``LoadedPlan/trees`` is filled; without it each file's tree is let go once read.
    var keepsTrees = true
    var sinks: [String: DiagnosticSink] = [:]
    var order: [String] = []
    var files: [String: PlanFile] = [:]
    var sources: [String: SourceFile] = [:]
    var trees: [String: SyntaxTree] = [:]
    var extra: [Finding] = []
    /// The files a command-line path names, parsed ahead on every core (``parseAhead(_:)``)
    /// and taken by ``loadFile(_:from:)`` when the walk reaches them.
    var parsedAhead: [String: Parsed] = [:]
    /// The first path each file was loaded by, by identity, and the other paths that reach it.
    var identities: [FileIdentity: String] = [:]
    var aliases: [String: String] = [:]
    /// Files read so far (each once), against ``PlanLimits/files``.
    var attempted = 0
    /// Steps taken walking files and `use` lines, for tests that prove loading linear.
    private(set) var work = 0

    /// Loads the files `paths` name (files, or folders meaning every `*.parley` under them)
    /// and everything they use. `keepingTrees: false` leaves ``LoadedPlan/trees`` empty, for
    /// callers that never edit or re-plan (a large plan's trees weigh many times its text).
    public static func load(_ paths: [String], reader: any PlanReader, keepingTrees: Bool = true) -> LoadedPlan {
        var resolver = Resolver(reader: reader)
        resolver.keepsTrees = keepingTrees
        return resolver.load(paths)
    }

    /// Loads `paths` as ``load(_:reader:)`` does, keeping the count of steps in ``work``.
    mutating func load(_ paths: [String]) -> LoadedPlan {
        for path in paths {
            guard let found = reader.planFiles(at: path) else {
                extra.append(
                    Finding(
                        .error, code: .input, message: "cannot read \(path): no such file or folder",
                        at: SourceLocation(file: path, line: 1, column: 1, offset: 0)))
                continue
            }
            guard !found.isEmpty else {
                extra.append(
                    Finding(
                        .error, code: .input,
                        message: "no plan files in \(path): looked for *.parley files in it and every folder under it",
                        at: SourceLocation(file: path, line: 1, column: 1, offset: 0)))
                continue
            }
            let files = found.map(PlanPath.normalize)
            parseAhead(files)
            for file in files { loadFile(file, from: nil) }
        }
        return resolve()
    }

    /// Loads `path` and, depth first, every file it uses. The walk keeps its own stack, so a
    /// chain of thousands of `use` files cannot overflow the thread's stack.
    mutating func loadFile(_ path: String, from use: PlanFile.Use?) {
        var pending: [(path: String, use: PlanFile.Use?)] = [(path, use)]
        while let (path, use) = pending.popLast() {
            guard files[path] == nil, sinks[path] == nil, aliases[path] == nil else { continue }
            work += 1
            // One file reached by several paths (symlinks, `..`, two links to `.`) loads once;
            // a path that failed is not an alias, so each refusal is reported at its own line.
            let identity = reader.identity(path)
            if let identity, let first = identities[identity], files[first] != nil {
                aliases[path] = first
                continue
            }
            attempted += 1
            guard attempted <= reader.limits.files else {
                if attempted == reader.limits.files + 1 {
                    let location = use?.location ?? SourceLocation(file: path, line: 1, column: 1, offset: 0)
                    let message = "more than \(reader.limits.files) plan files; the rest are not read (--max-files raises the cap)"
                    extra.append(Finding(.error, code: .input, message: message, at: location))
                }
                sinks[path] = DiagnosticSink()
                continue
            }
            let parsed: Parsed
            if let ready = parsedAhead.removeValue(forKey: path) {
                parsed = ready
            } else {
                switch reader.read(path) {
                case .failure(let failure):
                    let message = "cannot read \(path): \(failure.reason)"
                    let location = use?.location ?? SourceLocation(file: path, line: 1, column: 1, offset: 0)
                    extra.append(Finding(.error, code: .input, message: message, at: location))
                    sinks[path] = DiagnosticSink()
                    continue
                case .success(let text):
                    parsed = Self.parse(path, text, keepingTree: keepsTrees)
                }
            }
            let (source, file, sink) = (parsed.source, parsed.file, parsed.sink)
            if !reader.openedPath(path).hasSuffix(".parley"), let line = Self.failsAsPlan(source, sink.findings) {
                // Not a plan (a secret file, a system file): name the file and line, never its content.
                let message = "\(path) is not a plan: line \(line) is not Parley syntax; its content is not shown"
                let location = SourceLocation(file: path, line: line, column: 1, offset: 0)
                let notes = use.map { [Finding.Note("used here", at: $0.location)] } ?? []
                extra.append(Finding(.error, code: .input, message: message, at: location, notes: notes))
                sinks[path] = DiagnosticSink()
                continue
            }
            sources[path] = source
            trees[path] = parsed.tree
            files[path] = file
            if let identity { identities[identity] = path }
            sinks[path] = sink
            order.append(path)
            for use in file.uses.reversed() {
                pending.append((target(of: use, in: path), use))
            }
        }
    }

    /// Reads and parses `paths` on every core, for ``loadFile(_:from:)`` to take in its own
    /// order; a file that cannot be read is left to it, to be reported where the walk meets it.
    /// Only as many as the file cap allows are read ahead.
    mutating func parseAhead(_ paths: [String]) {
        let paths = Array(paths.prefix(max(reader.limits.files - attempted, 0)))
        guard paths.count > 1 else { return }
        let (reader, keepsTrees) = (reader, keepsTrees)
        let parsed = Parallel.map(paths.count) { index -> Parsed? in
            guard case .success(let text) = reader.read(paths[index]) else { return nil }
            return Self.parse(paths[index], text, keepingTree: keepsTrees)
        }
        for (path, parsed) in zip(paths, parsed) { parsedAhead[path] = parsed }
    }

    /// Parses the `text` of the file at `path` and reads its declarations.
    static func parse(_ path: String, _ text: String, keepingTree: Bool) -> Parsed {
        var sink = DiagnosticSink()
        let source = SourceFile(path: path, text: text)
        let tree = Parser.parse(source, into: &sink)
        let file = DeclarationReader.read(tree, into: &sink)
        return Parsed(source: source, tree: keepingTree ? tree : nil, file: file, sink: sink)
    }

    /// The line on which `source` fails as a plan, when it does on its first significant line
    /// (the first that is neither blank nor a comment): a file not named `*.parley` is then not
    /// a plan at all, and its content is never shown.
    public static func failsAsPlan(_ source: SourceFile, _ findings: [Finding]) -> Int? {
        let errors = Set(findings.filter { $0.severity == .error && $0.location.file == source.path }.map(\.location.line))
        guard !errors.isEmpty else { return nil }
        var number = 1
        while let line = source.line(number) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { break }
            number += 1
        }
        if errors.contains(1), source.bytes.contains(0) { return 1 }
        return errors.contains(number) ? number : nil
    }

    func target(of use: PlanFile.Use, in path: String) -> String {
        let target = PlanPath.normalize(PlanPath.join(PlanPath.directory(of: path), use.path))
        return aliases[target] ?? target
    }

    mutating func resolve() -> LoadedPlan {
        findCycles()
        var uses: [String: [String]] = [:]
        for path in order { uses[path] = files[path]?.uses.map { target(of: $0, in: path) } ?? [] }
        let graph = UseGraph(edges: uses, roots: order)
        var declared: [String: Declared] = [:]
        var countries: [Country] = []
        var venues: [Venue] = []
        var people: [Person] = []
        var series: [Series] = []
        var blackouts: [Blackout] = []
        var agendas: [String: Agenda] = [:]
        for path in order {
            guard let file = files[path] else { continue }
            func declare(_ id: String, _ kind: Kind, _ location: SourceLocation) -> Bool {
                if let first = declared[id] {
                    extra.append(
                        Finding(
                            .error, code: .input, message: "duplicate id '\(id)': already declared as a \(first.kind.rawValue)",
                            at: location, notes: [Finding.Note("'\(id)' first declared here", at: first.location)]))
                    return false
                }
                declared[id] = Declared(kind: kind, file: path, location: location)
                return true
            }
            for item in file.countries where declare(item.id, .country, item.location) { countries.append(item) }
            for item in file.venues where declare(item.id, .venue, item.location) { venues.append(item) }
            for item in file.people where declare(item.id, .person, item.location) { people.append(item) }
            for item in file.series where declare(item.id, .series, item.location) { series.append(item) }
            for item in file.agendas where declare(item.id, .agenda, item.location) { agendas[item.id] = item }
            blackouts += file.blackouts
        }
        var references = ReferenceChecker(declared: declared, graph: graph)
        let zones = Dictionary(countries.map { ($0.id, $0.timezone) }, uniquingKeysWith: { first, _ in first })
        venues = venues.map { venue in
            references.check(venue.country, .country)
            guard !venue.hasOwnTimezone else { return venue }
            return Venue(
                id: venue.id, city: venue.city, country: venue.country, timezone: zones[venue.country.id] ?? "UTC", hasOwnTimezone: false,
                location: venue.location, rooms: venue.rooms)
        }
        for person in people { references.check(person.country, .country) }
        for blackout in blackouts { if let country = blackout.country { references.check(country, .country) } }
        for item in series {
            for partner in item.partners { references.check(partner, .country) }
            for delegate in item.delegates { references.check(delegate, .person) }
            if let organizer = item.organizer { references.check(organizer, .person) }
            if let hosting = item.hosting {
                switch hosting.mode {
                case .alternate(let list): for venue in list { references.check(venue, .venue) }
                case .fixed(let venue): references.check(venue, .venue)
                case .rotate(.listed(let members)): for member in members { references.check(member, .country) }
                case .virtual, .rotate(.alphabetical): break
                }
            }
            for round in item.rounds {
                if let venue = round.venue { references.check(venue, .venue) }
                if let chair = round.chair { references.check(chair, .country) }
                for member in round.declinedBy { references.check(member, .country) }
            }
            for rule in item.rules {
                guard case .within(_, let other) = rule.kind else { continue }
                references.check(other, .series)
                if other.id == item.id {
                    extra.append(
                        Finding(
                            .error, code: .input, message: "\(item.id) cannot follow itself: expected another series after 'after'",
                            at: other.location))
                }
            }
        }
        // In place: a series is large, and most have no agenda to add.
        for index in series.indices where !series[index].agendas.isEmpty {
            let item = series[index]
            for agenda in item.agendas { references.check(agenda, .agenda) }
            let (topics, problems) = Self.sharedTopics(of: item, agendas: agendas)
            extra += problems
            extra += DeclarationReader.agendaProblems(of: item.id, topics: topics, rules: item.rules, rounds: item.rounds)
            series[index] = item.replacingTopics(topics)
        }
        extra += Self.roomProblems(series: series, venues: venues)
        work += references.graph.work
        var findings = extra + references.findings
        for path in order { findings += sinks[path]?.all ?? [] }
        findings.sort(by: Finding.reportOrder)
        let plan = Plan(files: order, countries: countries, venues: venues, people: people, series: series, blackouts: blackouts)
        return LoadedPlan(plan: plan, findings: findings, sources: sources, trees: order.compactMap { trees[$0] })
    }

    /// The topics of `series` once its shared agendas (`topics iis`) are known: theirs, in the
    /// order named, then its own. A topic id that two of them declare is an input error at the
    /// later one, with a note at the first; the first is kept.
    static func sharedTopics(of series: Series, agendas: [String: Agenda]) -> (topics: [Topic], problems: [Finding]) {
        var topics: [Topic] = []
        var sources: [String: String] = [:]
        var problems: [Finding] = []
        func add(_ topic: Topic, from source: String, at location: SourceLocation) {
            guard let first = topics.first(where: { $0.id == topic.id }) else {
                topics.append(topic)
                sources[topic.id] = source
                return
            }
            problems.append(
                Finding(
                    .error, code: .input,
                    message:
                        "topic \(topic.id) of \(series.id) comes from both \(sources[topic.id] ?? "") and \(source); expected each topic id once (rename one, or drop the series' own line)",
                    at: location,
                    notes: [Finding.Note("\(topic.id) first declared here", at: first.location)]))
        }
        for reference in series.agendas {
            guard let agenda = agendas[reference.id] else { continue }
            for topic in agenda.topics { add(topic, from: "agenda \(agenda.id)", at: reference.location) }
        }
        for topic in series.topics { add(topic, from: "its own topic line", at: topic.location) }
        return (topics, problems)
    }

    /// Reports each `use` that closes a cycle, at that `use` with a note at the `use` that
    /// started the cycle.
    mutating func findCycles() {
        var state: [String: Int] = [:]
        // The walk's path: each file, the `use` that led to it, and the next of its uses to follow.
        var stack: [(path: String, use: PlanFile.Use?, next: Int)] = []
        for root in order where state[root] == nil {
            state[root] = 1
            stack.append((root, nil, 0))
            work += 1
            while let top = stack.last {
                let uses = files[top.path]?.uses ?? []
                guard top.next < uses.count else {
                    state[top.path] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let next = uses[top.next]
                let target = target(of: next, in: top.path)
                guard files[target] != nil else { continue }
                if state[target] == 1 {
                    let start = stack.firstIndex { $0.path == target } ?? 0
                    let cycle = stack[start...].map(\.path) + [target]
                    var notes: [Finding.Note] = []
                    if start + 1 < stack.count, let opening = stack[start + 1].use {
                        notes.append(Finding.Note("\(target) uses \(stack[start + 1].path) here", at: opening.location))
                    }
                    extra.append(
                        Finding(
                            .error, code: .input,
                            message: "use cycle: \(cycle.joined(separator: " → ")); expected files to use each other in one direction only",
                            at: next.location, notes: notes))
                } else if state[target] == nil {
                    state[target] = 1
                    stack.append((target, next, 0))
                    work += 1
                }
            }
        }
    }
}

/// Checks references against the declared ids, collecting findings.
struct ReferenceChecker {
    let declared: [String: Resolver.Declared]
    var graph: UseGraph
    var findings: [Finding] = []
    /// The last file found to see another: references come in runs between the same two files.
    var lastSeen: (file: String, other: String)?

    /// Whether `file` sees the declarations of `other` (``UseGraph/sees(_:_:)``, the last
    /// answer remembered).
    private mutating func sees(_ file: String, _ other: String) -> Bool {
        if let lastSeen, lastSeen.file == file, lastSeen.other == other { return true }
        guard graph.sees(file, other) else { return false }
        lastSeen = (file, other)
        return true
    }

    mutating func check(_ reference: Reference, _ kind: Resolver.Kind) {
        let from = reference.location.file
        if let declaration = declared[reference.id] {
            if declaration.kind != kind {
                findings.append(
                    Finding(
                        .error, code: .input,
                        message: "expected a \(kind.rawValue), found '\(reference.id)', which is a \(declaration.kind.rawValue)",
                        at: reference.location, notes: [Finding.Note("'\(reference.id)' declared here", at: declaration.location)]))
            } else if !sees(from, declaration.file) {
                findings.append(
                    Finding(
                        .error, code: .input,
                        message:
                            "\(kind.rawValue) '\(reference.id)' is declared in \(declaration.file), which \(from) does not use; add 'use \"\(declaration.file)\"'",
                        at: reference.location, notes: [Finding.Note("'\(reference.id)' declared here", at: declaration.location)]))
            }
            return
        }
        let candidates = declared.filter { $0.value.kind == kind }.keys.sorted()
        var message = "unknown \(kind.rawValue) '\(reference.id)'"
        if let best = Spelling.closest(to: reference.id, among: candidates, limit: 1).first {
            message += "; did you mean '\(best)'?"
            findings.append(
                Finding(
                    .error, code: .input, message: message, at: reference.location,
                    notes: declared[best].map { [Finding.Note("'\(best)' declared here", at: $0.location)] } ?? []))
        } else {
            message +=
                candidates.isEmpty
                ? "; no \(kind.rawValue) is declared" : "; expected one of: " + candidates.prefix(8).joined(separator: ", ")
            findings.append(Finding(.error, code: .input, message: message, at: reference.location))
        }
    }
}
