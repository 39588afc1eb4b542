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

/// First visible row so that `selected` stays on screen in a list of `count` rows.
func scrollOffset(selected: Int, count: Int, visible: Int) -> Int {
    guard count > visible, visible > 0 else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
}
