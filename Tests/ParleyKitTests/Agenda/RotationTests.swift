import CivilTime
import Testing

@testable import ParleyKit

/// `hosts rotate`: the ASEAN chair as the Charter's article 31 rotates it (alphabetical by
/// the members' English short names, as ASEAN writes them), checked against the chairs of
/// record: Thailand 2019, Viet Nam 2020, Brunei Darussalam 2021, Cambodia 2022, Indonesia
/// 2023, Lao PDR 2024, Malaysia 2025, and the Philippines 2026 in Myanmar's place.
@Suite struct RotationTests {
    /// The ten members before Timor-Leste joined (26 October 2025), and Timor-Leste.
    static let members: [(id: String, name: String)] = [
        ("VN", "Viet Nam"), ("TH", "Thailand"), ("BN", "Brunei Darussalam"), ("SG", "Singapore"), ("KH", "Cambodia"),
        ("PH", "Philippines"), ("ID", "Indonesia"), ("MM", "Myanmar"), ("LA", "Lao PDR"), ("MY", "Malaysia"),
        ("TL", "Timor-Leste"),
    ]

    static func plan(members: [(id: String, name: String)], rotation: String, rounds: String) -> String {
        var text = members.map { "country \($0.id) \"\($0.name)\"\n  timezone Asia/Singapore\n  holidays none\n" }.joined()
        text += "venue kl \"Kuala Lumpur\" in MY\n"
        text += "dialogue asean \"ASEAN Summit\"\n  partners \(members.map(\.id).joined(separator: " "))\n  hosts rotate \(rotation)\n"
        return text + rounds
    }

    static func check(_ text: String) -> [Finding] {
        let reader = MemoryPlanReader(["plan.parley": text])
        let loaded = Resolver.load(["plan.parley"], reader: reader)
        let options = CheckOptions(
            today: LocalDate(year: 2030, month: 1, day: 1) ?? .minimum, window: DateWindow(from: .minimum, through: .maximum),
            reader: reader)
        return Checker.check(loaded, options: options).findings
    }

    @Test func alphabeticalOrderOfTheElevenMembers() {
        let reader = MemoryPlanReader(["plan.parley": Self.plan(members: Self.members, rotation: "alphabetical", rounds: "")])
        let plan = Resolver.load(["plan.parley"], reader: reader).plan
        let order = plan.seriesByID["asean"]?.rotationOrder(in: plan)
        #expect(order == ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"])
    }

    /// 2019–2025 as held: one round per chair, no finding; the 2025 round is at a venue in
    /// Malaysia with no `chair` line (the chair is the host's country).
    @Test func chairsOfRecordFollowTheRotation() {
        let ten = Self.members.filter { $0.id != "TL" }
        let chairs = ["TH", "VN", "BN", "KH", "ID", "LA"]
        var rounds = chairs.enumerated().map { "  round \($0.offset + 1) on \(2019 + $0.offset)-06-01 held\n    chair \($0.element)\n" }
            .joined()
        rounds += "  round 7 on 2025-05-26 at kl held\n"
        let findings = Self.check(Self.plan(members: ten, rotation: "alphabetical", rounds: rounds))
        #expect(findings.filter { $0.code == .host || $0.code == .input }.isEmpty, "\(findings.map(\.message))")
    }

    /// Myanmar's turn in 2026 passed to the Philippines: out of turn unless the round says so.
    @Test func declineSkipsTheMember() {
        let base = "  round 1 on 2025-05-26 at kl held\n  round 2 on 2026-05-08 held\n    chair PH\n"
        let broken = Self.check(Self.plan(members: Self.members, rotation: "alphabetical", rounds: base)).filter { $0.code == .host }
        #expect(
            broken.map(\.message) == [
                "rotation broken: round 2 of asean is chaired by PH after MY (round 1); expected MM (Myanmar), unless the round says 'declined by MM'"
            ])
        let declined = Self.check(
            Self.plan(members: Self.members, rotation: "alphabetical", rounds: base + "    declined by MM\n"))
        #expect(declined.filter { $0.code == .host || $0.code == .input }.isEmpty, "\(declined.map(\.message))")
    }

    /// `parley next` on the eleven members (Timor-Leste last but one, English alphabetical
    /// order): the new round is chaired by the member whose turn it is, and `--write`
    /// records `chair …` under it; the plan with that round checks without a `host` finding,
    /// and the next proposal after it moves on to the member after.
    @Test(arguments: [
        // After the Philippines (2026, Myanmar declining), Singapore.
        ("  round 1 on 2025-05-26 at kl held\n  round 2 on 2026-05-08 held\n    chair PH\n    declined by MM\n", "SG", "PH", 2),
        // After Thailand, Timor-Leste (admitted 2025) before Viet Nam.
        ("  round 1 on 2028-05-08 held\n    chair TH\n", "TL", "TH", 1),
        // After Viet Nam, the order wraps round to Brunei Darussalam.
        ("  round 1 on 2028-05-08 held\n    chair VN\n", "BN", "VN", 1),
        // The 2025 round's chair is its venue's country (Malaysia, no chair line): then Myanmar.
        ("  round 1 on 2025-05-26 at kl held\n", "MM", "MY", 1),
    ])
    func nextProposesTheChairWhoseTurnItIs(_ rounds: String, expected: String, after previous: String, round: Int) throws {
        let text = Self.plan(members: Self.members, rotation: "alphabetical", rounds: rounds)
        let today = LocalDate(year: 2029, month: 1, day: 1) ?? .minimum
        func propose(_ text: String) throws -> Proposal {
            let reader = MemoryPlanReader(["plan.parley": text])
            return try Scheduler.propose(
                Resolver.load(["plan.parley"], reader: reader), request: NextRequest(seriesID: "asean", today: today, reader: reader))
        }
        let proposal = try propose(text)
        let first = try #require(proposal.suggestions.first)
        #expect(first.round.chair?.id == expected)
        let name = try #require(Self.members.first { $0.id == expected }?.name)
        #expect(
            proposal.hostReason.hasPrefix(
                "\(expected) (\(name)) chairs: it follows \(previous) (round \(round)) in the rotation BN → KH → ID"))
        let written = try proposal.recording(first, in: text)
        #expect(written.hasSuffix("  round \(round + 1) on \(first.round.start) proposed\n    chair \(expected)\n"))
        #expect(Self.check(written).filter { $0.code == .host || $0.code == .input }.isEmpty)
        let order = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]
        let after = order[((order.firstIndex(of: expected) ?? 0) + 1) % order.count]
        #expect(try propose(written).suggestions.first?.round.chair?.id == after)
    }

    @Test func listedRotationWithAMisspeltMember() {
        let three = Self.members.filter { ["ID", "MY", "PH"].contains($0.id) }
        let findings = Self.check(
            Self.plan(
                members: three + [("PJ", "Not a member")], rotation: "ID MY PJ",
                rounds: "  round 1 on 2026-01-10 held\n    chair ID\n  round 2 on 2027-01-10 held\n    chair MY\n")
        ).filter { $0.code == .host }.map(\.message)
        #expect(findings.contains("the rotation of asean leaves out PH, a partner that never gets its turn"), "\(findings)")
        let misspelt = Self.check(
            Self.plan(members: three, rotation: "ID MY PJ", rounds: "  round 1 on 2026-01-10 held\n    chair ID\n")
        ).map(\.message)
        #expect(
            misspelt.contains { $0.hasPrefix("unknown country 'PJ'") || $0.contains("PJ rotates in asean but is not one of its partners") })
        #expect(misspelt.contains { $0.contains("did you mean 'PH'") }, "\(misspelt)")
    }
}
