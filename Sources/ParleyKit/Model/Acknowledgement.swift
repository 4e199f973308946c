/// A finding the plan accepts on purpose, under a round:
/// `acknowledge holiday "Nyepi" because "the host has agreed to meet on its own holiday"`.
///
/// A finding of ``code`` at the round whose message contains ``subject`` (any finding of
/// that code when no subject is given) is reported as a note that quotes ``reason`` instead
/// of as an error or warning. An acknowledgement that matches no finding is itself reported,
/// so a stale one cannot hide anything.
public struct Acknowledgement: Hashable, Sendable {
    /// The finding code (`holiday`, `weekend`, …).
    public let code: FindingCode
    /// Text the finding's message must contain, when given (a holiday's name, a person id).
    public let subject: String?
    /// Why the plan accepts it.
    public let reason: String
    /// Where the line starts.
    public let location: SourceLocation

    /// An acknowledgement from its parts.
    public init(code: FindingCode, subject: String?, reason: String, location: SourceLocation) {
        self.code = code
        self.subject = subject
        self.reason = reason
        self.location = location
    }

    /// Whether `finding` is the one this acknowledges, given the round's location.
    public func matches(_ finding: Finding, at round: SourceLocation) -> Bool {
        finding.code == code && finding.location == round && (subject.map { finding.message.contains($0) } ?? true)
    }
}
