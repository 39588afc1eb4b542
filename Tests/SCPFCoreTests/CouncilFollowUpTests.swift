import Foundation
import Testing
@testable import SCPFCore

/// The Committee's own decisions, urgent decisions under ToR (i), and the Council's action on
/// each recommendation and urgent decision.
@Suite("Council follow-up and the Committee's own decisions")
struct CouncilFollowUpTests {
    /// Session 37 (October 2025), closed, with a recommendation (item 3) and an urgent decision
    /// (item 4), its report transmitted on 2025-11-20.
    static func transmitted() throws -> Session {
        var s = Fixture.session(status: .closed)
        s.agenda.items += [AgendaItem(id: "i4", title: "Interim financing", tor: ["i"]), AgendaItem(id: "i5", title: "Timetable", tor: ["g"])]
        s.agenda.items[2].outcome = Outcome(kind: .recommendedApproval, conclusion: "Recommended.")
        s.agenda.items[3].outcome = Outcome(kind: .urgentDecision, conclusion: "Decided under (i).")
        s.agenda.items[4].outcome = Outcome(kind: .agreed, conclusion: "Agreed.")
        s.report.state = .transmitted
        s.report.adoptedOn = Day(2025, 10, 29)
        s.report.transmittal = Transmittal(councilSession: "116th session", symbol: "C/116/12", date: Day(2025, 11, 20))
        return s
    }

    @Test("The Committee's own decisions and urgent decisions have their words, and only recommendations and urgent decisions await the Council")
    func kinds() {
        #expect([OutcomeKind.agreed, .decided, .approved, .urgentDecision].map(\.rawValue) == ["agreed", "decided", "approved", "urgent-decision"])
        #expect(OutcomeKind.urgentDecision.label == "urgent decision under ToR (i)")
        #expect(OutcomeKind.allCases.filter(\.isOwnCompetence) == [.agreed, .decided, .approved])
        #expect(OutcomeKind.allCases.filter(\.awaitsCouncil) == [.recommendedApproval, .referredToCouncil, .urgentDecision])
    }

