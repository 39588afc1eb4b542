import SCPFCore

/// How a year measures up to the meeting pattern (special sessions do not count).
public struct YearPlan: Equatable, Sendable {
    public var year: Int
    public var regular: Int
    public var expected: Int
    public var ok: Bool { regular == expected }

    public var label: String {
        let words = ["no", "one", "two", "three", "four", "five"]
        let count = regular < words.count ? words[regular] : "\(regular)"
        let noun = "regular session" + (regular == 1 ? "" : "s")
        if ok { return "✓ \(count) \(noun)" }
        return "! \(count) \(noun) (\(expected) expected)"
    }
}

extension DataSet {
    /// One entry per year from the first session's year to the last, gaps included.
    public var yearPlans: [YearPlan] {
        sessionIndicesByYear.map { year, indices in
            YearPlan(year: year, regular: indices.filter { sessions[$0].kind == .regular }.count,
                     expected: committee.meetingPattern.regularSessionsPerYear)
        }
    }

    /// Every year from the first session's to the last, gaps included, with the indices of
    /// its sessions in `sessions` (no session is copied).
    public var sessionIndicesByYear: [(year: Int, indices: [Int])] {
        guard let first = sessions.map(\.year).min(), let last = sessions.map(\.year).max() else { return [] }
        var byYear = Array(repeating: [Int](), count: last - first + 1)
        for (i, s) in sessions.enumerated() { byYear[s.year - first].append(i) }
        return byYear.enumerated().map { (first + $0.offset, $0.element) }
    }
}

extension AppState {
    /// A row of the Sessions view; sessions by index into `data.sessions`, so building the
    /// rows copies nothing however long the history.
    enum SessionRow { case year(YearPlan), session(Int), gap(from: Int, to: Int) }

    var sessionRows: [SessionRow] {
        let expected = data.committee.meetingPattern.regularSessionsPerYear
        let sessions = data.sessions
        var rows: [SessionRow] = []
        rows.reserveCapacity(sessions.count * 2)
        for (year, indices) in data.sessionIndicesByYear {
            // Years with no session at all (history not entered) are one line, not a
            // warning per year.
            if indices.isEmpty {
                if case let .gap(from, _)? = rows.last { rows[rows.count - 1] = .gap(from: from, to: year) } else { rows.append(.gap(from: year, to: year)) }
                continue
            }
            let regular = indices.reduce(0) { $0 + (sessions[$1].kind == .regular ? 1 : 0) }
            rows.append(.year(YearPlan(year: year, regular: regular, expected: expected)))
            for i in indices { rows.append(.session(i)) }
        }
        return rows
    }

    func drawSessions(_ f: inout Frame, _ area: BodyArea) {
        let rows = sessionRows
        if rows.isEmpty {
            let lines = ["No sessions yet.", "",
                         "\(press(.newSession, in: .sessions).capitalizedFirst) to create the first one: scpf proposes its number and dates",
                         "(even-numbered sessions fall in May–July, odd ones in October–November).",
                         "", "Or quit and run `scpf demo` to explore a sample data set."]
            for (i, line) in lines.enumerated() { f.put("  " + line, x: area.x, y: area.y + 1 + i, maxWidth: area.width) }
            return
        }
        let sessions = data.sessions
        let selectedIndex = rows.firstIndex { if case .session(let i) = $0 { return sessions[i].number == selectedSession }; return false } ?? 0
        let window = ListWindow(count: rows.count, selected: selectedIndex, rows: area.height)
        f.drawMore(window, x: area.x, y: area.y, width: area.width, rows: area.height)
        // Columns: marker+number 6, title, kind 8, dates 13, venue (the rest), status 11, agenda 12.
        let titleWidth = max(10, min(22 + max(0, area.width - 80) / 2, 40))
        let venueWidth = max(4, area.width - (6 + titleWidth + 1 + 8 + 13 + 11 + 12) - 1)
        for (i, row) in window.range.map({ rows[$0] }).enumerated() {
            let y = area.y + window.firstRow + i
            switch row {
            case let .gap(from, to):
                let years = from == to ? "\(from)" : "\(from)–\(to)"
                f.put(" \(years)  no sessions recorded", x: area.x, y: y, style: Style(role: .muted), maxWidth: area.width)
            case .year(let plan):
                f.putLR(" \(plan.year)", plan.label + " ", x: area.x, y: y, width: area.width,
                        style: Style(bold: true), rightStyle: Style(role: plan.ok ? .success : .warning, bold: !plan.ok))
            case .session(let index):
                let s = sessions[index]
                let selected = s.number == selectedSession
                let style = Style(reverse: selected)
                f.fill(x: area.x, y: y, width: area.width, height: 1, style: style)
                var x = area.x
                x = f.put((selected ? " ▸" : "  ") + String(format: "%3d ", s.number), x: x, y: y, style: Style(bold: true, reverse: selected))
                x = f.put(" " + s.title.padded(toColumns: titleWidth), x: x, y: y, style: style)
                x = f.put(" " + s.kind.rawValue.padded(toColumns: 7), x: x, y: y,
                          style: Style(role: s.kind == .regular ? .normal : .accent, reverse: selected))
                x = f.put(" " + dayRangeText(s.startDate, s.endDate, withYear: false).padded(toColumns: 12), x: x, y: y, style: style)
                x = f.put(" " + s.venue.padded(toColumns: venueWidth), x: x, y: y, style: style)
                x = f.put(" " + s.status.label.padded(toColumns: 10), x: x, y: y,
                          style: Style(role: s.status == .inSession ? .success : .normal, bold: s.status == .inSession, reverse: selected))
                f.put(" " + s.agenda.state.label, x: x, y: y, style: style, maxWidth: area.x + area.width - x)
            }
        }
    }
}
