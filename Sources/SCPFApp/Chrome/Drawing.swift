/// Drawing helpers shared by the views: boxes, wrapped text, two-column rows.
extension Frame {
    /// A single-line box with an optional title in its top edge.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String? = nil, style: Style = .plain) {
        guard w >= 2, h >= 2 else { return }
        put("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y, style: style)
        for row in (y + 1)..<(y + h - 1) {
            put("│", x: x, y: row, style: style)
            put("│", x: x + w - 1, y: row, style: style)
        }
        put("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1, style: style)
        if let title, w > 6 {
            put(" \(title) ".truncated(toColumns: w - 4), x: x + 2, y: y, style: Style(role: style.role, bold: true))
        }
    }

    /// The frame of a pane: the focused one stands out (accent, bold title).
    public mutating func pane(x: Int, y: Int, width w: Int, height h: Int, title: String, focused: Bool) {
        box(x: x, y: y, width: w, height: h, title: title, style: focused ? Style(role: .accent, bold: true) : .plain)
    }

    /// A box with a cleared inside, for overlays.
    public mutating func panel(x: Int, y: Int, width w: Int, height h: Int, title: String?) {
        fill(x: x, y: y, width: w, height: h)
        box(x: x, y: y, width: w, height: h, title: title, style: Style(role: .accent))
    }

    /// Text left and right on one row within [x, x+w).
    public mutating func putLR(_ left: String, _ right: String, x: Int, y: Int, width w: Int,
                               style: Style = .plain, rightStyle: Style? = nil) {
        let rightWidth = min(TextWidth.of(right), w)
        put(left, x: x, y: y, style: style, maxWidth: max(0, w - rightWidth - 1))
        put(right, x: x + w - rightWidth, y: y, style: rightStyle ?? style, maxWidth: rightWidth)
    }
}

/// Word-wraps text to `width` columns; long words are cut. Linear in the length of the text
/// (each character is measured once), so a one-word title of megabytes wraps in one pass.
public func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = "", used = 0
        for word in paragraph.split(separator: " ") {
            let ww = TextWidth.of(String(word))
            if used > 0 && used + 1 + ww > width {
                lines.append(line); line = ""; used = 0
            }
            if ww <= width {
                if used > 0 { line += " "; used += 1 }
                line += word; used += ww
                continue
            }
            // A word wider than the line: cut it into full-width pieces, one pass.
            if used > 0 { lines.append(line); line = ""; used = 0 }
            var piece = "", pieceWidth = 0
            for ch in word {
                let cw = TextWidth.of(ch)
                if pieceWidth + cw > width && pieceWidth > 0 {
                    lines.append(piece); piece = ""; pieceWidth = 0
                }
                piece.append(ch); pieceWidth += cw
            }
            line = piece; used = pieceWidth
        }
        lines.append(line)
    }
    return lines
}

/// "5 h 30", "45 min"
public func durationText(minutes: Int) -> String {
    if minutes < 60 { return "\(minutes) min" }
    let m = minutes % 60
    return m == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(String(format: "%02d", m))"
}

/// "03:10", "1:02:03"
public func clockText(seconds: Int) -> String {
    let s = max(0, seconds)
    if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60) }
    return String(format: "%02d:%02d", s / 60, s % 60)
}
