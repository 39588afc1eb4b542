import SCPFCore

extension AppState {
    /// Each session's report to the Council and where it stands.
    func drawReports(_ f: inout Frame, _ area: BodyArea) {
        var lines: [(String, Style)] = [("Reports to the Council", Style(bold: true)), ("", .plain)]
        for s in data.sessions.reversed() {
            let r = s.report
            var text = "\(String(format: "%3d", s.number))  \(s.title.padded(toColumns: 26)) \(r.state.label)"
            if let t = r.transmittal { text += " · \(t.symbol) \(t.date.short)" }
            if let a = r.councilAction { text += " · \(a.kind.label)\(a.resolution.map { " (\($0))" } ?? "")" }
            let recommendations = s.agenda.items.filter { $0.outcome?.kind.isRecommendation == true }.count
            if recommendations > 0 { text += " · \(recommendations) recommendation\(recommendations == 1 ? "" : "s")" }
            let selected = s.number == selectedSession
            lines.append(((selected ? "▸ " : "  ") + text, Style(role: r.state == .councilAction ? .normal : .accent, reverse: selected)))
        }
        let start = min(listCursor[.reports] ?? 0, max(0, lines.count - area.height))
        for (i, (line, style)) in lines.dropFirst(start).prefix(area.height).enumerated() {
            f.put(" " + line, x: 0, y: area.y + i, style: style, maxWidth: area.width)
        }
    }
}
