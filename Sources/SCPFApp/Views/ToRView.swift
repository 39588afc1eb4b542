import SCPFCore

extension AppState {
    /// The terms of reference in force for the year's sessions, the coverage matrix
    /// (sessions × items), and the history of amendments.
    func drawToR(_ f: inout Frame, _ area: BodyArea) {
        let year = torYear ?? session?.year ?? today.year
        let day = data.sessions.first { $0.year == year }?.startDate ?? Day(year, 12, 31)
        guard let tor = data.committee.torInForce(on: day) else {
            f.put("  No terms of reference recorded.", x: 0, y: area.y + 1)
            return
        }
        let rows = Coverage.rows(year: year, sessions: data.sessions, committee: data.committee)
        let letters = Coverage.allLetters(data.committee)
        var lines: [(String, Style)] = [("Coverage in \(year) — ← → change the year", Style(bold: true))]
        if rows.isEmpty {
            lines.append(("No sessions in \(year).", Style(role: .muted)))
        } else {
            lines.append(("session  " + letters.map { " (\($0)) " }.joined(), Style(role: .muted)))
            for row in rows {
                var line = String(format: "%5d    ", row.session)
                for l in letters {
                    let cell: String
                    if !row.lettersInForce.contains(l) { cell = "  ·  " } else if let items = row.items[l] { cell = " \(min(items.count, 9)) ✓ " } else { cell = "  —  " }
                    line += cell
                }
                lines.append((line, .plain))
            }
            let unused = letters.filter { l in rows.contains { $0.lettersInForce.contains(l) } && rows.allSatisfy { $0.items[l] == nil } }
            lines.append((unused.isEmpty ? "Every term in force was exercised in \(year)." :
                            "Not exercised in \(year): " + unused.map { "(\($0))" }.joined(separator: " "),
                          Style(role: unused.isEmpty ? .success : .warning)))
        }
        lines.append(("", .plain))
        lines.append(("In force from \(tor.effectiveFrom.long) (\(tor.resolution))", Style(bold: true)))
        if language != .en {
            let translated = tor.items.contains { Localized.text($0.text, $0.translations, in: language) != nil }
            for l in wrap(translationStatus(translated: translated, source: tor.officialSource(language)), width: area.width - 4) { lines.append((l, Style(role: .muted))) }
        }
        for item in tor.items {
            for (i, line) in wrap(Localized.shown(item.text, item.translations, in: language), width: area.width - 8).enumerated() {
                lines.append(((i == 0 ? "(\(item.letter))  " : "     ") + line, .plain))
            }
        }
        lines.append(("", .plain))
        lines.append(("History", Style(bold: true)))
        for version in data.committee.termsOfReference.sorted(by: { $0.effectiveFrom < $1.effectiveFrom }) {
            lines.append(("\(version.effectiveFrom.short)  \(version.resolution)  \(version.letters.map { "(\($0))" }.joined())", Style(role: .muted)))
            if let note = version.note { for l in wrap(note, width: area.width - 16) { lines.append(("            " + l, Style(role: .muted))) } }
            if let source = version.source { for l in wrap("Text: \(source)", width: area.width - 16) { lines.append(("            " + l, Style(role: .muted))) } }
        }
        let start = min(scroll[.tor] ?? 0, max(0, lines.count - area.height))
        for (i, (line, style)) in lines.dropFirst(start).prefix(area.height).enumerated() {
            // A line wider than the screen ends in "…", so a cut heading says it is cut.
            f.put((" " + line).truncated(toColumns: area.width), x: 0, y: area.y + i, style: style, maxWidth: area.width)
        }
    }
}
