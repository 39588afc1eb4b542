import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Each view, overlay and degraded screen rendered headless and compared to golden text.
/// Regenerate after an intended change with SCPF_UPDATE_GOLDEN=1 swift test.
@MainActor @Suite struct GoldenScreenTests {
    @Test(arguments: ViewID.allCases)
    func viewAt80x24(_ view: ViewID) {
        let h = Harness()
        h.type(.char(Character("\(view.rawValue)")))
        assertGolden(h.screen(), "view-\(view.rawValue)-80x24")
    }

    @Test(arguments: ViewID.allCases)
    func viewAt120x40(_ view: ViewID) {
        let h = Harness(width: 120, height: 40)
        h.type(.char(Character("\(view.rawValue)")))
        assertGolden(h.screen(), "view-\(view.rawValue)-120x40")
    }

    @Test func helpOverlay() {
        let h = Harness()
        h.type(.char("?"))
        assertGolden(h.screen(), "help-sessions")
    }

    @Test func deleteConfirmation() {
        let h = Harness()
        h.type(.char("d"))
        assertGolden(h.screen(), "confirm-delete-session")
    }

    @Test func refusedStatusChangeShowsError() {
        let h = Harness()
        h.type(.char("k"))          // session 38, closed
        h.type(.char("s"))
        assertGolden(h.screen(), "error-closed-session")
    }

    @Test func newSessionForm() {
        let h = Harness()
        h.type(.char("n"))
        assertGolden(h.screen(), "form-new-session")
    }

    @Test func palette() {
        let h = Harness()
        h.type(.char(":"))
        h.type(text: "close")
        assertGolden(h.screen(), "palette-close")
    }

    @Test func tooSmall() {
        let h = Harness(width: 40, height: 10)
        assertGolden(h.screen(), "too-small-40x10")
    }

    @Test func emptyDataDirectory() {
        let h = Harness(data: DataSet(committee: .scpf(), sessions: []))
        assertGolden(h.screen(), "sessions-empty")
    }
}
