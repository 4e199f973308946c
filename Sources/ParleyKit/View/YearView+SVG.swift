import CivilTime

extension YearView {
    /// The grid of ``html`` as one standalone SVG image (1600 pixels wide) for a README or a
    /// pull-request comment: month and week headings, weekends, marked days, bars with their
    /// findings in `<title>`, the today line and a legend line; patterns beside colours.
    public var svg: String {
        let labelWidth = 230.0
        let trackWidth = 1360.0
        let top = 64.0
        let rowHeight = 34.0
        let dayWidth = trackWidth / Double(dayCount)
        let height = top + rowHeight * Double(rows.count + (omitted == nil ? 0 : 1)) + 40
        func x(_ date: LocalDate) -> String { Self.number(labelWidth + Double(offset(date)) * dayWidth) }
        func width(_ first: LocalDate, _ last: LocalDate) -> String {
            Self.number(max(Double(offset(last) - offset(first) + 1) * dayWidth, 1))
        }
        var image = ""
        image.reserveCapacity(8_192 + rows.count * 4_096)
        let title = "Consultation rounds \(window.from) to \(window.through)"
        image += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"\(Self.number(height))\""
        image += " viewBox=\"0 0 1600 \(Self.number(height))\" role=\"img\" aria-labelledby=\"svg-title\">\n"
        image += "<title id=\"svg-title\">\(Markup.escape(title)): \(Markup.escape(summaryLine))</title>\n"
        image += Self.svgDefinitions
        image += "<rect class=\"bg\" width=\"1600\" height=\"\(Self.number(height))\"/>\n"
        image += "<text class=\"t\" x=\"8\" y=\"18\">\(Markup.escape(title)) · \(Markup.escape(summaryLine))</text>\n"
        for month in months {
            image +=
                "<text class=\"hd\" x=\"\(Self.number(labelWidth + Double(offset(month.first)) * dayWidth + 2))\" y=\"40\">\(month.label)</text>"
            image +=
                "<line class=\"rule\" x1=\"\(x(month.first))\" x2=\"\(x(month.first))\" y1=\"28\" y2=\"\(Self.number(height - 30))\"/>\n"
        }
        for week in weeks where dayWidth * 7 >= 12 {
            image +=
                "<text class=\"wk\" x=\"\(Self.number(labelWidth + Double(offset(week.first)) * dayWidth + 1))\" y=\"56\">\(week.label)</text>"
        }
        image += "\n"
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            image += "<g id=\"\(row.id)\"><text class=\"h\" x=\"8\" y=\"\(Self.number(y + 15))\">\(Markup.escape(row.heading))</text>"
            image += "<text class=\"d\" x=\"8\" y=\"\(Self.number(y + 28))\">\(Markup.escape(row.detail))</text>\n"
            var day = window.from
            var run: LocalDate?
            while true {
                let resting = row.weekend.contains(day.weekday)
                if resting, run == nil { run = day }
                let next = day.adding(days: 1)
                if let start = run, !resting || next.map({ $0 > window.through }) ?? true {
                    let end = resting ? day : day.adding(days: -1) ?? day
                    image +=
                        "<rect class=\"wkd\" x=\"\(x(start))\" y=\"\(Self.number(y))\" width=\"\(width(start, end))\" height=\"\(Self.number(rowHeight))\"/>"
                    run = nil
                }
                guard let next, next <= window.through else { break }
                day = next
            }
            for mark in row.marks {
                let band = mark.kind == .observance
                image += "<rect class=\"m-\(mark.kind.rawValue)\(mark.isEstimated ? " est" : "")\" x=\"\(x(mark.first))\""
                image += " y=\"\(Self.number(band ? y + rowHeight - 5 : y))\" width=\"\(width(mark.first, mark.last))\""
                image +=
                    " height=\"\(band ? "5" : Self.number(rowHeight))\"><title>\(Markup.escape(mark.lines.joined(separator: "\n")))</title></rect>"
            }
            image += "\n"
            for bar in row.bars where window.overlaps(bar.first, bar.last) {
                let tooltip = ([bar.title] + bar.findings.map { "\($0.severity.rawValue) [\($0.code.rawValue)] \($0.message)" }).joined(
                    separator: "\n")
                let barX = labelWidth + Double(offset(bar.first)) * dayWidth
                let barWidth = max(Double(offset(bar.last) - offset(bar.first) + 1) * dayWidth, 10)
                image += "<g class=\"bar b-\(bar.kind.rawValue)\" data-round=\"\(bar.id)\"><title>\(Markup.escape(tooltip))</title>"
                image +=
                    "<rect x=\"\(Self.number(barX))\" y=\"\(Self.number(y + 8))\" width=\"\(Self.number(barWidth))\" height=\"20\" rx=\"3\"/>"
                if !bar.findings.isEmpty {
                    let severity = bar.findings.contains { $0.severity == .error } ? "error" : "warning"
                    image +=
                        "<circle class=\"fl-\(severity)\" cx=\"\(Self.number(barX + barWidth))\" cy=\"\(Self.number(y + 8))\" r=\"6\"/>"
                    image +=
                        "<text class=\"fl\" x=\"\(Self.number(barX + barWidth))\" y=\"\(Self.number(y + 11))\">\(bar.findings.count)</text>"
                }
                image += "</g>"
            }
            image +=
                "<line class=\"row\" x1=\"0\" x2=\"1600\" y1=\"\(Self.number(y + rowHeight))\" y2=\"\(Self.number(y + rowHeight))\"/></g>\n"
        }
        if let omitted {
            let y = top + rowHeight * Double(rows.count) + 20
            image +=
                "<text class=\"d\" x=\"8\" y=\"\(Self.number(y))\">\(Plural.grouped(omitted.rows)) more rows (\(Plural.count(omitted.bars, "round"))) not drawn</text>\n"
        }
        if window.contains(today) {
            image +=
                "<line class=\"today\" x1=\"\(x(today))\" x2=\"\(x(today))\" y1=\"28\" y2=\"\(Self.number(height - 30))\"><title>today \(today)</title></line>\n"
        }
        image +=
            "<text class=\"d\" x=\"8\" y=\"\(Self.number(height - 12))\">Grey: weekend · pink hatched: holiday (dashed: estimated) · orange: collective leave · teal lined: offices closed · dark bars: blackout · white: working day by decree · purple band: observance · "
        image +=
            "held solid green · planned solid blue · proposed dashed · postponed hatched · cancelled crossed · implied dotted · owed: double outline (due), red (overdue) · red line: today \(today)</text>\n"
        image += "</svg>\n"
        return image
    }

    /// `12.5`, `12` or `0.38`: at most two decimals, no trailing zeros, never a locale's comma.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return "\(whole).\(digits.hasSuffix("0") ? String(digits.dropLast()) : digits)"
    }

    /// The SVG's style and patterns.
    static let svgDefinitions = """
        <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="#8a4b00"/></pattern>
        <pattern id="holiday" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(135)"><rect width="5" height="5" fill="#f6c9c4"/><rect width="1" height="5" fill="#b3261e"/></pattern>
        <pattern id="leave" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fde2b8"/><rect width="1" height="5" fill="#8a4b00"/></pattern>
        <pattern id="closure" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#d3ebe9"/><rect y="3" width="4" height="1" fill="#00585e"/></pattern>
        <pattern id="cross" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 0L6 6M6 0L0 6" stroke="#5f5f5f" stroke-width="1"/></pattern>
        </defs>
        <style>
        .bg{fill:#fff}.t{font:600 14px sans-serif;fill:#1a1a1a}.hd{font:11px sans-serif;fill:#1a1a1a}.wk{font:8px sans-serif;fill:#4d4d4d}
        .h{font:600 12px sans-serif;fill:#1a1a1a}.d{font:10px sans-serif;fill:#4d4d4d}.rule{stroke:#c4c4c4}.row{stroke:#c4c4c4}
        .wkd{fill:#e6e6e6}.m-holiday{fill:url(#holiday)}.m-holiday.est,.m-leave.est{fill-opacity:.45;stroke:#b3261e;stroke-dasharray:2 2}
        .m-leave{fill:url(#leave)}.m-closure{fill:url(#closure)}.m-blackout{fill:#3a3a3a;fill-opacity:.6}.m-working{fill:#fff}.m-observance{fill:#6a3fb5}.m-observance.est{fill-opacity:.55}
        .bar rect{stroke-width:2}.b-held rect{fill:#1b5e20;stroke:#1b5e20}.b-planned rect{fill:#0b4aa2;stroke:#0b4aa2}
        .b-proposed rect{fill:#fff;stroke:#0b4aa2;stroke-dasharray:4 2}.b-postponed rect{fill:url(#hatch);stroke:#8a4b00}
        .b-cancelled rect{fill:url(#cross);stroke:#5f5f5f}.b-implied rect{fill:none;stroke:#37474f;stroke-dasharray:1 2}
        .b-due rect{fill:#fff;stroke:#8a4b00;stroke-width:4}.b-overdue rect{fill:#b3261e;stroke:#b3261e}
        .fl-error{fill:#b3261e}.fl-warning{fill:#8a5a00}.fl{font:bold 9px sans-serif;fill:#fff;text-anchor:middle}
        .today{stroke:#d00000;stroke-width:2}
        @media (prefers-color-scheme:dark){.bg{fill:#121212}.t,.hd,.h{fill:#ececec}.d,.wk{fill:#bdbdbd}.wkd{fill:#2b2b2b}.m-working{fill:#121212}}
        </style>

        """
}