    @Test("An urgent decision is refused for a session before the 2013 amendment added (i)")
    func urgentOnlySince2013() throws {
        var old = Session(number: 12, startDate: Day(2013, 6, 25), endDate: Day(2013, 6, 26))
        old.agenda.items = [AgendaItem(id: "i1", title: "Urgent matter")]
        #expect(throws: DomainError("Urgent decisions under paragraph (i) of the terms of reference exist only since 26 November 2013; session 12 opened on 25 June 2013.")) {
            try old.recordOutcome(itemId: "i1", Outcome(kind: .urgentDecision))
        }
        var s = Fixture.session()
        try s.recordOutcome(itemId: "i3", Outcome(kind: .urgentDecision, conclusion: "x"))
        #expect(s.agenda.items[2].outcome?.kind == .urgentDecision)
    }

    @Test("The Council acts on each recommendation and urgent decision by its own resolution, once the report is transmitted")
    func perItemAction() throws {
        var s = try Self.transmitted()
        let approved = ItemCouncilAction(result: .approved, resolution: "C/116/RES/1413", date: Day(2025, 11, 27))
        try s.recordCouncilAction(itemId: "i3", approved)
        #expect(s.agenda.items[2].outcome?.councilAction == approved)
        try s.recordCouncilAction(itemId: "i4", ItemCouncilAction(result: .rejected, date: Day(2025, 11, 27)))
        #expect(throws: DomainError("Item 5: the Council acts on recommendations and urgent decisions, and its outcome is “agreed”.")) {
            try s.recordCouncilAction(itemId: "i5", approved)
        }
        #expect(throws: DomainError("The Council approves by resolution: give the resolution (C/115/RES/1413).")) {
            try s.recordCouncilAction(itemId: "i3", ItemCouncilAction(result: .approved, resolution: " ", date: Day(2025, 11, 27)))
        }
        #expect(throws: DomainError("The Council's action (2025-11-19) cannot precede the transmittal (2025-11-20).")) {
            try s.recordCouncilAction(itemId: "i3", ItemCouncilAction(result: .tookNote, date: Day(2025, 11, 19)))
        }
        var draft = Fixture.session(status: .closed)
        draft.agenda.items[2].outcome = Outcome(kind: .recommendedApproval)
        #expect(throws: DomainError("The report of session 37 is still in drafting: it must be transmitted to the Council before the Council acts on it.")) {
            try draft.recordCouncilAction(itemId: "i3", approved)
        }
        // A redrafted conclusion keeps the Council's action.
        try s.recordOutcome(itemId: "i3", Outcome(kind: .recommendedApproval, conclusion: "Recommended, in other words."))
        #expect(s.agenda.items[2].outcome?.councilAction == approved)
        #expect(Validator.validate(s, committee: .scpf(), sessionNumbers: [37]).isEmpty)

        let register = Recommendations.register([s])
        #expect(register.map(\.itemNumber) == ["3"])
        #expect(register[0].itemCouncilAction == approved && !register[0].isOpen)
    }

    @Test("The urgent-decisions register keeps each decision pending until the Council approves or rejects it")
    func urgentRegister() throws {
        var s = try Self.transmitted()
        var later = s
        later.number = 38
        later.startDate = Day(2026, 6, 23); later.endDate = Day(2026, 6, 24)
        #expect(UrgentDecisions.register([s, later]).map(\.status) == [.pending, .pending])
        try s.recordCouncilAction(itemId: "i4", ItemCouncilAction(result: .tookNote, date: Day(2025, 11, 27)))
        #expect(UrgentDecisions.register([s]).map(\.status) == [.pending], "taking note is not approving")
        try s.recordCouncilAction(itemId: "i4", ItemCouncilAction(result: .approved, resolution: "C/116/RES/1414", date: Day(2025, 11, 27)))
        let entries = UrgentDecisions.register([s, later])
        #expect(entries.map(\.session) == [38, 37], "pending first")
        #expect(entries.map(\.status) == [.pending, .approved])
        #expect(entries[1].itemNumber == "4" && entries[1].takenOn == Day(2025, 10, 28))
        try s.recordCouncilAction(itemId: "i4", ItemCouncilAction(result: .rejected, date: Day(2025, 11, 28)))
        #expect(UrgentDecisions.register([s]).map(\.status) == [.rejected])
    }

    @Test("The receiving body by date: the Executive Committee for mid-year sessions before 2014, the Council otherwise")
    func receivingBody() throws {
        func session(_ start: Day) -> Session { Session(number: 10, startDate: start, endDate: start.adding(days: 1)) }
        #expect(session(Day(2012, 5, 15)).receivingBody == "Executive Committee")
        #expect(session(Day(2013, 6, 25)).receivingBody == "Executive Committee")
        #expect(session(Day(2013, 10, 29)).receivingBody == "Council")
        #expect(session(Day(2014, 6, 24)).receivingBody == "Council")
        var s = session(Day(2012, 5, 15))
        s.agenda.items = [AgendaItem(id: "i1", title: "Programme and Budget", outcome: Outcome(kind: .recommendedApproval))]
        let sections = ReportGenerator.sections(for: s, committee: .scpf())
        #expect(sections.last?.heading == "Recommendations to the Executive Committee")
        #expect(sections.last?.body.hasPrefix("The Committee recommends that the Executive Committee:") == true)
        #expect(throws: DomainError("The report of session 10 is still in drafting: it must be transmitted to the Executive Committee before the Executive Committee acts on it.")) {
            try s.recordCouncilAction(itemId: "i1", ItemCouncilAction(result: .tookNote, date: Day(2012, 7, 1)))
        }
    }

    @Test("The report lists the urgent decisions submitted to the Council for approval")
    func reportUrgentSection() throws {
        let s = try Self.transmitted()
        let sections = ReportGenerator.sections(for: s, committee: .scpf())
        let urgent = try #require(sections.first { $0.key == "urgent-decisions" })
        #expect(urgent.heading == "Urgent decisions submitted to the Council for approval")
        #expect(urgent.body.hasPrefix("Under paragraph (i) of its terms of reference, the Committee took the following urgent decision, which is submitted to the Council for approval at its next session:"))
        #expect(!ReportGenerator.sections(for: Fixture.session(), committee: .scpf()).contains { $0.key == "urgent-decisions" })
    }

    @Test("The Council item takes up the year's sessions under one title")
    func councilItem() throws {
        let c = Committee.scpf()
        #expect(CouncilItem.proposedTitle(sessions: [35, 34], committee: c)
                == "Report on matters discussed at the Thirty-fourth and Thirty-fifth Sessions of the Standing Committee on Programmes and Finance")
        let june = Session(number: 12, startDate: Day(2013, 6, 25), endDate: Day(2013, 6, 26))
        let november = Session(number: 13, startDate: Day(2013, 10, 29), endDate: Day(2013, 10, 30))
        #expect(CouncilItem.proposed(year: 2013, sessions: [june, november], councilSession: "103rd session", committee: c).sessions == [13],
                "in 2013 the mid-year report went to the Executive Committee")
        var c2 = c
        c2.councilItems = [CouncilItem(councilSession: "116th session", title: "t", sessions: [36, 37])]
        #expect(c2.councilItem(for: 37)?.councilSession == "116th session")
        c2.councilItems![0].documents = [DocumentRef(symbol: "C/116/12")]
        #expect(c2.councilItems![0].coverLine == "Taken up by the Council at its 116th session under “t” (C/116/12).")
        #expect(try ReportExport.render(Fixture.session(), committee: c2, format: .md).contains("\n\nTaken up by the Council at its 116th session under “t” (C/116/12).\n\n"))
        c2.relink(session: 37, to: 137)
        #expect(c2.councilItems?[0].sessions == [36, 137])
    }

    @Test("scpf check: an urgent decision before (i), a Council action on an outcome it does not act on, or before any transmittal")
    func checks() throws {
        var s = try Self.transmitted()
        s.agenda.items[4].outcome?.councilAction = ItemCouncilAction(result: .approved, date: Day(2025, 11, 27))
        s.agenda.items[2].outcome?.councilAction = ItemCouncilAction(result: .tookNote, date: Day(2025, 11, 1))
        #expect(Validator.validate(s, committee: .scpf(), sessionNumbers: [37]).map(\.message) == [
            "Session 37 item 3 (i3): the Council's action (2025-11-01) is before the report was transmitted (2025-11-20).",
            "Session 37 item 5 (i5): councilAction is recorded on an outcome the Council does not act on (“agreed”).",
            "Session 37 item 5 (i5): the Council approved it, but councilAction names no resolution.",
        ])
        var old = Session(number: 12, startDate: Day(2013, 6, 25), endDate: Day(2013, 6, 26))
        old.agenda.items = [AgendaItem(id: "i1", title: "x", outcome: Outcome(kind: .urgentDecision, councilAction: ItemCouncilAction(result: .rejected, date: Day(2013, 7, 1))))]
        #expect(Validator.validate(old, committee: .scpf(), sessionNumbers: [12]).map(\.message) == [
            "Session 12 item 1 (i1): an urgent decision under ToR (i), but paragraph (i) is not in the terms of reference in force on 2013-06-25 (it exists from 2013-11-26).",
            "Session 12 item 1 (i1): the Executive Committee's action is recorded, but the report was never transmitted.",
        ])
    }

    @Test("The demo shows the Committee's own decisions, a pending and an approved urgent decision, Council actions per item and Council items")
    func demo() {
        let (committee, sessions) = Fixture.demo()
        let urgent = UrgentDecisions.register(sessions)
        #expect(urgent.count == 2)
        #expect(Set(urgent.map(\.status)).count >= 1)
        #expect(sessions.contains { s in s.agenda.items.contains { $0.outcome?.kind == .agreed } })
        #expect(sessions.contains { s in s.agenda.items.contains { $0.outcome?.councilAction?.resolution?.hasPrefix("C/") == true } })
        #expect(!(committee.councilItems ?? []).isEmpty)
        #expect(Validator.validate(committee: committee, sessions: sessions).isEmpty)
    }
}
