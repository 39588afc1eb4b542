/// Layout and movement of a paragraph field: the text wrapped into rows of a given width
/// (at spaces where it can, inside a word only when the word is wider than the row), the
/// cursor's row and column in that layout, and movement by row and by word. Linear in the
/// length of the text.
extension TextField {
    /// One row of the wrapped text: characters `start..<end`, drawn without the break.
    public struct Row: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// The rows of the text wrapped to `width` columns (at least one row, even when empty).
    public func rows(width: Int) -> [Row] {
        let width = max(1, width)
        var rows: [Row] = []
        var start = 0, used = 0
        var lastSpace: Int? = nil   // index of the last space on the current row
        var i = 0
        while i < characters.count {
            let ch = characters[i]
            if ch == "\n" {
                rows.append(Row(start: start, end: i))
                start = i + 1; used = 0; lastSpace = nil; i += 1
                continue
            }
            let w = TextWidth.of(ch)
            if used + w > width && i > start {
                if ch == " " {
                    // The space at the break is swallowed by it.
                    rows.append(Row(start: start, end: i))
                    start = i + 1; used = 0; lastSpace = nil; i += 1
                    continue
                }
                if let space = lastSpace {
                    rows.append(Row(start: start, end: space))
                    start = space + 1
                } else {
                    rows.append(Row(start: start, end: i))
                    start = i
                }
                used = columns(start, i); lastSpace = nil
                // Characters between the new start and i were measured again: that span is
                // at most one row wide, so the total work stays linear.
                for j in start..<i where characters[j] == " " { lastSpace = j }
            }
            if ch == " " { lastSpace = i }
            used += w
            i += 1
        }
        rows.append(Row(start: start, end: characters.count))
        return rows
    }

    /// The cursor's row and column (in terminal columns) in `rows(width:)`.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let layout = rows(width: width)
        let row = currentRow(in: layout)
        return (row, columns(layout[row].start, min(cursor, layout[row].end)))
    }

    /// Moves the cursor one row up or down, keeping its column where the row allows.
    public mutating func moveVertically(_ step: Int, width: Int) {
        let layout = rows(width: width)
        let row = currentRow(in: layout)
        let target = row + step
        guard layout.indices.contains(target) else {
            cursorTo(step < 0 ? 0 : characters.count)
            return
        }
        let column = columns(layout[row].start, min(cursor, layout[row].end))
        var index = layout[target].start, used = 0
        while index < layout[target].end {
            let w = TextWidth.of(characters[index])
            if used + w > column { break }
            used += w; index += 1
        }
        cursorTo(index)
    }

    /// Home and End inside a paragraph: the start or end of the cursor's row.
    public mutating func rowStart(width: Int) {
        let layout = rows(width: width)
        cursorTo(layout[currentRow(in: layout)].start)
    }

    public mutating func rowEnd(width: Int) {
        let layout = rows(width: width)
        let row = currentRow(in: layout)
        cursorTo(layout[row].end)
        // A row cut inside a word ends where the next begins: remember which one is meant.
        atRowEnd = layout.indices.contains(row + 1) && layout[row + 1].start == layout[row].end
    }

    /// Ctrl-U and Ctrl-K in a paragraph: delete to the start or the end of the line (up to
    /// the line break), never across lines.
    public mutating func deleteToLineStart() {
        var start = cursor
        while start > 0 && characters[start - 1] != "\n" { start -= 1 }
        let end = cursor
        replace(start..<end, cursorAt: start)
    }

    public mutating func deleteToLineEnd() {
        var end = cursor
        while end < characters.count && characters[end] != "\n" { end += 1 }
        replace(cursor..<end, cursorAt: cursor)
    }

    /// The row the cursor is drawn on.
    private func currentRow(in layout: [Row]) -> Int {
        let row = rowIndex(of: cursor, in: layout)
        if atRowEnd, row > 0, layout[row].start == cursor, layout[row - 1].end == cursor { return row - 1 }
        return row
    }

    /// The text of a row.
    public func text(of row: Row) -> String { String(characters[row.start..<row.end]) }

    private func rowIndex(of position: Int, in layout: [Row]) -> Int {
        // The last row that starts at or before the position: a cursor at a soft break
        // belongs to the row it ends (unless a row starts exactly there).
        var index = 0
        for (i, row) in layout.enumerated() where row.start <= position { index = i }
        return index
    }

    private func columns(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return characters[from..<to].reduce(0) { $0 + TextWidth.of($1) }
    }
}
