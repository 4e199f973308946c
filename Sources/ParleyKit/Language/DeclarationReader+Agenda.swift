import CivilTime

extension DeclarationReader {
    /// `topic ID "Title" [from round N]`.
    mutating func topic(_ line: inout Cursor, at location: SourceLocation) -> Topic? {
        guard let id = id(&line, what: "a topic id such as policies after 'topic'"),
            let title = string(&line, what: "the topic's title in quotes")
        else { return nil }
        var fromRound: Int?
        if line.accept("from") {
            guard keyword(&line, "round"), let number = count(&line, what: "a round number after 'from round'") else { return nil }
            fromRound = number
        }
        return Topic(id: id.id, title: title, fromRound: fromRound, location: location)
    }

    /// `cover each topic every N rounds [soft]` or `cover TOPIC every N rounds [soft]`.
    mutating func coverRule(_ line: inout Cursor, at location: SourceLocation) -> RuleSpec? {
        var topic: Reference?
        if line.current?.text == "each", line.tokens.count > line.index + 1, line.tokens[line.index + 1].text == "topic" {
            line.index += 2
        } else {
            guard let one = id(&line, what: "'each topic' or a topic id after 'cover'") else { return nil }
            topic = one
        }
        guard keyword(&line, "every"), let rounds = count(&line, what: "a number of rounds after 'every'", range: 1...1000) else {
            return nil
        }
        guard line.accept("round") || keyword(&line, "rounds") else { return nil }
        return RuleSpec(kind: .cover(topic: topic, rounds: rounds), severity: soft(&line), location: location)
    }

    /// `hosts rotate alphabetical [soft]` or `hosts rotate ID MY PH … [soft]`.
    mutating func rotation(_ line: inout Cursor, at location: SourceLocation) -> Hosting? {
        if line.accept("alphabetical") {
            return Hosting(mode: .rotate(.alphabetical), severity: soft(&line), location: location)
        }
        guard let members = idList(&line, what: "'alphabetical' or country ids after 'hosts rotate'") else { return nil }
        guard members.count >= 2 else {
            fail(&line, expected: "at least two countries to rotate among")
            return nil
        }
        if let repeated = members.indices.dropFirst().first(where: { index in members[..<index].contains { $0.id == members[index].id } }) {
            error("\(members[repeated].id) is named twice in 'hosts rotate'", at: members[repeated].location)
            return nil
        }
        return Hosting(mode: .rotate(.listed(members)), severity: soft(&line), location: location)
    }

    /// `agenda ID "Title"` and its `topic` lines.
    mutating func readAgenda(_ node: SyntaxNode) {
        var cursor = Cursor(node)
        guard let id = id(&cursor, what: "an agenda id such as iis"), let title = string(&cursor, what: "the agenda's title in quotes")
        else { return }
        expectEnd(&cursor)
        var topics: [Topic] = []
        for child in node.children {
            guard child.keyword.kind == .word, Keywords.AgendaProperty(rawValue: child.keyword.text) == .topic else {
                unknownKeyword(child.keyword, among: Keywords.AgendaProperty.words, what: "a line of an agenda")
                continue
            }
            var line = Cursor(child)
            guard let topic = topic(&line, at: child.location) else { continue }
            if let earlier = topics.first(where: { $0.id == topic.id }) {
                error(
                    "topic \(topic.id) is declared twice in agenda \(id.id)", at: child.location,
                    notes: [Finding.Note("first declared here", at: earlier.location)])
                continue
            }
            topics.append(topic)
        }
        agendas.append(Agenda(id: id.id, title: title, topics: topics, location: node.location))
    }

    /// The problems of a series' agenda: a topic a `covers` line or a `cover` rule names that
    /// is not one of `topics`, and a `cover each topic` rule without topics to cover. Read
    /// with the file, or by the ``Resolver`` when the series shares topics (`topics iis`).
    static func agendaProblems(of seriesID: String, topics: [Topic], rules: [RuleSpec], rounds: [Round]) -> [Finding] {
        let ids = topics.map(\.id)
        let known = Set(ids)
        var problems: [Finding] = []
        func unknown(_ topic: Reference) {
            guard !known.contains(topic.id) else { return }
            let declared = ids.isEmpty ? "it declares none" : "declared: \(ids.joined(separator: ", "))"
            let suggestion = Spelling.closest(to: topic.id, among: ids, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
            problems.append(
                Finding(
                    .error, code: .input, message: "unknown topic '\(topic.id)' in \(seriesID) (\(declared))" + suggestion,
                    at: topic.location))
        }
        for rule in rules {
            guard case .cover(let topic, _) = rule.kind else { continue }
            if let topic {
                unknown(topic)
            } else if topics.isEmpty {
                problems.append(
                    Finding(
                        .error, code: .input,
                        message:
                            "'cover each topic' in \(seriesID), which declares no topic: add lines such as 'topic policies \"Exchange of national policies\"'",
                        at: rule.location))
            }
        }
        for round in rounds {
            for topic in round.covers { unknown(topic) }
        }
        return problems
    }
}
