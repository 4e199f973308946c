import Basics

/// Runs the rules over a loaded plan: `parley check` without the command line. Each round
/// with findings then gets the one suggestion `parley next --round` gives it
/// (``RoundSuggestions``).
///
/// ```swift
/// let loaded = Resolver.load(["Plans"], reader: DiskPlanReader())
/// let result = Checker.check(loaded, options: CheckOptions(today: today))
/// print(TextReporter.report(result.findings, sources: loaded.sources))
/// let failed = result.errorCount > 0
/// ```
public enum Checker {
    /// The input findings of `loaded` plus every rule's findings, in report order.
    public static func check(_ loaded: LoadedPlan, options: CheckOptions) -> CheckResult {
        let expansion = Expander.expand(loaded.plan, in: options.window)
        // One reading per calendar file, shared by busy calendars and holiday feeds.
        let inputs = options.reader.map { CalendarInputs(reader: $0, window: options.window) }
        let busy = inputs.map { BusyCalendars(plan: loaded.plan, inputs: $0) } ?? .none
        let calendars = CalendarBook(plan: loaded.plan, inputs: inputs)
        let limits = options.reader?.limits ?? .standard
        let context = RuleContext(
            plan: loaded.plan, expansion: expansion, today: options.today, busy: busy, calendars: calendars, limits: limits)
        // The rules are independent of each other: spread over the cores, joined in rule order.
        let rules = options.rules
        var findings = loaded.findings
        for found in Parallel.map(rules.count, { rules[$0].check(context) }) { findings += found }
        findings = withoutKnockOns(findings, loaded: loaded)
        findings = acknowledge(findings, in: loaded.plan, window: options.window)
        if options.strict { findings = findings.map { $0.severity == .warning ? $0.with(severity: .error) : $0 } }
        // Only the findings shown get suggestions: a search per round is the costliest step.
        let ordered = Finding.inReportOrder(findings, shown: limits.findings)
        var shown = Array(ordered.prefix(limits.findings))
        if options.suggestions {
            shown = RoundSuggestions.attach(
                to: shown, loaded: loaded, options: options,
                shared: CandidateProbe.Shared(
                    expansion: expansion, calendars: calendars, busy: busy, counted: loaded.plan.counting(asOf: options.today)))
        }
        return CheckResult(findings: capped(shown + ordered.dropFirst(limits.findings), at: limits.findings), expansion: expansion)
    }

    /// The first `limit` of `findings` (in report order), then, when there were more, one
    /// finding that counts the rest: an error if any of them was one, with the code of the
    /// first left out (`input` if any left out was an input error).
    static func capped(_ findings: [Finding], at limit: Int) -> [Finding] {
        guard findings.count > limit, let last = findings.last else { return findings }
        let rest = findings[limit...]
        let errors = rest.count { $0.severity == .error }
        let message =
            "and \(Plural.grouped(rest.count)) more findings (\(Plural.grouped(errors)) of them errors) are not shown; "
            + "--max-findings raises the cap of \(Plural.grouped(limit))"
        // The code of the first finding left out, so the exit status stays what the findings make it.
        let input = rest.contains { $0.code == .input && $0.severity == .error }
        let code = input ? FindingCode.input : rest[rest.startIndex].code
        return Array(findings[..<limit]) + [Finding(errors > 0 ? .error : .warning, code: code, message: message, at: last.location)]
    }
}
