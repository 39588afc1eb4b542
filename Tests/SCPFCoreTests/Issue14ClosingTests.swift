import Foundation
import Testing
@testable import SCPFCore

/// The gaps a QA pass found in issue 14, each closed with a test: the report restating the
/// record, acting officers, `scpf check`'s coherence checks, the provisional agenda's
/// revisions, the adopted agenda cited in the report, and the one admission date IOM states.
@Suite("Issue 14: closing the QA gaps")
struct Issue14ClosingTests {
    static let bureauA = Bureau(electedOn: Day(2024, 11, 26), councilSession: "115th session", officers: [
        Officer(role: "Chairperson", name: "H.E. Ms. Laura Méndez", memberStateId: "mex"),
        Officer(role: "Rapporteur", name: "Ms. Anna Lindqvist", memberStateId: "swe"),
    ])
    static let bureauB = Bureau(electedOn: Day(2025, 6, 30), councilSession: "116th session (special)", officers: [
        Officer(role: "Chairperson", name: "H.E. Mr. Erik Solberg", memberStateId: "nor"),
        Officer(role: "Rapporteur", name: "Mr. Kwame Asante", memberStateId: "gha"),
    ])

    static func committee(_ bureaus: [Bureau]) -> Committee {
        var c = Committee.scpf()
        c.bureaus = bureaus
        return c
    }

    // MARK: the report restates the record

    @Test("A draft's generated introduction is restated after a Bureau change; an edited section is kept and may be out of date")
    func introductionFollowsTheBureau() throws {
        var s = Fixture.session(status: .inSession)
        try s.generateReport(committee: Self.committee([Self.bureauA]))
        #expect(s.report.sections[0].body.contains("chaired by H.E. Ms. Laura Méndez (Mexico)"))
        try s.editReportSection(key: "item-i2", body: "The Director General spoke.", committee: Self.committee([Self.bureauA]))
        let changed = Self.committee([Self.bureauB])   // the record now names another Bureau in office
        let fresh = ReportGenerator.refreshed(s.report, for: s, committee: changed)
        #expect(fresh.sections[0].body.contains("chaired by H.E. Mr. Erik Solberg (Norway)"))
        #expect(!fresh.sections[0].body.contains("Méndez"), "the introduction no longer contradicts the cover")
        #expect(fresh.sections.first { $0.key == "item-i2" }?.body == "The Director General spoke.", "the edit is kept")
        #expect(ReportGenerator.outOfDate(fresh, for: s, committee: changed).isEmpty, "the item's facts did not change")
        // A document is added to the item: its generated text changes, so the edit may be out of date.
        s.agenda.items[1].documents = [DocumentRef(symbol: "S/37/3")]
        #expect(ReportGenerator.outOfDate(fresh, for: s, committee: changed) == ["item-i2"])
        // A report past drafting is never restated.
        var adopted = fresh
        adopted.state = .adopted
        #expect(ReportGenerator.refreshed(adopted, for: s, committee: Self.committee([])) == adopted)
    }

    @Test("Refreshing never drops an edited section whose item is gone; regenerating by hand reports it")
    func refreshKeepsLostEdits() throws {
        var s = Fixture.session(status: .inSession)
        let c = Self.committee([Self.bureauA])
        try s.generateReport(committee: c)
        try s.editReportSection(key: "item-i2", body: "Kept.", committee: c)
        s.agenda.items.remove(at: 1)
        let fresh = ReportGenerator.refreshed(s.report, for: s, committee: c)
        #expect(fresh.sections.contains { $0.key == "item-i2" && $0.body == "Kept." })
        #expect(ReportGenerator.outOfDate(fresh, for: s, committee: c).contains("item-i2"))
        #expect(try s.generateReport(committee: c) == ["2. Statement by the Director General"])
    }

