/// `input`: the plan files are malformed.
///
/// Its findings come from loading (lexer, parser, declaration reader, resolver), not from
/// ``check(_:)``; the rule exists so that `input` is listed, explained and named in SARIF
/// like every other code.
public struct InputRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.input
    public let summary =
        "A plan file is malformed: bad syntax, an unknown word, a bad date or zone, a duplicate id, a dangling reference or a use cycle."
    public let explanation = """
        Every file given to parley, and every file they `use`, is read in full before any \
        rule runs. Each malformed spot is reported at file:line:column with what was expected, \
        what was found and, for misspelt keywords, ids, units, statuses, weekdays and time \
        zones, observances and rooms, the closest correct word. Duplicate ids, a country named \
        twice in `partners` and use cycles point at both sides. A path with no plan files (an \
        empty folder, a wrong path) is an input error naming where Parley looked. A malformed \
        line gets its input error and no other finding: nothing on or pointing at that line, \
        and no `cadence`, `gap`, `host`, `order` or `obligation` finding about a series one of \
        whose `round` lines is malformed.

        Example:
          dialogue d "D"
            every 12 monhts
        reports: expected a unit (days, weeks, months, years), found 'monhts'; did you mean 'months'?

        Input errors make `parley check` exit with status 2.
        """

    public func check(_ context: RuleContext) -> [Finding] { [] }
}
