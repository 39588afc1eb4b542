import SCPFCore
/// A one-line text field that edits by grapheme cluster, so the cursor moves over "é",
/// "中" and combining marks as the eye sees them, and measures width in terminal columns.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, 0…characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func insert(_ text: String) {
        // Newlines and tabs from a paste become spaces: the field is one line. Other control
        // characters (ESC, NUL, …) are dropped: a file holding them would not load again.
        let clean = Array(ControlCharacters.oneLine(text))
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
    public mutating func end() { cursor = characters.count }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var i = cursor
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
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
        switch key {
        case .char(let c): insert(String(c))
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: left()
        case .right: right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
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
        var start = 0
        func columns(_ from: Int, _ to: Int) -> Int { characters[from..<to].reduce(0) { $0 + TextWidth.of($1) } }
        while columns(start, cursor) > width - 1 { start += 1 }
        var out = "", used = 0, i = start
        while i < characters.count {
            let w = TextWidth.of(characters[i])
            if used + w > width { break }
            out.append(characters[i]); used += w; i += 1
        }
        return (out, columns(start, cursor))
    }
}
