import Foundation
import Testing
@testable import SCPFCore

/// drafting → adopted by the Committee → submitted to the Council → approved, or returned
/// for revision → back to drafting.
@Suite("Rules of Procedure workflow")
struct RulesWorkflowTests {
    static let rule = Rule(number: 3, title: "Circulation",
                           text: "The provisional agenda and the main documents shall be circulated at least three weeks before the opening of the session.")

    static func draft(_ id: String = "rop-amendment-2") -> RulesVersion {
        RulesVersion(id: id, title: "Amendment: three weeks' notice", rules: [rule],
                     history: [RulesEvent(on: Day(2026, 3, 2), state: .drafting, detail: "Proposed by the Administration.")])
    }

    /// A version brought to `state` through legal steps only.
    static func version(in state: RulesState) throws -> RulesVersion {
        var v = draft()
        if state == .drafting { return v }
        try v.adopt(atSession: 38, on: Day(2026, 6, 24))
        if state == .adopted { return v }
        try v.submit(on: Day(2026, 7, 1))
        if state == .submitted { return v }
        if state == .approved {
            try v.approve(resolution: "Resolution No. 1510", on: Day(2026, 11, 26))
        } else {
            try v.returnForRevision(reason: "The Council asks for an exception for urgent sessions.", on: Day(2026, 11, 26))
        }
        return v
    }

    enum Step: CaseIterable { case adopt, submit, approve, returnForRevision, reopen }

    /// Every step tried on a later date than any history entry, so only the state decides.
    static func attempt(_ step: Step, on v: inout RulesVersion) throws {
        let day = Day(2026, 12, 15)
        switch step {
        case .adopt: try v.adopt(atSession: 39, on: day)
        case .submit: try v.submit(on: day)
        case .approve: try v.approve(resolution: "Resolution No. 1520", on: day)
        case .returnForRevision: try v.returnForRevision(reason: "Unclear wording.", on: day)
        case .reopen: try v.reopenDrafting(on: day)
        }
    }

    static let legal: [RulesState: [Step: RulesState]] = [
        .drafting: [.adopt: .adopted],
        .adopted: [.submit: .submitted],
        .submitted: [.approve: .approved, .returnForRevision: .returned],
        .approved: [:],
        .returned: [.reopen: .drafting],
    ]

    static func refusal(_ step: Step, from state: RulesState) -> String {
        let title = "“Amendment: three weeks' notice”"
        let label = state.label
        switch step {
        case .adopt: return "\(title) is \(label); only a version in drafting can be adopted."
        case .submit: return "\(title) is \(label): the Committee adopts a version before it is submitted to the Council."
        case .approve: return "\(title) is \(label): only a version submitted to the Council can be approved."
        case .returnForRevision: return "\(title) is \(label): only a version before the Council can be returned."
        case .reopen: return "\(title) is \(label): only a version returned by the Council goes back to drafting."
        }
    }

    @Test("Every step from every state: legal ones move on and add one dated event; illegal ones are refused and change nothing",
          arguments: RulesState.allCases)
    func everyStep(from state: RulesState) throws {
        let start = try Self.version(in: state)
        #expect(start.state == state)
        for step in Step.allCases {
            if let target = Self.legal[state]?[step] {
                var v = start
                try Self.attempt(step, on: &v)
                #expect(v.state == target, "\(step) from \(state)")
                #expect(v.history.count == start.history.count + 1)
                #expect(v.history.last?.state == target)
                #expect(v.history.last?.on == Day(2026, 12, 15))
            } else {
                Refusal.check(start, Self.refusal(step, from: state)) { try Self.attempt(step, on: &$0) }
            }
        }
    }

