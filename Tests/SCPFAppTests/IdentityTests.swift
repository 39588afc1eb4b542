import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
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
        // A free number below the session that took the item up, so the deferral still runs forward.
        let free = try #require((1..<source).reversed().first { h.state.data.session($0) == nil })
        h.type(.char("e"), .ctrl("u"))
        h.type(text: "\(free)")
        h.type(.enter)
        #expect(h.state.mode == .normal, "\(String(describing: h.state.mode))")
        #expect(h.state.data.session(free) != nil && h.state.data.session(source) == nil)
        let carried = h.state.data.session(target)?.agenda.items.compactMap(\.carriedOverFrom) ?? []
        #expect(carried.contains { $0.session == free })
        #expect(!carried.contains { $0.session == source })
        #expect(h.persistence.sessions[target]?.agenda.items.contains { $0.carriedOverFrom?.session == free } == true)
        #expect(h.state.chair.note(session: free, item: noted).notes == "Ask about line 2.")
        #expect(h.state.chair.sessions[String(source)] == nil)
        #expect(h.persistence.chair?.note(session: free, item: noted).notes == "Ask about line 2.")
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

/// Defects found by trying renumbering, deletion and the sessions list (QA, 2 December 2026).
@MainActor @Suite struct IdentityDefectTests {
    func renumber(_ h: Harness, _ from: Int, to: Int) {
        h.runtime.stateForTesting {
            $0.selectedSession = from
            $0.view = .sessions
            $0.mode = .normal
        }
        h.type(.char("e"), .ctrl("u"))
        h.type(text: "\(to)")
        h.type(.enter)
    }

    @Test func aRenumberingThatWouldRunADeferralBackwardsIsRefused() throws {
        let h = Harness()
        let (source, target) = try #require(IdentityTests().deferralSource(h.state.data))
        renumber(h, source, to: target + 50)
        guard case .form(let form) = h.state.mode else { Issue.record("the renumbering was accepted"); return }
        #expect(form.error?.contains("must keep a number below \(target)") == true)
        #expect(h.state.data.session(source) != nil)
    }

    @Test func theDeferralSentenceFollowsTheNewNumber() {
        var s = Session(number: 39, startDate: Day(2026, 11, 27), endDate: Day(2026, 11, 28))
        s.agenda.items = [AgendaItem(id: "i1", title: "Budget", outcome: Outcome(kind: .deferred, deferredTo: 40,
            conclusion: "The Committee decided to defer its consideration of the item to its fortieth session."))]
        s.relink(session: 40, to: 41)
        #expect(s.agenda.items[0].outcome?.conclusion == "The Committee decided to defer its consideration of the item to its forty-first session.")
    }

    @Test func deletingASessionTakesItsChairNotesAlongAndUndoBringsThemBack() throws {
        let h = Harness()
        let number = try #require(h.state.selectedSession)
        let item = try #require(h.state.session?.agenda.items.first?.id)
        h.runtime.stateForTesting { $0.chair.update(session: number, item: item) { $0.notes = "keep" } }
        h.type(.char("d"), .char("y"))
        #expect(h.state.data.session(number) == nil)
        #expect(h.state.chair.sessions[String(number)] == nil)
        h.type(.char("u"))
        #expect(h.state.chair.note(session: number, item: item).notes == "keep")
    }

    @Test func qOnTheTooSmallScreenNeverDropsAnOpenForm() {
        let h = Harness()
        h.type(.char("n"))
        _ = h.runtime.handle(.resize(width: 40, height: 10))
        #expect(h.runtime.handle(.key(.char("q"))))
        guard case .form = h.state.mode else { Issue.record("the form was dropped"); return }
        #expect(h.screen(width: 40, height: 10).contains("what you were doing is kept"))
    }

    @Test func downInTheSessionsListFollowsTheRowsShown() {
        // Session 50 dated before session 45: the list shows 50 first in its year.
        let c = Committee.scpf()
        let a = Session(number: 45, startDate: Day(2030, 10, 20), endDate: Day(2030, 10, 21))
        let b = Session(number: 50, startDate: Day(2030, 6, 20), endDate: Day(2030, 6, 21))
        let h = Harness(data: DataSet(committee: c, sessions: [a, b]))
        h.runtime.stateForTesting { $0.selectedSession = 50 }
        let shown = h.state.sessionRows.compactMap { row -> Int? in if case .session(let i) = row { return h.state.data.sessions[i].number }; return nil }
        h.type(.char("j"))
        #expect(h.state.selectedSession == shown[1])
    }
}
