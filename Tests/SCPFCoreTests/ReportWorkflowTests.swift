import Foundation
import Testing
@testable import SCPFCore

/// Compares exported text to `Golden/<name>`; with SCPF_UPDATE_GOLDEN=1 writes it instead.
/// Goldens are read through #filePath, so the test target needs no resources.
enum CoreGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SCPF_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("Missing golden \(name); run with SCPF_UPDATE_GOLDEN=1 to create it.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard text != expected else { return }
        let got = text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
        let line = Array(zip(got, want)).firstIndex { $0.0 != $0.1 } ?? min(got.count, want.count)
        let gotLine = line < got.count ? got[line] : "<end>", wantLine = line < want.count ? want[line] : "<end>"
        Issue.record("Output differs from Golden/\(name) at line \(line + 1):\n  got:      \(gotLine)\n  expected: \(wantLine)",
                     sourceLocation: sourceLocation)
    }
}

/// A step that must be refused: the exact sentence, and nothing changed.
enum Refusal {
    static func check<T: Equatable>(_ value: T, _ expected: String, remedy: DomainError.Remedy? = nil,
                                    sourceLocation: SourceLocation = #_sourceLocation,
                                    _ step: (inout T) throws -> Void) {
        var copy = value
        #expect(throws: DomainError(expected, remedy: remedy), sourceLocation: sourceLocation) { try step(&copy) }
        #expect(copy == value, "a refused step changed the value", sourceLocation: sourceLocation)
    }
}

/// The demo as the UI tests see it: 27 November 2026, session 39 in progress.
enum ReportFixture {
    static let today = Day(2026, 11, 27)

    static func demo() -> (Committee, [Session]) { DemoData.make(today: today) }

    static func session(_ number: Int) -> (Committee, Session) {
        let (committee, sessions) = demo()
        return (committee, sessions[Session.index(number, in: sessions)])
    }

    /// `minutes` after 10:00 UTC on the opening day of session 39.
    static func at(_ minutes: Int) -> Date {
        Date(timeIntervalSince1970: Double(today.ordinal * 86_400 + 10 * 3600 + minutes * 60))
    }

    /// Session 39 of the demo run to the end in the room: outcomes, an item added in session,
    /// one withdrawn, one deferred to session 40, then closed.
    static func walked() throws -> (Committee, Session, Session) {
        let (committee, sessions) = demo()
        var s = sessions[Session.index(39, in: sessions)]
        var next = sessions[Session.index(40, in: sessions)]
        try s.nextSpeaker(itemId: "i2", at: at(40))
        try s.recordOutcome(itemId: "i2", Outcome(kind: .tookNote,
            conclusion: "The Committee took note of the statement by the Director General."))
        try s.takeUp(itemId: "i3", at: at(60))
        try s.addSpeaker("deu", itemId: "i3")
        try s.addSpeaker("bra", itemId: "i3")
        try s.nextSpeaker(itemId: "i3", at: at(61))
        try s.nextSpeaker(itemId: "i3", at: at(64))
        try s.recordOutcome(itemId: "i3", Outcome(kind: .recommendedApproval,
            conclusion: "The Committee recommended that the Council approve the Programme and Budget for 2027 (C/117/7, C/117/7/Corr.1)."))
        let otherBusiness = s.agenda.items.firstIndex { $0.title == "Other business" }!
        let added = AgendaItem(id: s.agenda.nextItemId(), title: "Proposed amendment to Rule 3 of the Rules of Procedure",
                               tor: ["e", "h"], origin: .directorGeneral, purpose: .recommendation,
                               documents: [DocumentRef(symbol: "S/39/CRP/4", title: "Electronic circulation of documents")])
        try s.insertItem(added, at: otherBusiness, time: at(90))
        try s.takeUp(itemId: added.id, at: at(95))
        try s.recordOutcome(itemId: added.id, Outcome(kind: .referredToCouncil,
            conclusion: "The Committee referred the proposed amendment of Rule 3 to the Council for approval."))
        try s.withdrawItem(id: "i8", at: at(120))
        try Deferral.apply(itemId: "i9", from: &s, to: &next, at: at(130))
        for id in ["i4", "i5", "i6", "i7"] {
            try s.takeUp(itemId: id, at: at(140))
            try s.recordOutcome(itemId: id, Outcome(kind: .tookNote, conclusion: "The Committee took note of the information provided under item \(s.agenda.number(of: id)!)."))
        }
        try s.takeUp(itemId: "i10", at: at(200))
        try s.recordOutcome(itemId: "i10", Outcome(kind: .noAction, conclusion: "No other business was raised."))
        try s.closeMeeting(at: at(210))
        return (committee, s, next)
    }
}

