import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Every key in a form does its documented thing or nothing with a sentence; none closes
/// the form or loses its text except Esc/Ctrl-C, and those ask first when it has changes.
@MainActor @Suite struct FormKeysTests {
    /// Opens the session editor with the Venue field focused.
    func editVenue() -> Harness {
        let h = Harness()
        h.type(.char("e"))
        for _ in 0..<4 { h.type(.tab) }
        return h
    }

    func form(_ h: Harness, sourceLocation: SourceLocation = #_sourceLocation) -> FormState? {
        guard case .form(let form) = h.state.mode else {
            Issue.record("the form closed; mode is \(h.state.mode)", sourceLocation: sourceLocation)
            return nil
        }
        return form
    }

    @Test func homeAndEndMoveInsideTheFieldAndKeepTheText() throws {
        let h = editVenue()
        let venue = try #require(form(h)).value(.venue)
        #expect(!venue.isEmpty)
        h.type(.home)
        h.type(text: "<")
        h.type(.end)
        h.type(text: ">")
        #expect(form(h)?.value(.venue) == "<" + venue + ">")
        h.type(.enter)
        #expect(h.persistence.sessions[39]?.venue == "<" + venue + ">")
    }

    @Test func ctrlArrowsMoveByWordAndDeleteDeletesForward() throws {
        let h = editVenue()
        h.type(.ctrl("u"))
        h.type(text: "Palais des Nations")
        h.type(.ctrlLeft, .ctrlLeft)   // before "des"
        h.type(.delete)
        #expect(form(h)?.value(.venue) == "Palais es Nations")
        h.type(.ctrlRight)              // after "es"
        h.type(text: "!")
        #expect(form(h)?.value(.venue) == "Palais es! Nations")
    }

    /// Keys with nothing to do in a form (and keys the terminal has no name for) leave the
    /// form open with its text, and say so.
    @Test(arguments: [Key.unknown("ESC [99~"), .function(5), .pageUp, .pageDown, .insert, .alt("x"), .ctrl("g")])
    func keysWithNothingToDoKeepTheForm(key: Key) throws {
        let h = editVenue()
        h.type(text: "!")
        let before = try #require(form(h))
        #expect(h.type(key))
        let after = try #require(form(h))
        #expect(after.fields == before.fields)
        #expect(after.error?.contains("does nothing in a form") == true)
        h.type(text: "?")
        #expect(form(h)?.error == nil)  // the sentence goes with the next key
    }

    @Test func escWithoutChangesClosesAtOnce() {
        let h = editVenue()
        h.type(.escape)
        #expect(h.state.mode == .normal)
        #expect(h.state.message?.text == "Cancelled; nothing was changed.")
    }

    @Test func escWithChangesAsksAndNKeepsEditing() throws {
        let h = editVenue()
        h.type(text: " (annex)")
        h.type(.escape)
        #expect(form(h)?.askingToDiscard == true)
        #expect(h.screen().contains("Discard what you typed?"))
        h.type(text: "q")                         // neither y nor n: still asking, text kept
        #expect(form(h)?.askingToDiscard == true)
        #expect(form(h)?.value(.venue).hasSuffix("(annex)") == true)
        h.type(.char("n"))
        let kept = try #require(form(h))
        #expect(!kept.askingToDiscard && kept.value(.venue).hasSuffix("(annex)"))
        h.type(.escape, .char("y"))
        #expect(h.state.mode == .normal)
        #expect(h.persistence.saves == 0)
    }

    @Test func ctrlCCancelsAFormInsteadOfQuitting() {
        let h = editVenue()
        #expect(h.type(.ctrl("c")))               // scpf goes on
        #expect(h.state.mode == .normal)

        let changed = editVenue()
        changed.type(text: "x")
        #expect(changed.type(.ctrl("c")))
        #expect(form(changed)?.askingToDiscard == true)
        changed.type(.char("y"))
        #expect(changed.state.mode == .normal)
        #expect(changed.persistence.saves == 0)
    }

    /// Outside a form Ctrl-C takes the quit key's path (which asks when there is something
    /// to ask about).
    @Test func ctrlCOutsideAFormIsTheQuitKey() {
        let byQ = Harness(), byCtrlC = Harness()
        let quitQ = byQ.type(.char("q"))
        let quitC = byCtrlC.type(.ctrl("c"))
        #expect(quitQ == quitC)
        #expect(byQ.state == byCtrlC.state)
        #expect(quitC == false || byCtrlC.state.mode != .normal)
    }

