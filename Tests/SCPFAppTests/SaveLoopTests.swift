import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

private let path40 = "/data/sessions/session-040.json"
private let path41 = "/data/sessions/session-041.json"

/// The save loop through the runtime: conflicts, failed saves and quitting.
@MainActor @Suite struct SaveLoopTests {
    /// A harness whose in-memory disk already holds the demo record.
    func harness() -> Harness { .onDisk() }

    @Test func decideLaterKeepsSavingEveryOtherFileAndWComesBack() {
        let h = harness()
        h.persistence.failing[.session(40)] = .changedOnDisk(path: path40)
        h.type(.char("G"), .char("s"))
        #expect(h.state.mode == .conflict(path: path40))
        h.type(.escape)
        #expect(h.state.message?.text.contains("W or :resolve decides") == true)
        h.type(.char("n"), .enter)                          // a new session: another file
        #expect(h.persistence.sessions[41] != nil, "another file is still saved while one waits")
        #expect(h.state.saveStatus == .conflict(path40))
        #expect(h.screen().components(separatedBy: "\n")[0].contains("NOT SAVED"))
        h.type(.char("k"))
        #expect(h.screen().contains("session-040.json changed on disk"), "the message line says what and why")
        #expect(h.screen().components(separatedBy: "\n").last?.hasPrefix(" W changed on disk") == true, "the hint bar names the key")
        h.type(.char("W"))
        #expect(h.state.mode == .conflict(path: path40))
        h.type(.char("o"))
        #expect(h.persistence.sessions[40]?.status == .convened)
        #expect(h.state.saveStatus == .saved && h.state.conflicts.isEmpty)
    }

    @Test func theCommandPaletteReachesTheDecisionToo() {
        let h = harness()
        h.persistence.failing[.session(40)] = .changedOnDisk(path: path40)
        h.type(.char("G"), .char("s"), .escape, .char(":"))
        h.type(text: "resolve")
        h.type(.enter)
        #expect(h.state.mode == .conflict(path: path40))
    }

    @Test func overwriteWritesOnlyTheFileInConflict() {
        let h = harness()
        h.persistence.failing[.session(40)] = .changedOnDisk(path: path40)
        h.persistence.failing[.session(41)] = .changedOnDisk(path: path41)
        h.type(.char("G"), .char("s"), .escape)             // 40 waits
        h.type(.char("n"), .enter)                          // 41 conflicts too
        #expect(h.state.conflicts.map(\.file) == [.session(40), .session(41)])
        h.type(.escape, .char("W"), .char("o"))             // the first: 40
        #expect(h.persistence.overwritten == [.session(40)])
        #expect(h.persistence.sessions[40]?.status == .convened)
        #expect(h.persistence.sessions[41] == nil, "the other file someone changed is not clobbered")
        #expect(h.state.saveStatus == .conflict(path41))
    }

    @Test func quittingAfterAFailedSaveAsksAndDiscardingIsNotASuccess() {
        let h = harness()
        h.persistence.failure = .writeFailed(path: path40, reason: "No space left on device", code: 28)
        h.type(.char("G"), .char("s"))
        #expect(h.type(.char("q")), "q does not quit with an unsaved change")
        #expect(h.state.mode == .quitting)
        #expect(h.screen().contains("session-040.json: the last write failed"))
        #expect(h.type(.escape))
        #expect(h.state.mode == .normal && h.state.message?.text.contains("Not quitting") == true)
        h.type(.char("q"))
        #expect(h.type(.char("s")), "save and quit stays when the save fails again")
        #expect(h.state.mode == .quitting && h.state.message?.text.contains("Still not saved") == true)
        #expect(!h.type(.char("d")), "d quits")
        #expect(h.runtime.discardedUnsavedChanges)
    }

    @Test func saveAndQuitRetriesAndQuitsWhenTheWriteWorks() {
        let h = harness()
        h.persistence.failure = .writeFailed(path: path40, reason: "No space left on device", code: 28)
        h.type(.char("G"), .char("s"), .char("q"))
        h.persistence.failure = nil
        #expect(!h.type(.char("s")))
        #expect(h.persistence.sessions[40]?.status == .convened)
        #expect(!h.runtime.discardedUnsavedChanges)
    }