    @Test("Item 1 “Adoption of the agenda” cites the agenda as adopted: S/37/1/Rev.1, not S/37/1")
    func adoptionCitesTheAdoptedAgenda() throws {
        var s = Fixture.session(status: .convened)
        s.agenda.items[0].documents = [DocumentRef(symbol: "S/37/1", title: "Provisional agenda")]
        try s.issueAgenda(on: Day(2025, 10, 7))
        try s.reviseProvisionalAgenda(on: Day(2025, 10, 14))
        try s.adoptAgenda(on: Day(2025, 10, 28))
        let item1 = ReportGenerator.sections(for: s, committee: .scpf())[1]
        #expect(item1.heading == "1. Adoption of the agenda")
        #expect(item1.body.hasPrefix("Documents: S/37/1/Rev.1 (Provisional agenda)."))
        #expect(!item1.body.contains("S/37/1 "))
        // Before adoption the item cites what it lists.
        var draft = Fixture.session()
        draft.agenda.items[0].documents = [DocumentRef(symbol: "S/37/1")]
        #expect(ReportGenerator.sections(for: draft, committee: .scpf())[1].body.hasPrefix("Documents: S/37/1."))
    }

    // MARK: acting officers

    @Test("An acting officer overrides one Bureau role for one session, is named as acting in the report, and can be cleared")
    func actingOfficer() throws {
        let c = Self.committee([Self.bureauA])
        var s = Fixture.session(status: .inSession)
        try s.setActingOfficer(role: "Rapporteur", Officer(role: "x", name: "Mr. Tomás Novák", memberStateId: "cze"))
        #expect(s.officers == [Officer(role: "Rapporteur", name: "Mr. Tomás Novák", memberStateId: "cze", acting: true)])
        #expect(c.officers(for: s).map(\.name) == ["H.E. Ms. Laura Méndez", "Mr. Tomás Novák"])
        #expect(c.rapporteur(for: s).map(c.describe) == "Mr. Tomás Novák (Czechia), acting")
        let intro = ReportGenerator.sections(for: s, committee: c)[0].body
        #expect(intro.contains("The other officers were Mr. Tomás Novák (Czechia) as Rapporteur (acting)."))
        // Another acting Rapporteur replaces the first: one officer per role.
        try s.setActingOfficer(role: "Rapporteur", Officer(role: "Rapporteur", name: "Ms. Mei Tanaka", memberStateId: "jpn"))
        #expect(s.officers.map(\.name) == ["Ms. Mei Tanaka"])
        try s.setActingOfficer(role: "Rapporteur", nil)
        #expect(s.officers.isEmpty)
        #expect(c.rapporteur(for: s)?.name == "Ms. Anna Lindqvist", "cleared: the Bureau's Rapporteur serves again")
        #expect(throws: DomainError("Give the acting Rapporteur's name, or leave it blank to clear the acting officer.")) {
            try s.setActingOfficer(role: "Rapporteur", Officer(role: "Rapporteur", name: " "))
        }
        // An acting Chairperson is said so.
        try s.setActingOfficer(role: "Chairperson", Officer(role: "Chairperson", name: "Mr. Kwame Asante", memberStateId: "gha"))
        #expect(ReportGenerator.sections(for: s, committee: c)[0].body.contains("chaired by Mr. Kwame Asante (Ghana), acting Chairperson."))
    }

    @Test("A v1 session's free-text “Rapporteur (acting)” migrates to the acting override, and the migration says so")
    func actingMigration() {
        var s = Fixture.session(status: .closed)
        s.schemaVersion = 1
        s.officers = [Officer(role: "Rapporteur (acting)", name: "Mr. Tomás Novák", memberStateId: "cze"),
                      Officer(role: "Acting Chairperson", name: "Mr. Kwame Asante"),
                      Officer(role: "Second Vice-Chairperson", name: "Ms. Mei Tanaka")]
        let notes = Migration.upgrade(&s)
        #expect(s.officers == [Officer(role: "Rapporteur", name: "Mr. Tomás Novák", memberStateId: "cze", acting: true),
                               Officer(role: "Chairperson", name: "Mr. Kwame Asante", acting: true),
                               Officer(role: "Second Vice-Chairperson", name: "Ms. Mei Tanaka")])
        #expect(notes == [
            "officer Mr. Tomás Novák with the role “Rapporteur (acting)” is now the acting Rapporteur of session 37 (acting: true), in place of the Bureau's Rapporteur.",
            "officer Mr. Kwame Asante with the role “Acting Chairperson” is now the acting Chairperson of session 37 (acting: true), in place of the Bureau's Chairperson.",
            "schemaVersion 1 → \(SchemaVersion.current).",
        ])
        #expect(s.schemaVersion == SchemaVersion.current)
        #expect(Migration.upgrade(&s).isEmpty)
    }

    // MARK: scpf check

    /// A valid record to break one way at a time: session 37 closed, with a Bureau in office.
    static func record() throws -> (Committee, [Session]) {
        var c = Self.committee([Self.bureauA])
        var s = Fixture.session(status: .convened)
        try s.issueAgenda(on: Day(2025, 10, 7))
        try s.adoptAgenda(on: Day(2025, 10, 28))
        s.status = .closed
        c.councilItems = [CouncilItem(councilSession: "116th session", title: "Report on matters discussed", sessions: [37])]
        return (c, [s])
    }

    @Test("The record to break is clean")
    func cleanRecord() throws {
        let (c, sessions) = try Self.record()
        #expect(Validator.validate(committee: c, sessions: sessions) == [])
    }

    @Test("scpf check: a speech dated outside the session's dates, one sentence naming session, field and what to do")
    func speechOutsideDates() throws {
        var (c, sessions) = try Self.record()
        _ = c
        sessions[0].agenda.items[1].speakers.speeches = [Speech(delegation: "mex", startedAt: Day(2025, 10, 30).startDate.addingTimeInterval(3600))]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Session 37 item 2 (i2): speakers.speeches[0] by mex is dated 2025-10-30, outside the session's dates (2025-10-28 to 2025-10-29); correct the speech's startedAt or the session's dates.",
        ])
    }

    @Test("scpf check: a document “as at” a day after the session opened")
    func documentAsAtAfterOpening() throws {
        var (c, sessions) = try Self.record()
        _ = c
        sessions[0].agenda.items[1].documents = [DocumentRef(symbol: "S/37/2", asAt: Day(2025, 11, 30))]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Session 37 item 2 (i2): document S/37/2 is “as at” 2025-11-30, after the session opened (2025-10-28); a document for the session states its figures as at a day before — correct its asAt date.",
        ])
    }

    @Test("scpf check: a Bureau elected during a session it serves; a held session with no officers")
    func bureauAndOfficers() throws {
        var (c, sessions) = try Self.record()
        c.bureaus = [Bureau(electedOn: Day(2025, 10, 28), officers: Self.bureauA.officers)]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Bureau elected on 2025-10-28: that day falls within session 37 (2025-10-28 to 2025-10-29), a session it would serve; the Council elects the Bureau at its own session — correct electedOn.",
        ])
        c.bureaus = []
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Session 37: it is closed but has no officers (no Bureau in office on 2025-10-28, no officers of its own); record the Bureau the Council elected (“Record the Bureau” in the Sessions view) or the session's acting officers.",
        ])
        sessions[0].status = .convened
        #expect(Validator.validate(committee: c, sessions: sessions) == [], "a session not yet held needs no officers")
    }

    @Test("scpf check: a report transmitted to another Council session than the Council item that takes it up")
    func transmittalCouncilSession() throws {
        var (c, sessions) = try Self.record()
        _ = c
        sessions[0].report = Report(state: .transmitted, sections: [ReportSection(key: "introduction", heading: "Introduction", body: "x")],
                                    adoptedOn: Day(2025, 10, 29), transmittal: Transmittal(councilSession: "117th session", symbol: "C/116/14", date: Day(2025, 11, 5)))
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Session 37 report: transmittal.councilSession is the 117th session, but the Council item “Report on matters discussed” that takes it up is at the 116th session; correct one of them so both name the same Council session.",
        ])
        sessions[0].report.transmittal?.councilSession = "116th Session"
        #expect(Validator.validate(committee: c, sessions: sessions) == [], "the same Council session, however capitalized")
    }

    @Test("scpf check: a Council item grouping SCPF sessions of different years")
    func councilItemYears() throws {
        var (c, sessions) = try Self.record()
        var s38 = Fixture.session(number: 38)
        s38.startDate = Day(2026, 6, 23); s38.endDate = Day(2026, 6, 24)
        sessions.append(s38)
        c.councilItems = [CouncilItem(councilSession: "116th session", title: "Report on matters discussed", sessions: [37, 38])]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Council item “Report on matters discussed” (116th session): its sessions are of different years (37 in 2025, 38 in 2026); a Council item takes up one year's sessions — correct its sessions.",
        ])
    }

    @Test("scpf check: an IC/yyyy/n paper whose year differs from its informal meeting's")
    func informalPaperYear() throws {
        var (c, sessions) = try Self.record()
        c.informalMeetings = [InformalMeeting(id: "ic-2025-1", kind: .informalConsultation, title: "Governance", date: Day(2025, 9, 10),
                                              papers: [DocumentRef(symbol: "IC/2024/3"), DocumentRef(symbol: "IC/2025/4")],
                                              feeds: [ItemLink(session: 37, itemId: "i2")])]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Informal meeting ic-2025-1: paper IC/2024/3 is numbered for 2024, but the meeting was held on 2025-09-10; correct the paper's symbol or the meeting's date.",
        ])
    }

    @Test("scpf check: a draft whose generated introduction no longer states the officers (written before a Bureau change)")
    func staleDraft() throws {
        var (c, sessions) = try Self.record()
        sessions[0].status = .inSession
        try sessions[0].generateReport(committee: c)
        #expect(Validator.validate(committee: c, sessions: sessions) == [])
        c.bureaus = [Self.bureauB]
        #expect(Validator.validate(committee: c, sessions: sessions).map(\.message) == [
            "Session 37 report: the generated section “Introduction” no longer states the record (officers, dates, agenda or outcomes changed since); regenerate the draft (g in the Reports view).",
        ])
        sessions[0].report = ReportGenerator.refreshed(sessions[0].report, for: sessions[0], committee: c)
        #expect(Validator.validate(committee: c, sessions: sessions) == [])
    }

    @Test("scpf check: an urgent decision before 2013 is reported once")
    func urgentDecisionOnce() throws {
        var c = Self.committee([Bureau(electedOn: Day(2011, 11, 29), officers: Self.bureauA.officers)])
        c.councilItems = nil
        var s = Fixture.session(number: 9, status: .closed)
        s.startDate = Day(2012, 6, 26); s.endDate = Day(2012, 6, 27)
        s.agenda.items[1].tor = ["a"]
        s.agenda.items[1].outcome = Outcome(kind: .urgentDecision, conclusion: "The Committee decided.")
        let messages = Validator.validate(committee: c, sessions: [s, s]).map(\.message)
        #expect(messages.filter { $0.contains("an urgent decision under ToR (i)") }.count == 1)
        #expect(Set(messages).count == messages.count, "no line twice")
    }

    // MARK: Member States

    @Test("China is a member from 30 June 2016, the one admission date a public IOM text states; others are not recorded")
    func chinaAdmission() {
        let c = Committee.scpf()
        #expect(c.memberState("chn")?.admittedOn == Day(2016, 6, 30))
        #expect(!c.isMember("chn", on: Day(2016, 6, 29)))
        #expect(c.isMember("chn", on: Day(2016, 6, 30)))
        #expect(c.memberStates.filter { $0.admittedOn != nil }.map(\.id) == ["chn"])
    }
}

@Suite("Issue 14: a draft with acting officers and edited sections saves")
struct Issue14SaveTests {
    @Test("A session with an acting officer and an edited, drafted section encodes and reads back")
    func encodes() throws {
        var s = Fixture.session(status: .inSession)
        try s.setActingOfficer(role: "Rapporteur", Officer(role: "Rapporteur", name: "Mr. Tomás Novák", memberStateId: "cze"))
        try s.generateReport(committee: .scpf())
        try s.editReportSection(key: "introduction", body: "Written.", committee: .scpf())
        do {
            let data = try JSONCoding.encode(s)
            #expect(try JSONCoding.decode(Session.self, from: data) == s)
        } catch {
            Issue.record("encoding failed: \(String("\(error)".suffix(400)))")
        }
    }
}
