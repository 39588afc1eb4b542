import Testing
@testable import SCPFApp
import SCPFCore

/// Issue 14's QA gaps in the UI: the acting officer form, draft reports that restate the
/// record (edited sections flagged), the provisional agenda's revision with its own date, and
/// the palette offering only what works in the view, cut titles ending in "…".
@MainActor @Suite struct Issue14FlowTests {
    func palette(_ h: Harness, _ text: String) {
        h.type(.char(":"))
        h.type(text: text)
        h.type(.enter)
    }

    @Test func setAndClearAnActingOfficerAndTheDraftReportFollows() {
        let h = Harness()
        #expect(h.state.selectedSession == 39)
        h.type(.char("1"))
        palette(h, "Acting officer")
        guard case .form(let form) = h.state.mode else { Issue.record("no form: \(h.state.mode)"); return }
        #expect(form.value(.role) == "Rapporteur")
        #expect(form.note?.contains("Rapporteur Ms. Anna Lindqvist (Sweden)") == true, "the Bureau's officers are shown")
        h.type(.tab)
        h.type(text: "Mr. X (zzz)")
        h.type(.enter)
        guard case .form(let refused) = h.state.mode else { Issue.record("form closed"); return }
        #expect(refused.error?.hasPrefix("“zzz” is not the id of a member state") == true)
        h.type(.ctrl("u"))
        h.type(text: "Mr. Tomás Novák (cze)")
        h.type(.enter)
        let s = h.state.data.session(39)!
        #expect(s.officers == [Officer(role: "Rapporteur", name: "Mr. Tomás Novák", memberStateId: "cze", acting: true)])
        #expect(h.state.data.committee.rapporteur(for: s)?.name == "Mr. Tomás Novák")
        // The draft's generated introduction restates the officers at once.
        let intro = s.report.sections.first { $0.key == "introduction" }?.body ?? ""
        #expect(intro.contains("Mr. Tomás Novák (Czechia) as Rapporteur (acting)"), "\(intro)")
        #expect(h.persistence.sessions[39]?.officers.first?.acting == true)
        // Cleared: the Bureau's Rapporteur serves again, and the introduction says so.
        palette(h, "Acting officer")
        guard case .form(let again) = h.state.mode else { Issue.record("no form"); return }
        #expect(again.value(.actingName) == "Mr. Tomás Novák (cze)")
        h.type(.tab, .ctrl("u"), .enter)
        let cleared = h.state.data.session(39)!
        #expect(cleared.officers.isEmpty)
        #expect(cleared.report.sections.first { $0.key == "introduction" }?.body.contains("Ms. Anna Lindqvist (Sweden) as Rapporteur") == true)
    }

    @Test func anEditedSectionIsKeptAndFlaggedMayBeOutOfDate() {
        let h = Harness(width: 120, height: 40)
        h.type(.char("5"), .char("e"), .enter)      // edit the first section: the introduction
        guard case .form = h.state.mode else { Issue.record("no form: \(h.state.mode)"); return }
        h.clearField()
        h.type(text: "Our own introduction.")
        h.type(.ctrl("s"))
        #expect(h.state.data.session(39)?.report.sections.first?.body == "Our own introduction.")
        #expect(!h.screen().contains("may be out of date"), "just edited: up to date")
        // The facts the introduction states change: an acting Rapporteur.
        h.type(.char("1"))
        palette(h, "Acting officer")
        h.type(.tab)
        h.type(text: "Mr. Tomás Novák (cze)")
        h.type(.enter)
        #expect(h.state.data.session(39)?.report.sections.first?.body == "Our own introduction.", "the edit is kept")
        h.type(.char("5"))
        #expect(h.screen().contains("⚠ may be out of date"), "\(h.screen())")
    }

    @Test func aRevisionHasItsOwnDateAndAFutureDispatchDateDoesNotBlockIt() {
        let h = Harness()
        h.type(.char("G"), .enter)                  // session 40, draft agenda
        #expect(h.state.selectedSession == 40)
        h.type(.char("i"), .ctrl("u"))
        h.type(text: "2027-06-01")                  // dispatched on a day still ahead
        h.type(.enter)
        #expect(h.state.data.session(40)?.agenda.issuedOn == Day(2027, 6, 1))
        palette(h, "revision of the provisional")
        guard case .form(let form) = h.state.mode else { Issue.record("no form: \(h.state.mode)"); return }
        #expect(form.value(.revisionDate) == "2027-06-01", "today is before the dispatch: the earliest day a revision can bear")
        h.type(.ctrl("u"))
        h.type(text: "2027-05-20")
        h.type(.enter)
        guard case .form(let refused) = h.state.mode else { Issue.record("form closed"); return }
        #expect(refused.error == "2027-05-20 is before the last issue of the provisional agenda (2027-06-01).")
        h.type(.ctrl("u"))
        h.type(text: "2027-06-08")
        h.type(.enter)
        let a = h.state.data.session(40)!.agenda
        #expect(a.symbol == "S/40/1/Rev.1")
        #expect(a.provisionalRevisions?.map(\.asAt) == [Day(2027, 6, 8)])
        // A second revision proposes today when the last issue is past (here: still ahead).
        palette(h, "revision of the provisional")
        guard case .form(let second) = h.state.mode else { Issue.record("no form"); return }
        #expect(second.value(.revisionDate) == "2027-06-08")
    }

    @Test func aRevisionProposesTodayFromTheInjectedClock() {
        let h = Harness()
        h.type(.char("G"), .enter)
        h.type(.char("i"), .ctrl("u"))
        h.type(text: "2026-11-20")
        h.type(.enter)
        palette(h, "revision of the provisional")
        guard case .form(let form) = h.state.mode else { Issue.record("no form: \(h.state.mode)"); return }
        #expect(form.value(.revisionDate) == Day(fixedNow).iso)
        h.type(.enter)
        #expect(h.state.data.session(40)?.agenda.provisionalRevisions?.first?.asAt == Day(fixedNow))
    }

    @Test func thePaletteOffersOnlyWhatWorksInTheView() {
        #expect(!Keymap.paletteActions(in: .tor).contains(.search), "search works only in Sessions and Agenda")
        #expect(!Keymap.paletteActions(in: .meeting).contains(.switchPane), "the Meeting view has one pane")
        #expect(Keymap.paletteActions(in: .agenda).contains(.search))
        #expect(Keymap.paletteActions(in: .reports).contains(.switchPane))
    }

    @Test func aPaletteTitleCutAt80ColumnsEndsInAnEllipsis() {
        let h = Harness()
        h.type(.char("1"), .char(":"))
        h.type(text: "Acting officer")
        let row = h.screen().split(separator: "\n").first { $0.contains("Acting officer of the selected") } ?? ""
        #expect(row.contains("…"), "\(row)")
        #expect(!row.contains("(set or clear)"))
    }
}
