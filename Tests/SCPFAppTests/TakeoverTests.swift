import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// A read-only follower: told when the writer quits, W makes it the writer, deletions follow.
@MainActor @Suite struct TakeoverTests {
    let reason = "another scpf (pid 4242) is editing /data; this one is read-only until it quits."

    @Test func whenTheWriterQuitsOneKeyMakesThisTheWriter() {
        let h = Harness(readOnly: reason)
        h.runtime.stateForTesting { $0.followingWriter = true }
        #expect(!h.screen().contains("Ctrl-T become writer"))
        h.type(.ctrl("t"))
        #expect(h.state.readOnlyReason == reason)
        #expect(h.state.message?.text.contains("still editing") == true)
        h.persistence.writerGone = true
        _ = h.runtime.handle(.tick)
        #expect(h.state.writerQuit)
        #expect(h.state.message?.text.contains("press Ctrl-T to become the writer") == true)
        #expect(h.screen().contains("Ctrl-T become writer"))
        h.type(.ctrl("t"))
        #expect(h.persistence.becameWriter)
        #expect(h.state.readOnlyReason == nil && h.state.saveStatus == .saved)
        #expect(h.state.message?.text.contains("now the writer") == true)
        // Edits are saved from now on.
        h.type(.char("1"), .char("n"), .enter)
        #expect(h.persistence.sessions[41] != nil)
    }

    @Test func aQuickerInstanceKeepsThisOneReadOnly() {
        let h = Harness(readOnly: reason)
        h.runtime.stateForTesting { $0.followingWriter = true }
        h.persistence.writerGone = true
        h.persistence.takeoverRefusal = "another scpf (pid 7) became the writer first; this one stays read-only until it quits."
        _ = h.runtime.handle(.tick)
        h.type(.ctrl("t"))
        #expect(h.state.readOnlyReason?.contains("became the writer first") == true)
        #expect(!h.state.writerQuit)
        h.type(.char("1"), .char("n"))
        #expect(h.persistence.sessions.isEmpty)
    }

    @Test func sessionsTheWriterDeletedLeaveTheFollower() {
        let h = Harness(readOnly: reason)
        let last = h.state.data.sessions.last!.number
        h.persistence.externallyDeleted = [last]
        _ = h.runtime.handle(.tick)
        #expect(h.state.data.session(last) == nil)
        #expect(h.state.message?.text.contains("deleted by the writer") == true)
        #expect(h.state.undoStack.allSatisfy { $0.0.data.session(last) == nil })
    }
}

/// What W says in each kind of read-only instance (QA, 2 December 2026).
@MainActor @Suite struct TakeoverMessageTests {
    @Test func readOnlyByChoiceSaysSo() {
        let h = Harness(readOnly: "opened with --read-only.")
        h.type(.ctrl("t"))
        #expect(h.state.message?.text == "Read-only: opened with --read-only. Reopen scpf without it to edit.")
    }

    @Test func aFollowerWhoseWriterIsStillThereIsToldToWait() {
        let h = Harness(readOnly: "another scpf (pid 1) is editing /data; this one is read-only until it quits.")
        h.runtime.stateForTesting { $0.followingWriter = true }
        h.type(.ctrl("t"))
        #expect(h.state.message?.text.contains("still editing") == true)
    }

    @Test func thePaletteDimsWhatTheDataForbids() {
        let h = Harness()
        h.type(.char("k"))                 // session 38: closed
        h.type(.char(":"))
        h.type(text: "status one step")
        #expect(h.screen().contains("a closed session cannot change status"))
    }
}
