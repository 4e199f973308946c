import CivilTime

extension YearView {
    /// The view as one self-contained HTML page: inline CSS (``styleSheet``), no external
    /// resource of any kind, and a few lines of script that only add a row filter (the page is
    /// whole without it). The same view gives the same bytes.
    public var html: String {
        var page = ""
        page.reserveCapacity(8_192 + rows.count * 2_048)
        let title = "Consultation rounds \(window.from) to \(window.through)"
        page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"parley view\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
        page += "<title>\(Markup.escape(title))</title>\n<style>\n\(styleSheet)</style>\n</head>\n<body>\n"
        page += "<header>\n<h1>\(Markup.escape(title))</h1>\n<p class=\"meta\">\(Markup.escape(metaLine))</p>\n"
        page += "<p class=\"meta\">\(Markup.escape(summaryLine))</p>\n</header>\n"
        page += "<p class=\"filter\" hidden><label for=\"filter\">Show rows containing</label> <input type=\"search\" id=\"filter\"></p>\n"
        writeGrid(into: &page)
        writeLegend(into: &page)
        writeFindings(into: &page)
        writeCoverage(into: &page)
        writeRounds(into: &page)
        writeVenues(into: &page)
        page += "<footer><p>Made by parley view from \(Markup.escape(files.joined(separator: ", "))) as of \(today).</p></footer>\n"
        page += "<script>\n\(Self.script)</script>\n</body>\n</html>\n"
        return page
    }

    /// `Plans: Plans · by series · as of 2026-06-01`.
    var metaLine: String {
        "Plans: \(files.joined(separator: ", ")) · one row per \(grouping.rawValue) · as of \(today) (the red line)"
    }

    /// `14 rounds (3 implied), 1 round owed, 2 errors, 1 warning`.
    var summaryLine: String {
        let all = drawnBars
        let rounds = all.filter { $0.kind != .due && $0.kind != .overdue }
        let findings = all.flatMap(\.findings) + rows.flatMap(\.findings)
        var text = Plural.count(rounds.count, "round") + " (\(rounds.count { $0.kind == .implied }) implied), "
        text += Plural.count(all.count - rounds.count, "owed round") + " not recorded, "
        text += Plural.count(findings.count { $0.severity == .error }, "error") + ", "
        text += Plural.count(findings.count { $0.severity == .warning }, "warning")
        if let omitted {
            text += "; \(Plural.count(omitted.rows, "more row")) not drawn"
        }
        return text
    }

    /// Each bar once (the first row it is drawn on), in row order.
    var drawnBars: [ViewBar] {
        var seen = Set<String>()
        return rows.flatMap(\.bars).filter { seen.insert($0.id).inserted }
    }

    private func writeGrid(into page: inout String) {
        let label = grouping == .series ? "Series" : grouping == .country ? "Country" : "Person"
        page += "<div class=\"scroll\">\n<table class=\"grid\">\n"
        page +=
            "<caption>Rounds by \(grouping.rawValue), \(window.from) to \(window.through); legend, findings and the list of rounds below.</caption>\n"
        page += "<colgroup><col class=\"label\"><col></colgroup>\n<thead>\n"
        page += "<tr class=\"months\"><th scope=\"col\">\(label)</th><td class=\"track\"><div class=\"lane\">"
        for month in months {
            page += "<span class=\"hd\" style=\"\(placement(month.first, month.last))\" title=\"\(month.title)\">\(month.label)</span>"
        }
        page += "</div></td></tr>\n<tr class=\"weeks\"><th scope=\"col\">ISO week</th><td class=\"track\"><div class=\"lane\">"
        for week in weeks {
            page += "<span class=\"hd\" style=\"\(placement(week.first, week.last))\" title=\"\(week.title)\">\(week.label)</span>"
        }
        page += "</div></td></tr>\n</thead>\n<tbody class=\"rows\">\n"
        var anchored = Set<String>()
        let todayLine =
            window.contains(today) ? "<span class=\"today\" style=\"left:\(percent(offset(today)))\" aria-hidden=\"true\"></span>" : ""
        for row in rows {
            page += "<tr id=\"\(row.id)\"><th scope=\"row\"><span class=\"h\">\(Markup.escape(row.heading))</span>"
            page += "<span class=\"d\">\(Markup.escape(row.detail))</span></th>"
            page += "<td class=\"track\"><div class=\"lane \(Self.weekendClass(row.weekend))\">"
            for mark in row.marks {
                page +=
                    "<span class=\"m m-\(mark.kind.rawValue)\(mark.isEstimated ? " est" : "")\" style=\"\(placement(mark.first, mark.last))\""
                page += " title=\"\(Markup.escape(mark.lines.joined(separator: "\n")))\"></span>"
            }
            for bar in row.bars where window.overlaps(bar.first, bar.last) {
                let isFirst = anchored.insert(bar.id).inserted
                let errors = bar.findings.count { $0.severity == .error }
                let warnings = bar.findings.count { $0.severity == .warning }
                var classes = "bar b-\(bar.kind.rawValue)"
                if errors > 0 { classes += " has-error" } else if warnings > 0 { classes += " has-warning" }
                let findingsText = bar.findings.map { "\n\($0.severity.rawValue) [\($0.code.rawValue)] \($0.message)" }.joined()
                let dueText = bar.due.map { "\ndue: \($0)" }.joined()
                let tooltip = bar.title + findingsText + dueText
                page += "<a class=\"\(classes)\" \(isFirst ? "id" : "data-round")=\"\(bar.id)\" href=\"#l-\(bar.id)\""
                page += " style=\"\(placement(bar.first, bar.last))\" title=\"\(Markup.escape(tooltip))\""
                let count = bar.findings.isEmpty ? "" : ", " + Plural.count(bar.findings.count, "finding")
                page += " aria-label=\"\(Markup.escape(bar.title + count))\"><span class=\"n\">\(Markup.escape(bar.label))</span>"
                if errors + warnings > 0 { page += "<span class=\"fl\" aria-hidden=\"true\">\(errors + warnings)</span>" }
                page += "</a>"
            }
            page += todayLine + "</div></td></tr>\n"
        }
        if let omitted {
            page += "<tr class=\"omitted\"><th scope=\"row\">\(Plural.grouped(omitted.rows)) more</th><td>"
            page +=
                "\(Plural.count(omitted.bars, "round")) and \(Plural.count(omitted.findings, "finding")) not drawn: a page draws at most \(Self.rowLimit) rows; view fewer series, or one row per country, at a time.</td></tr>\n"
        }
        page += "</tbody>\n</table>\n</div>\n"
    }

