import Testing

@testable import ParleyKit

/// A long chain of `use` files loads in work linear in the chain: what each file sees is not
/// computed as every file's whole closure (which made 3,000 files take seconds).
@Suite struct UseChainTests {
    /// `file0` uses `file1` … uses `file<n-1>`; the last declares the country, and every file
    /// declares a person of it, so every file needs the last file's declarations.
    static func chain(_ count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            var text = "person p\(index) \"Person \(index)\" of XX\n"
            if index + 1 < count {
                text += "use \"file\(index + 1).parley\"\n"
            } else {
                text += "country XX \"Country\"\n  timezone UTC\n"
            }
            files["chain/file\(index).parley"] = text
        }
        return files
    }

    static func work(_ count: Int) -> (work: Int, loaded: LoadedPlan) {
        var limits = PlanLimits.standard
        limits.files = 10_000
        var resolver = Resolver(reader: MemoryPlanReader(chain(count), limits: limits))
        let loaded = resolver.load(["chain/file0.parley"])
        return (resolver.work, loaded)
    }

    @Test func aChainResolvesWithoutFindings() {
        let (_, loaded) = Self.work(50)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        #expect(loaded.plan.people.count == 50)
        #expect(loaded.plan.files.count == 50)
    }

    @Test func workGrowsLinearlyWithTheChain() {
        let small = Self.work(250).work
        let large = Self.work(1_000).work
        // Linear: four times the files, about four times the steps. The quadratic closure
        // walk took (n² + n) / 2 steps: 31,375 for 250 files and 500,500 for 1,000.
        #expect(small <= 250 * 8)
        #expect(large <= 1_000 * 8)
        #expect(large <= small * 4 + 100)
    }

    /// Loading follows `use` lines with its own stack: a long chain must not overflow the thread's.
    @Test func aChainOfThousandsLoads() {
        let (work, loaded) = Self.work(5_000)
        #expect(loaded.findings.isEmpty)
        #expect(loaded.plan.files.count == 5_000)
        #expect(work <= 5_000 * 8)
    }

    @Test func aCycleInALongChainIsFound() {
        var files = Self.chain(300)
        files["chain/file299.parley", default: ""] += "use \"file0.parley\"\n"
        let loaded = Resolver.load(["chain/file0.parley"], reader: MemoryPlanReader(files))
        #expect(loaded.findings.map(\.message).filter { $0.hasPrefix("use cycle: chain/file0.parley → chain/file1.parley") }.count == 1)
    }

    @Test func aFileThatDoesNotUseTheDeclaringFileIsStillTold() {
        var files = Self.chain(20)
        files["chain/outside.parley"] = "person stray \"Stray\" of XX\n"
        var resolver = Resolver(reader: MemoryPlanReader(files))
        let loaded = resolver.load(["chain/file0.parley", "chain/outside.parley"])
        #expect(loaded.findings.count == 1)
        #expect(loaded.findings.first?.message.contains("which chain/outside.parley does not use") == true)
    }

    @Test func aSharedFileSeenThroughTwoPathsIsVisibleFromBoth() {
        let files = [
            "d/top.parley": "use \"left.parley\"\nuse \"right.parley\"\n",
            "d/left.parley": "use \"base.parley\"\nperson l \"Left\" of XX\n",
            "d/right.parley": "use \"base.parley\"\nperson r \"Right\" of XX\n",
            "d/base.parley": "country XX \"Country\"\n  timezone UTC\n",
        ]
        let loaded = Resolver.load(["d/top.parley"], reader: MemoryPlanReader(files))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
    }
}
