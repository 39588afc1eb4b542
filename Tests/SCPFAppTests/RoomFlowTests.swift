import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Issue 15 through the keys: a long speakers list at 80×24, messages that name what they
/// touch, outcomes that stay true, closing with care, the flow after a conclusion, sittings.
@MainActor @Suite struct RoomFlowTests {
    final class Clock: @unchecked Sendable { var now = fixedNow }

    /// The demo's session 39 in the meeting console (item 2 under consideration).
    func meeting(width: Int = 80, height: Int = 24) -> (Harness, Clock) {
        let clock = Clock()
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow)
        state.width = width; state.height = height
        let persistence = MemoryPersistence()
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { clock.now }), persistence: persistence)
        h.type(.char("3"))
        return (h, clock)
    }

    func add(_ h: Harness, _ names: [String]) {
        for name in names {
            h.type(.char("s"))
            _ = h.runtime.handle(.paste(name))
            h.type(.enter)
        }
    }

    static let thirty = ["Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica",
                         "Denmark", "Ecuador", "Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "India", "Ireland",
                         "Italy", "Japan", "Kenya", "Morocco", "Nigeria", "Norway", "Peru", "Poland", "Portugal", "Sweden"]

    @Test func thirtySpeakersScrollWithTheSelectionAndRemoveNamesWho() throws {
        let (h, _) = meeting()
        add(h, Self.thirty)
        let queue = h.state.data.session(39)!.agenda.items[1].speakers.queue
        #expect(queue.count == 33, "the demo's three and thirty more")
        #expect(h.screen().contains("↓ +"), "the rest of the list is announced")
        for _ in 0..<20 { h.type(.char("j")) }
        let screen = h.screen()
        assertGolden(screen, "meeting-30-speakers")
        let selected = h.state.data.committee.memberState(queue[20])!.displayName
        #expect(screen.contains("› 21 \(selected)"), "the selection is on screen")
        #expect(screen.contains("↑ +") && screen.contains("↓ +"))
        h.type(.char("x"))
        #expect(h.state.message?.text == "Removed \(selected), 21st in line, from the speakers list. Press u to undo.")
        #expect(!h.state.data.session(39)!.agenda.items[1].speakers.queue.contains(queue[20]))
        h.type(.char("G"))
        #expect(h.screen().contains("› 32 Sweden"))
    }

    @Test func aDuplicateIsNamedAsShownNeverByItsId() {
        let (h, _) = meeting()
        add(h, ["egypt"])
        #expect(h.state.message?.text == "Egypt (مصر) is already on the speakers list of item 2, 2nd in line.")
        #expect(h.state.message?.kind == .error)
    }

    @Test func delegationsPresentComeFirstInThePickerAndListsAnnounceTheRest() {
        let (h, _) = meeting()
        h.type(.char("s"))
        guard case .picker(let picker) = h.state.mode else { Issue.record("no picker"); return }
        let present = Set(h.state.data.session(39)!.attendance)
        let firstAbsent = picker.options.firstIndex { !present.contains($0.id) } ?? picker.options.count
        #expect(firstAbsent == present.count)
        #expect(picker.options.prefix(firstAbsent).allSatisfy { $0.label.contains("· present") })
        #expect(h.screen().contains("↓ +"))
        for _ in 0..<40 { h.type(.down) }
        assertGolden(h.screen(), "picker-scrolled")
        #expect(h.screen().contains("↑ +") && h.screen().contains("▸"))
    }

    @Test func theAgendaListScrollsWithMoreMarks() {
        let h = Harness(width: 80, height: 15)
        h.type(.char("2"))
        for _ in 0..<4 { h.type(.char("j")) }
        let screen = h.screen()
        #expect(screen.contains("↑ +") && screen.contains("↓ +") && screen.contains("▸"))
    }

    @Test func aLongMessageWrapsOntoTwoLinesInsteadOfBeingCut() {
        let (h, _) = meeting()
        h.type(.char("X"), .char("s"))
        let text = h.state.message!.text
        #expect(TextWidth.of(text) > 78)
        let lines = h.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let last = text.split(separator: " ").last!
        #expect(lines[21].contains(last) || lines[22].contains(last), "the end of the message is on screen")
    }

    @Test func theWarningFromEightyPercentShowsWithoutColour() {
        let (h, clock) = meeting()
        h.type(.char("e"), .char("n"))                      // China has the floor, 3-minute limit
        clock.now += 150
        _ = h.runtime.handle(.tick)
        #expect(h.screen().contains("! 02:30/03:00"), "a mark, not only a colour")
        clock.now += 40
        _ = h.runtime.handle(.tick)
        #expect(h.screen().contains("OVER 03:10/03:00"))
    }

    @Test func theMeetingHintBarKeepsDeferAndNextItemAndDropsSearch() {
        let (h, _) = meeting()
        let bar = h.screen().split(separator: "\n").last!
        #expect(bar.contains("f defer") && bar.contains("→ item"))
        #expect(!bar.contains("/ search"))
        h.type(.char("1"))
        #expect(h.screen().split(separator: "\n").last!.contains("/ search"))
    }

    @Test func notesKeepTheDividerGolden() {
        let (h, _) = meeting()
        h.type(.char("m"))
        _ = h.runtime.handle(.paste("Several delegations asked for a breakdown by region and for regular updates on the funding gap."))
        h.type(.ctrl("s"))
        let screen = h.screen()
        assertGolden(screen, "meeting-with-notes")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        for row in rows[5..<20] { #expect(row.contains("│"), "divider on “\(row)”") }
    }

    @Test func theChairsMarkStaysOnTheItemSoAFlagGoesToTheSameOne() {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow, readOnlyReason: "review mode")
        state.reviewMode = true; state.width = 80; state.height = 24
        let persistence = MemoryPersistence()
        let h = Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { fixedNow }), persistence: persistence)
        h.type(.char("7"))
        let item = h.state.session!.agenda.items[h.state.agendaCursor].id
        h.type(.char("r"), .char("!"))
        #expect(h.state.chair.note(session: 39, item: item).reviewed && h.state.chair.note(session: 39, item: item).toRaise)
    }

    // MARK: Outcomes that stay true

    @Test func changingTheKindRedraftsAnUndraftedConclusionAndAsksBeforeReplacingAnEditedOne() throws {
        let (h, _) = meeting()
        h.type(.char("o"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.value(.conclusion) == "The Committee took note of the item.")
        h.type(.right)                                      // recommended approval
        guard case .form(let after) = h.state.mode else { return }
        #expect(after.value(.conclusion) == "The Committee recommended that the Council approve Statement by the Director General.")
        h.type(.tab)
        _ = h.runtime.handle(.paste(" As amended."))
        h.type(.backTab, .right)                            // endorsed, over an edited conclusion
        guard case .form(let asking) = h.state.mode else { return }
        #expect(asking.askingToRedraft == "The Committee endorsed the item.")
        #expect(h.screen().contains("The conclusion was edited"))
        h.type(.char("n"))
        guard case .form(let kept) = h.state.mode else { return }
        #expect(kept.value(.conclusion).hasSuffix("As amended.") && kept.value(.outcome) == OutcomeKind.endorsed.label)
        h.type(.right, .char("y"))                          // requested information: replace
        guard case .form(let replaced) = h.state.mode else { return }
        #expect(replaced.value(.conclusion) == "The Committee requested further information on the item.")
    }

    // MARK: Closing with care, corrections, flow

    @Test func closingListsWhatIsUnfinishedAndDefersIt() throws {
        let (h, _) = meeting()
        h.type(.char("C"))
        guard case .confirm(let c) = h.state.mode else { Issue.record("no dialog"); return }
        #expect(c.message.contains("Not everything is finished"))
        #expect(c.message.contains("2 Statement by the Director General · no outcome · 3 waiting to speak"))
        #expect(c.message.contains("f  defer the unfinished items to session 40 and close"))
        assertGolden(h.screen(), "meeting-close-dialog")
        let open = h.state.data.session(39)!.unfinishedItemIds
        h.type(.char("f"))
        let s39 = h.state.data.session(39)!
        #expect(s39.status == .closed)
        #expect(open.allSatisfy { s39.agenda.item($0)?.status == .deferred })
        let s40 = h.state.data.session(40)!
        #expect(s40.agenda.items.filter { $0.carriedOverFrom?.session == 39 }.count == open.count)
        #expect(h.state.message?.text.hasPrefix("Closed session 39 and deferred \(open.count) unfinished items to session 40.") == true)
        h.type(.char("u"))
        #expect(h.state.data.session(39)!.status == .inSession, "one undo brings it all back")
    }

    @Test func closingCanConcludeTheRestAsNoActionThenACorrectionIsDated() throws {
        let (h, _) = meeting()
        h.type(.char("C"), .char("x"))
        let s = h.state.data.session(39)!
        #expect(s.status == .closed && s.unfinishedItemIds.isEmpty)
        #expect(s.agenda.items[1].outcome?.kind == .noAction)
        h.type(.char("2"), .char("j"), .char("o"))          // item 2 in the Agenda view
        guard case .form(let form) = h.state.mode else { Issue.record("no correction form: \(h.state.message?.text ?? "")"); return }
        #expect(form.title == "Correct the outcome of item 2")
        // Space until "took note", whatever the order of the kinds.
        for _ in 0..<20 {
            guard case .form(let f) = h.state.mode, f.value(.outcome) != OutcomeKind.tookNote.label, f.value(.outcome) != OutcomeKind.tookNote.rawValue else { break }
            h.type(.char(" "))
        }
        h.type(.enter)
        let outcome = h.state.data.session(39)!.agenda.items[1].outcome
        #expect(outcome?.kind == .tookNote && outcome?.correctedOn == Day(fixedNow))
        #expect(h.state.message?.text.hasPrefix("Corrected the outcome of item 2: took note, dated 27 November 2026.") == true)
    }

    @Test func afterAConclusionTheScreenSaysWhatIsNextAndRightTakesItUp() throws {
        let (h, _) = meeting()
        h.type(.char("o"), .enter, .char("c"))
        // Delegations still wait on item 2: concluding asks first, naming them.
        guard case .confirm(let ask) = h.state.mode else { Issue.record("no question before concluding"); return }
        #expect(ask.message.hasPrefix("Conclude item 2 “Statement by the Director General”? Philippines has the floor and "))
        h.type(.char("y"))
        #expect(h.state.message?.text == "Concluded item 2. Next: 3 Programme and Budget for 2027 — press → takes it up.")
        let screen = h.screen()
        #expect(screen.contains("Item 2 concluded: took note."))
        #expect(screen.contains("Next: 3 Programme and Budget for 2027"))
        h.type(.right)
        #expect(h.state.data.session(39)!.live?.currentItemId == h.state.data.session(39)!.agenda.items[2].id)
    }

    @Test func suspendingStopsTheClocksAndResumingStartsTheNextMeeting() throws {
        let (h, clock) = meeting()
        h.type(.char("S"))
        var s = h.state.data.session(39)!
        #expect(s.isSuspended)
        #expect(s.agenda.items[1].speakers.onTheFloor == nil, "the speech on the floor ended")
        #expect(h.screen().contains("SUSPENDED since 11:00 (1st meeting)"))
        #expect(h.screen().split(separator: "\n")[0].contains("39th session · suspended"), "the status bar says so")
        let sat = s.sittingSeconds(upTo: clock.now)
        clock.now += 18 * 3600                               // the next morning
        _ = h.runtime.handle(.tick)
        #expect(h.state.data.session(39)!.sittingSeconds(upTo: clock.now) == sat)
        // The next morning the banner gives the day it was suspended (a tester's finding).
        #expect(h.screen().contains("SUSPENDED since 11:00 on 27 Nov (1st meeting)"))
        h.type(.char("n"))
        #expect(h.state.message?.text.hasPrefix("The meeting is suspended: resume it before giving the floor (press S in the Meeting view).") == true)
        h.type(.char("S"))
        guard case .form(let form) = h.state.mode else { Issue.record("no resume form"); return }
        #expect(form.value(.meeting) == "2")
        h.type(.enter)
        s = h.state.data.session(39)!
        #expect(!s.isSuspended && s.currentMeeting == 2)
        #expect(h.screen().contains("ITEM 2 of 10 · 2nd meeting"))
    }

    @Test func rightOfReplyGoesAheadWithItsMark() throws {
        let (h, _) = meeting()
        h.type(.char("r"))
        _ = h.runtime.handle(.paste("mexico"))
        h.type(.enter)
        #expect(h.state.message?.text == "Mexico: right of reply, ahead of the list. Press u to undo.")
        #expect(h.screen().contains("› 1  [RoR] Mexico"))
        h.type(.char("X"))
        #expect(h.screen().contains("CLOSED"))
        h.type(.char("s"))
        #expect(h.state.message?.text.hasPrefix("The speakers list of item 2 is closed") == true)
    }
}

