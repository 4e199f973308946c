import CivilTime

extension Resolver {
    /// `input` errors for rounds that name a room (`at kemlu room garuda`) their venue does not
    /// declare (`rooms garuda nusantara` under the venue).
    static func roomProblems(series: [Series], venues: [Venue]) -> [Finding] {
        let byID = Dictionary(venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        for item in series {
            for round in item.rounds {
                guard let room = round.room, let venue = round.venue.flatMap({ byID[$0.id] }) else { continue }
                let declared = [Finding.Note("\(venue.id) is declared here", at: venue.location)]
                switch venue.rooms {
                case .named(let names) where names.contains(room.id):
                    continue
                case .named(let names):
                    let hint = Spelling.closest(to: room.id, among: names, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
                    findings.append(
                        Finding(
                            .error, code: .input,
                            message: "unknown room '\(room.id)' at \(venue.id) (its rooms: \(names.joined(separator: ", ")))\(hint)",
                            at: room.location, notes: declared))
                case .count(let count):
                    findings.append(
                        Finding(
                            .error, code: .input,
                            message:
                                "\(venue.id) declares \(Plural.count(count, "room")) without names, so a round cannot name one; name them under the venue with 'rooms NAME…'",
                            at: room.location, notes: declared))
                case .unlimited:
                    findings.append(
                        Finding(
                            .error, code: .input,
                            message: "\(venue.id) declares no rooms; name them under the venue with 'rooms NAME…'",
                            at: room.location, notes: declared))
                }
            }
        }
        return findings
    }
}
