import Foundation
import Testing
@testable import SCPFApp
import SCPFCore

/// A session's number and an item's id are what links and the chair's notes hold on to.
@MainActor @Suite struct IdentityTests {
    /// A session that some later session carried an item over from.
    func deferralSource(_ data: DataSet) -> (source: Int, target: Int)? {
        for s in data.sessions {
            if let link = s.agenda.items.compactMap(\.carriedOverFrom).first { return (link.session, s.number) }
        }
        return nil
    }

    @Test func renumberingASessionCarriesItsLinksAndTheChairsNotes() throws {
        let h = Harness()
        let (source, target) = try #require(deferralSource(h.state.data))
        let noted = try #require(h.state.data.session(source)?.agenda.items.first?.id)
        h.runtime.stateForTesting {
            $0.chair.update(session: source, item: noted) { $0.notes = "Ask about line 2." }
            $0.selectedSession = source
            $0.listCursor[.sessions] = $0.data.sessions.firstIndex { $0.number == source }
        }
        h.type(.char("e"), .ctrl("u"))
        h.type(text: "900")
        h.type(.enter)
        #expect(h.state.mode == .normal, "\(String(describing: h.state.message))")
        #expect(h.state.data.session(900) != nil && h.state.data.session(source) == nil)
        let carried = h.state.data.session(target)?.agenda.items.compactMap(\.carriedOverFrom) ?? []
        #expect(carried.contains { $0.session == 900 })
        #expect(!carried.contains { $0.session == source })
        #expect(h.persistence.sessions[target]?.agenda.items.contains { $0.carriedOverFrom?.session == 900 } == true)
        #expect(h.state.chair.note(session: 900, item: noted).notes == "Ask about line 2.")
        #expect(h.state.chair.sessions[String(source)] == nil)
        #expect(h.persistence.chair?.note(session: 900, item: noted).notes == "Ask about line 2.")
        // One undo puts the number, the links and the notes back together.
        h.type(.char("u"))
        #expect(h.state.data.session(source) != nil)
        #expect(h.state.data.session(target)?.agenda.items.contains { $0.carriedOverFrom?.session == source } == true)
        #expect(h.state.chair.note(session: source, item: noted).notes == "Ask about line 2.")
    }

    @Test func aNumberWhoseFileIsStillOnDiskIsNotGivenToANewSession() {
        let h = Harness()
        h.runtime.stateForTesting { $0.unloadedSessionNumbers = [41] }
        h.type(.char("n"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.value(.number) == "41")
        h.type(.enter)
        guard case .form(let after) = h.state.mode else { Issue.record("form closed"); return }
        #expect(after.error?.contains("session 41 is on disk") == true)
        #expect(h.persistence.sessions[41] == nil)
        // While the background read is still going, the message says to wait.
        var loading = h.state
        loading.loadingRemaining = 2
        #expect(loading.sessionNumberTaken(41)?.contains("still being read") == true)
    }

    @Test func anUnreadableFileKeepsItsNumberReserved() {
        let h = Harness()
        h.runtime.stateForTesting { $0.unloadedSessionNumbers = [41] }
        h.type(.char("n"), .enter)
        guard case .form(let after) = h.state.mode else { Issue.record("form closed"); return }
        #expect(after.error?.contains("could not be read") == true)
        #expect(h.persistence.sessions[41] == nil)
    }

    @Test func aSessionArrivingFromTheBackgroundFreesNothingItDoesNotOwn() {
        var state = AppState(data: DataSet(committee: Committee.scpf(), sessions: []), now: fixedNow)
        state.unloadedSessionNumbers = [3, 4]
        state.absorbExternal([Session(number: 3, startDate: Day(2020, 5, 1), endDate: Day(2020, 5, 2))], follow: false)
        #expect(state.unloadedSessionNumbers == [4])
        #expect(state.sessionNumberTaken(3)?.contains("already exists") == true)
        #expect(state.sessionNumberTaken(5) == nil)
    }
}
