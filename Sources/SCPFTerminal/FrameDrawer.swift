import CNcursesShim
import SCPFApp

/// Copies a Frame into curses' virtual screen, every cell every time: curses compares it
/// with what the terminal shows and sends only the difference (no erase, no flicker).
@MainActor
struct FrameDrawer {
    let window: UnsafeMutablePointer<WINDOW>
    let palette: Palette

    /// Draws `frame` over the whole window; cells outside the frame become blanks.
    func draw(_ frame: Frame, rows: Int, cols: Int) {
        for y in 0..<rows {
            var x = 0
            while x < cols {
                x += drawCell(in: frame, x: x, y: y, cols: cols)
            }
        }
    }

    /// Draws the cell at (x, y) and returns how many columns the terminal will use for it.
    private func drawCell(in frame: Frame, x: Int, y: Int, cols: Int) -> Int {
        let inside = x < frame.width && y < frame.height
        let cell = inside ? frame[x, y] : Cell()
        // A continuation whose wide character was drawn narrow (or not at all): blank it.
        if cell.continuation {
            put([0x20], style: cell.style, x: x, y: y)
            return 1
        }
        let room = inside && x + 1 < min(frame.width, cols) && frame[x + 1, y].continuation ? 2 : 1
        let (scalars, width) = Self.printable(cell.text, room: room)
        if !put(scalars, style: cell.style, x: x, y: y) {
            put([0xFFFD], style: cell.style, x: x, y: y)
            return 1
        }
        return width
    }

    @discardableResult
    private func put(_ scalars: [wchar_t], style: Style, x: Int, y: Int) -> Bool {
        var cc = cchar_t()
        let (attrs, pair) = palette.attributes(for: style)
        let ok = (scalars + [0]).withUnsafeBufferPointer { setcchar(&cc, $0.baseAddress, attrs, pair, nil) } != ERR
        guard ok else { return false }
        // At the bottom-right corner this "fails" because the cursor cannot advance, but the
        // cell is stored: the result is deliberately ignored.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
        return true
    }

    /// The scalars curses can draw for a cell's text, and the columns they take. The
    /// frame's widths come from TextWidth while the terminal's come from the C library;
    /// where they disagree, the layout of the frame wins: anything wider than `room`
    /// becomes U+FFFD. Curses accepts one spacing character followed by up to four
    /// zero-width ones, so the rest of a long grapheme (ZWJ emoji) is dropped.
    nonisolated static func printable(_ text: String, room: Int) -> (scalars: [wchar_t], width: Int) {
        let all = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        guard let first = all.first, first >= 0x20, first != 0x7F else { return ([0x20], 1) }
        let width = Int(scpf_wcwidth(first))
        if width < 0 || width > room { return ([0xFFFD], 1) }
        var scalars = width == 0 ? [0x20, first] : [first]  // a lone combining mark sits on a space
        for s in all.dropFirst() {
            guard scalars.count < Int(CCHARW_MAX), scpf_wcwidth(s) == 0 else { break }
            scalars.append(s)
        }
        if scalars.count > 1, scalars.last == 0x200D { scalars.removeLast() }  // a joiner left with nothing to join
        return (scalars, max(width, 1))
    }
}
