import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Ctrl-F searches every session from any view; Enter goes to the match, Ctrl-F comes back
/// to the results, Esc returns to where the search began. H on an item shows its history.
@MainActor @Suite struct FinderTests {
    @Test(arguments: ViewID.allCases)
    func ctrlFOpensTheSearchFromEveryView(_ view: ViewID) {
        let h = Harness()
        h.type(.char(Character("\(view.rawValue)")))
        h.type(.ctrl("f"))
        #expect(h.state.mode == .finder)
        #expect(h.screen().contains("Search every session"))
    }

    @Test func resultsAreGroupedAndMarked() {
        let h = Harness()
        h.type(.ctrl("f"))
        h.type(text: "development fund")
        assertGolden(h.screen(), "finder-development-fund")
        assertStyledGolden(h.runtime.render(width: 80, height: 24), "finder-development-fund-styled")
    }

    @Test func accentsAndOtherScriptsFromTheKeyboard() {
        let h = Harness()
        h.type(.ctrl("f"))
        h.type(text: "cote")
        #expect(h.screen().contains("Côte d'Ivoire"))
        h.clearFinder()
        _ = h.runtime.handle(.paste("مصر"))
        #expect(h.state.finder?.total ?? 0 > 0)
        #expect(h.screen().contains("مصر"))
    }

    @Test func aBadFilterSaysWhatIsAllowed() {
        let h = Harness()
        h.type(.ctrl("f"))
        h.type(text: "kind:meeting")
        let screen = h.screen()
        #expect(screen.contains("kind:meeting is not a kind; use one of item, document"))
        #expect(h.state.finder?.rows.isEmpty == true)
    }

    @Test func enterGoesToTheItemCtrlFComesBackEscReturns() throws {
        let h = Harness()
        h.type(.char("7"))                                   // start in the Review view
        let origin = (h.state.view, h.state.selectedSession)
        h.type(.ctrl("f"))
        h.type(text: "development fund kind:item")
        h.type(.down)                                        // the second match: an older session
        let selected = try #require(h.state.finder.map { $0.rows[$0.selected] })
        guard case .item(let session, let itemId)? = selected.target else { Issue.record("not an item"); return }
        h.type(.enter)
        #expect(h.state.mode == .normal)
        #expect(h.state.view == .agenda)
        #expect(h.state.selectedSession == session)
        #expect(h.state.session?.agenda.items[h.state.agendaCursor].id == itemId)
        assertGolden(h.screen(), "finder-jumped-to-item")
        h.type(.ctrl("f"))                                   // back to the same results
        #expect(h.state.finder?.query.text == "development fund kind:item")
        #expect(h.state.finder?.rows[h.state.finder!.selected].target == selected.target)
        h.type(.escape)                                      // and back to where the search began
        #expect(h.state.mode == .normal)
        #expect((h.state.view, h.state.selectedSession) == origin)
        #expect(h.state.finder == nil)
        h.type(.ctrl("f"))                                   // the last query is offered again
        #expect(h.state.finder?.query.text == "development fund kind:item")
    }

    @Test func scrollsThroughManyResults() {
        let h = Harness()
        h.type(.ctrl("f"))
        h.type(text: "took note")
        for _ in 0..<40 { h.type(.down) }
        assertGolden(h.screen(), "finder-scrolled")
        h.type(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(h.state.finder.map { $0.rows.firstIndex { !$0.isHeading } == $0.selected } == true)
    }

    @Test func hintsOfferOnlyWhatWorks() {
        let h = Harness()
        h.type(.ctrl("f"))
        let empty = h.screen().components(separatedBy: "\n").last ?? ""
        #expect(empty.contains("type to search") && empty.contains("Esc back") && !empty.contains("Enter go to"))
        h.type(text: "budget")
        let full = h.screen().components(separatedBy: "\n").last ?? ""
        #expect(full.contains("↑↓ choose") && full.contains("Enter go to"))
    }

    @Test func sessionsReadInTheBackgroundAreSearchedAsTheyArrive() {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        let newest = sessions.filter { $0.number >= 38 }
        var state = AppState(data: DataSet(committee: committee, sessions: newest), now: fixedNow)
        state.width = 80; state.height = 24
        state.loadingRemaining = sessions.count - newest.count
        let persistence = MemoryPersistence()
        persistence.backgroundBatches = [sessions.filter { $0.number >= 35 && $0.number < 38 }, sessions.filter { $0.number < 35 }]
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { fixedNow }), persistence: persistence)
        h.type(.ctrl("f"))                                   // the first batch arrives with this key
        h.type(text: "development fund kind:item")
        #expect(h.state.data.sessions.count == sessions.count)
        #expect(h.state.finder?.sessionsSearched == sessions.count)
        #expect(h.state.finder?.total == sessions.filter { $0.agenda.items.contains { $0.title == "IOM Development Fund" } }.count)
        // Counted while they arrive.
        var arriving = AppState(data: DataSet(committee: committee, sessions: newest), now: fixedNow)
        arriving.loadingRemaining = 6
        _ = arriving.update(.key(.ctrl("f")))
        for ch in "fund" { _ = arriving.update(.key(.char(ch))) }
        #expect(arriving.finderCountLine(arriving.finder!).contains("⟳ 6 more sessions being read, searched as they arrive"))
        let before = arriving.finder!.total
        _ = arriving.update(.backgroundLoaded(sessions: sessions.filter { $0.number < 38 }, problems: [], remaining: 0))
        #expect(arriving.finder!.total > before)
        #expect(!arriving.finderCountLine(arriving.finder!).contains("⟳"))
    }

    @Test func historyOfAnItem() throws {
        let h = Harness()
        h.type(.char("2"))
        let s = try #require(h.state.session)
        let index = try #require(s.agenda.items.firstIndex { $0.title.hasPrefix("Programme and Budget for") })
        for _ in 0..<index { h.type(.down) }
        h.type(.char("H"))
        #expect(h.state.mode == .finder)
        assertGolden(h.screen(), "finder-history")
        h.type(.down, .enter)
        #expect(h.state.view == .agenda)
        #expect(h.state.selectedSession != s.number)
        #expect(h.state.session?.agenda.items[h.state.agendaCursor].title.hasPrefix("Programme and Budget for") == true)
    }

    @Test func escFromTheHistoryReturns() {
        let h = Harness()
        h.type(.char("2"), .down, .down)
        let cursor = h.state.agendaCursor
        h.type(.char("H"))
        h.type(.escape)
        #expect(h.state.view == .agenda && h.state.agendaCursor == cursor && h.state.mode == .normal)
    }
}

extension Harness {
    func clearFinder() {
        guard let text = state.finder?.query.text else { return }
        for _ in text { type(.backspace) }
    }
}
