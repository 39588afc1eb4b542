#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import SCPFTerminal
import Testing

/// How cell text is made safe for curses when the frame's widths and the C library's disagree.
struct PrintableCellTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }  // wcwidth answers -1 without a UTF-8 locale

    private func scalars(_ text: String, room: Int) -> ([UInt32], Int) {
        let (s, w) = FrameDrawer.printable(text, room: room)
        return (s.map { UInt32(bitPattern: $0) }, w)
    }

    @Test func plainAndWide() {
        #expect(scalars("a", room: 1) == ([0x61], 1))
        #expect(scalars("日", room: 2) == ([0x65E5], 2))
        #expect(scalars("", room: 1) == ([0x20], 1))
        #expect(scalars("\u{1B}", room: 1) == ([0x20], 1))  // control characters never reach the terminal
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(scalars("e\u{301}", room: 1) == ([0x65, 0x301], 1))
        #expect(scalars("\u{301}", room: 1) == ([0x20, 0x301], 1))
    }

    @Test func tooWideBecomesReplacement() {
        #expect(scalars("日", room: 1) == ([0xFFFD], 1))
    }

    @Test func joinedEmojiKeepsItsFirstPart() {
        let (s, w) = scalars("👨\u{200D}👩\u{200D}👧", room: 2)
        #expect(s == [0x1F468])
        #expect(w == 2)
    }
}
