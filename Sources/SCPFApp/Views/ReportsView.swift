import SCPFCore

extension AppState {
    /// Sessions with their report's state on the left; the selected report (or the
    /// recommendations register) on the right.
    func drawReports(_ f: inout Frame, _ area: BodyArea) {
        let listWidth = min(max(area.width / 3, 26), 40)
        f.pane(x: area.x, y: area.y, width: listWidth, height: area.height, title: "Reports", focused: !detailFocus)
        let sessions = Array(data.sessions.reversed())
        let selectedIndex = sessions.firstIndex { $0.number == selectedSession } ?? 0
        let visible = area.height - 2
        let window = ListWindow(count: sessions.count, selected: selectedIndex, rows: visible)
        f.drawMore(window, x: area.x + 1, y: area.y + 1, width: listWidth - 2, rows: visible)
        for (row, s) in window.range.map({ sessions[$0] }).enumerated() {
            let row = row + window.firstRow
            let selected = s.number == selectedSession
            let style = Style(role: s.report.state == .councilAction ? .normal : .accent, reverse: selected && !showRegister)
            f.fill(x: area.x + 1, y: area.y + 1 + row, width: listWidth - 2, height: 1, style: style)
            f.putLR(" \(String(format: "%3d", s.number))  \(s.year)", short(s.report.state) + " ", x: area.x + 1, y: area.y + 1 + row,
                    width: listWidth - 2, style: style)
        }
        let x = area.x + listWidth, w = area.width - listWidth
        var lines: [(String, Style)]
        let title: String
        if showRegister {
            title = "Recommendations to the Council"
            lines = registerLines(width: w - 4)
        } else if let s = session {
            title = "Report · session \(s.number) · \(s.report.state.label)\(languageTag)"
            lines = reportLines(s, width: w - 4)
        } else {
            title = "Report"
            lines = [("No session selected.", Style(role: .muted))]
        }
        f.pane(x: x, y: area.y, width: w, height: area.height, title: title, focused: detailFocus)
        let visibleText = area.height - 2
        let start = min(scroll[.reports] ?? 0, max(0, lines.count - visibleText))
        for (i, (line, style)) in lines.dropFirst(start).prefix(visibleText).enumerated() {
            f.put(line, x: x + 2, y: area.y + 1 + i, style: style, maxWidth: w - 4)
        }
        if lines.count > visibleText {
            f.put(" \(start + 1)–\(min(start + visibleText, lines.count)) of \(lines.count) PgDn ", x: x + w - 24, y: area.y + area.height - 1, style: Style(role: .muted))
        }
    }

    func short(_ state: ReportState) -> String {
        switch state {
        case .drafting: "drafting"
        case .adopted: "adopted"
        case .transmitted: "transmitted"
        case .councilAction: "acted"
        }
    }

    func reportLines(_ s: Session, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let r = s.report
        var status = r.state.label
        if let a = r.adoptedOn { status += " · adopted \(a.short)" }
        if let t = r.transmittal { status += " · \(t.symbol) to the \(t.councilSession), \(t.date.short)" }
        if let c = r.councilAction { status += " · Council \(c.kind.label)\(c.resolution.map { " (\($0))" } ?? ""), \(c.date.short)" }
        for l in wrap(status, width: width) { lines.append((l, Style(role: .muted))) }
        lines.append(("", .plain))
        if r.sections.isEmpty {
            lines.append(("No draft yet: \(press(.generateReport, in: .reports)) to generate it from the session's record.", Style(role: .muted)))
            return lines
        }
        let stale = ReportGenerator.outOfDate(r, for: s, committee: data.committee)
        for section in r.sections {
            let heading = Localized.text(section.heading, section.headingTranslations, in: language)
            lines.append(((heading ?? Localized.missingMark(language) + " " + section.heading) + (section.edited ? "  ✎ edited" : ""), heading == nil ? Style(role: .warning) : Style(bold: true)))
            if stale.contains(section.key) {
                for l in wrap("⚠ may be out of date: the record it states has changed since it was edited; edit it (\(press(.editReportSection, in: .reports))) to bring it up to date.", width: width) {
                    lines.append((l, Style(role: .warning)))
                }
            }
            // A missing version: the mark, then the English it lacks, dimmed (as the exports print it).
            let body = Localized.text(section.body, section.bodyTranslations, in: language)
            for paragraph in (body ?? Localized.missingMark(language) + " " + section.body).split(separator: "\n", omittingEmptySubsequences: false) {
                for l in wrap(String(paragraph), width: width) { lines.append((l, body == nil ? Style(role: .muted) : .plain)) }
            }
            lines.append(("", .plain))
        }
        return lines
    }

    func registerLines(width: Int) -> [(String, Style)] {
        let entries = Recommendations.register(data.sessions)
        let open = entries.filter(\.isOpen).count
        var lines: [(String, Style)] = wrap("\(entries.count) recommendations · \(open) open, awaiting the Council's action", width: width).map { ($0, Style(bold: true)) }
        lines.append(("", .plain))
        for e in entries {
            let mark = e.isOpen ? "○ open " : "✓ acted"
            let acted = e.itemCouncilAction.map { " · Council \($0.result.label) \($0.date.short)\($0.resolution.map { " \($0)" } ?? "")" }
                ?? e.councilAction.map { " · Council \($0.kind.label) \($0.date.short)" } ?? " · report \(short(e.reportState))"
            lines.append(("\(mark)  S\(e.session) item \(e.itemNumber)\(acted)", Style(role: e.isOpen ? .warning : .muted, bold: e.isOpen)))
            for l in wrap(e.title, width: width - 9) { lines.append(("         " + l, .plain)) }
        }
        let urgent = UrgentDecisions.register(data.sessions)
        if !urgent.isEmpty {
            let pending = urgent.filter { $0.status == .pending }.count
            lines.append(("", .plain))
            for l in wrap("Urgent decisions under ToR (i) · \(pending) pending the Council's approval", width: width) { lines.append((l, Style(bold: true))) }
            for e in urgent {
                let mark = e.status == .pending ? "○ pending" : (e.status == .approved ? "✓ approved" : "✗ rejected")
                let acted = e.councilAction.map { " · \($0.date.short)\($0.resolution.map { " \($0)" } ?? "")" } ?? ""
                lines.append(("\(mark)  S\(e.session) item \(e.itemNumber)\(acted)", Style(role: e.status == .pending ? .warning : .muted, bold: e.status == .pending)))
                for l in wrap(e.title, width: width - 9) { lines.append(("         " + l, .plain)) }
            }
        }
        return lines
    }
}
