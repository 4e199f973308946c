import Foundation

/// libFuzzer's entry point (`LLVMFuzzerTestOneInput`): one input for ``PlanReaderHarness``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    PlanReaderHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !PARLEY_FUZZ
    /// Without libFuzzer (any build but the fuzzing one, whose `-DPARLEY_FUZZ` leaves `main` to
    /// libFuzzer): `fuzz-plan-reader FILE...` runs the harness once on each file, to replay a
    /// crash or the seed corpus.
    @main
    enum PlanReaderReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("fuzz-plan-reader: cannot read \(path)\n".utf8))
                    exit(1)
                }
                print("\(path): \(PlanReaderHarness.run(Array(data))) findings")
            }
        }
    }
#endif