/// `scpf display`: the projector's screen, read-only, following the writer.
@MainActor @Suite struct RoomDisplayTests {
    func display(width: Int, height: Int, clock: RoomFlowTests.Clock) -> Harness {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow, readOnlyReason: "opened with --read-only.")
        state.width = width; state.height = height; state.roomDisplay = true
        let persistence = MemoryPersistence()
        return Harness(runtime: AppRuntime(state: state, persistence: persistence, clock: { clock.now }), persistence: persistence)
    }

    @Test func theRoomScreenAt80x24() {
        let clock = RoomFlowTests.Clock()
        let h = display(width: 80, height: 24, clock: clock)
        let screen = h.screen()
        assertGolden(screen, "room-display-80x24")
        #expect(screen.contains("Item 2 Statement by the Director General"))
        #expect(screen.contains("▶ Philippines"))
        #expect(screen.contains("OVER THE LIMIT (03:00)"))
        #expect(screen.contains("1. China (中国)") && screen.contains("3. Côte d'Ivoire"))
        #expect(screen.contains("███"), "the timer in block characters")
        // It follows the writer within a second: read-only instances look twice a second.
        #expect((h.runtime.tickInterval ?? 10) <= 0.5)
    }

    @Test func theTimerGrowsWithTheTerminalAndTheSubItemShowsItsParent() throws {
        let clock = RoomFlowTests.Clock()
        let h = display(width: 300, height: 100, clock: clock)
        let small = display(width: 80, height: 24, clock: clock)
        func blockRows(_ s: String) -> Int { s.split(separator: "\n").filter { $0.contains("█") }.count }
        #expect(blockRows(h.screen()) > 3 * blockRows(small.screen()))
        #expect(h.screen().split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 300 })
        // Following the writer: item 6(a) taken up, the parent is named above it.
        var s = h.state.data.session(39)!
        let sub = try #require(s.agenda.items.firstIndex { $0.level == 1 })
        try s.takeUp(itemId: s.agenda.items[sub].id, at: fixedNow)
        h.persistence.external = [s]
        _ = h.runtime.handle(.tick)
        let screen = h.screen()
        #expect(screen.contains("6 IOM Development Fund"))
        #expect(screen.contains("Item 6(a) Line 1 allocations"))
        #expect(screen.contains("No one has the floor."))
    }

    @Test func keysDoNothingButQuit() {
        let clock = RoomFlowTests.Clock()
        let h = display(width: 80, height: 24, clock: clock)
        let before = h.state
        h.type(.char("n"), .char("C"), .char("y"))
        #expect(h.state.data == before.data)
        #expect(h.type(.char("q")) == false, "q quits")
    }
}

