import SCPFCore

extension AppState {
    /// The chair's review: every item with its reviewed mark, flag and note, and progress.
    func drawReview(_ f: inout Frame, _ area: BodyArea) {
        guard let s = session else {
            f.put("  No session selected: press 1 for Sessions and choose one.", x: 0, y: area.y + 1)
            return
        }
        let (done, total) = chair.progress(s)
        let live = s.live?.currentItemId
        let header = "Reviewed \(done) of \(total) · showing \(reviewFilter.label)\(reviewMode ? " · following the meeting" : "")"
        f.put(" " + header, x: area.x, y: area.y, style: Style(role: done == total && total > 0 ? .success : .accent, bold: true), maxWidth: area.width)
        let listWidth = area.width >= 100 ? area.width * 55 / 100 : area.width / 2 + 6
        let top = area.y + 1, height = area.height - 1
        f.pane(x: area.x, y: top, width: listWidth, height: height, title: "Items · session \(s.number)", focused: !detailFocus)
        let indices = reviewIndices
        let numbers = s.agenda.numbers
        let position = indices.firstIndex(of: agendaCursor) ?? 0
        let visible = height - 2
        let window = ListWindow(count: indices.count, selected: position, rows: visible)
        f.drawMore(window, x: area.x + 1, y: top + 1, width: listWidth - 2, rows: visible)
        if indices.isEmpty {
            f.put(" Nothing \(reviewFilter == .all ? "on the agenda" : reviewFilter.label); \(press(.cycleReviewFilter, in: .review)) changes the filter.", x: area.x + 1, y: top + 1,
                  style: Style(role: .muted), maxWidth: listWidth - 2)
        }
        for (row, index) in window.range.map({ indices[$0] }).enumerated() {
            let row = row + window.firstRow
            let item = s.agenda.items[index]
            let note = chair.note(session: s.number, item: item.id)
            let selected = index == agendaCursor
            let marks = (note.reviewed ? "✓" : "·") + (note.toRaise ? "!" : " ") + (note.notes.isEmpty ? " " : "✎")
            let now = item.id == live ? "▶" : " "
            let style = Style(role: note.reviewed ? .muted : .normal, bold: item.id == live, reverse: selected)
            f.fill(x: area.x + 1, y: top + 1 + row, width: listWidth - 2, height: 1, style: style)
            f.put("\(now)\(marks) \(numbers[index].padded(toColumns: 5)) \(item.title)", x: area.x + 1, y: top + 1 + row, style: style, maxWidth: listWidth - 2)
        }
        let x = area.x + listWidth, w = area.width - listWidth
        guard indices.contains(agendaCursor) else {
            f.box(x: x, y: top, width: w, height: height, title: "Item")
            return
        }
        let item = s.agenda.items[agendaCursor]
        let note = chair.note(session: s.number, item: item.id)
        f.pane(x: x, y: top, width: w, height: height, title: "Item \(numbers[agendaCursor])", focused: detailFocus)
        var lines: [(String, Style)] = wrap(item.title, width: w - 4).map { ($0, Style(bold: true)) }
        lines.append(("", .plain))
        let tor = data.committee.torInForce(on: s.startDate)
        lines.append(("ToR      " + (item.procedural ? "procedural" : item.tor.map { "(\($0)) \(tor?.item($0)?.text.prefix(40) ?? "")…" }.joined(separator: " ")), .plain))
        lines.append(("Purpose  " + item.purpose.label, .plain))
        lines.append(("Docs     " + (item.documents.isEmpty ? "none" : item.documents.map(\.symbol).joined(separator: "  ")), .plain))
        if let m = item.minutesAllotted { lines.append(("Time     " + durationText(minutes: m), .plain)) }
        lines.append(("Script   " + BriefingScript.proposedConclusion(item), Style(role: .muted)))
        lines.append(("", .plain))
        lines.append(((note.reviewed ? "✓ reviewed" : "· not reviewed") + (note.toRaise ? "   ! to raise" : ""), Style(role: note.toRaise ? .warning : .accent, bold: true)))
        if !note.notes.isEmpty { lines.append(("Note: " + note.notes, .plain)) }
        let wrapped = lines.flatMap { line, style in wrap(line, width: w - 4).map { ($0, style) } }
        let start = min(scroll[.review] ?? 0, max(0, wrapped.count - (height - 2)))
        for (i, (part, style)) in wrapped.dropFirst(start).prefix(height - 2).enumerated() {
            f.put(part, x: x + 2, y: top + 1 + i, style: style, maxWidth: w - 4)
        }
    }
}
