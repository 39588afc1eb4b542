import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Screens whose meaning is in their styles (the selected row, errors, the timer, the
/// focused field) compared cell by cell, role and attributes included, not text only.
@MainActor @Suite struct StyledGoldenTests {
    @Test func sessionsWithSelection() {
        let h = Harness()
        assertStyledGolden(h.runtime.render(width: 80, height: 24), "styled-sessions")
    }

    @Test func meetingConsole() {
        let h = Harness()
        h.type(.char("3"))
        assertStyledGolden(h.runtime.render(width: 80, height: 24), "styled-meeting")
    }

    @Test func refusedChangeIsAnError() {
        let h = Harness()
        h.type(.char("k"), .char("s"))          // session 38 is closed
        assertStyledGolden(h.runtime.render(width: 80, height: 24), "styled-error")
    }

    @Test func formWithFocusedParagraph() {
        let h = Harness()
        h.type(.char("5"), .char("e"), .enter)
        assertStyledGolden(h.runtime.render(width: 80, height: 24), "styled-paragraph-form")
    }

    @Test func styleMapSeesAChangeOfStyleAlone() {
        var a = Frame(width: 4, height: 1), b = Frame(width: 4, height: 1)
        a.put("ab", x: 0, y: 0)
        b.put("ab", x: 0, y: 0, style: Style(role: .danger))
        #expect(a.text == b.text)
        #expect(a.styleText != b.styleText)
        var wide = Frame(width: 4, height: 1)
        wide.put("中a", x: 0, y: 0, style: Style(bold: true))
        // The wide character's two columns and the "a" share the bold symbol; the blank differs.
        #expect(wide.styleText.split(separator: "\n").first == "...1")
    }
}