    private func writeLegend(into page: inout String) {
        page += "<section id=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">Legend</h2>\n<ul class=\"legend\">\n"
        let days: [(String, String)] = [
            ("m wkd", "weekend of a partner or the host"),
            ("m m-holiday", "public holiday or day off (decreed)"),
            ("m m-holiday est", "public holiday, estimated ahead of its decree (dashed)"),
            ("m m-leave", "collective leave"),
            ("m m-working", "weekend day decreed a working day (Russia's make-up Saturdays): unshaded, dotted top edge"),
            ("m m-closure", "government offices closed, not a public holiday (Japan, 29 Dec–3 Jan): level lines"),
            ("m m-blackout", "blackout declared in the plan (election, summit): upright bars"),
            ("m m-observance", "observance kept by a partner or the host (Ramadan, Lent): band at the foot"),
        ]
        for (classes, text) in days { page += "<li><span class=\"sw \(classes)\" aria-hidden=\"true\"></span>\(text)</li>\n" }
        let bars: [(ViewBar.Kind, String)] = [
            (.held, "held (solid)"), (.planned, "planned (solid, white number)"), (.proposed, "proposed (dashed outline)"),
            (.postponed, "postponed (hatched)"), (.cancelled, "cancelled (crossed out)"),
            (.implied, "implied by the cadence (dotted outline)"),
            (.due, "owed round, window still open (double outline)"), (.overdue, "owed round, window passed (dark, striped)"),
        ]
        for (kind, text) in bars {
            page +=
                "<li><span class=\"sw bar b-\(kind.rawValue)\" aria-hidden=\"true\"><span class=\"n\">\(kind == .due ? "due" : kind == .overdue ? "overdue" : "1")</span></span>\(text)</li>\n"
        }
        page +=
            "<li><span class=\"sw bar b-planned has-error\" aria-hidden=\"true\"><span class=\"n\">1</span><span class=\"fl\">2</span></span>findings on the round: their number in the corner (red: an error; amber: warnings)</li>\n"
        page += "<li><span class=\"sw today-sw\" aria-hidden=\"true\"></span>today (\(today))</li>\n</ul>\n</section>\n"
    }

    private func writeFindings(into page: inout String) {
        var items: [(id: String, target: String, subject: String, finding: Finding)] = []
        for bar in drawnBars {
            for (index, finding) in bar.findings.enumerated() {
                items.append(("f-\(bar.id)-\(index + 1)", bar.id, bar.name, finding))
            }
        }
        for row in rows {
            for (index, finding) in row.findings.enumerated() { items.append(("f-\(row.id)-\(index + 1)", row.id, row.heading, finding)) }
        }
        page += "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings (\(items.count))</h2>\n"
        guard !items.isEmpty else {
            page += "<p>No finding on the rounds shown.</p>\n</section>\n"
            return
        }
        page += "<ol class=\"findings\">\n"
        for item in items {
            let severity = item.finding.severity.rawValue
            page += "<li id=\"\(item.id)\" class=\"sev-\(severity)\"><a href=\"#\(item.target)\">\(Markup.escape(item.subject))</a>: "
            page += "<strong>\(severity)</strong> <code>\(item.finding.code.rawValue)</code> \(Markup.escape(item.finding.message))"
            page += " <span class=\"at\">(\(Markup.escape(item.finding.location.file)):\(item.finding.location.line))</span></li>\n"
        }
        page += "</ol>\n</section>\n"
    }