    /// In the changed-on-disk dialog Ctrl-C is Esc ("decide later"), never a quit that
    /// would drop the unsaved change.
    @Test func ctrlCInTheConflictDialogDecidesLater() {
        let byEsc = Harness(), byCtrlC = Harness()
        for h in [byEsc, byCtrlC] {
            h.persistence.failure = .changedOnDisk(path: "/data/sessions/session-040.json")
            h.type(.char("G"), .char("s"))
            #expect(h.state.mode == .conflict(path: "/data/sessions/session-040.json"))
        }
        #expect(byEsc.type(.escape))
        #expect(byCtrlC.type(.ctrl("c")))          // scpf goes on
        #expect(byCtrlC.state.mode == .normal)
        #expect(byCtrlC.state == byEsc.state)
    }

    @Test func keysWithNothingToDoKeepTheSearchAndTheCommandList() throws {
        let h = Harness()
        h.type(.char("/"))
        h.type(text: "ab")
        h.type(.function(7), .unknown("ESC [99~"), .alt("x"))
        guard case .search(let field) = h.state.mode else { Issue.record("search closed"); return }
        #expect(field.text == "ab")
        h.type(.escape, .char(":"))
        h.type(.unknown("ESC [99~"))
        guard case .palette = h.state.mode else { Issue.record("palette closed"); return }
        #expect(h.state.message?.text.contains("does nothing in the command list") == true)
        #expect(h.screen().contains("does nothing in the command list"))
    }

    @Test func ctrlCClosesOverlays() {
        let h = Harness()
        h.type(.char("/"))
        h.type(.ctrl("c"))
        #expect(h.state.mode == .normal)
        h.type(.char(":"))
        h.type(.ctrl("c"))
        #expect(h.state.mode == .normal)
    }
}

/// The text of an open form survives a signal as a draft, offered at the next start.
@MainActor @Suite struct DraftTests {
    func changedForm() -> Harness {
        let h = Harness()
        h.type(.char("e"))
        for _ in 0..<4 { h.type(.tab) }
        h.type(.ctrl("u"))
        h.type(text: "Salle XVII, Palais des Nations")
        return h
    }

    @Test func onlyAFormWithChangesLeavesADraft() {
        let h = Harness()
        #expect(h.state.draftToKeep(savedAt: fixedNow) == nil)
        h.type(.char("e"))
        #expect(h.state.draftToKeep(savedAt: fixedNow) == nil)   // opened, nothing typed
        h.type(.end)
        h.type(text: "!")
        #expect(h.state.draftToKeep(savedAt: fixedNow) != nil)
    }

    @Test func draftRoundTripsThroughItsFile() throws {
        let h = changedForm()
        let draft = try #require(h.state.draftToKeep(savedAt: fixedNow))
        let data = try draft.encoded()
        #expect(try FormDraft.decode(data) == draft)
        #expect(String(decoding: data, as: UTF8.self).contains("Salle XVII, Palais des Nations"))
        #expect(throws: (any Error).self) { try FormDraft.decode(Data("{\"version\": 1}".utf8)) }
        #expect(throws: (any Error).self) { try FormDraft.decode(Data("not json".utf8)) }
    }

    @Test func restoringPutsTheTextBackIntoTheSameForm() throws {
        let draft = try #require(changedForm().state.draftToKeep(savedAt: fixedNow))
        let h = Harness()
        var state = h.runtime.state
        state.offerDraft(draft)
        let next = Harness(runtime: AppRuntime(state: state, persistence: h.persistence, clock: { fixedNow }), persistence: h.persistence)
        #expect(next.screen().contains("A draft from 27 Nov 2026 11:00"))
        next.type(.char("x"))                                    // not an answer: still offered
        #expect(next.state.draftDecision == nil)
        next.type(.enter)
        #expect(next.state.draftDecision == .restored)
        guard case .form(let form) = next.state.mode else { Issue.record("no form"); return }
        #expect(form.purpose == .editSession(39))
        #expect(form.focus == 4)
        #expect(form.value(.venue) == "Salle XVII, Palais des Nations")
        next.type(.enter)
        #expect(next.persistence.sessions[39]?.venue == "Salle XVII, Palais des Nations")
    }

    @Test func dDiscardsAndEscKeepsForLater() throws {
        let draft = try #require(changedForm().state.draftToKeep(savedAt: fixedNow))
        var discard = Harness().runtime.state
        discard.offerDraft(draft)
        _ = discard.update(.key(.char("d")))
        #expect(discard.draftDecision == .discarded && discard.mode == .normal)

        var later = Harness().runtime.state
        later.offerDraft(draft)
        _ = later.update(.key(.escape))
        #expect(later.draftDecision == nil && later.mode == .normal)
        #expect(later.message?.text.contains("offered again") == true)
    }
}
