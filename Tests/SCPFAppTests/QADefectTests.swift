import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Defects found by trying the merged product (QA, 2 December 2026): each a test first.
@MainActor @Suite struct QADefectTests {
    func harness() -> Harness { .onDisk() }

    @Test func undoAfterReloadingTheirVersionNeverBringsOursBackOverIt() {
        let h = harness()
        var theirs = h.persistence.sessions[40]!
        theirs.agenda.items[1].title = "THEIR NEW TITLE"
        h.persistence.sessions[40] = theirs
        h.persistence.failing[.session(40)] = .changedOnDisk(path: "/data/sessions/session-040.json")
        h.type(.char("G"), .char("s"))                  // our change to 40 meets theirs
        guard case .conflict = h.state.mode else { Issue.record("no conflict"); return }
        h.persistence.failing[.session(40)] = nil
        h.type(.char("r"))                              // take theirs
        #expect(h.state.data.session(40)?.agenda.items[1].title == "THEIR NEW TITLE")
        h.type(.char("u"))                              // undo our status change
        #expect(h.state.data.session(40)?.agenda.items[1].title == "THEIR NEW TITLE")
        #expect(h.persistence.sessions[40]?.agenda.items[1].title == "THEIR NEW TITLE")
    }

    @Test func aRestoredDraftIsSettledOnceItsFormIsSaved() {
        let h = Harness()
        var settled = 0
        h.runtime.onDraftSettled = { settled += 1 }
        h.type(.char("n"))
        guard case .form(var form) = h.state.mode else { Issue.record("no form"); return }
        form.fields[4].input = TextField("Salle XVII")
        let draft = FormDraft(form, savedAt: fixedNow)
        h.runtime.stateForTesting { $0.mode = .normal; $0.offerDraft(draft) }
        h.type(.enter)                                  // restore
        #expect(settled == 0, "the draft stays until its form is saved")
        h.type(.enter)                                  // save the form
        #expect(h.state.mode == .normal)
        #expect(settled == 1)
        #expect(h.persistence.sessions.values.contains { $0.venue == "Salle XVII" })
    }

    @Test func aDiscardedDraftIsSettledAtOnce() {
        let h = Harness()
        var settled = 0
        h.runtime.onDraftSettled = { settled += 1 }
        h.type(.char("n"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        h.runtime.stateForTesting { $0.mode = .normal; $0.offerDraft(FormDraft(form, savedAt: fixedNow)) }
        h.type(.char("d"))
        #expect(settled == 1)
    }

    @Test func typingWhileTheWindowIsTooSmallReachesTheForm() {
        let h = Harness()
        h.type(.char("n"), .tab, .tab, .tab, .tab)      // Venue
        _ = h.runtime.handle(.resize(width: 50, height: 12))
        h.type(text: " annex")
        h.type(.enter, .escape)                         // never submitted or cancelled blind
        _ = h.runtime.handle(.resize(width: 80, height: 24))
        guard case .form(let form) = h.state.mode else { Issue.record("form lost"); return }
        #expect(form.value(.venue).hasSuffix(" annex"))
    }
}

/// Their version with unknown fields is not taken by "reload" (QA, 2 December 2026).
@MainActor @Suite struct ReloadUnknownFieldTests {
    @Test func reloadingAFileWithUnknownFieldsIsRefusedAndTheFileStays() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reload-unknown-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        let store = try Store(root: root)
        try store.save(committee)
        for s in sessions { try store.save(s) }
        let path = store.sessionPath(number: 40)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        object["colour"] = "red"
        let theirs = try JSONSerialization.data(withJSONObject: object)
        try theirs.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try store.reload(.session(40)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == theirs)
        // Nor does a later save of ours replace it unseen.
        #expect(throws: StoreError.self) { try store.save(sessions.first { $0.number == 40 }!) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == theirs)
    }

    @Test func ctrlAAndCtrlEAreThoseOfTheRowInAParagraph() {
        let h = Harness()
        h.type(.char("5"), .char("e"), .enter)
        h.clearField()
        h.type(text: "one")
        h.type(.enter)
        h.type(text: "two")
        h.type(.ctrl("a"))
        h.type(text: "X")
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.fields[0].input.text == "one\nXtwo")
    }
}
