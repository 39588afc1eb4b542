import SCPFCore

/// Colours by role, not by value: the terminal layer maps them to colour pairs, or to
/// nothing under NO_COLOR (meaning is never carried by colour alone).
public enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal, accent, muted, warning, danger, success, bar
}

public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public init(role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role; self.bold = bold; self.reverse = reverse; self.underline = underline
    }
    public static let plain = Style()
}

/// One terminal cell. A wide character occupies its cell and marks the next one as
/// `continuation`, which the terminal layer skips.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var continuation: Bool
    public init(text: String = " ", style: Style = .plain, continuation: Bool = false) {
        self.text = text; self.style = style; self.continuation = continuation
    }
}

/// A rectangle of styled cells: the one thing views produce. Tests compare its text.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (text fields), if anywhere.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(width, 0); self.height = max(height, 0)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes text from (x, y), clipped to `maxWidth` columns and the frame; returns the
    /// column after the last cell written. Wide characters never straddle the clip edge.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            // A control or bidi character never reaches the terminal: a visible cell instead
            // (a tab is a space).
            let printableASCII = ch.asciiValue.map { $0 >= 0x20 && $0 < 0x7F } ?? false
            if !printableASCII, ch.unicodeScalars.contains(where: TerminalText.isUnsafe) {
                if col + 1 > limit { break }
                if col >= 0 { self[col, y] = Cell(text: ch == "\t" ? " " : TextWidth.replacement, style: style) }
                col += 1
                continue
            }
            let w = TextWidth.of(ch)
            if w == 0 {
                // Combining mark or zero-width: attach to the previous cell.
                if col > x, col - 1 < width, col - 1 >= 0 {
                    var back = col - 1
                    while back > 0 && self[back, y].continuation { back -= 1 }
                    self[back, y].text.append(ch)
                }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(text: String(ch), style: style)
                if w == 2 { self[col + 1, y] = Cell(text: "", style: style, continuation: true) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with a styled blank.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(y, 0)..<min(y + h, height) {
            for col in max(x, 0)..<min(x + w, width) { self[col, row] = Cell(style: style) }
        }
    }

    /// The frame's styles for golden tests: one symbol per cell (column for column with
    /// `text`), then a legend naming each symbol's style. Symbols are given in order of first
    /// appearance, so the same screen always gives the same map.
    public var styleText: String {
        let symbols = Array(".123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var assigned: [Style: Character] = [:]
        var order: [Style] = []
        var rows: [String] = []
        for row in 0..<height {
            var line = ""
            for col in 0..<width where !self[col, row].continuation {
                let style = self[col, row].style
                if assigned[style] == nil {
                    assigned[style] = order.count < symbols.count ? symbols[order.count] : "?"
                    order.append(style)
                }
                let symbol = assigned[style] ?? "?"
                // A wide character's two columns get its symbol twice, so columns line up.
                line.append(symbol)
                if col + 1 < width, self[col + 1, row].continuation { line.append(symbol) }
            }
            rows.append(line)
        }
        let legend = order.map { style -> String in
            var parts = [String(describing: style.role)]
            if style.bold { parts.append("bold") }
            if style.reverse { parts.append("reverse") }
            if style.underline { parts.append("underline") }
            return "\(assigned[style] ?? "?") = \(parts.joined(separator: " "))"
        }
        return (rows + ["", "legend:"] + legend).joined(separator: "\n")
    }

    /// The frame as plain text, one line per row, trailing spaces trimmed (for golden tests).
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for col in 0..<width where !self[col, row].continuation { line += self[col, row].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
