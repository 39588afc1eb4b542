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
        #expect(KeyTranslation.key(for: .char(0)) == nil)
        #expect(KeyTranslation.key(for: .char(0x9B)) == nil)  // C1 CSI is not text
    }

    @Test func printableCharacters() {
        #expect(KeyTranslation.key(for: .char(0x6A)) == .char("j"))
        #expect(KeyTranslation.key(for: .char(0x20)) == .char(" "))
        #expect(KeyTranslation.key(for: .char(0xE9)) == .char("é"))
        #expect(KeyTranslation.key(for: .char(0x65E5)) == .char("日"))
        #expect(KeyTranslation.key(for: .char(0xD800)) == nil)  // a lone surrogate is no character
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
        #expect(KeyTranslation.key(for: .code(KEY_F0 + 13)) == nil)
        #expect(KeyTranslation.key(for: .code(KEY_IC)) == nil)
    }
}