/// Planning (issue 15, point 9): the series starts where the Committee is; a number typed
/// over the proposal brings its own dates; history gaps are one line.
@MainActor @Suite struct PlanningFlowTests {
    @Test func aNewDirectoryProposesTheNextRealSessionAndANumberTypedBringsItsDates() {
        let empty = DataSet(committee: Committee.scpf(), sessions: [])
        let h = Harness(data: empty)
        h.type(.char("n"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.value(.number) == "40", "27 November 2026: the 39th has met, the 40th is next")
        #expect(form.value(.opens).hasPrefix("2027-06"))
        h.clearField()
        h.type(text: "41")
        guard case .form(let typed) = h.state.mode else { return }
        #expect(typed.value(.opens).hasPrefix("2027-10") || typed.value(.opens).hasPrefix("2027-11"), "odd: the autumn window, \(typed.value(.opens))")
        #expect(typed.note?.contains("Session 41 normally falls in October–November") == true)
        h.type(.enter)
        #expect(h.state.data.session(41)?.startDate.month == typed.value(.opens).split(separator: "-").dropFirst().first.flatMap { Int($0) })
    }

    @Test func datesTypedByTheUserStayWhenTheNumberChanges() {
        let h = Harness(data: DataSet(committee: Committee.scpf(), sessions: []))
        h.type(.char("n"), .tab, .tab)
        h.clearField()
        h.type(text: "2027-05-04")
        h.type(.backTab, .backTab)
        h.clearField()
        h.type(text: "42")
        guard case .form(let form) = h.state.mode else { return }
        #expect(form.value(.opens) == "2027-05-04")
    }

    @Test func yearsWithoutSessionsAreOneLine() {
        var data = DataSet(committee: Committee.scpf(), sessions: [])
        data.upsert(Session(number: 3, startDate: Day(2008, 11, 4), endDate: Day(2008, 11, 5), status: .closed))
        data.upsert(Session(number: 39, startDate: Day(2026, 11, 24), endDate: Day(2026, 11, 25)))
        let h = Harness(data: data)
        let screen = h.screen()
        #expect(screen.contains("2009–2025  no sessions recorded"))
        #expect(!screen.contains("2010 "))
    }
}

@MainActor @Suite struct ClosingFromSessionsTests {
    @Test func closingFromTheSessionsViewAsksTheSameQuestion() {
        let h = Harness()
        h.type(.char("s"))                                   // 39 in session → closed
        guard case .confirm(let c) = h.state.mode, case .closeMeeting(39) = c.action else { Issue.record("no closing dialog"); return }
        #expect(c.message.contains("Not everything is finished"))
        h.type(.escape)
        #expect(h.state.data.session(39)?.status == .inSession)
    }
}

@MainActor @Suite struct ListWindowTests {
    @Test func theSelectionIsAlwaysShownAndTheMarksCountWhatIsHidden() {
        for count in 0..<40 {
            for rows in 1..<15 {
                for selected in 0..<max(count, 1) {
                    let w = ListWindow(count: count, selected: selected, rows: rows)
                    let used = w.range.count + (w.above > 0 && rows >= 3 && count > rows ? 1 : 0) + (w.below > 0 && rows >= 3 && count > rows ? 1 : 0)
                    #expect(used <= rows, "count \(count) rows \(rows) selected \(selected)")
                    #expect(w.above + w.range.count + w.below == count)
                    if count > 0 { #expect(w.range.contains(selected), "count \(count) rows \(rows) selected \(selected)") }
                }
            }
        }
    }
}

/// A tester's finding: typing “United States” in the attendance picker toggled the United Kingdom.
@MainActor @Suite struct AttendancePickerTests {
    @Test func aNameWithASpaceIsTypedWholeAndEnterMarksIt() {
        let h = Harness()
        let before = h.state.data.session(39)!.attendance
        h.type(.char("3"), .char("t"))
        _ = h.runtime.handle(.paste("United"))
        h.type(.char(" "))
        _ = h.runtime.handle(.paste("States"))
        guard case .picker(let p) = h.state.mode else { Issue.record("no picker"); return }
        #expect(p.query.text == "United States")
        #expect(h.state.data.session(39)!.attendance == before)
        h.type(.enter)
        let after = h.state.data.session(39)!.attendance
        #expect(Set(after).symmetricDifference(before) == ["usa"])
        #expect(!Set(after).symmetricDifference(before).contains("gbr"))
    }
}

/// A tester's finding: session 40 opened while 39 was still in session, and the room display
/// followed 39; opening now says so and how to close the other.
@MainActor @Suite struct OneSessionInSessionTests {
    @Test func openingASecondSessionSaysTheOtherIsStillInSession() {
        var s39 = Session(number: 39, startDate: Day(2026, 11, 27), endDate: Day(2026, 11, 28), status: .inSession)
        s39.agenda = Agenda(state: .adopted, symbol: "S/39/1", issuedOn: Day(2026, 11, 1), adoptedOn: Day(2026, 11, 27),
                            items: [AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true)])
        var s40 = Session(number: 40, startDate: Day(2027, 6, 22), endDate: Day(2027, 6, 23), status: .convened)
        s40.agenda = Agenda(state: .provisional, symbol: "S/40/1", issuedOn: Day(2027, 6, 1),
                            items: [AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true)])
        let h = Harness(data: DataSet(committee: .scpf(), sessions: [s39, s40]))
        for _ in 0..<3 where h.state.selectedSession != 40 { h.type(.char("1"), .char("j")) }
        #expect(h.state.selectedSession == 40)
        h.type(.char("3"), .char("O"))
        #expect(h.state.data.session(40)?.status == .inSession)
        #expect(h.state.message?.text.contains("session 39 is still in session: close it") == true, "\(String(describing: h.state.message))")
    }
}

