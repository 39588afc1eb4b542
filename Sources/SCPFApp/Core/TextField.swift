import SCPFCore
/// A one-line text field that edits by grapheme cluster, so the cursor moves over "é",
/// "中" and combining marks as the eye sees them, and measures width in terminal columns.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, 0…characters.count.
    public private(set) var cursor: Int
    /// A paragraph field (notes, conclusions, report sections): Enter inserts a line break
    /// and the text wraps over several rows (see TextField+Lines.swift).
    public var multiline = false
    /// After End on a row cut inside a long word, the cursor stays at the end of that row
    /// rather than at the start of the next (both are the same index in the text).
    public internal(set) var atRowEnd = false

    public init(_ text: String = "", multiline: Bool = false) {
        self.multiline = multiline
        // A paragraph keeps line breaks (CR LF and CR read as one); a tab becomes a space, as
        // a field has no tab stops.
        characters = multiline
            ? text.replacingOccurrences(of: "\r\n", with: "\n").map { $0 == "\r" ? "\n" : $0 == "\t" ? " " : $0 }
            : Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func insert(_ text: String) {
        atRowEnd = false
        // In a one-line field newlines and tabs from a paste become spaces; a paragraph
        // field keeps line breaks (CR LF and CR read as one). Other control characters (ESC,
        // NUL, …) are dropped: a file holding them would not load again.
        let clean: [Character] = multiline
            ? Array(ControlCharacters.multiLine(text))
            : Array(ControlCharacters.oneLine(text))
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    /// Puts the cursor at `index`, clamped to the text.
    public mutating func cursorTo(_ index: Int) {
        cursor = min(max(0, index), characters.count)
        atRowEnd = false
    }
    public mutating func end() { cursor = characters.count }

    /// Ctrl-←: to the start of this word (or of the previous one).
    public mutating func wordLeft() {
        while cursor > 0 && characters[cursor - 1].isWhitespace { cursor -= 1 }
        while cursor > 0 && !characters[cursor - 1].isWhitespace { cursor -= 1 }
    }

    /// Ctrl-→: to the end of this word (or of the next one).
    public mutating func wordRight() {
        while cursor < characters.count && characters[cursor].isWhitespace { cursor += 1 }
        while cursor < characters.count && !characters[cursor].isWhitespace { cursor += 1 }
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var i = cursor
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
    }

    /// Removes `range` and puts the cursor at `index` (for editing helpers in other files).
    mutating func replace(_ range: Range<Int>, cursorAt index: Int) {
        characters.removeSubrange(range)
        cursorTo(index)
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes everything after the cursor.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor..<characters.count)
    }

    /// Handles an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        atRowEnd = false
        switch key {
        case .char(let c): insert(String(c))
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: left()
        case .right: right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        case .ctrlLeft, .alt("b"): wordLeft()
        case .ctrlRight, .alt("f"): wordRight()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    /// Terminal column of the cursor.
    public var cursorColumn: Int { characters[0..<cursor].reduce(0) { $0 + TextWidth.of($1) } }

    /// The visible slice for a box `width` columns wide, scrolled so the cursor shows;
    /// returns the text and the cursor's column inside it.
    public func visible(width: Int) -> (text: String, cursor: Int) {
        guard width > 1 else { return ("", 0) }
        // Back from the cursor as far as fits (linear: a pasted page must not cost seconds a key).
        var start = cursor, before = 0
        while start > 0 {
            let w = TextWidth.of(characters[start - 1])
            if before + w > width - 1 { break }
            before += w; start -= 1
        }
        var out = "", used = 0, i = start
        while i < characters.count {
            let w = TextWidth.of(characters[i])
            if used + w > width { break }
            out.append(characters[i]); used += w; i += 1
        }
        return (out, before)
    }
}