    @Test func quitWithAConflictOffersOverwriteAndKeepsNothingBack() {
        let h = harness()
        h.persistence.failing[.session(40)] = .changedOnDisk(path: path40)
        h.type(.char("G"), .char("s"), .escape, .char("n"), .enter, .char("q"))
        #expect(h.state.mode == .quitting)
        #expect(h.type(.char("s")), "s alone never writes over someone else's change")
        #expect(h.persistence.sessions[40]?.status == .planned)
        #expect(!h.type(.char("o")))
        #expect(h.persistence.sessions[40]?.status == .convened && h.persistence.sessions[41] != nil)
        #expect(!h.runtime.discardedUnsavedChanges)
    }

    @Test func onAScreenTooSmallToDrawQuittingStillAsks() {
        let h = harness()
        h.persistence.failure = .writeFailed(path: path40, reason: "No space left on device", code: 28)
        h.type(.char("G"), .char("s"))
        _ = h.screen(width: 40, height: 10)
        #expect(h.type(.char("q")))
        #expect(h.screen().contains("s saves and quits"))
        #expect(!h.type(.char("d")))
        #expect(h.runtime.discardedUnsavedChanges)
    }

    @Test func theQuitCommandInThePaletteAsksToo() {
        let h = harness()
        h.persistence.failing[.session(40)] = .changedOnDisk(path: path40)
        h.type(.char("G"), .char("s"), .escape, .char(":"))
        h.type(text: "quit scpf")
        #expect(h.type(.enter))
        #expect(h.state.mode == .quitting)
        #expect(h.screen().contains("save and quit, writing yours over the files changed on disk"))
    }

    @Test func quitWithEverythingSavedQuitsAtOnce() {
        let h = harness()
        h.type(.char("G"), .char("s"))
        #expect(!h.type(.char("q")))
        #expect(!h.runtime.discardedUnsavedChanges)
    }
}

/// The pure core, whole state and effects at each step.
@MainActor @Suite struct SaveLoopStoreTests {
    @Test func anEditAsksForItsSaveAndTheOutcomeSettlesIt() {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var start = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow)
        start.selectedSession = 40
        var store = TestStore(start)
        var convened = start.data.session(40)!
        try? convened.advanceStatus(to: .convened)
        #expect(convened.status == .convened)
        let save: Effect = .save([.session(convened)], overwrite: false)
        store.send(.key(.char("s")), effects: [save]) {
            $0.untouched = false
            $0.undoStack = [(Snapshot(data: start.data, chair: start.chair), "Session 40 is now \(SessionStatus.convened.label)")]
            $0.data.upsert(convened)
            $0.message = .info("Session 40 is now \(SessionStatus.convened.label). Press u to undo.")
            $0.saving = [.session(40)]
            $0.saveStatus = .saving
        }
        store.send(.conflict(.session(40), path: path40)) {
            $0.saving = []
            $0.conflicts = [FileConflict(file: .session(40), path: path40)]
            $0.mode = .conflict(path: path40)
            $0.saveStatus = .conflict(path40)
        }
        store.send(.key(.escape)) {
            $0.mode = .normal
            $0.message = .error("Put off: session-040.json waits (changed on disk). W or :resolve decides.")
        }
        store.send(.key(.char("W"))) {
            $0.mode = .conflict(path: path40)
            $0.message = nil
        }
        store.send(.key(.char("o")), effects: [.save([.session(convened)], overwrite: true)]) {
            $0.mode = .normal
            $0.message = .info("Writing your session-040.json over theirs.")
            $0.saving = [.session(40)]
        }
        store.send(.saved(.session(convened))) {
            $0.persisted.upsert(convened)
            $0.saving = []
            $0.conflicts = []
            $0.saveStatus = .saved
        }
    }

    @Test func reloadTakesTheirFileAndNothingElse() {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var start = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow)
        start.selectedSession = 40
        try? start.data.update(session: 40) { $0.venue = "Mine" }
        start.conflicts = [FileConflict(file: .session(40), path: path40)]
        start.mode = .conflict(path: path40)
        var theirs = sessions.first { $0.number == 40 }!
        theirs.venue = "Theirs"
        var store = TestStore(start)
        store.send(.key(.char("r")), effects: [.reload(.session(40))]) {
            $0.untouched = false
            $0.mode = .normal
            $0.saveStatus = .conflict(path40)
        }
        store.send(.reloaded(.session(40), .session(theirs))) {
            $0.data.upsert(theirs)
            $0.persisted.upsert(theirs)
            $0.conflicts = []
            $0.message = .info("Reloaded session-040.json from disk: their version is now yours.")
            $0.saveStatus = .saved
        }
    }
}
