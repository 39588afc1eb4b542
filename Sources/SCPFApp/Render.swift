import SCPFCore

extension AppState {
    /// Draws the whole screen at the state's size. Pure: same state, same frame.
    public func render() -> Frame {
        var f = Frame(width: width, height: height)
        guard width > 0, height > 0 else { return f }
        if isTooSmall {
            drawTooSmall(&f)
            return f
        }
        if roomDisplay {
            drawRoom(&f)
            return f
        }
        drawStatusBar(&f)
        let body = BodyArea(x: 0, y: 1, width: width, height: height - 3)
        switch view {
        case .sessions: drawSessions(&f, body)
        case .agenda: drawAgenda(&f, body)
        case .meeting: drawMeeting(&f, body)
        case .tor: drawToR(&f, body)
        case .reports: drawReports(&f, body)
        case .rules: drawRules(&f, body)
        case .review: drawReview(&f, body)
        }
        drawMessage(&f)
        drawHintBar(&f)
        drawOverlay(&f)
        return f
    }

    func drawTooSmall(_ f: inout Frame) {
        let next = mode == .normal ? "Enlarge the window, or \(press(.quit)) to quit."
            : mode == .quitting ? "Not everything is saved: s saves and quits, d quits discarding, Esc stays."
            : "Enlarge the window to go on: what you were doing is kept."
        let lines = wrap("Terminal too small: \(width)×\(height). scpf needs at least \(Self.minimumWidth)×\(Self.minimumHeight). \(next)", width: max(width - 2, 1))
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            f.put(line, x: max(0, (width - TextWidth.of(line)) / 2), y: top + i, style: Style(role: .warning, bold: true))
        }
    }
}

/// The part of the screen between the status bar and the message line.
struct BodyArea {
    var x: Int, y: Int, width: Int, height: Int
}

/// The rows of a list that fit in `rows` screen rows with the selection on screen, and how
/// many entries are out of sight above and below ("+N more" takes a row at either end).
struct ListWindow: Equatable {
    /// The entries shown, by index.
    var range: Range<Int>
    var above: Int
    var below: Int

    init(count: Int, selected: Int, rows: Int) {
        let selected = min(max(selected, 0), max(count - 1, 0))
        guard count > rows, rows >= 3 else {
            // Too few rows for markers: the plain window around the selection.
            let start = scrollOffset(selected: selected, count: count, visible: max(rows, 0))
            range = start..<min(count, start + max(rows, 0))
            above = start; below = count - range.upperBound
            return
        }
        let centred = selected - (rows - 2) / 2
        var start: Int, shown: Int
        if centred <= 0 {
            start = 0; shown = rows - 1
        } else if centred + rows - 2 >= count {
            shown = rows - 1; start = count - shown
        } else {
            start = centred; shown = rows - 2
        }
        range = start..<(start + shown)
        above = start; below = count - range.upperBound
    }

    /// Screen row (from the list's top) of the first entry shown: after the "above" marker.
    var firstRow: Int { above > 0 ? 1 : 0 }
}

extension Frame {
    /// Draws the "+N more" markers of a list window whose rows start at `y`.
    mutating func drawMore(_ window: ListWindow, x: Int, y: Int, width: Int, rows: Int) {
        if window.above > 0 {
            put("  ↑ +\(window.above) more", x: x, y: y, style: Style(role: .muted), maxWidth: width)
        }
        if window.below > 0 {
            put("  ↓ +\(window.below) more", x: x, y: y + window.firstRow + window.range.count, style: Style(role: .muted), maxWidth: width)
        }
    }
}

/// First visible row so that `selected` stays on screen in a list of `count` rows.
func scrollOffset(selected: Int, count: Int, visible: Int) -> Int {
    guard count > visible, visible > 0 else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
}
