import CivilTime

extension DeclarationReader {
    /// `HH:MM..HH:MM` after `hours` (working hours of a country or a person).
    mutating func workingHours(_ cursor: inout Cursor, at location: SourceLocation) -> WorkingHours? {
        let what = "working hours such as 09:00..17:00"
        guard !cursor.failed, let token = cursor.current, token.kind == .word else {
            fail(&cursor, expected: what)
            return nil
        }
        let parts = token.text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = ISO8601.time(parts[0]), let end = ISO8601.time(parts[1]) else {
            fail(&cursor, expected: what)
            return nil
        }
        guard start < end else {
            cursor.failed = true
            error("expected working hours that end after they start, found \(token.text)", at: token.location)
            return nil
        }
        cursor.index += 1
        return WorkingHours(start: start, end: end, location: location)
    }

    /// `acknowledge CODE ["subject"] because "reason"` under a round.
    mutating func acknowledgement(_ cursor: inout Cursor, at location: SourceLocation) -> Acknowledgement? {
        guard let code = id(&cursor, what: "a finding code after 'acknowledge' (holiday, weekend, observance, …)") else { return nil }
        let codes = RuleCatalog.all.map(\.code).filter { $0 != .input }.map(\.rawValue)
        guard let known = FindingCode(rawValue: code.id), known != .input else {
            cursor.failed = true
            error(
                "expected a finding code (\(codes.joined(separator: ", "))) after 'acknowledge', found '\(code.id)'"
                    + didYouMean(code.id, among: codes), at: code.location)
            return nil
        }
        let subject = optionalString(&cursor)
        guard keyword(&cursor, "because"), let reason = string(&cursor, what: "the reason in quotes after 'because'") else { return nil }
        return Acknowledgement(code: known, subject: subject, reason: reason, location: location)
    }
}
