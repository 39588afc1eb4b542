import SCPFCore

extension AppState {
    /// The terms of reference in force for the selected session, with how often each was
    /// addressed in that session's year.
    func drawToR(_ f: inout Frame, _ area: BodyArea) {
        let day = session?.startDate ?? today
        guard let tor = data.committee.torInForce(on: day) else {
            f.put("  No terms of reference recorded.", x: 0, y: area.y + 1)
            return
        }
        let year = day.year
        let yearSessions = data.sessions.filter { $0.year == year }
        var lines: [(String, Style)] = [
            ("Terms of reference in force on \(day.long): \(tor.resolution), from \(tor.effectiveFrom.long)", Style(bold: true)),
            ("", .plain)]
        for item in tor.items {
            let count = yearSessions.reduce(0) { $0 + $1.agenda.items.filter { $0.tor.contains(item.letter) }.count }
            let coverage = count == 0 ? "not addressed in \(year)" : "\(count) agenda item\(count == 1 ? "" : "s") in \(year)"
            let wrapped = wrap(item.text, width: area.width - 8)
            for (i, line) in wrapped.enumerated() {
                lines.append(((i == 0 ? " (\(item.letter))  " : "      ") + line, .plain))
            }
            lines.append(("      " + coverage, Style(role: count == 0 ? .warning : .muted)))
        }
        lines.append(("", .plain))
        lines.append(("History", Style(bold: true)))
        for version in data.committee.termsOfReference.sorted(by: { $0.effectiveFrom < $1.effectiveFrom }) {
            lines.append((" \(version.effectiveFrom.short)  \(version.resolution)  \(version.letters.map { "(\($0))" }.joined())", .plain))
        }
        let start = min(listCursor[.tor] ?? 0, max(0, lines.count - area.height))
        for (i, (line, style)) in lines.dropFirst(start).prefix(area.height).enumerated() {
            f.put(" " + line, x: 0, y: area.y + i, style: style, maxWidth: area.width)
        }
    }
}