    private func writeRounds(into page: inout String) {
        let bars = drawnBars
        page += "<section id=\"rounds\" aria-labelledby=\"rounds-h\">\n<h2 id=\"rounds-h\">Rounds and owed rounds (\(bars.count))</h2>\n"
        page += "<table class=\"list\">\n<thead><tr><th scope=\"col\">Round</th><th scope=\"col\">What</th>"
        page += "<th scope=\"col\">Time zone</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        for bar in bars {
            page += "<tr id=\"l-\(bar.id)\" class=\"k-\(bar.kind.rawValue)\"><td><a href=\"#\(bar.id)\">\(Markup.escape(bar.name))</a></td>"
            page += "<td>\(Markup.escape(bar.facts.joined(separator: " · ")))"
            for due in bar.due { page += "<br><span class=\"due\">due: \(Markup.escape(due))</span>" }
            page += "</td><td>\(Markup.escape(bar.zone ?? ""))</td><td>"
            page += bar.findings.indices.map { "<a href=\"#f-\(bar.id)-\($0 + 1)\">\(bar.findings[$0].code.rawValue)</a>" }.joined(
                separator: " ")
            page += "</td></tr>\n"
        }
        page += "</tbody>\n</table>\n</section>\n"
    }

    /// The agenda: each topic of each listed series, the rounds that covered it (linked to
    /// their bars when drawn) and where it stands at the series' next round.
    private func writeCoverage(into page: inout String) {
        guard !coverage.isEmpty else { return }
        let drawn = Set(drawnBars.map(\.id))
        page += "<section id=\"agenda\" aria-labelledby=\"agenda-h\">\n<h2 id=\"agenda-h\">Agenda coverage</h2>\n"
        page += "<table class=\"list\">\n<thead><tr><th scope=\"col\">Series</th><th scope=\"col\">Topic</th>"
        page += "<th scope=\"col\">Covered in rounds</th><th scope=\"col\">At the next round</th></tr></thead>\n<tbody>\n"
        for topic in coverage {
            let rounds = topic.coveredBy.map { number in
                let id = "r-\(Markup.anchor(topic.seriesID))-\(number)"
                return drawn.contains(id) ? "<a href=\"#\(id)\">\(number)</a>" : String(number)
            }
            let rule = topic.every.map { "; once in every \(Plural.count($0, "round"))" } ?? "; no cover rule"
            page += "<tr class=\"t-\(topic.state.rawValue)\"><td>\(Markup.escape(topic.seriesID))</td>"
            page += "<td><code>\(Markup.escape(topic.topic.id))</code> \(Markup.escape(topic.topic.title))</td>"
            page += "<td>\(rounds.isEmpty ? "none" : rounds.joined(separator: ", "))</td>"
            page += "<td>\(topic.state.rawValue)\(Markup.escape(rule))</td></tr>\n"
        }
        page += "</tbody>\n</table>\n"
        if coverageOmitted > 0 {
            page += "<p>\(Plural.grouped(coverageOmitted)) more series with topics not listed: a page lists at most \(Self.rowLimit).</p>\n"
        }
        page += "</section>\n"
    }

    private func writeVenues(into page: inout String) {
        guard !venues.isEmpty else { return }
        page += "<section id=\"venues\" aria-labelledby=\"venues-h\">\n<h2 id=\"venues-h\">Venues and their time zones</h2>\n"
        page += "<table class=\"list\">\n<thead><tr><th scope=\"col\">Venue</th><th scope=\"col\">City</th><th scope=\"col\">Country</th>"
        page += "<th scope=\"col\">Time zone</th></tr></thead>\n<tbody>\n"
        for venue in venues {
            page +=
                "<tr><td>\(Markup.escape(venue.id))</td><td>\(Markup.escape(venue.city))</td><td>\(Markup.escape(venue.country.id))</td>"
            page += "<td>\(Markup.escape(venue.timezone))</td></tr>\n"
        }
        page += "</tbody>\n</table>\n</section>\n"
    }

    /// The class that shades `weekend`'s days on a lane: `wk-67` for Saturday and Sunday.
    static func weekendClass(_ weekend: Set<Weekday>) -> String {
        "wk-" + weekend.map(\.rawValue).sorted().map(String.init).joined()
    }

    /// The optional row filter: shows the field and hides rows without the typed text.
    static let script = """
        const field = document.getElementById('filter');
        field.parentElement.hidden = false;
        field.addEventListener('input', () => {
          const query = field.value.toLowerCase();
          for (const row of document.querySelectorAll('tbody.rows tr')) row.hidden = query !== '' && !row.textContent.toLowerCase().includes(query);
        });

        """
}
