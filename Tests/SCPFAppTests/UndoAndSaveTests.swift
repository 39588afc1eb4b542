import Testing
@testable import SCPFApp
import SCPFCore

@MainActor @Suite struct UndoAndSaveTests {
    @Test func everyEditIsSavedAsItIsMade() {
        let h = Harness()
        h.type(.char("G"), .char("s"))
        #expect(h.persistence.sessions[40]?.status == .convened)
        #expect(h.state.saveStatus == .saved)
    }

    @Test func diskFullShowsNotSavedAndRetriesOnNextKey() {
        let h = Harness()
        h.persistence.failure = .writeFailed(path: "/data/sessions/session-040.json", reason: "No space left on device", code: 28)
        h.type(.char("G"), .char("s"))
        #expect(h.state.saveStatus != .saved)
        #expect(h.screen().contains("NOT SAVED"))
        #expect(h.state.message?.text.contains("disk is full") == true)
        h.persistence.failure = nil
        h.type(.char("j"))
        #expect(h.state.saveStatus == .saved)
        #expect(h.persistence.sessions[40]?.status == .convened)
    }

    @Test func changedOnDiskAsksAndOverwriteOnlyWhenChosen() {
        let h = Harness()
        h.persistence.failure = .changedOnDisk(path: "/data/sessions/session-040.json")
        h.type(.char("G"), .char("s"))
        #expect(h.state.mode == .conflict(path: "/data/sessions/session-040.json"))
        #expect(h.persistence.sessions[40] == nil)
        h.type(.char("o"))
        #expect(h.persistence.sessions[40]?.status == .convened)
    }

    @Test func reloadTakesTheirVersion() {
        let h = Harness()
        var theirs = h.state.data.session(40)!
        theirs.venue = "New York"
        h.persistence.sessions[40] = theirs
        h.persistence.failure = .changedOnDisk(path: "/data/sessions/session-040.json")
        h.type(.char("G"), .char("s"))
        h.persistence.failure = nil
        h.type(.char("r"))
        #expect(h.state.data.session(40)?.venue == "New York")
        #expect(h.state.data.session(40)?.status == .planned)
        #expect(h.state.saveStatus == .saved)
    }

    @Test func undoRedoAcrossSeveralEdits() {
        let h = Harness()
        let original = h.state.data
        h.type(.char("G"), .char("s"), .char("s"))
        h.type(.char("u"), .char("u"))
        #expect(h.state.data == original)
        #expect(h.persistence.sessions[40]?.status == .planned)
        h.type(.ctrl("r"))
        #expect(h.state.data.session(40)?.status == .convened)
        h.type(.char("u"), .char("u"))
        #expect(h.state.message?.text == "Nothing to undo.")
    }
}
