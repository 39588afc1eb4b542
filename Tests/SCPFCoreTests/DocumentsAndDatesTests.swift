import Foundation
import Testing
@testable import SCPFCore

/// Documents with distribution and "as at" date, the provisional agenda and its revisions as
/// documents, informal consultations feeding SCPF items, and dates coherent across a session.
@Suite("Documents, informal meetings and coherent dates")
struct DocumentsAndDatesTests {
    @Test("The provisional agenda is a document; its revisions before adoption are S/<n>/1/Rev.1, Rev.2, dated")
    func provisionalRevisions() throws {
        var s = Fixture.session(status: .convened)
        #expect(s.agenda.provisionalDocument == nil)
        #expect(throws: DomainError("The agenda of session 37 is still a draft: issue the provisional agenda before revising it.")) {
            try s.reviseProvisionalAgenda(on: Day(2025, 10, 1))
        }
        try s.issueAgenda(on: Day(2025, 10, 7))
        #expect(s.agenda.provisionalDocument == DocumentRef(symbol: "S/37/1", title: "Provisional agenda", distribution: .general, asAt: Day(2025, 10, 7)))
        #expect(throws: DomainError("2025-10-06 is before the last issue of the provisional agenda (2025-10-07).")) {
            try s.reviseProvisionalAgenda(on: Day(2025, 10, 6))
        }
        #expect(try s.reviseProvisionalAgenda(on: Day(2025, 10, 14)) == "S/37/1/Rev.1")
        #expect(try s.reviseProvisionalAgenda(on: Day(2025, 10, 20)) == "S/37/1/Rev.2")
        #expect(s.agenda.symbol == "S/37/1/Rev.2")
        #expect(s.agenda.provisionalRevisions?.map(\.asAt) == [Day(2025, 10, 14), Day(2025, 10, 20)])
        try s.adoptAgenda(on: Day(2025, 10, 28))
        #expect(throws: DomainError("The agenda of session 37 is adopted: after adoption, changes are revisions made in session.")) {
            try s.reviseProvisionalAgenda(on: Day(2025, 10, 28))
        }
        #expect(Validator.validate(s, committee: .scpf(), sessionNumbers: [37]).isEmpty)
        #expect(ReportGenerator.sections(for: s, committee: .scpf())[0].body.contains("as set out in document S/37/1/Rev.2"))
    }

    @Test("Documents carry their distribution and \"as at\" date into the annotated agenda")
    func documentClass() throws {
        var s = Fixture.session()
        s.agenda.items[2].documents = [DocumentRef(symbol: "S/37/2", title: "Status report", languages: ["en"], distribution: .limited, asAt: Day(2025, 9, 30))]
        try s.issueAgenda(on: Day(2025, 10, 7))
        let md = try AgendaExport.render(s, committee: .scpf(), format: .md, annotated: true)
        #expect(md.contains("- Document S/37/2: Status report (en) — distribution limited, as at 30 September 2025\n"))
        #expect(Distribution.allCases.map(\.rawValue) == ["general", "limited", "restricted"])
    }

    @Test("Informal consultations and working groups are meetings of their own, whose papers feed SCPF items")
    func informalMeetings() throws {
        var c = Committee.scpf()
        var s = Fixture.session()
        try s.issueAgenda(on: Day(2025, 10, 7))
        c.informalMeetings = [
            InformalMeeting(id: "wg-1", kind: .workingGroup, title: "Budget reform", date: Day(2025, 9, 15),
                            papers: [DocumentRef(symbol: "IC/2025/4", title: "Options")], feeds: [ItemLink(session: 37, itemId: "i3")]),
            InformalMeeting(id: "ic-1", kind: .informalConsultation, title: "Budget", date: Day(2025, 9, 1), feeds: [ItemLink(session: 37, itemId: "i3")]),
        ]
        #expect(c.informalMeetings(feeding: 37, itemId: "i3").map(\.id) == ["ic-1", "wg-1"])
        let md = try AgendaExport.render(s, committee: c, format: .md, annotated: true)
        #expect(md.contains("- Working group “Budget reform”, 15 September 2025: IC/2025/4 (Options)\n"))
        #expect(md.contains("- Informal consultations “Budget”, 1 September 2025\n"))
        #expect(Validator.validate(committee: c, sessions: [s]).isEmpty)
        c.informalMeetings! += [InformalMeeting(id: "wg-1", kind: .workingGroup, title: " ", date: Day(2025, 11, 1),
                                                feeds: [ItemLink(session: 37, itemId: "i3"), ItemLink(session: 37, itemId: "i99"), ItemLink(session: 50, itemId: "i1")])]
        #expect(Validator.validate(committee: c, sessions: [s]).map(\.message) == [
            "Informal meeting wg-1: the id is used twice.",
            "Informal meeting wg-1: title is empty.",
            "Informal meeting wg-1: held on 2025-11-01, after session 37 whose item it feeds ended (2025-10-29).",
            "Informal meeting wg-1: feeds item i99 of session 37, which does not exist.",
            "Informal meeting wg-1: feeds session 50, which does not exist.",
        ])
        c.relink(session: 37, to: 38)
        #expect(c.informalMeetings?[0].feeds == [ItemLink(session: 38, itemId: "i3")])
    }

    @Test("scpf check: the agenda issued before adoption, adopted and met within the session's dates, the report in order")
    func dates() {
        var s = Fixture.session(status: .closed)
        s.agenda.state = .adopted
        s.agenda.symbol = "S/37/1"
        s.agenda.issuedOn = Day(2025, 10, 30)
        s.agenda.adoptedOn = Day(2025, 10, 27)
        s.agenda.provisionalRevisions = [DocumentRef(symbol: "S/37/1/Rev.1", asAt: Day(2025, 10, 29))]
        s.live = LiveState(sessionStartedAt: Day(2025, 11, 2).startDate)
        s.report.state = .councilAction
        s.report.adoptedOn = Day(2025, 10, 20)
        s.report.transmittal = Transmittal(councilSession: "116th session", symbol: "C/116/12", date: Day(2025, 10, 19))
        s.report.councilAction = CouncilAction(kind: .tookNote, date: Day(2025, 10, 18))
        #expect(Validator.validate(s, committee: .scpf(), sessionNumbers: [37]).map(\.message) == [
            "Session 37 agenda: adopted on 2025-10-27, before it was issued (2025-10-30); issue the provisional agenda first.",
            "Session 37 agenda: issued on 2025-10-30, after the session ended (2025-10-29).",
            "Session 37 agenda: adopted on 2025-10-27, outside the session's dates (2025-10-28 to 2025-10-29); the agenda is adopted at the session.",
            "Session 37: the meeting opened on 2025-11-02, outside the session's dates (2025-10-28 to 2025-10-29).",
            "Session 37 report: adopted on 2025-10-20, before the session opened (2025-10-28).",
            "Session 37 report: transmitted on 2025-10-19, before it was adopted (2025-10-20).",
            "Session 37 report: the Council's action (2025-10-18) is before the transmittal (2025-10-19).",
            "Session 37 agenda: revision S/37/1/Rev.1 is dated 2025-10-29, before the issue it revises (2025-10-30).",
            "Session 37 agenda: revision S/37/1/Rev.1 of the provisional agenda is dated 2025-10-29, after the agenda was adopted (2025-10-27).",
        ])
    }

    @Test("scpf check: Rules adopted at a session not yet held, or approved before their adoption")
    func rulesDates() throws {
        var c = Committee.scpf()
        var v = RulesVersion(id: "a1", title: "Amendment", state: .adopted, rules: [Rule(number: 1, title: "t", text: "x")],
                             history: [RulesEvent(on: Day(2025, 10, 1), state: .adopted, detail: "Adopted.")], adoptedAtSession: 37, amendment: true)
        c.rulesOfProcedure.append(v)
        let planned = Fixture.session()
        #expect(Validator.validate(committee: c, sessions: [planned]).map(\.message)
                == ["Rules of Procedure version a1: adopted on 2025-10-01 at session 37, which opened only on 2025-10-28."])
        v.history = []
        c.rulesOfProcedure[1] = v
        #expect(Validator.validate(committee: c, sessions: [planned]).map(\.message)
                == ["Rules of Procedure version a1: adopted at session 37, which has not been held yet (planned)."])
        v.history = [RulesEvent(on: Day(2025, 10, 28), state: .adopted, detail: "Adopted."), RulesEvent(on: Day(2025, 10, 1), state: .approved, detail: "Approved.")]
        v.state = .approved; v.approvalResolution = "C/116/RES/1"
        c.rulesOfProcedure[1] = v
        let messages = Validator.validate(committee: c, sessions: [Fixture.session(status: .closed)]).map(\.message)
        #expect(messages.contains("Rules of Procedure version a1: approved by the Council on 2025-10-01, before the Committee adopted it (2025-10-28)."))
    }

    @Test("The demo shows a revised provisional agenda, documents with class and date, and informal consultations feeding items")
    func demo() {
        let (c, sessions) = Fixture.demo()
        #expect(sessions.contains { ($0.agenda.provisionalRevisions ?? []).count == 1 })
        #expect(sessions.contains { s in s.agenda.items.contains { $0.documents.contains { $0.asAt != nil && $0.distribution == .general } } })
        #expect((c.informalMeetings ?? []).first?.papers.first?.symbol.hasPrefix("IC/") == true)
        #expect(Validator.validate(committee: c, sessions: sessions).isEmpty)
    }
}
