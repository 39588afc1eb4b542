import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// How text becomes cells: grapheme clusters as one cell group, control and bidi characters
/// as a visible replacement, and wrapping in one pass.
@MainActor @Suite struct TextDrawingTests {
    /// The cells of row 0 as `[text]`, a continuation cell as `~`: the golden form of a row.
    func cells(_ f: Frame) -> String {
        (0..<f.width).map { x in f[x, 0].continuation ? "~" : "[\(f[x, 0].text)]" }.joined()
    }

    @Test func graphemeClustersAreOneCellGroupWithOneWidth() {
        let family = "👨\u{200D}👩\u{200D}👧", flags = "🇯🇵🇫🇷", thumb = "👍🏽", accent = "e\u{301}", heart = "❤\u{FE0F}"
        #expect(TextWidth.of(family) == 2 && TextWidth.of(flags) == 4 && TextWidth.of(thumb) == 2)
        #expect(TextWidth.of(accent) == 1 && TextWidth.of(heart) == 2)
        var f = Frame(width: 12, height: 1)
        let end = f.put(family + flags + thumb + accent + heart + "x", x: 0, y: 0)
        #expect(end == 12)
        #expect(cells(f) == "[\(family)]~[🇯🇵]~[🇫🇷]~[\(thumb)]~[\(accent)][\(heart)]~[x]")
        // A cluster never straddles the clip edge: the flag pair stops at a whole flag.
        var g = Frame(width: 3, height: 1)
        #expect(g.put(flags, x: 0, y: 0) == 2)
        #expect(cells(g) == "[🇯🇵]~[ ]")
    }

    @Test func controlAndBidiCharactersAreDrawnAsAVisibleReplacement() {
        var f = Frame(width: 12, height: 1)
        let end = f.put("a\u{1B}[2Jb\u{202E}c\u{2067}\u{9B}d\te\n", x: 0, y: 0)
        #expect(cells(f) == "[a][\u{FFFD}][[][2][J][b][\u{FFFD}][c][\u{FFFD}][\u{FFFD}][d][ ]")
        #expect(end == 12)
        #expect(f.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: TerminalText.isUnsafe) })
        #expect(TextWidth.of("a\u{1B}b\r\n") == 4, "each control is one replacement cell; CRLF is one")
    }

    @Test func aHostileTitleReachesNoCellOfTheAgendaView() {
        let (committee, demo) = DemoData.make(today: Day(fixedNow))
        var sessions = demo
        let index = sessions.firstIndex { !$0.agenda.items.isEmpty }!
        sessions[index].agenda.items[0].title = "Evil\u{1B}]0;owned\u{7}\u{202E}txt.exe 👨\u{200D}👩\u{200D}👧 🇯🇵"
        let h = Harness(data: DataSet(committee: committee, sessions: sessions), width: 100, height: 30)
        h.runtime.stateForTesting { $0.view = .agenda; $0.selectedSession = sessions[index].number }
        let frame = h.runtime.render(width: 100, height: 30)
        #expect(frame.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: TerminalText.isUnsafe) })
        assertGolden(frame.text, "agenda-hostile-title")
    }

    @Test func wrapCutsLongWordsAndKeepsWordsWhole() {
        #expect(wrap("The Committee took note of the report", width: 12) == ["The", "Committee", "took note of", "the report"])
        #expect(wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
        #expect(wrap("x abcdefgh", width: 4) == ["x", "abcd", "efgh"])
        #expect(wrap("中国人民 ab", width: 3) == ["中", "国", "人", "民", "ab"])
        #expect(wrap("中国", width: 1) == ["中", "国"], "a character wider than the line still moves on")
        #expect(wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(wrap("anything", width: 0) == [])
        let word = String(repeating: "w", count: 100_000)
        let lines = wrap(word, width: 70)
        #expect(lines.count == 1_429 && lines.dropLast().allSatisfy { $0.count == 70 } && lines.last?.count == 100_000 % 70)
    }

    @Test func aTitleLongerThanAPageIsRefusedByTheFormWithTheLimitNamed() {
        let h = AgendaFlowTests().draftAgenda()
        let before = h.state.session?.agenda.items.count
        h.type(.char("a"))
        h.type(text: String(repeating: "t", count: TextLimits.maxTitleCharacters + 1))
        h.type(.tab)
        h.type(text: "b")
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.error == "The title is longer than 2,000 characters (the limit); shorten it to a page or less.")
        #expect(h.state.session?.agenda.items.count == before)
    }
}