@Suite("Report to the Council")
struct ReportWorkflowTests {
    let transmittal = Transmittal(councilSession: "117th session", symbol: "C/117/14", date: Day(2026, 12, 1))
    let approval = CouncilAction(kind: .approved, resolution: "Resolution No. 1500", date: Day(2026, 12, 4))

    /// Walked session 39 with its draft generated.
    func drafted() throws -> (Committee, Session) {
        let (committee, s, _) = try ReportFixture.walked()
        var drafted = s
        let lost = try drafted.generateReport(committee: committee)
        #expect(lost.isEmpty)
        return (committee, drafted)
    }

    func inState(_ state: ReportState) throws -> (Committee, Session) {
        var (committee, s) = try drafted()
        if state == .drafting { return (committee, s) }
        try s.adoptReport(on: Day(2026, 11, 28))
        if state == .adopted { return (committee, s) }
        try s.transmitReport(transmittal)
        if state == .transmitted { return (committee, s) }
        try s.recordCouncilAction(approval)
        return (committee, s)
    }

    // MARK: Generation goldens

    @Test("The demo's closed session 38 exports to the golden Markdown and HTML")
    func demoSessionGolden() throws {
        let (committee, s) = ReportFixture.session(38)
        #expect(s.status == .closed && s.report.state == .adopted)
        CoreGolden.check(try ReportExport.render(s, committee: committee, format: .md), "report-session-38.md")
        CoreGolden.check(try ReportExport.render(s, committee: committee, format: .html), "report-session-38.html")
    }

