import Testing
@testable import SCPFApp
@testable import SCPFRuntime

@Suite struct TextFieldTests {
    @Test func cursorMovesByGraphemeOverWideAndCombiningCharacters() {
        var f = TextField("Côte")
        f.left()
        #expect(f.cursorColumn == 3)
        var cjk = TextField("中国")
        #expect(cjk.cursorColumn == 4)
        cjk.left()
        #expect(cjk.cursorColumn == 2)
        cjk.backspace()
        #expect(cjk.text == "国")
        // "e" + combining acute is one character, one column.
        var combining = TextField("Cafe\u{301}")
        #expect(combining.characters.count == 4)
        combining.backspace()
        #expect(combining.text == "Caf")
    }

    @Test func arabicEditsAsCharacters() {
        var f = TextField("مصر")
        f.home()
        f.deleteForward()
        #expect(f.text == "صر")
        f.end()
        f.insert("ي")
        #expect(f.text == "صري")
    }

    @Test func homeEndAndWordDelete() {
        var f = TextField("Programme and Budget")
        f.deleteWordBackward()
        #expect(f.text == "Programme and ")
        f.deleteWordBackward()
        #expect(f.text == "Programme ")
        f.home()
        f.insert("The ")
        #expect(f.text == "The Programme ")
        f.end()
        #expect(f.cursor == f.characters.count)
        f.home(); f.deleteToEnd()
        #expect(f.text.isEmpty)
    }

    @Test func pasteBecomesOneLine() {
        var f = TextField()
        f.insert("a\nb\tc")
        #expect(f.text == "a b c")
    }

    @Test func visibleSliceKeepsCursorInView() {
        var f = TextField(String(repeating: "中", count: 20))
        let (text, cursor) = f.visible(width: 10)
        #expect(TextWidth.of(text) <= 10)
        #expect(cursor <= 9)
        f.home()
        #expect(f.visible(width: 10).cursor == 0)
    }

    @Test func widths() {
        #expect(TextWidth.of("中国 (China)") == 12)
        #expect(TextWidth.of("Côte d'Ivoire") == 13)
        #expect(TextWidth.of("مصر") == 3)
        #expect(TextWidth.of("e\u{301}") == 1)
    }
}

@Suite struct TextFieldWordTests {
    @Test func wordLeftAndRight() {
        var f = TextField("one  two three")
        f.wordLeft()
        #expect(f.cursor == 9)
        f.wordLeft()
        #expect(f.cursor == 5)
        f.wordLeft(); f.wordLeft()
        #expect(f.cursor == 0)
        f.wordRight()
        #expect(f.cursor == 3)
        f.wordRight()
        #expect(f.cursor == 8)
        #expect(f.handle(.ctrlRight) && f.cursor == 14)
        #expect(f.handle(.ctrlLeft) && f.cursor == 9)
        #expect(f.text == "one  two three")
    }
}

@Suite struct TextFieldLongTextTests {
    /// A pasted page: the slice still ends at the cursor (and is found without rescanning).
    @Test func longTextShowsItsTailAtTheCursor() {
        var f = TextField(String(repeating: "word ", count: 40_000) + "END")
        let (tail, cursor) = f.visible(width: 10)
        #expect(tail == " word END")   // width − 1 columns before the cursor, which sits after them
        #expect(cursor == 9)
        f.home()
        #expect(f.visible(width: 10) == ("word word ", 0))
        var wide = TextField("中中中中中")
        #expect(wide.visible(width: 6) == ("中中", 4))
        wide.left()
        #expect(wide.visible(width: 6).cursor == 4)
    }
}
