import CivilTime

extension YearView {
    /// The page's CSS: colours as custom properties (light, and dark by
    /// `prefers-color-scheme`), a pattern beside every colour so print in black and white
    /// keeps every distinction, print rules for A4 and Letter landscape, visible keyboard focus,
    /// and one weekend class per set of rest days the rows have (``weekendClass(_:)``).
    var styleSheet: String {
        var css = Self.baseStyle
        var sets: [Set<Weekday>] = []
        for row in rows where !sets.contains(row.weekend) { sets.append(row.weekend) }
        sets.append(Set([.saturday, .sunday]))
        var written = Set<String>()
        for set in sets where written.insert(Self.weekendClass(set)).inserted {
            var stops: [String] = []
            for slot in 0..<7 {
                let weekday = window.from.adding(days: slot)?.weekday
                let colour = weekday.map(set.contains) ?? false ? "var(--weekend)" : "transparent"
                stops.append("\(colour) \(percent(slot)) \(percent(slot + 1))")
            }
            css += ".\(Self.weekendClass(set)){background-image:repeating-linear-gradient(to right,\(stops.joined(separator: ",")))}\n"
        }
        css += ".sw.wkd{background:var(--weekend)}\n"
        return css
    }

    /// Everything but the weekend classes.
    static let baseStyle = """
        :root{--bg:#fff;--fg:#1a1a1a;--muted:#4d4d4d;--line:#c4c4c4;--weekend:#e6e6e6;--holiday:#f6c9c4;--holiday-ink:#b3261e;\
        --leave:#fde2b8;--leave-ink:#8a4b00;--closure:#d3ebe9;--closure-ink:#00585e;--blackout:#3a3a3a;--observance:#6a3fb5;--held:#1b5e20;--planned:#0b4aa2;\
        --postponed:#8a4b00;--cancelled:#5f5f5f;--implied:#37474f;--due:#8a4b00;--overdue:#b3261e;--error:#b3261e;\
        --warning:#8a5a00;--today:#d00000;--focus:#0b4aa2;--row:28px}
        @media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#bdbdbd;--line:#4a4a4a;--weekend:#2b2b2b;\
        --holiday:#5e2a26;--holiday-ink:#ff8a80;--leave:#5a3d12;--leave-ink:#ffcc80;--closure:#163f41;--closure-ink:#80cbc4;--blackout:#9e9e9e;--observance:#b39ddb;\
        --held:#66bb6a;--planned:#64b5f6;--postponed:#ffb74d;--cancelled:#9e9e9e;--implied:#b0bec5;--due:#ffcc80;\
        --overdue:#ff8a80;--error:#ff8a80;--warning:#ffd54f;--today:#ff5252;--focus:#90caf9}}
        *{box-sizing:border-box}
        html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:16px;background:var(--bg);color:var(--fg);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        h1{font-size:1.4em;margin:0 0 4px}h2{font-size:1.15em;margin:20px 0 6px}
        .meta{margin:0;color:var(--muted)}
        a{color:inherit}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .scroll{overflow-x:auto;margin-top:10px}
        .grid{border-collapse:collapse;width:100%;min-width:1100px;table-layout:fixed}
        .grid caption{text-align:left;color:var(--muted);font-size:.85em;padding-bottom:4px}
        .grid col.label{width:230px}
        .grid th{text-align:left;font-weight:normal;vertical-align:middle;padding:2px 6px;border-bottom:1px solid var(--line);overflow:hidden}
        .grid th .h{display:block;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .grid th .d{display:block;font-size:.75em;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .grid td{padding:0;border-bottom:1px solid var(--line)}
        .lane{position:relative;height:var(--row);overflow:visible}
        tbody.rows .lane{height:calc(var(--row) + 8px)}
        thead .lane{height:18px;overflow:hidden}
        .hd{position:absolute;top:0;bottom:0;border-left:1px solid var(--line);font-size:11px;padding-left:2px;overflow:hidden;white-space:nowrap}
        .weeks .hd{font-size:9px;color:var(--muted)}
        .m{position:absolute;top:0;bottom:0}
        .m-holiday{background:var(--holiday) repeating-linear-gradient(135deg,transparent 0 3px,var(--holiday-ink) 3px 4px);opacity:.9}
        .m-holiday.est{background:repeating-linear-gradient(135deg,transparent 0 5px,var(--holiday-ink) 5px 6px);outline:1px dashed var(--holiday-ink);outline-offset:-1px}
        .m-leave{background:var(--leave) repeating-linear-gradient(45deg,transparent 0 3px,var(--leave-ink) 3px 4px)}
        .m-leave.est{background:repeating-linear-gradient(45deg,transparent 0 5px,var(--leave-ink) 5px 6px);outline:1px dashed var(--leave-ink);outline-offset:-1px}
        .m-closure{background:var(--closure) repeating-linear-gradient(0deg,transparent 0 3px,var(--closure-ink) 3px 4px)}
        .m-blackout{background:repeating-linear-gradient(90deg,var(--blackout) 0 2px,transparent 2px 4px)}
        .m-working{background:var(--bg);border-top:2px dotted var(--muted)}
        .m-observance{top:auto;height:5px;background:repeating-linear-gradient(90deg,var(--observance) 0 3px,transparent 3px 5px)}
        .m-observance.est{opacity:.6}
        .bar{position:absolute;top:7px;height:calc(var(--row) - 6px);min-width:14px;border-radius:3px;font-size:11px;line-height:calc(var(--row) - 10px);\
        text-align:center;text-decoration:none;white-space:nowrap;overflow:visible;border:2px solid transparent;z-index:1}
        .bar .n{display:block;overflow:hidden}
        .b-held{background:var(--held);color:var(--bg);border-color:var(--held)}
        .b-planned{background:var(--planned);color:var(--bg);border-color:var(--planned)}
        .b-proposed{background:var(--bg);color:var(--planned);border:2px dashed var(--planned)}
        .b-postponed{background:var(--bg) repeating-linear-gradient(45deg,var(--postponed) 0 2px,transparent 2px 5px);color:var(--fg);border-color:var(--postponed)}
        .b-cancelled{background:var(--bg) repeating-linear-gradient(45deg,var(--cancelled) 0 1px,transparent 1px 6px),repeating-linear-gradient(135deg,var(--cancelled) 0 1px,transparent 1px 6px);color:var(--fg);border-color:var(--cancelled);text-decoration:line-through}
        .b-implied{background:transparent;color:var(--implied);border:2px dotted var(--implied)}
        .b-due{background:var(--bg);color:var(--due);border:4px double var(--due);line-height:calc(var(--row) - 14px)}
        .b-overdue{background:var(--overdue) repeating-linear-gradient(135deg,transparent 0 4px,var(--bg) 4px 5px);color:var(--bg);border-color:var(--overdue);font-weight:700}
        .bar .fl{position:absolute;top:-9px;right:-7px;min-width:15px;height:15px;border-radius:8px;font-size:10px;line-height:15px;padding:0 3px;color:#fff;background:var(--warning);border:1px solid var(--bg)}
        .has-error .fl{background:var(--error)}
        @media (prefers-color-scheme:dark){.bar .fl{color:#000}}
        .bar:focus-visible{z-index:3}
        .today{position:absolute;top:-1px;bottom:-1px;width:2px;margin-left:-1px;background:var(--today);z-index:2;pointer-events:none}
        tr.omitted td{padding:6px;color:var(--muted)}
        .legend{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:4px 16px}
        .legend li{display:flex;align-items:center;gap:8px}
        .sw{position:relative;display:inline-block;flex:none;width:38px;height:20px;border:1px solid var(--line)}
        .sw.m{position:relative}.sw.m-observance{height:20px;background-size:auto;border-bottom:5px solid var(--observance)}
        .sw.bar{position:relative;top:0;height:20px;line-height:14px}
        .today-sw{width:3px;border:none;background:var(--today)}
        .findings li{margin:2px 0}.findings code{font-size:.95em}
        .sev-error strong{color:var(--error)}.sev-warning strong{color:var(--warning)}
        .at{color:var(--muted);font-size:.85em}
        table.list{border-collapse:collapse;font-size:.9em}
        table.list th,table.list td{text-align:left;padding:2px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        .due{color:var(--muted)}
        tr.t-due td:last-child{color:var(--due);font-weight:600}tr.t-overdue td:last-child{color:var(--overdue);font-weight:700}
        footer{margin-top:20px;color:var(--muted);font-size:.85em}
        @page{size:landscape;margin:8mm}
        @media print{body{margin:0;font-size:8pt;background:#fff;color:#000}.filter{display:none}.scroll{overflow:visible}\
        .grid{min-width:0}.grid col.label{width:34mm}thead{display:table-header-group}tr{break-inside:avoid}\
        :root{--row:18px;--bg:#fff;--fg:#000}.bar{font-size:7pt}.hd{font-size:7pt}.weeks .hd{font-size:5.5pt}\
        #agenda,#rounds,#venues{break-before:page}}

        """
}