    @Test("The whole path, returned once, keeps a dated history in order")
    func fullHistory() throws {
        var v = Self.draft()
        try v.adopt(atSession: 38, on: Day(2026, 6, 24))
        #expect(v.adoptedAtSession == 38)
        try v.submit(on: Day(2026, 6, 24))   // the same day is allowed
        try v.returnForRevision(reason: "The Council asks for an exception for urgent sessions.", on: Day(2026, 11, 26))
        try v.reopenDrafting(on: Day(2026, 11, 27))
        #expect(v.adoptedAtSession == nil, "back in drafting, the old adoption no longer stands")
        v.rules[0].text += " Urgent special sessions are excepted."
        try v.adopt(atSession: 39, on: Day(2026, 11, 28))
        try v.submit(on: Day(2026, 12, 1))
        try v.approve(resolution: "Resolution No. 1511", on: Day(2027, 6, 30))
        #expect(v.state == .approved)
        #expect(v.approvalResolution == "Resolution No. 1511")
        #expect(v.approvedOn == Day(2027, 6, 30))
        #expect(v.adoptedAtSession == 39)
        #expect(v.history.map(\.state) == [.drafting, .adopted, .submitted, .returned, .drafting, .adopted, .submitted, .approved])
        #expect(v.history.map(\.detail) == [
            "Proposed by the Administration.",
            "Adopted by the Committee at its thirty-eighth session.",
            "Submitted to the Council for approval.",
            "Returned by the Council for revision: The Council asks for an exception for urgent sessions.",
            "Back to drafting after the Council's return.",
            "Adopted by the Committee at its thirty-ninth session.",
            "Submitted to the Council for approval.",
            "Approved by the Council, Resolution No. 1511.",
        ])
        var committee = Committee.scpf()
        committee.rulesOfProcedure = [v]
        #expect(Validator.validate(committee).isEmpty)
    }

    @Test("A step dated before the last event is refused: the history stays in date order", arguments: RulesState.allCases)
    func historyOrder(from state: RulesState) throws {
        let v = try Self.version(in: state)
        let last = v.history.last!.on
        let early = last.adding(days: -1)
        let message = "\(early.iso) is before the last step of “Amendment: three weeks' notice” (\(last.iso)); the history must stay in date order."
        switch state {
        case .drafting: Refusal.check(v, message) { try $0.adopt(atSession: 38, on: early) }
        case .adopted: Refusal.check(v, message) { try $0.submit(on: early) }
        case .submitted:
            Refusal.check(v, message) { try $0.approve(resolution: "Resolution No. 1510", on: early) }
            Refusal.check(v, message) { try $0.returnForRevision(reason: "Too early.", on: early) }
        case .returned: Refusal.check(v, message) { try $0.reopenDrafting(on: early) }
        case .approved: break   // nothing follows approval
        }
    }

    @Test("Adopting an empty version, approving without a resolution, returning without a reason are refused")
    func missingContent() throws {
        var empty = Self.draft()
        empty.rules = []
        Refusal.check(empty, "“Amendment: three weeks' notice” has no rules yet; add its text before adoption.") {
            try $0.adopt(atSession: 38, on: Day(2026, 6, 24))
        }
        let submitted = try Self.version(in: .submitted)
        for blank in ["", "   "] {
            Refusal.check(submitted, "The Council approves by resolution: give the resolution number.") {
                try $0.approve(resolution: blank, on: Day(2026, 12, 1))
            }
            Refusal.check(submitted, "Say why the Council returned it: the reason is part of the record.") {
                try $0.returnForRevision(reason: blank, on: Day(2026, 12, 1))
            }
        }
    }

    // MARK: In force

    @Test("The version in force is the latest approved one, whatever the order of the list")
    func inForcePicksLatestApproved() throws {
        let (committee, _) = ReportFixture.demo()
        var versions = committee.rulesOfProcedure
        #expect(versions.map(\.id) == ["rules-published", "rop-amendment-1"])
        #expect(versions.inForce?.id == "rules-published", "the amendment is only submitted")

        try versions[1].approve(resolution: "Resolution No. 1505", on: Day(2026, 11, 26))
        #expect(versions.inForce?.id == "rop-amendment-1")
        #expect(Array(versions.reversed()).inForce?.id == "rop-amendment-1", "order in the file does not matter")

        // A later draft, adopted and submitted, does not displace the approved one.
        var next = try Self.version(in: .submitted)
        versions.insert(next, at: 0)
        #expect(versions.inForce?.id == "rop-amendment-1")
        try next.approve(resolution: "Resolution No. 1530", on: Day(2027, 7, 1))
        versions[0] = next
        #expect(versions.inForce?.id == "rop-amendment-2")

        // Approved earlier than the others: not in force even if listed last.
        var old = Self.draft("rop-old")
        old.history = [RulesEvent(on: Day(2005, 1, 1), state: .drafting, detail: "x")]
        try old.adopt(atSession: 1, on: Day(2005, 2, 1))
        try old.submit(on: Day(2005, 2, 2))
        try old.approve(resolution: "Resolution No. 1", on: Day(2005, 6, 1))
        #expect((versions + [old]).inForce?.id == "rop-amendment-2")
        #expect([old].inForce?.id == "rop-old")
        let returned = try Self.version(in: .returned)
        #expect([Self.draft(), returned].inForce == nil)
        #expect([RulesVersion]().inForce == nil)
    }

    // MARK: Export

    @Test("The export names the version in force and every version's dated history")
    func export() throws {
        var committee = Committee.scpf()
        let (demo, _) = ReportFixture.demo()
        committee.rulesOfProcedure = demo.rulesOfProcedure
        let md = try RulesExport.render(committee, format: .md)
        #expect(md.hasPrefix("# Rules of Procedure of the Standing Committee on Programmes and Finance\n\nIn force: **Rules of Procedure (as published by IOM)**, approved by the Council (resolution to be completed; date to be completed), text from https://iom.int/rules-procedure-scpf.\n\n"))
        #expect(md.contains("## Rules of Procedure (as published by IOM) — approved by the Council (in force)\n\nSource: https://iom.int/rules-procedure-scpf\n\n**Rule 1 — I – Sessions.** 1. The Standing Committee on Programmes and Finance shall meet normally twice a year"))
        #expect(md.contains("## Amendment (sample): electronic communication of documents — submitted to the Council\n\nAn amendment: its rules replace those of the same number.\n\n"))
        #expect(md.contains("## The text in force (consolidated)\n\n**Rule 1 — I – Sessions.**"))
        #expect(md.components(separatedBy: "(in force)").count == 2, "exactly one version is in force")
        #expect(md.contains("- 1 July 2026: submitted to the Council. Submitted to the Council for approval.\n"))

        committee.rulesOfProcedure[1].rules[0].text = "Documents <b>shall</b> be sent by \"e-mail\" & post."
        let html = try RulesExport.render(committee, format: .html)
        #expect(html.contains("<p><strong>Rule 5 — II – Agenda.</strong> Documents &lt;b&gt;shall&lt;/b&gt; be sent by &quot;e-mail&quot; &amp; post.</p>"))
        #expect(html.contains("<h2>Rules of Procedure (as published by IOM) — approved by the Council (in force)</h2>"))

        committee.rulesOfProcedure = [Self.draft()]
        #expect(try RulesExport.render(committee, format: .md).contains("No version has been approved by the Council yet."))
        #expect(throws: DomainError("The Rules of Procedure export as md or html.")) { try RulesExport.render(committee, format: .json) }
    }
}
