import Testing
@testable import SCPFApp
@testable import SCPFRuntime

/// The paragraph field: wrapping, the cursor's place, movement by row and by word.
@Suite struct ParagraphFieldTests {
    func rowsText(_ field: TextField, width: Int) -> [String] { field.rows(width: width).map(field.text(of:)) }

    @Test func wrapsAtSpacesAndKeepsLineBreaks() {
        let field = TextField("The Committee took note\nof the report.", multiline: true)
        #expect(rowsText(field, width: 12) == ["The", "Committee", "took note", "of the", "report."])
        #expect(rowsText(field, width: 40) == ["The Committee took note", "of the report."])
    }

    @Test func aWordWiderThanTheRowIsCut() {
        let field = TextField("abcdefghij xy", multiline: true)
        #expect(rowsText(field, width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let field = TextField("日本語のテキスト", multiline: true)
        #expect(rowsText(field, width: 6) == ["日本語", "のテキ", "スト"])
    }

    @Test func anEmptyFieldHasOneRow() {
        #expect(TextField("", multiline: true).rows(width: 10).count == 1)
        #expect(TextField("a\n", multiline: true).rows(width: 10).count == 2)
    }

    @Test func enterAndPasteKeepLineBreaksOnlyInParagraphs() {
        var para = TextField("", multiline: true)
        para.insert("one\r\ntwo\rthree\tfour")
        #expect(para.text == "one\ntwo\nthree four")
        var line = TextField("")
        line.insert("one\ntwo")
        #expect(line.text == "one two")
    }

    @Test func upAndDownKeepTheColumn() {
        var field = TextField("first line\nsecond line\nx", multiline: true)
        field.cursorTo(3)                       // "fir|st"
        field.moveVertically(1, width: 40)
        #expect(field.cursorPosition(width: 40) == (1, 3))
        field.moveVertically(1, width: 40)      // the short last row: its end
        #expect(field.cursorPosition(width: 40) == (2, 1))
        field.moveVertically(1, width: 40)      // past the last row: end of text
        #expect(field.cursor == field.characters.count)
        field.moveVertically(-1, width: 40)
        #expect(field.cursorPosition(width: 40).row == 1)
        field.moveVertically(-5, width: 40)
        #expect(field.cursor == 0)
    }

    @Test func homeAndEndAreThoseOfTheRow() {
        var field = TextField("alpha beta gamma", multiline: true)
        field.cursorTo(8)                       // in "beta" (row 2 at width 6)
        field.rowStart(width: 6)
        #expect(field.cursor == 6)
        field.rowEnd(width: 6)
        #expect(field.cursor == 10)
    }

    @Test func wordMovement() {
        var field = TextField("point of order", multiline: true)
        field.wordLeft()
        #expect(field.cursor == 9)
        field.wordLeft(); field.wordLeft(); field.wordLeft()
        #expect(field.cursor == 0)
        field.wordRight()
        #expect(field.cursor == 5)
    }

    @Test func wrappingALongWordIsLinear() {
        // 200,000 characters in one word: quadratic wrapping would not finish in a test run.
        let field = TextField(String(repeating: "x", count: 200_000), multiline: true)
        let rows = field.rows(width: 70)
        #expect(rows.count == (200_000 + 69) / 70)
    }
}

/// Paragraph fields inside forms: Enter breaks lines, Ctrl-S saves, the rows are drawn.
@MainActor @Suite struct ParagraphFormTests {
    func openNotes(_ h: Harness) {
        h.type(.char("5"))                              // session 39, report view
        h.type(.char("e"), .enter)                      // first section: introduction
        h.clearField()
    }

    @Test func enterBreaksTheLineAndCtrlSSavesTheParagraphs() {
        let h = Harness()
        openNotes(h)
        h.type(text: "First paragraph.")
        h.type(.enter, .enter)
        h.type(text: "Second paragraph.")
        guard case .form = h.state.mode else { Issue.record("Enter closed the form"); return }
        #expect(h.screen().contains("Ctrl-S save"))
        h.type(.ctrl("s"))
        #expect(h.state.mode == .normal)
        let intro = h.state.data.session(39)?.report.sections.first { $0.key == "introduction" }
        #expect(intro?.body == "First paragraph.\n\nSecond paragraph.")
    }

    @Test func theTextIsDrawnOverSeveralRowsWithTheCursorOnIt() {
        let h = Harness()
        openNotes(h)
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        h.type(text: words)
        let screen = h.screen()
        #expect(screen.contains("word1 word2"))
        #expect(screen.contains("word40"))
        let frame = h.runtime.render(width: 80, height: 24)
        let cursor = frame.cursor
        #expect(cursor != nil)
        // The cursor sits right after the last word typed.
        if let cursor {
            let line = screen.split(separator: "\n", omittingEmptySubsequences: false)[cursor.y]
            #expect(String(line).contains("word40"))
        }
    }

    @Test func upAndDownMoveInsideTheParagraphBeforeLeavingIt() {
        let h = Harness()
        openNotes(h)
        h.type(text: "one")
        h.type(.enter)
        h.type(text: "two")
        h.type(.up)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.focus == 0)
        #expect(form.fields[0].input.cursorPosition(width: 60).row == 0)
        h.type(text: "!")
        h.type(.ctrl("s"))
        let intro = h.state.data.session(39)?.report.sections.first { $0.key == "introduction" }
        #expect(intro?.body == "one!\ntwo")
    }
}

/// Defects found by trying the paragraph fields (QA, 2 December 2026).
@Suite struct ParagraphFieldDefectTests {
    @Test func ctrlKAndCtrlUStopAtTheLineBreak() {
        var field = TextField("AAA\nBBB\nCCC", multiline: true)
        field.cursorTo(6)                      // BB|B
        field.deleteToLineEnd()
        #expect(field.text == "AAA\nBB\nCCC")
        field.deleteToLineStart()
        #expect(field.text == "AAA\n\nCCC")
        #expect(field.cursor == 4)
    }

    @Test func tabsAndCarriageReturnsFromTheEditorAreNormalised() {
        let field = TextField("tab\there\r\nnext\rlast", multiline: true)
        #expect(field.text == "tab here\nnext\nlast")
    }

    @Test func endOnARowCutInsideAWordStaysOnThatRow() {
        var field = TextField("一二三四五六七八九十", multiline: true)   // 20 columns, no spaces
        field.cursorTo(0)
        field.rowEnd(width: 8)                                       // rows of 4 characters
        #expect(field.cursor == 4)
        #expect(field.cursorPosition(width: 8) == (0, 8))
        field.rowStart(width: 8)
        #expect(field.cursor == 0)
        field.insert("x")                                            // typing moves on as usual
        #expect(field.cursorPosition(width: 8).row == 0)
    }
}
