import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

@MainActor @Suite struct ReviewTests {
    func reviewHarness() -> Harness {
        let h = Harness(readOnly: "review mode: the record cannot be changed here; your reviewed marks and notes go to chair.json.")
        h.runtime.stateForTesting { $0.reviewMode = true; $0.view = .review; $0.agendaCursor = 0 }
        return h
    }

    /// Every binding that edits the record is refused in review mode, in every view.
    @Test func reviewModeRefusesEveryEditingAction() {
        for binding in Keymap.bindings where binding.action.edits {
            let h = reviewHarness()
            if case .view(let view) = binding.scope { h.runtime.stateForTesting { $0.view = view } }
            let before = h.state.data
            h.type(binding.keys[0])
            if case .form = h.state.mode { h.type(.enter) }
            #expect(h.state.data == before, "\(binding.action)")
            #expect(h.state.message?.text.hasPrefix("Read-only: review mode") == true, "\(binding.action): \(h.state.message?.text ?? "")")
            #expect(h.persistence.sessions.isEmpty && h.persistence.committee == nil, "\(binding.action) wrote the record")
        }
    }

    @Test func chairMarksGoToTheChairFileOnly() {
        let h = reviewHarness()
        h.type(.char("r"))
        h.type(.char("j"))                                    // r marks and stays: the chair moves on
        h.type(.char("!"))
        h.type(.char("n"))
        _ = h.runtime.handle(.paste("Ask about arrears"))
        h.type(.ctrl("s"))
        let item = h.state.session!.agenda.items[1].id
        #expect(h.persistence.chair?.note(session: 39, item: "i1").reviewed == true)
        #expect(h.persistence.chair?.note(session: 39, item: item).toRaise == true)
        #expect(h.persistence.chair?.note(session: 39, item: item).notes == "Ask about arrears")
        #expect(h.persistence.sessions.isEmpty && h.persistence.committee == nil)
        h.type(.char("u"))
        #expect(h.state.chair.note(session: 39, item: item).notes.isEmpty)
        assertGolden(h.screen(), "review-after-marks")
    }

    @Test func progressAndFilters() {
        let h = reviewHarness()
        h.type(.char("r"), .char("j"), .char("r"))
        #expect(h.state.chair.progress(h.state.session!) == (2, 10))
        h.type(.char("f"))                                    // not yet reviewed
        #expect(h.state.reviewIndices.count == 8)
        h.type(.char("f"))                                    // to raise
        #expect(h.state.reviewIndices.isEmpty)
        h.type(.char("f"))                                    // needing a decision
        #expect(h.state.reviewIndices.allSatisfy { h.state.session!.agenda.items[$0].purpose != .information })
        #expect(h.screen().contains("Reviewed 2 of 10"))
    }

    @Test func followsTheMeetingWhenTheSessionFileChanges() {
        let h = reviewHarness()
        var moved = h.state.data.session(39)!
        try! moved.takeUp(itemId: "i3", at: fixedNow)
        h.persistence.external = [moved]
        _ = h.runtime.handle(.tick)
        #expect(h.state.data.session(39)?.live?.currentItemId == "i3")
        #expect(h.state.agendaCursor == 2)
        #expect(h.persistence.sessions.isEmpty)               // never written back
        // Undo after following reverts only the chair's own change.
        h.type(.char("r"))
        h.type(.char("u"))
        #expect(h.state.data.session(39)?.live?.currentItemId == "i3")
    }

    @Test func plainReadOnlyRefusesChairMarksToo() {
        let h = Harness(readOnly: "opened with --read-only.")
        h.runtime.stateForTesting { $0.chairReadOnlyReason = "opened with --read-only."; $0.view = .review }
        h.type(.char("r"))
        #expect(h.state.message?.kind == .error)
        #expect(h.persistence.chair == nil)
    }
}
