import CNcursesShim
import SCPFApp
@testable import SCPFTerminal
import Testing

struct KeyTranslationTests {
    @Test func controlCharacters() {
        #expect(KeyTranslation.key(for: .char(13)) == .enter)
        #expect(KeyTranslation.key(for: .char(10)) == .enter)
        #expect(KeyTranslation.key(for: .char(9)) == .tab)
        #expect(KeyTranslation.key(for: .char(8)) == .backspace)
        #expect(KeyTranslation.key(for: .char(127)) == .backspace)
        #expect(KeyTranslation.key(for: .char(27)) == .escape)
        #expect(KeyTranslation.key(for: .char(18)) == .ctrl("r"))
        #expect(KeyTranslation.key(for: .char(1)) == .ctrl("a"))
        #expect(KeyTranslation.key(for: .char(0)) == .unknown("Ctrl-Space"))
        #expect(KeyTranslation.key(for: .char(0x9B)) == .unknown("U+009B"))  // C1 CSI is not text
    }

    @Test func printableCharacters() {
        #expect(KeyTranslation.key(for: .char(0x6A)) == .char("j"))
        #expect(KeyTranslation.key(for: .char(0x20)) == .char(" "))
        #expect(KeyTranslation.key(for: .char(0xE9)) == .char("é"))
        #expect(KeyTranslation.key(for: .char(0x65E5)) == .char("日"))
        #expect(KeyTranslation.key(for: .char(0xD800)) == .unknown("U+D800"))  // a lone surrogate is no character
    }

    @Test func keyCodes() {
        #expect(KeyTranslation.key(for: .code(KEY_UP)) == .up)
        #expect(KeyTranslation.key(for: .code(KEY_NPAGE)) == .pageDown)
        #expect(KeyTranslation.key(for: .code(KEY_BTAB)) == .backTab)
        #expect(KeyTranslation.key(for: .code(KEY_ENTER)) == .enter)
        #expect(KeyTranslation.key(for: .code(KEY_BACKSPACE)) == .backspace)
        #expect(KeyTranslation.key(for: .code(KEY_DC)) == .delete)
        #expect(KeyTranslation.key(for: .code(KEY_F0 + 1)) == .function(1))
        #expect(KeyTranslation.key(for: .code(KEY_F0 + 12)) == .function(12))
        #expect(KeyTranslation.key(for: .code(KEY_F0 + 13)) == .unknown("key code \(KEY_F0 + 13)"))
        #expect(KeyTranslation.key(for: .code(KEY_IC)) == .insert)
        #expect(KeyTranslation.key(for: .code(KEY_HOME)) == .home)
        #expect(KeyTranslation.key(for: .code(KEY_END)) == .end)
    }

    /// xterm's modified keys, as curses names them (codes above KEY_MAX).
    @Test func extendedKeyNames() {
        let named = { (name: String) in KeyTranslation.key(for: .code(1000), keyName: { _ in name }) }
        #expect(named("kLFT5") == .ctrlLeft)
        #expect(named("kRIT5") == .ctrlRight)
        #expect(named("kLFT3") == .ctrlLeft)   // Alt-←
        #expect(named("kRIT2") == .right)      // Shift-→
        #expect(named("kHOM5") == .home)
        #expect(named("kEND2") == .end)
        #expect(named("kDC5") == .delete)
        #expect(named("kxIN") == .unknown("kxIN"))
    }
}

/// Raw input as curses hands it over, split into keys and pastes.
struct InputParserTests {
    func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .char($0.value) } }
    let esc: [RawInput] = [.char(27)]
    func keys(_ raw: [RawInput]) -> [InputParser.Token] { InputParser.parse(raw).tokens }

    /// Two `s` in one read (key repeat, ssh, a fast typist) are two keys, not a paste.
    @Test func keysThatArriveTogetherAreAllKeys() {
        #expect(keys(chars("ss")) == [.key(.char("s")), .key(.char("s"))])
        #expect(keys(chars("jj\r")) == [.key(.char("j")), .key(.char("j")), .key(.enter)])
        #expect(InputParser.parse(chars("dy")).pending == nil)
    }

    @Test func bracketedPasteIsExactlyWhatIsMarked() {
        let raw = chars("j") + esc + chars("[200~") + chars("line 1\r\nline\t2 é中") + esc + chars("[201~") + chars("k")
        let parsed = InputParser.parse(raw)
        #expect(parsed.tokens == [.key(.char("j")), .paste("line 1\nline\t2 é中"), .key(.char("k"))])
        #expect(parsed.pending == nil)
    }

    /// Control characters and curses key codes inside a paste are never keys.
    @Test func pastedEscapesAndControlsStayText() {
        let raw = esc + chars("[200~a") + [.char(3), .code(KEY_UP), .char(0x1B), .char(0x5B)] + chars("Ab") + esc + chars("[201~")
        #expect(keys(raw) == [.paste("a[Ab")])
    }

    @Test func anUnfinishedPasteWaitsForItsEnd() {
        let parsed = InputParser.parse(esc + chars("[200~half a para"))
        #expect(parsed.pending == .paste)
        #expect(parsed.tokens == [.paste("half a para")])
    }

    @Test(arguments: [
        ("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home), ("[1;2H", .home),
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[A", .up), ("OB", .down), ("[1;5C", .ctrlRight), ("[1;5D", .ctrlLeft), ("[1;3D", .ctrlLeft), ("[1;2C", .right),
        ("OP", .function(1)), ("[1;2S", .function(4)), ("[15~", .function(5)), ("[24~", .function(12)), ("[Z", .backTab),
        ("[99~", .unknown("ESC [99~")), ("[1;5P", .function(1)), ("[97;5u", .unknown("ESC [97;5u")), ("OX", .unknown("ESC OX")),
    ])
    func escapeSequences(sequence: String, key: Key) {
        let parsed = InputParser.parse(esc + chars(sequence))
        #expect(parsed.tokens.first == .key(key))
    }

    @Test func escAltAndCutSequences() {
        #expect(keys(esc) == [.key(.escape)])
        #expect(keys(esc + esc) == [.key(.escape), .key(.escape)])
        #expect(keys(esc + chars("x")) == [.key(.alt("x"))])
        #expect(keys(esc + chars("[1;5C") + chars("a")) == [.key(.ctrlRight), .key(.char("a"))])
        let cut = InputParser.parse(esc + chars("[1;5"))
        #expect(cut.pending == .sequence)
        #expect(cut.tokens == [.key(.unknown("ESC [1;5"))])
        #expect(keys([.code(KEY_RESIZE), .char(0x71)]) == [.resize, .key(.char("q"))])
    }
}

struct PasteEndTests {
    func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .char($0.value) } }

    @Test func findsTheEndMarkerOnlyWhereItIs() {
        let raw = [RawInput.char(27)] + chars("[200~abc") + [.char(27)] + chars("[201~")
        #expect(InputParser.containsPasteEnd(raw, from: 0))
        #expect(InputParser.containsPasteEnd(raw, from: 9))
        #expect(!InputParser.containsPasteEnd(raw, from: 10))
        #expect(!InputParser.containsPasteEnd(chars("abc") + [.char(27)] + chars("[201"), from: 0))
    }
}
