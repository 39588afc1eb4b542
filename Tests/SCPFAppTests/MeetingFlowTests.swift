import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

@MainActor @Suite struct MeetingFlowTests {
    /// A clock the test moves on.
    final class Clock: @unchecked Sendable { var now = fixedNow }

    func meeting() -> (Harness, Clock) {
        let clock = Clock()
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow)
        state.width = 80; state.height = 24
        let persistence = MemoryPersistence()
        let runtime = AppRuntime(state: state, persistence: persistence, clock: { clock.now })
        let h = Harness(runtime: runtime, persistence: persistence)
        h.type(.char("3"))
        return (h, clock)
    }

    @Test func meetingConsoleGolden() {
        let (h, _) = meeting()
        assertGolden(h.screen(), "meeting-in-session")
    }

    /// Walks a whole session: open, items with speakers, an outcome, a deferral, an item
    /// added in session, closing — with the clock injected.
    @Test func walkAWholeSession() {
        let clock = Clock()
        let (committee, all) = DemoData.make(today: Day(fixedNow))
        // Session 40 convened with an issued agenda.
        var s40 = all.first { $0.number == 40 }!
        s40.status = .convened
        try! s40.issueAgenda(on: Day(2027, 6, 1))
        let data = DataSet(committee: committee, sessions: all.filter { $0.number != 40 } + [s40])
        clock.now = s40.startDate.startDate.addingTimeInterval(10 * 3600)
        var state = AppState(data: data, now: clock.now)
        state.width = 80; state.height = 24; state.selectedSession = 40; state.view = .meeting
        let persistence = MemoryPersistence()
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { clock.now }), persistence: persistence)

        h.type(.char("O"))                                  // open: agenda adopted, item 1 taken up
        var s = h.state.data.session(40)!
        #expect(s.status == .inSession && s.agenda.state == .adopted)
        #expect(s.live?.currentItemId == "i1")
        h.type(.char("o"), .enter)                          // outcome of item 1 with the drafted conclusion
        h.type(.char("c"))
        #expect(h.state.data.session(40)!.agenda.items[0].status == .concluded)

        h.type(.right)                                      // item 2
        for name in ["mexi", "cote", "中国"] {
            h.type(.char("s"))
            _ = h.runtime.handle(.paste(name))
            h.type(.enter)
        }
        s = h.state.data.session(40)!
        #expect(s.agenda.items[1].speakers.queue == ["mex", "civ", "chn"])
        h.type(.char("n"))
        clock.now += 150
        h.type(.char("n"))
        clock.now += 200                                    // over the 3-minute limit
        _ = h.runtime.handle(.tick)
        assertGolden(h.screen(), "meeting-speaker-over-limit")
        h.type(.char("n"))
        clock.now += 60
        h.type(.char("e"))
        s = h.state.data.session(40)!
        #expect(s.agenda.items[1].speakers.speeches.map(\.delegation) == ["mex", "civ", "chn"])
        #expect(s.agenda.items[1].speakers.speeches.map(\.seconds) == [150, 200, 60])
        h.type(.char("m"))
        _ = h.runtime.handle(.paste("Mexico asked for a breakdown by region."))
        h.type(.ctrl("s"))
        h.type(.char("o"), .right, .enter)                  // next outcome kind
        h.type(.char("c"))
        #expect(h.state.data.session(40)!.agenda.items[1].notes == "Mexico asked for a breakdown by region.")

        h.type(.right)                                      // item 3 deferred to session 41 (created)
        h.type(.char("f"), .enter)
        s = h.state.data.session(40)!
        #expect(s.agenda.items[2].status == .deferred && s.agenda.items[2].outcome?.deferredTo == 41)
        let s41 = h.state.data.session(41)
        #expect(s41?.agenda.items.first?.carriedOverFrom == ItemLink(session: 40, itemId: "i3"))
        #expect(persistence.sessions[41] != nil)

        h.type(.char("a"))                                  // item added in session
        h.type(text: "Election of the Rapporteur")
        h.type(.tab)
        h.type(text: "proc")
        h.type(.enter)
        s = h.state.data.session(40)!
        #expect(s.agenda.state == .revised)
        #expect(s.agenda.items.contains { $0.title == "Election of the Rapporteur" && $0.supplementary })
        #expect(s.agenda.revisions.map(\.change) == [.deferred, .added])

        h.type(.char("t"))                                  // attendance
        _ = h.runtime.handle(.paste("egypt"))
        h.type(.enter, .enter)                               // mark the one found, then done
        #expect(h.state.data.session(40)!.attendance == ["egy"])

        h.type(.char("C"), .char("y"))
        #expect(h.state.data.session(40)!.status == .closed)
        // The whole record of the walked session, as saved.
        assertGolden(String(decoding: try! JSONCoding.encode(persistence.sessions[40]!), as: UTF8.self), "meeting-walk-session-040.json")
        #expect(persistence.sessions[40]?.status == .closed)
        #expect(persistence.sessions[40] == h.state.data.session(40))
    }

    /// The speaker's timer: normal, amber from 80 % of the limit, red and OVER past it.
    @Test(arguments: [(100, ColorRole.success, false), (150, ColorRole.warning, false), (181, ColorRole.danger, true)])
    func timerColourThresholds(seconds: Int, role: ColorRole, over: Bool) {
        let (h, clock) = meeting()
        h.type(.char("n"))                                  // China takes the floor, limit 180 s
        clock.now += Double(seconds)
        _ = h.runtime.handle(.tick)
        let frame = h.runtime.render(width: 80, height: 24)
        let rowIndex = frame.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("▶ China") }!
        #expect(frame[3, rowIndex].style.role == role)
        #expect(frame.text.contains("OVER") == over)
    }

    @Test func onlyOneItemUnderConsideration() {
        let (h, _) = meeting()
        h.type(.right, .right)
        let items = h.state.data.session(39)!.agenda.items
        #expect(items.filter { $0.status == .underConsideration }.count == 1)
    }

    @Test func resumingAfterACrashKeepsTimersFromRecordedStarts() {
        let (h, clock) = meeting()
        h.type(.char("n"))                                  // China takes the floor
        clock.now += 95
        // A new runtime over what was saved, as after a crash.
        var restored = AppState(data: DataSet(committee: h.state.data.committee,
                                              sessions: Array(h.persistence.sessions.values) + h.state.data.sessions.filter { h.persistence.sessions[$0.number] == nil }),
                                now: clock.now)
        restored.width = 80; restored.height = 24; restored.view = .meeting
        let again = AppRuntime(state: restored, persistence: MemoryPersistence(), clock: { clock.now })
        _ = again.handle(.tick)
        let screen = again.render(width: 80, height: 24).text
        #expect(screen.contains("▶ China (中国)"))
        #expect(screen.contains("01:35"))
    }

    @Test func speakingWithoutAnItemIsRefusedWithASentence() {
        let h = Harness()
        h.type(.char("G"), .char("3"), .char("n"))
        #expect(h.state.message?.text == "Session 40 is planned: press O to open the meeting.")
    }
}
