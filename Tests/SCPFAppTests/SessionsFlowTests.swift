import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

@MainActor @Suite struct SessionsFlowTests {
    @Test func createSessionWithProposedNumberAndDatesIsSaved() {
        let h = Harness()
        h.type(.char("n"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.value(.number) == "41")
        #expect(form.value(.opens).hasPrefix("2027-10"))
        h.type(.enter)
        #expect(h.state.mode == .normal)
        #expect(h.state.selectedSession == 41)
        #expect(h.persistence.sessions[41]?.startDate.month == 10)
        #expect(h.state.data.yearPlans.first { $0.year == 2027 }?.ok == true)
    }

    @Test func planAYearOfTwoRegularSessions() {
        let (committee, sessions) = DemoData.make(today: Day(2026, 11, 27))
        let h = Harness(data: DataSet(committee: committee, sessions: sessions.filter { $0.year <= 2026 }))
        #expect(h.state.data.yearPlans.last?.year == 2026)
        h.type(.char("n"), .enter, .char("n"), .enter)
        let plan2027 = h.state.data.yearPlans.first { $0.year == 2027 }
        #expect(plan2027?.regular == 2 && plan2027?.ok == true)
        // Even number in May–July, odd in October–November.
        #expect([5, 6, 7].contains(h.state.data.session(40)!.startDate.month))
        #expect([10, 11].contains(h.state.data.session(41)!.startDate.month))
        #expect(h.persistence.sessions.keys.sorted() == [40, 41])
    }

    @Test func badDateKeepsTheFormOpenWithASentence() {
        let h = Harness()
        h.type(.char("n"), .tab, .tab)          // focus Opens
        h.type(.ctrl("u"))
        h.type(text: "2027-13-01")
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.error?.contains("is not a date") == true)
        #expect(h.persistence.sessions[41] == nil)
    }

    @Test func duplicateNumberRefused() {
        let h = Harness()
        h.type(.char("n"), .ctrl("u"))
        h.type(text: "39")
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.error == "Session 39 already exists; choose another number.")
    }

    @Test func editVenueWithWideCharacters() {
        let h = Harness()
        h.type(.char("e"))
        for _ in 0..<4 { h.type(.tab) }       // Venue
        h.type(.ctrl("u"))
        _ = h.runtime.handle(.paste("北京 Côte d'Ivoire"))
        h.type(.enter)
        #expect(h.persistence.sessions[39]?.venue == "北京 Côte d'Ivoire")
        #expect(h.screen(width: 120, height: 30).contains("北京 Côte d'Ivoire"))
    }

    @Test func deleteNeedsConfirmationAndUndoBringsItBack() {
        let h = Harness()
        h.type(.char("d"), .char("n"))
        #expect(h.state.data.session(39) != nil)
        h.type(.char("d"), .char("y"))
        #expect(h.state.data.session(39) == nil)
        #expect(h.persistence.sessions[39] == nil && h.persistence.saves > 0)
        h.type(.char("u"))
        #expect(h.state.data.session(39) != nil)
        #expect(h.persistence.sessions[39]?.number == 39)
        h.type(.ctrl("r"))
        #expect(h.state.data.session(39) == nil)
    }

    @Test func statusMovesForwardOnlyAndIllegalStepsAreRefused() {
        let h = Harness()
        h.type(.char("G"))                     // session 40, planned
        #expect(h.state.selectedSession == 40)
        h.type(.char(":"))
        h.type(text: "close session")
        h.type(.enter)
        #expect(h.state.data.session(40)?.status == .planned)
        #expect(h.state.message?.text == "Session 40 is planned: it can only move to convened next, not to closed.")
        h.type(.char("s"))
        #expect(h.state.data.session(40)?.status == .convened)
        h.type(.char("s"), .char("s"))           // in session → closed asks first (the closing dialog)
        h.type(.char("y"))
        #expect(h.state.data.session(40)?.status == .closed)
        h.type(.char("s"))
        #expect(h.state.message?.kind == .error)
        #expect(h.state.data.session(40)?.status == .closed)
    }

    @Test func yearWithOneRegularSessionIsFlaggedAndSpecialDoesNotCount() {
        let h = Harness()
        #expect(h.state.data.yearPlans.first { $0.year == 2027 }?.label == "! one regular session (2 expected)")
        h.type(.char("n"))
        h.type(.tab, .char(" "))               // kind → special
        h.type(.enter)
        #expect(h.state.data.session(41)?.kind == .special)
        #expect(h.state.data.yearPlans.first { $0.year == 2027 }?.ok == false)
    }

    @Test func searchJumpsToMatchingSession() {
        let h = Harness()
        h.type(.char("/"))
        h.type(text: "fortieth")
        h.type(.enter)
        #expect(h.state.selectedSession == 40)
    }

    @Test func numberKeysSwitchViewsAndEnterOpensAgenda() {
        let h = Harness()
        for view in ViewID.allCases {
            h.type(.char(Character("\(view.rawValue)")))
            #expect(h.state.view == view)
        }
        h.type(.char("1"), .enter)
        #expect(h.state.view == .agenda)
    }

    @Test func qQuits() {
        let h = Harness()
        #expect(h.type(.char("q")) == false)
    }
}

@MainActor @Suite struct NumberedProposalTests {
    /// In an empty directory the clerk types the Committee's real number: the dates follow
    /// that number's window, so a year of two regular sessions takes two Enters.
    @Test func typedNumberGetsItsOwnWindow() {
        let h = Harness(data: DataSet(committee: .scpf(), sessions: []))
        h.type(.char("n"), .ctrl("u"))
        h.type(text: "40")
        h.type(.enter)
        let s40 = h.state.data.session(40)!
        #expect([5, 6, 7].contains(s40.startDate.month) && s40.year == 2027)
        h.type(.char("n"), .enter)
        let s41 = h.state.data.session(41)!
        #expect([10, 11].contains(s41.startDate.month) && s41.year == 2027)
        #expect(h.state.data.yearPlans.first { $0.year == 2027 }?.ok == true)
    }
}

@MainActor @Suite struct PasteSafetyTests {
    /// Pasted text never runs commands: "d" then "y" in a paste must not delete anything.
    @Test func pastedTextDoesNotRunCommands() {
        let h = Harness()
        let before = h.state.data
        _ = h.runtime.handle(.paste("dy"))
        #expect(h.state.data == before)
        #expect(h.state.mode == .normal)
        #expect(h.state.message?.text.contains("nothing was run") == true)
    }

    /// A paste is text, even when every letter of it is a navigation key: keys that arrive
    /// together reach the UI as keys (the terminal layer), never as a paste.
    @Test func pastedNavigationLettersDoNotMove() {
        let h = Harness()
        _ = h.runtime.handle(.paste("kkk"))
        #expect(h.state.selectedSession == 39)
        #expect(h.state.message?.text.contains("nothing was run") == true)
    }

    @Test func pasteIntoAChoiceFieldIsRefusedWithASentence() {
        let h = Harness()
        h.type(.char("n"), .tab)
        _ = h.runtime.handle(.paste("  "))
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.value(.kind) == "regular")
        #expect(form.error?.contains("is a choice") == true)
    }
}
