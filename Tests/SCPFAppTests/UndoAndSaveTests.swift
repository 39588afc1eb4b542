import Testing
@testable import SCPFApp
@testable import SCPFRuntime
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

@MainActor @Suite struct BackgroundLoadTests {
    /// The first screen shows the newest sessions; older ones arrive in batches and join
    /// the list without being saved back or disturbing undo.
    @Test func olderSessionsJoinAsTheyAreRead() {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        let newest = sessions.filter { $0.number >= 37 }
        var state = AppState(data: DataSet(committee: committee, sessions: newest), now: fixedNow)
        state.width = 80; state.height = 24
        state.loadingRemaining = 5
        let persistence = MemoryPersistence()
        persistence.backgroundBatches = [sessions.filter { $0.number >= 35 && $0.number < 37 },
                                         sessions.filter { $0.number < 35 }]
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { fixedNow }), persistence: persistence)
        #expect(h.runtime.tickInterval == 0.05)
        #expect(h.screen().components(separatedBy: "\n")[0].contains("⟳ 5"))
        h.type(.char("G"))                                     // the first batch arrives with this key
        #expect(h.state.data.sessions.count == newest.count + 2)
        h.type(.char("s"))                                     // an edit while the rest arrives
        #expect(h.state.data.sessions.map(\.number) == sessions.map(\.number))
        #expect(h.state.loadingRemaining == 0 && h.runtime.tickInterval == 1.0)
        #expect(!h.screen().contains("⟳"))
        #expect(persistence.sessions.keys.sorted() == [40], "only the edited session is written")
        h.type(.char("u"))
        #expect(h.state.data.sessions.count == sessions.count, "undo keeps the sessions read meanwhile")
        #expect(h.state.data.session(40)?.status == .planned)
    }
}

@MainActor @Suite struct LateArrivalTests {
    /// When the session in progress arrives from the background after the first screen,
    /// it becomes the selection — unless the user has already moved.
    @Test(arguments: [false, true])
    func sessionInProgressIsSelectedWhenItArrives(userMovedFirst: Bool) {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: DataSet(committee: committee, sessions: sessions.filter { $0.number == 40 }), now: fixedNow)
        state.loadingRemaining = 8
        #expect(state.selectedSession == 40)
        let persistence = MemoryPersistence()
        persistence.backgroundBatches = [sessions.filter { $0.number != 40 }]
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { fixedNow }), persistence: persistence)
        if userMovedFirst { h.type(.char("2")) } else { _ = h.runtime.handle(.tick) }
        #expect(h.state.selectedSession == (userMovedFirst ? 40 : 39))
    }
}
