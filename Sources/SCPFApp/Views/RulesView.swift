import SCPFCore

extension AppState {
    /// Versions of the Rules of Procedure on the left, the selected one's text and dated
    /// history on the right; the version in force is named on top.
    func drawRules(_ f: inout Frame, _ area: BodyArea) {
        let versions = data.committee.rulesOfProcedure
        let inForce = versions.inForce
        let banner = inForce.map { "In force: \($0.title), \($0.approvalPhrase)" }
            ?? "No version approved by the Council yet: none is in force."
        f.put((" " + banner).truncated(toColumns: area.width), x: area.x, y: area.y, style: Style(role: inForce == nil ? .warning : .success, bold: true), maxWidth: area.width)
        let top = area.y + 1, height = area.height - 1
        let listWidth = min(max(area.width / 3, 26), 40)
        f.pane(x: area.x, y: top, width: listWidth, height: height, title: "Versions", focused: !detailFocus)
        let cursor = listCursor[.rules] ?? 0
        if versions.isEmpty {
            f.put(" n drafts the first version", x: area.x + 1, y: top + 1, style: Style(role: .muted), maxWidth: listWidth - 2)
        }
        let window = ListWindow(count: versions.count, selected: cursor, rows: height - 2)
        f.drawMore(window, x: area.x + 1, y: top + 1, width: listWidth - 2, rows: height - 2)
        for (row, i) in window.range.enumerated() {
            let v = versions[i]
            let selected = i == cursor
            let i = row + window.firstRow
            let style = Style(role: v.id == inForce?.id ? .success : .normal, reverse: selected)
            f.fill(x: area.x + 1, y: top + 1 + i, width: listWidth - 2, height: 1, style: style)
            f.put(((v.id == inForce?.id ? " ● " : "   ") + v.title).truncated(toColumns: listWidth - 2), x: area.x + 1, y: top + 1 + i, style: style, maxWidth: listWidth - 2)
        }
        let x = area.x + listWidth, w = area.width - listWidth
        guard versions.indices.contains(cursor) else {
            f.box(x: x, y: top, width: w, height: height, title: "Rules")
            return
        }
        let v = versions[cursor]
        f.pane(x: x, y: top, width: w, height: height, title: "\(v.state.label)\(v.id == inForce?.id ? " · in force" : "")", focused: detailFocus)
        var lines: [(String, Style)] = wrap(v.title, width: w - 4).map { ($0, Style(bold: true)) }
        if let link = v.agendaItem { lines.append(("Discussed under item \(link.itemId) of session \(link.session)", Style(role: .muted))) }
        if v.isAmendment { lines.append(("Amendment: replaces the rules of the same number", Style(role: .muted))) }
        if let source = v.source { for l in wrap("Source: \(source)", width: w - 4) { lines.append((l, Style(role: .muted))) } }
        if language != .en {
            let translated = v.rules.contains { Localized.text($0.text, $0.textTranslations, in: language) != nil }
            for l in wrap(translationStatus(translated: translated, source: v.officialSource(language)), width: w - 4) { lines.append((l, Style(role: .muted))) }
        }
        lines.append(("", .plain))
        for r in v.rules {
            lines.append(("Rule \(r.number) — \(Localized.shown(r.title, r.titleTranslations, in: language))", Style(bold: true)))
            for l in wrap(Localized.shown(r.text, r.textTranslations, in: language), width: w - 4) { lines.append((l, .plain)) }
        }
        if v.rules.isEmpty { lines.append(("No rules yet: e adds one.", Style(role: .muted))) }
        if v.id == inForce?.id, v.isAmendment {
            let from = versions.consolidatedSources()
            lines.append(("", .plain))
            lines.append(("The text in force (consolidated)", Style(bold: true)))
            for r in versions.consolidated() {
                lines.append(("Rule \(r.number) — \(r.title) (\(from[r.number] ?? ""))", Style(bold: true)))
                for l in wrap(r.text, width: w - 4) { lines.append((l, .plain)) }
            }
        }
        lines.append(("", .plain))
        lines.append(("History", Style(bold: true)))
        for h in v.history {
            for (i, l) in wrap("\(h.on.short): \(h.state.label). \(h.detail)", width: w - 6).enumerated() {
                lines.append(((i == 0 ? "• " : "  ") + l, Style(role: .muted)))
            }
        }
        let visible = height - 2
        let start = min(scroll[.rules] ?? 0, max(0, lines.count - visible))
        for (i, (line, style)) in lines.dropFirst(start).prefix(visible).enumerated() {
            f.put(line.truncated(toColumns: w - 4), x: x + 2, y: top + 1 + i, style: style, maxWidth: w - 4)
        }
    }
}
