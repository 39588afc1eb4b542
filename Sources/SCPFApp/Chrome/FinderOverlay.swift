import SCPFCore

extension AppState {
    /// The finder fills the screen between the bars: the query (for a search), a count line,
    /// then the list, grouped by session, newest first, each match marked.
    func drawFinder(_ f: inout Frame) {
        guard let state = finder else { return }
        let w = width, h = height - 3
        let x = 0, y = 1
        let title: String
        switch state.kind {
        case .search: title = "Search every session — Enter goes there, Esc back"
        case .history(let itemTitle): title = "History: \(itemTitle)"
        }
        f.fill(x: x, y: y, width: w, height: h)
        f.panel(x: x, y: y, width: w, height: h, title: title.truncated(toColumns: w - 6))
        var top = y + 1
        if state.kind == .search {
            let (text, cursor) = state.query.visible(width: w - 6)
            f.put("> " + text, x: x + 2, y: top, style: Style(bold: true))
            f.cursor = (x + 4 + cursor, top)
            top += 1
        }
        f.put(finderCountLine(state), x: x + 2, y: top, style: Style(role: state.error == nil ? .muted : .danger, bold: state.error != nil), maxWidth: w - 4)
        top += 1
        let rows = max(1, y + h - 1 - top)
        let window = ListWindow(count: state.rows.count, selected: state.selected, rows: rows)
        f.drawMore(window, x: x + 2, y: top, width: w - 4, rows: rows)
        for (i, index) in window.range.enumerated() {
            let row = state.rows[index]
            let line = top + window.firstRow + i
            let selected = index == state.selected
            if row.isHeading {
                f.put(row.text.truncated(toColumns: w - 4), x: x + 2, y: line, style: row.heading ? Style(bold: true) : Style(role: .muted), maxWidth: w - 4)
                continue
            }
            let text = row.marks.isEmpty ? row.text.truncated(toColumns: w - 5) : row.text
            drawMarked(&f, (selected ? "▸" : " ") + text, marks: row.marks.map { ($0.lowerBound + 1)..<($0.upperBound + 1) },
                       x: x + 2, y: line, width: w - 4, reverse: selected)
        }
    }

    /// "12 matches in 40 sessions · ⟳ 120 sessions still being read", or the query's problem.
    func finderCountLine(_ state: FinderState) -> String {
        if let error = state.error { return error }
        let loading = loadingRemaining > 0 ? " · ⟳ \(loadingRemaining) more session\(loadingRemaining == 1 ? "" : "s") being read, searched as they arrive" : ""
        let sessions = "\(state.sessionsSearched) session\(state.sessionsSearched == 1 ? "" : "s")"
        switch state.kind {
        case .history:
            return "The item in \(state.total) of \(sessions), newest first\(loading)"
        case .search:
            if state.query.text.trimmingCharacters(in: .whitespaces).isEmpty {
                return "Type words, \"a phrase\", year:2024 session:38 tor:b outcome:deferred kind:document\(loading)"
            }
            let shown = state.rows.filter { !$0.isHeading }.count
            let count = state.total == 0 ? "No match" : state.total == 1 ? "1 match" : "\(state.total) matches"
            let limited = shown < state.total ? " (the first \(shown) listed)" : ""
            return "\(count) in \(sessions)\(limited)\(loading)"
        }
    }

    /// A line with some of its characters marked (a match): the marks stand out in the accent
    /// colour, underlined, so they show without colour too.
    func drawMarked(_ f: inout Frame, _ text: String, marks: [Range<Int>], x: Int, y: Int, width: Int, reverse: Bool) {
        let plain = Style(reverse: reverse)
        let marked = Style(role: .accent, bold: true, reverse: reverse, underline: true)
        if reverse { f.fill(x: x, y: y, width: width, height: 1, style: plain) }
        let chars = Array(text)
        var col = x, next = 0
        let limit = x + width
        for r in marks where r.lowerBound >= next && r.upperBound <= chars.count {
            col = f.put(String(chars[next..<r.lowerBound]), x: col, y: y, style: plain, maxWidth: max(0, limit - col))
            col = f.put(String(chars[r]), x: col, y: y, style: marked, maxWidth: max(0, limit - col))
            next = r.upperBound
        }
        if next < chars.count { f.put(String(chars[next...]), x: col, y: y, style: plain, maxWidth: max(0, limit - col)) }
    }
}
