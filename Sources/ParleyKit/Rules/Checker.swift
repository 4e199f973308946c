/// Runs the rules over a loaded plan: `parley check` without the command line.
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
        let context = RuleContext(plan: loaded.plan, expansion: expansion, today: options.today, busy: busy, calendars: calendars)
        var findings = loaded.findings
        for rule in options.rules { findings += rule.check(context) }
        findings = withoutKnockOns(findings, loaded: loaded)
        findings = acknowledge(findings, in: loaded.plan, window: options.window)
        if options.strict { findings = findings.map { $0.severity == .warning ? $0.with(severity: .error) : $0 } }
        return CheckResult(findings: Finding.inReportOrder(findings), expansion: expansion)
    }
}