    @Test("A session walked through the meeting console generates the golden report")
    func walkedSessionGolden() throws {
        var (committee, s) = try drafted()
        try s.adoptReport(on: Day(2026, 11, 28))
        let md = try ReportExport.render(s, committee: committee, format: .md)
        CoreGolden.check(md, "report-session-39-walked.md")
        CoreGolden.check(try ReportExport.render(s, committee: committee, format: .html), "report-session-39-walked.html")

        // The parts the issue names, independently of the golden.
        let intro = s.report.sections[0]
        #expect(intro.key == "introduction")
        #expect(intro.body.hasPrefix("The Standing Committee on Programmes and Finance held its Thirty-ninth Session in Geneva on 27 and 28 November 2026. The session was chaired by H.E. Ms. Laura Méndez (Mexico)."))
        #expect(intro.body.contains("\(s.attendance.count) Member States were represented."))
        #expect(intro.body.contains("The Committee adopted its agenda as set out in document S/39/1 on 27 November 2026 and revised it in session. Added item 8 “Proposed amendment to Rule 3 of the Rules of Procedure”. Withdrew item 6(b) “Line 2 allocations”. It deferred item 7 “Update on the Internal Governance Framework” to its fortieth session."))
        #expect(!s.report.sections.contains { $0.key == "item-i8" }, "a withdrawn item has no section")
        #expect(s.report.sections.map(\.key) == ["introduction", "item-i1", "item-i2", "item-i3", "item-i4", "item-i5", "item-i6",
                                                 "item-i7", "item-i9", "item-i11", "item-i10", "recommendations"])
        #expect(s.report.sections.first { $0.key == "item-i9" }?.body
                == "Documents: S/39/CRP/1.\n\nThe Committee decided to defer its consideration of the item to its fortieth session.")
        #expect(s.report.sections.last?.body == """
            The Committee recommends that the Council:

            (a) approve the Programme and Budget for 2027 (C/117/7, C/117/7/Corr.1);

            (b) consider the Proposed amendment to Rule 3 of the Rules of Procedure (S/39/CRP/4).
            """)
        #expect(md.hasPrefix("# Report of the Standing Committee on Programmes and Finance on its Thirty-ninth Session\n\n*Adopted by the Committee on 28 November 2026*\n\n"))
    }

    @Test("A session with nothing recorded says so in every section")
    func emptyRecord() throws {
        let committee = Committee.scpf()
        var s = Fixture.session(status: .convened)
        s.officers = []
        let sections = ReportGenerator.sections(for: s, committee: committee)
        #expect(sections.map(\.heading) == ["Introduction", "1. Adoption of the agenda", "2. Statement by the Director General",
                                            "3. Programme and Budget for 2026", "Recommendations to the Council"])
        #expect(sections[0].body == "The Standing Committee on Programmes and Finance held its Thirty-seventh Session in Geneva on 28 and 29 October 2025.\n\nThe agenda has not yet been adopted.")
        #expect(sections[1].body == "[No conclusion recorded.]")
        #expect(sections[4].body == "The Committee made no recommendations to the Council at this session.")
    }

    @Test("The HTML report escapes every field")
    func htmlEscapes() throws {
        var (committee, s) = ReportFixture.session(38)
        s.venue = "Geneva <b>&</b>"
        s.agenda.items[1].title = "<script>alert(1)</script>"
        s.agenda.items[1].outcome = Outcome(kind: .tookNote, conclusion: "He said \"no\" & 'yes'")
        s.report.sections = ReportGenerator.sections(for: s, committee: committee)
        let html = try ReportExport.render(s, committee: committee, format: .html)
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("\"no\""))
        #expect(html.contains("<h2>2. &lt;script&gt;alert(1)&lt;/script&gt;</h2>"))
        #expect(html.contains("<p>He said &quot;no&quot; &amp; &#39;yes&#39;</p>"))
        #expect(html.contains("in Geneva &lt;b&gt;&amp;&lt;/b&gt; on"))
        #expect(throws: DomainError("The report exports as md or html.")) { try ReportExport.render(s, committee: committee, format: .csv) }
    }

    // MARK: State machine

    @Test("drafting → adopted → transmitted → Council action, each step recorded")
    func legalPath() throws {
        var (committee, s) = try drafted()
        #expect(s.report.state == .drafting)
        try s.adoptReport(on: Day(2026, 11, 28))
        #expect(s.report.state == .adopted)
        #expect(s.report.adoptedOn == Day(2026, 11, 28))
        #expect(try ReportExport.render(s, committee: committee, format: .md).contains("*Adopted by the Committee on 28 November 2026*"))
        try s.transmitReport(transmittal)
        #expect(s.report.state == .transmitted)
        #expect(s.report.transmittal == transmittal)
        #expect(try ReportExport.render(s, committee: committee, format: .md)
                .contains("*Transmitted to the Council (117th session) as C/117/14 on 1 December 2026*"))
        try s.recordCouncilAction(approval)
        #expect(s.report.state == .councilAction)
        #expect(s.report.councilAction == approval)
        #expect(try ReportExport.render(s, committee: committee, format: .md)
                .contains("*Transmitted as C/117/14; the Council approved (Resolution No. 1500) on 4 December 2026*"))
        #expect(Validator.validate(s, committee: committee, sessionNumbers: [38, 39, 40]).isEmpty)
    }

    @Test("The Council may take note without a resolution, or approve with changes by resolution")
    func councilActionKinds() throws {
        var (_, s) = try inState(.transmitted)
        var noted = s
        try noted.recordCouncilAction(CouncilAction(kind: .tookNote, date: Day(2026, 12, 1)))
        #expect(noted.report.councilAction?.kind == .tookNote && noted.report.councilAction?.resolution == nil)
        try s.recordCouncilAction(CouncilAction(kind: .approvedWithChanges, resolution: "Resolution No. 1501", date: Day(2026, 12, 5)))
        #expect(s.report.state == .councilAction && s.report.councilAction?.kind == .approvedWithChanges)
    }

    @Test("Adoption needs a generated text and a session that has met")
    func adoptionPreconditions() throws {
        let (committee, walked, _) = try ReportFixture.walked()
        var blank = walked
        blank.report = Report()
        Refusal.check(blank, "The report of session 39 has no text yet: generate the draft (g) first.") {
            try $0.adoptReport(on: Day(2026, 11, 28))
        }
        var convened = Fixture.session(status: .convened)
        _ = try convened.generateReport(committee: committee)
        Refusal.check(convened, "Session 37 is convened: the Committee adopts its report at the session.") { try $0.adoptReport(on: Day(2025, 10, 20)) }
        var planned = Fixture.session(status: .planned)
        _ = try planned.generateReport(committee: committee)
        Refusal.check(planned, "Session 37 is planned: the Committee adopts its report at the session.") { try $0.adoptReport(on: Day(2025, 10, 20)) }
        var inSession = Fixture.session(status: .inSession)
        _ = try inSession.generateReport(committee: committee)
        Refusal.check(inSession, "The report of session 37 still has 3 sections without a conclusion: 1. Adoption of the agenda; 2. Statement by the Director General; 3. Programme and Budget for 2026. Record or correct their outcomes and regenerate, or edit the sections, then adopt.") {
            try $0.adoptReport(on: Day(2025, 10, 29))
        }
        for item in inSession.agenda.items { try inSession.recordOutcome(itemId: item.id, Outcome(kind: .tookNote, conclusion: "The Committee took note.")) }
        _ = try inSession.generateReport(committee: committee)
        try inSession.adoptReport(on: Day(2025, 10, 29))
        #expect(inSession.report.state == .adopted, "the Committee may adopt its report on the last day, still in session")
    }

    @Test("Illegal steps from drafting are refused with a sentence and change nothing")
    func illegalFromDrafting() throws {
        let (_, s) = try inState(.drafting)
        Refusal.check(s, "The report of session 39 is still in drafting: the Committee adopts it before it goes to the Council.") {
            try $0.transmitReport(transmittal)
        }
        Refusal.check(s, "The report of session 39 is still in drafting: it must be transmitted to the Council before the Council acts on it.") {
            try $0.recordCouncilAction(approval)
        }
        Refusal.check(s, "The report has no section item-i99; generate the draft first (g).") {
            try $0.editReportSection(key: "item-i99", body: "x")
        }
    }

    @Test("Illegal steps from adopted are refused with a sentence and change nothing")
    func illegalFromAdopted() throws {
        let (committee, s) = try inState(.adopted)
        Refusal.check(s, "The report of session 39 is adopted by the Committee; it was adopted before.") { try $0.adoptReport(on: Day(2026, 11, 29)) }
        Refusal.check(s, "The report of session 39 is adopted by the Committee; only a report in drafting can be regenerated.") {
            _ = try $0.generateReport(committee: committee)
        }
        Refusal.check(s, "The report of session 39 is adopted by the Committee; its text can no longer change.") {
            try $0.editReportSection(key: "introduction", body: "Changed after adoption.")
        }
        Refusal.check(s, "The report of session 39 is adopted by the Committee: it must be transmitted to the Council before the Council acts on it.") {
            try $0.recordCouncilAction(approval)
        }
        Refusal.check(s, "“C-117-14” is not a document symbol; write it like \(DocumentSymbol.example).") {
            try $0.transmitReport(Transmittal(councilSession: "117th session", symbol: "C-117-14", date: Day(2026, 12, 1)))
        }
        Refusal.check(s, "The transmittal date 2026-11-27 is before the report was adopted (2026-11-28).") {
            try $0.transmitReport(Transmittal(councilSession: "117th session", symbol: "C/117/14", date: Day(2026, 11, 27)))
        }
    }

    @Test("Illegal steps from transmitted are refused with a sentence and change nothing")
    func illegalFromTransmitted() throws {
        let (committee, s) = try inState(.transmitted)
        Refusal.check(s, "The report of session 39 is transmitted to the Council; it was adopted before.") { try $0.adoptReport(on: Day(2026, 12, 2)) }
        Refusal.check(s, "The report of session 39 is transmitted to the Council; it was transmitted before.") { try $0.transmitReport(transmittal) }
        Refusal.check(s, "The report of session 39 is transmitted to the Council; only a report in drafting can be regenerated.") {
            _ = try $0.generateReport(committee: committee)
        }
        Refusal.check(s, "The report of session 39 is transmitted to the Council; its text can no longer change.") {
            try $0.editReportSection(key: "introduction", body: "x")
        }
        for kind in [CouncilActionKind.approved, .approvedWithChanges] {
            for resolution in [nil, ""] as [String?] {
                Refusal.check(s, "The Council approves by resolution: give the resolution number.") {
                    try $0.recordCouncilAction(CouncilAction(kind: kind, resolution: resolution, date: Day(2026, 12, 4)))
                }
            }
        }
        Refusal.check(s, "The Council's action (2026-11-30) cannot precede the transmittal (2026-12-01).") {
            try $0.recordCouncilAction(CouncilAction(kind: .tookNote, date: Day(2026, 11, 30)))
        }
    }

    @Test("Illegal steps after the Council's action are refused with a sentence and change nothing")
    func illegalFromCouncilAction() throws {
        let (committee, s) = try inState(.councilAction)
        Refusal.check(s, "The report of session 39 has the Council's action recorded; it was adopted before.") { try $0.adoptReport(on: Day(2026, 12, 5)) }
        Refusal.check(s, "The report of session 39 has the Council's action recorded; it was transmitted before.") { try $0.transmitReport(transmittal) }
        Refusal.check(s, "The Council's action on the report of session 39 is already recorded.") {
            try $0.recordCouncilAction(CouncilAction(kind: .tookNote, date: Day(2026, 12, 6)))
        }
        Refusal.check(s, "The report of session 39 has the Council's action recorded; only a report in drafting can be regenerated.") {
            _ = try $0.generateReport(committee: committee)
        }
        Refusal.check(s, "The report of session 39 has the Council's action recorded; its text can no longer change.") {
            try $0.editReportSection(key: "recommendations", body: "x")
        }
    }

    // MARK: Edits and regeneration

    @Test("Regenerating keeps the user's edits and refreshes the sections not edited")
    func editsSurviveRegeneration() throws {
        var (committee, s) = ReportFixture.session(39)
        #expect(s.report.state == .drafting && s.status == .inSession)
        #expect(try s.generateReport(committee: committee).isEmpty)
        let before = s.report.sections.first { $0.key == "item-i4" }!
        #expect(before.body == "Documents: S/39/2.\n\n[No conclusion recorded.]")
        try s.editReportSection(key: "introduction", body: "The Committee met in Geneva. (Edited by the Rapporteur.)")
        try s.editReportSection(key: "item-i5", body: "The Committee welcomed the report of the Inspector General.")
        try s.recordOutcome(itemId: "i4", Outcome(kind: .tookNote, conclusion: "The Committee took note of document S/39/2."))

        let lost = try s.generateReport(committee: committee)
        #expect(lost.isEmpty)
        let intro = s.report.sections.first { $0.key == "introduction" }!
        #expect(intro.body == "The Committee met in Geneva. (Edited by the Rapporteur.)" && intro.edited)
        let oig = s.report.sections.first { $0.key == "item-i5" }!
        #expect(oig.body == "The Committee welcomed the report of the Inspector General." && oig.edited)
        #expect(oig.heading == "5. Report of the Office of the Inspector General")
        let contributions = s.report.sections.first { $0.key == "item-i4" }!
        #expect(contributions.body == "Documents: S/39/2.\n\nThe Committee took note of document S/39/2." && !contributions.edited)
        #expect(s.report.sections.filter(\.edited).map(\.key) == ["introduction", "item-i5"])
    }

    @Test("An edited section whose item was withdrawn is reported as lost, then gone")
    func editedSectionOfRemovedItemIsLost() throws {
        var (committee, s) = ReportFixture.session(39)
        _ = try s.generateReport(committee: committee)
        try s.editReportSection(key: "item-i5", body: "Edited text that will be lost.")
        try s.editReportSection(key: "item-i6", body: "Edited text that stays.")
        try s.withdrawItem(id: "i5", at: ReportFixture.at(30))

        // Previewing the regeneration changes nothing and says what would go.
        let preview = ReportGenerator.regenerate(s.report, for: s, committee: committee)
        #expect(preview.lost == ["5. Report of the Office of the Inspector General"])
        #expect(s.report.sections.contains { $0.key == "item-i5" })

        let lost = try s.generateReport(committee: committee)
        #expect(lost == ["5. Report of the Office of the Inspector General"])
        #expect(!s.report.sections.contains { $0.key == "item-i5" })
        #expect(s.report.sections.first { $0.key == "item-i6" }?.body == "Edited text that stays.")
        #expect(s.report.sections[0].body.contains("Withdrew item 5 “Report of the Office of the Inspector General”."))
        #expect(try s.generateReport(committee: committee).isEmpty, "once regenerated, nothing more is lost")
    }

    @Test("Editing or generating is refused before the draft exists only where it must be")
    func editBeforeGeneration() throws {
        let s = Fixture.session(status: .convened)
        Refusal.check(s, "The report has no section introduction; generate the draft first (g).") {
            try $0.editReportSection(key: "introduction", body: "x")
        }
        var generated = s
        #expect(try generated.generateReport(committee: .scpf()).isEmpty)
        #expect(generated.report.sections.count == 5)
        #expect(generated.report.sections.allSatisfy { !$0.edited })
    }

    // MARK: Recommendations register

    @Test("The register lists every recommendation, newest first, open until the Council acts")
    func register() throws {
        let (_, sessions) = ReportFixture.demo()
        let entries = Recommendations.register(sessions)
        #expect(entries.map(\.session) == [38, 37, 36, 35, 34, 33, 32])
        #expect(entries.allSatisfy { $0.itemNumber == "3" })
        #expect(entries.filter(\.isOpen).map(\.session) == [38, 37])
        #expect(entries.first { $0.session == 37 }?.reportState == .transmitted)
        #expect(entries.first { $0.session == 36 }?.councilAction?.kind == .approved)
        #expect(entries.first { $0.session == 35 }?.councilAction?.kind == .tookNote)
        #expect(entries[0].title == "Financial Report for the year ended 31 December 2025")
        #expect(entries[0].conclusion == "The Committee recommended that the Council approve the Financial Report for the year ended 31 December 2025 (C/117/3).")
    }

    @Test("Recording the Council's action closes the session's recommendations; withdrawn items never count")
    func registerFollowsTheWorkflow() throws {
        var sessions = ReportFixture.demo().1
        let i37 = Session.index(37, in: sessions)
        try sessions[i37].recordCouncilAction(CouncilAction(kind: .approved, resolution: "Resolution No. 1490", date: Day(2025, 11, 27)))
        #expect(Recommendations.register(sessions).filter(\.isOpen).map(\.session) == [38])

        let (_, walked, _) = try ReportFixture.walked()
        sessions[Session.index(39, in: sessions)] = walked
        let entries = Recommendations.register(sessions).filter { $0.session == 39 }
        #expect(entries.map(\.itemNumber) == ["3", "8"])
        #expect(entries.map(\.title) == ["Programme and Budget for 2027", "Proposed amendment to Rule 3 of the Rules of Procedure"])
        #expect(entries.allSatisfy { $0.isOpen && $0.reportState == .drafting })

        var withdrawn = walked
        withdrawn.status = .inSession
        withdrawn.agenda.items[withdrawn.agenda.items.firstIndex { $0.id == "i3" }!].status = .withdrawn
        #expect(Recommendations.register([withdrawn]).map(\.itemNumber) == ["8"])
    }
}