/// A tester's finding: the outcome dialog showed the kinds' file names (`took-note`).
@MainActor @Suite struct OutcomeWordingTests {
    @Test func theOutcomeDialogOffersTheCommitteesWords() {
        let h = Harness()
        h.type(.char("3"), .char("o"))
        guard case .form(let f) = h.state.mode, let field = f.fields.first(where: { $0.id == .outcome }) else { Issue.record("no outcome form"); return }
        #expect(field.choices?.contains("took note") == true && field.choices?.contains("recommended to the Council for approval") == true)
        #expect(field.choices?.allSatisfy { !$0.contains("-") } == true)
        #expect(h.screen().contains("‹ took note ›") || h.screen().contains("took note"))
    }
}

/// A tester's finding: a state subject to Article 4 was listed plainly in attendance.
@MainActor @Suite struct AttendanceArticle4Tests {
    @Test func theAttendancePickerMarksAStateSubjectToArticle4() {
        let h = Harness()
        h.type(.char("3"), .char("t"))
        guard case .picker(let p) = h.state.mode, let comoros = p.options.first(where: { $0.id == "com" }) else { Issue.record("no picker or no Comoros"); return }
        #expect(comoros.label.contains("Article 4 as at"), "\(comoros.label)")
        #expect(p.options.first { $0.id == "mex" }?.label.contains("Article 4") == false)
    }
}

/// A tester's finding: the Meeting view's help offered `/` search, which does nothing there.
@MainActor @Suite struct HelpOffersWhatWorksTests {
    @Test func helpListsSearchOnlyWhereItWorks() {
        let h = Harness(width: 120, height: 40)
        h.type(.char("3"))
        #expect(!h.state.helpLines().contains { $0.contains("Search this view") })
        h.type(.char("2"))
        #expect(h.state.helpLines().contains { $0.contains("Search this view") })
        // Nothing is cut at the panel's edge: long titles wrap.
        #expect(h.state.helpLines().allSatisfy { TextWidth.of($0) <= h.state.helpWidth - 4 })
    }
}
