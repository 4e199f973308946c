import CivilTime
import Testing

@testable import ParleyKit

/// `parley next` with members that decline the new round (`NextRequest.declinedBy`): the
/// rotation passes over them as a recorded `declined by` line does, on the ASEAN order of
/// ``RotationTests`` (the Charter's article 31: English alphabetical by short name). The
/// case of record: Malaysia chaired 2025, Myanmar passed its 2026 turn, the Philippines chaired.
@Suite struct NextDeclineTests {
    static let today = LocalDate(year: 2029, month: 1, day: 1) ?? .minimum

    /// The eleven members, and Japan, declared but not a member.
    static func text(_ rounds: String) -> String {
        "country JP \"Japan\"\n  timezone Asia/Tokyo\n  holidays none\n"
            + RotationTests.plan(members: RotationTests.members, rotation: "alphabetical", rounds: rounds)
    }

    static func propose(_ text: String, declinedBy: [String]) throws(ScheduleError) -> Proposal {
        let reader = MemoryPlanReader(["plan.parley": text])
        return try Scheduler.propose(
            Resolver.load(["plan.parley"], reader: reader),
            request: NextRequest(seriesID: "asean", today: today, reader: reader, declinedBy: declinedBy))
    }

    @Test(arguments: [
        // Myanmar passes its turn after Malaysia (2025, at Kuala Lumpur): the Philippines.
        ("  round 1 on 2025-05-26 at kl held\n", ["MM"], "PH", "MY", 1),
        // Two decline in a row: Singapore.
        ("  round 1 on 2025-05-26 at kl held\n", ["MM", "PH"], "SG", "MY", 1),
        // A member whose turn it is not declines: the turn is unchanged.
        ("  round 1 on 2025-05-26 at kl held\n", ["SG"], "MM", "MY", 1),
        // After Thailand, Timor-Leste declines: Viet Nam.
        ("  round 1 on 2028-05-08 held\n    chair TH\n", ["TL"], "VN", "TH", 1),
        // After Timor-Leste, Viet Nam declines: the order wraps round to Brunei Darussalam.
        ("  round 1 on 2028-05-08 held\n    chair TL\n", ["VN"], "BN", "TL", 1),
    ])
    func theRotationPassesOverTheDecliningMembers(
        _ rounds: String, declined: [String], expected: String, after previous: String, round: Int
    ) throws {
        let text = Self.text(rounds)
        let proposal = try Self.propose(text, declinedBy: declined)
        let first = try #require(proposal.suggestions.first)
        #expect(first.round.chair?.id == expected)
        #expect(first.round.declinedBy.map(\.id) == declined)
        let name = try #require(RotationTests.members.first { $0.id == expected }?.name)
        #expect(
            proposal.hostReason.hasPrefix(
                "\(expected) (\(name)) chairs: it follows \(previous) (round \(round)) in the rotation BN → KH → ID"))
        #expect(proposal.hostReason.contains(", with \(Plural.list(declined)) declining;"), "\(proposal.hostReason)")
        // --write records the decline under the round, and the host rule reads the plan as in turn.
        let written = try proposal.recording(first, in: text)
        #expect(
            written.hasSuffix(
                "  round \(round + 1) on \(first.round.start) proposed\n    chair \(expected)\n    declined by \(declined.joined(separator: " "))\n"
            ))
        #expect(RotationTests.check(written).filter { $0.code == .host || $0.code == .input }.isEmpty)
    }

    /// Without the decline the same plan gives the member whose turn it is, and the written
    /// round then breaks the rotation as the host rule says.
    @Test func withoutTheDeclineTheTurnIsMyanmars() throws {
        let text = Self.text("  round 1 on 2025-05-26 at kl held\n")
        #expect(try Self.propose(text, declinedBy: []).suggestions.first?.round.chair?.id == "MM")
        let chairedByPH = text + "  round 2 on 2026-05-08 proposed\n    chair PH\n"
        #expect(RotationTests.check(chairedByPH).contains { $0.code == .host && $0.message.hasPrefix("rotation broken: round 2") })
    }

    @Test(arguments: [
        (["MYS"], "unknown country 'MYS' declining the round of asean; did you mean 'MY'?"),
        (["JP"], "JP cannot decline a round of asean: it is not one of its members (BN, KH, ID, LA, MY, MM, PH, SG, TH, TL, VN)"),
    ])
    func aDeclineByAnUnknownCountryOrANonMemberIsAnInputError(declined: [String], message: String) {
        #expect {
            try Self.propose(Self.text("  round 1 on 2025-05-26 at kl held\n"), declinedBy: declined)
        } throws: { error in
            (error as? ScheduleError)?.code == .invalidInput && (error as? ScheduleError)?.message == message
        }
    }

    @Test func everyMemberDecliningLeavesNoChair() {
        let all = RotationTests.members.map(\.id)
        #expect {
            try Self.propose(Self.text(""), declinedBy: all)
        } throws: { error in
            (error as? ScheduleError)?.message.hasPrefix("every member of asean declines the round") == true
        }
    }
}
