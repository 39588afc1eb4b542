import Foundation
import Testing
@testable import SCPFCore

/// The texts scpf ships are IOM's published ones, word for word: each is compared with the
/// copy stored under `Tests/SCPFCoreTests/Published/`, whose first lines name its source.
@Suite("Published texts: terms of reference and Rules of Procedure")
struct PublishedTextTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Published")

    /// The lines of a stored text that are not comments.
    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.hasPrefix("# ") && !$0.isEmpty }
    }

    /// "letter<TAB>text" lines as pairs.
    static func torItems(_ name: String) throws -> [ToRItem] {
        try lines(name).map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return ToRItem(letter: parts[0], text: parts[1])
        }
    }

    @Test("Every stored text names its source")
    func sourcesNamed() throws {
        for name in ["tor-2007.txt", "tor-2013.txt", "rules.txt", "tor-resolutions-fr.txt"] {
            let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("# Source: "), "\(name) starts with its source")
        }
    }

    @Test("The resolutions of the terms are those IOM's French page names: No. 1151 of 7 June 2007, No. 1263 of 26 November 2013")
    func torResolutionsFromFootnote() throws {
        let footnote = try Self.lines("tor-resolutions-fr.txt").joined(separator: " ")
        #expect(footnote.contains("à sa 93e session conformément à la résolution n° 1151 du 7 juin 2007"))
        #expect(footnote.contains("amendé par la résolution n° 1263 adoptée à la 103e session du Conseil le 26 novembre 2013"))
        // What scpf ships says the same: number, day.
        #expect(ToRVersion.original2007.resolution.contains("No. 1151 of 7 June 2007"))
        #expect(ToRVersion.original2007.effectiveFrom == Day(2007, 6, 7))
        #expect(ToRVersion.amendment2013.resolution.contains("No. 1263 of 26 November 2013"))
        #expect(ToRVersion.amendment2013.effectiveFrom == Day(2013, 11, 26))
    }

    @Test("The 2007 terms of reference are MC/INF/287 Part II §3 word for word, under Resolution No. 1151")
    func tor2007() throws {
        let published = try Self.torItems("tor-2007.txt")
        #expect(ToRVersion.original2007.items == published)
        #expect(ToRVersion.original2007.letters == ["a", "b", "c", "d", "e", "f", "g", "h"])
        #expect(ToRVersion.original2007.resolution == "Council Resolution No. 1151 of 7 June 2007")
        #expect(ToRVersion.original2007.effectiveFrom == Day(2007, 6, 7))
        #expect(ToRVersion.original2007.source == "MC/INF/287, Part II, paragraph 3")
    }

    @Test("The 2013 terms are IOM's published page word for word: (a) and (c) widened, (i) added, Resolution No. 1263")
    func tor2013() throws {
        let published = try Self.torItems("tor-2013.txt")
        #expect(ToRVersion.amendment2013.items.map { ToRItem(letter: $0.letter, text: $0.text) } == published)
        #expect(ToRVersion.amendment2013.letters == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        #expect(ToRVersion.amendment2013.item("a")?.text.contains("including the Financial Report and the Report of the Director General on the work of the Organization") == true)
        #expect(ToRVersion.amendment2013.item("c")?.text.contains("including the Revision of the Programme and Budget and the scale of assessment for the following year") == true)
        #expect(ToRVersion.amendment2013.item("i")?.text == "To make, between sessions of the Council, any urgent decisions on matters falling within the competence of the Council, which shall be submitted for approval to the Council at its next session.")
        #expect(ToRVersion.amendment2013.resolution == "Council Resolution No. 1263 of 26 November 2013")
        #expect(ToRVersion.amendment2013.source == "https://www.iom.int/terms-reference-standing-committee-programmes-and-finance-scpf")
        #expect(Committee.scpf().termsOfReference == [.original2007, .amendment2013])
    }

    @Test("The terms apply by session date: coverage and tagging of a 2013 mid-year session use 2007's, the autumn one 2013's")
    func torByDate() {
        let c = Committee.scpf()
        #expect(c.torInForce(on: Day(2013, 6, 25))?.item("a")?.text == ToRVersion.original2007.item("a")?.text)
        #expect(c.torInForce(on: Day(2013, 11, 26))?.item("a")?.text.hasPrefix("To examine") == true)
        var s = Session(number: 12, startDate: Day(2013, 6, 25), endDate: Day(2013, 6, 26))
        s.agenda.items = [AgendaItem(id: "i1", title: "Urgent matter", tor: ["i"])]
        #expect(Validator.validate(s, committee: c, sessionNumbers: [12]).map(\.message)
                == ["Session 12 item 1 (i1): ToR heading (i) is not in the terms of reference in force on 2013-06-25."])
        s.startDate = Day(2014, 6, 24); s.endDate = Day(2014, 6, 25)
        #expect(Validator.validate(s, committee: c, sessionNumbers: [12]).isEmpty)
    }

    /// The stored Rules as (number, title, text).
    static func publishedRules(_ name: String = "rules.txt") throws -> [(Int, String, String)] {
        var out: [(Int, String, [String])] = []
        for line in try lines(name) {
            if line.hasPrefix("## Rule ") {
                let head = line.dropFirst("## Rule ".count).split(separator: "|", maxSplits: 1)
                out.append((Int(head[0].trimmingCharacters(in: .whitespaces))!, head[1].trimmingCharacters(in: .whitespaces), []))
            } else if !out.isEmpty {
                out[out.count - 1].2.append(line)
            }
        }
        return out.map { ($0.0, $0.1, $0.2.joined(separator: "\n")) }
    }

    @Test("scpf init ships IOM's Rules 1–8 word for word and Rule 9 as text to be completed")
    func rulesPublished() throws {
        let shipped = Committee.scpf().rulesOfProcedure
        #expect(shipped.map(\.id) == ["rules-published"])
        let rules = RulesVersion.published.rules
        let published = try Self.publishedRules()
        #expect(published.map(\.0) == Array(1...8))
        for (number, heading, text) in published {
            let rule = try #require(rules.first { $0.number == number })
            #expect(rule.text == text, "Rule \(number) word for word")
            #expect(rule.title.uppercased() == heading, "Rule \(number) under its chapter")
        }
        let nine = try #require(rules.first { $0.number == 9 })
        #expect(nine.isToBeCompleted, "Rule 9 is not invented")
        #expect(rules.filter(\.isToBeCompleted).map(\.number) == [9])
        #expect(RulesVersion.published.state == .approved)
        #expect(RulesVersion.published.source == "https://iom.int/rules-procedure-scpf")
        #expect(Validator.validate(Committee.scpf()).isEmpty)
    }

    @Test("The notice period is read from the Rules' text")
    func noticeStated() {
        #expect(Rule.noticeStated(in: "Such notification shall be sent at least two weeks prior to the opening date of the session") == 14)
        #expect(Rule.noticeStated(in: "communicated at least three weeks prior to the opening of the session") == 21)
        #expect(Rule.noticeStated(in: "circulated at least 10 days before the opening of the session") == 10)
        #expect(Rule.noticeStated(in: "The meetings of the Standing Committee shall be held in private.") == nil)
        #expect(Rule.noticeStated(in: "at least two weeks after the close of the session") == nil, "only a notice before the opening counts")
        #expect(RulesVersion.published.rules.compactMap(\.noticeDays) == [14, 14], "Rules 4 and 5(2)")
        #expect(RulesVersion.published.rules.allSatisfy { $0.noticeDays == Rule.noticeStated(in: $0.text) })
    }

    static func amendment(_ id: String, rules: [Rule], repeals: [Int]? = nil, approvedOn: Day?, complete: Bool = false) -> RulesVersion {
        var v = RulesVersion(id: id, title: id, state: approvedOn == nil ? .submitted : .approved, rules: rules,
                             approvalResolution: approvedOn == nil ? nil : "Resolution No. 1", amendment: complete ? nil : true)
        v.repeals = repeals
        if let on = approvedOn { v.history = [RulesEvent(on: on, state: .approved, detail: "Approved.")] }
        return v
    }

    @Test("An approved amendment replaces the rules it amends; the text in force is the consolidated one")
    func consolidation() {
        let three = Rule(number: 5, title: "II – Agenda", text: "communicated at least three weeks prior to the opening of the session", noticeDays: 21)
        let ten = Rule(number: 10, title: "VI – Amendments", text: "New rule.")
        let a1 = Self.amendment("a1", rules: [three, ten], repeals: [8], approvedOn: Day(2020, 11, 30))
        let pending = Self.amendment("a2", rules: [Rule(number: 2, title: "x", text: "Elsewhere.")], approvedOn: nil)
        let versions = [RulesVersion.published, pending, a1]
        let text = versions.consolidated()
        #expect(text.map(\.number) == [1, 2, 3, 4, 5, 6, 7, 9, 10], "8 repealed, 10 added, 2 unchanged (the amendment of 2 is not approved)")
        #expect(text.first { $0.number == 5 }?.text == three.text)
        #expect(text.first { $0.number == 2 }?.text == "The meetings of the Standing Committee shall be held in Geneva.")
        #expect(versions.consolidatedSources()[5] == "a1")
        #expect(versions.consolidatedSources()[1] == RulesVersion.published.title)
        // By date: before the amendment's approval the published text alone is in force.
        #expect(versions.consolidated(on: Day(2020, 11, 29)).map(\.number) == Array(1...9))
        #expect(versions.noticeDays(on: Day(2020, 11, 29)) == 14)
        #expect(versions.noticeDays(on: Day(2021, 5, 1)) == 21)
        // A complete text replaces everything before it.
        let whole = Self.amendment("whole", rules: [Rule(number: 1, title: "All", text: "Everything.")], approvedOn: Day(2022, 1, 1), complete: true)
        #expect((versions + [whole]).consolidated().map(\.number) == [1])
        #expect((versions + [whole]).noticeDays() == nil)
        #expect([RulesVersion]().consolidated().isEmpty)
    }

    @Test("The issue check takes the notice from the Rules in force at the session and honours an agreed shorter notice")
    func noticeFromRules() throws {
        var c = Committee.scpf()
        var s = Fixture.session()  // opens 2025-10-28
        #expect(c.noticeDays(for: s) == 14)
        var early = s
        #expect(try early.issueAgenda(on: Day(2025, 10, 15), noticeDays: c.noticeDays(for: early))
                == "Issued 13 days before the opening; the Rules of Procedure ask for at least two weeks.")
        // An amendment in force asking three weeks.
        c.rulesOfProcedure.append(Self.amendment("a1", rules: [Rule(number: 5, title: "II – Agenda", text: "at least three weeks prior to the opening", noticeDays: 21)], approvedOn: Day(2024, 12, 1)))
        var later = s
        #expect(try later.issueAgenda(on: Day(2025, 10, 10), noticeDays: c.noticeDays(for: later))
                == "Issued 18 days before the opening; the Rules of Procedure ask for at least three weeks.")
        // The members agreed to ten days: issued 13 days ahead is in time, 8 days is not.
        try s.recordNoticeAgreement(NoticeAgreement(days: 10, agreedOn: Day(2025, 10, 1), record: "Letter of the Chairperson of 1 October 2025"))
        var agreed = s
        #expect(try agreed.issueAgenda(on: Day(2025, 10, 15), noticeDays: 21) == nil)
        var tooLate = s
        #expect(try tooLate.issueAgenda(on: Day(2025, 10, 20), noticeDays: 21)
                == "Issued 8 days before the opening; the members agreed to a shorter period of 10 days, and even that was not met.")
        #expect(throws: DomainError("Say where the members' agreement is recorded (a document symbol or a sentence): it is part of the record.")) {
            try s.recordNoticeAgreement(NoticeAgreement(days: 10, record: " "))
        }
        #expect(throws: DomainError("A notice of 400 days is outside 0–366; give the days the members agreed.")) {
            try s.recordNoticeAgreement(NoticeAgreement(days: 400, record: "x"))
        }
        // No rule in force states a notice: nothing to warn about.
        c.rulesOfProcedure = []
        var free = Fixture.session()
        #expect(c.noticeDays(for: free) == nil)
        #expect(try free.issueAgenda(on: Day(2025, 10, 27), noticeDays: c.noticeDays(for: free)) == nil)
    }

    @Test("The agenda export notes a late issue against the Rules and an agreed shorter notice")
    func exportNotesNotice() throws {
        let c = Committee.scpf()
        var s = Fixture.session()
        try s.issueAgenda(on: Day(2025, 10, 20))
        #expect(try AgendaExport.render(s, committee: c, format: .md, annotated: false).contains("*Issued 8 days before the opening of the session.*"))
        try s.recordNoticeAgreement(NoticeAgreement(days: 7, record: "S/37/INF/1"))
        let md = try AgendaExport.render(s, committee: c, format: .md, annotated: false)
        #expect(md.contains("*Issued 8 days before the opening of the session; the members agreed to a shorter period of 7 days (S/37/INF/1).*"))
    }
}

/// Files of schemaVersion 1 load, are upgraded in memory, and the upgrade says what changed.
@Suite("Migration from schemaVersion 1")
struct MigrationTests {
    /// A committee as scpf 1 wrote it: its 2007 resolution, its summary of (i), no Rules, two
    /// undated Article 4 flags.
    static func version1Committee() throws -> String {
        var c = Committee.scpf()
        c.schemaVersion = 1
        c.termsOfReference[0].resolution = Migration.version1Resolution2007
        c.termsOfReference[0].source = nil
        c.termsOfReference[0].note = "IOM Strategy (MC/INF/287), Part II, paragraph 3."
        c.termsOfReference[1] = ToRVersion(id: "tor-2013", resolution: "Council Resolution No. 1263", effectiveFrom: Day(2013, 11, 26),
                                           items: ToRVersion.original2007.items + [ToRItem(letter: "i", text: Migration.version1Summary2013)],
                                           note: "Adds item (i); (a)–(h) unchanged.")
        c.rulesOfProcedure = []
        c.memberStates = [MemberState(id: "caf", name: "Central African Republic", article4: true),
                          MemberState(id: "chn", name: "China", localName: "中国", article4: false),
                          MemberState(id: "com", name: "Comoros", article4: true)]
        return String(decoding: try JSONCoding.encode(c), as: UTF8.self)
    }

    @Test("A version 1 committee is upgraded as it loads: ToR text and resolution, the Rules, Article 4 flags dropped; check lists it")
    func committeeUpgraded() throws {
        let dir = try TempDir("migrate")
        try Disk.write(try Self.version1Committee(), to: dir.sub("committee.json"))
        var session = Fixture.session()
        session.schemaVersion = 1
        try FileManager.default.createDirectory(atPath: dir.sub("sessions"), withIntermediateDirectories: true)
        try Disk.write(String(decoding: try JSONCoding.encode(session), as: UTF8.self), to: dir.sub("sessions/session-037.json"))
        let before = Disk.bytes(dir.sub("committee.json"))

        let store = try Store(root: dir.path)
        let c = try store.loadCommittee()
        #expect(c.schemaVersion == SchemaVersion.current)
        #expect(c.termsOfReference == [.original2007, .amendment2013])
        #expect(c.rulesOfProcedure == [.published])
        #expect(c.memberStates.allSatisfy { $0.article4 == nil })
        let (sessions, problems) = store.loadSessions()
        #expect(problems.isEmpty)
        #expect(sessions.map(\.schemaVersion) == [SchemaVersion.current])
        let path = dir.sub("committee.json")
        #expect(store.upgrades == [
            "\(path): terms of reference tor-2007: resolution corrected to “Council Resolution No. 1151 of 7 June 2007” (No. 1150 is the resolution on the IOM Strategy); the text is unchanged.",
            "\(path): terms of reference tor-2013: replaced by IOM's published text ((a) and (c) widened, (i) verbatim instead of a summary).",
            "\(path): Rules of Procedure: IOM's published Rules added (Rules 1–8 verbatim, Rule 9 to be completed).",
            "\(path): member states: the undated Article 4 flag of Central African Republic, Comoros was dropped; enter Article 4 status as a dated record citing its document (the status report on outstanding contributions).",
            "\(path): schemaVersion 1 → 3.",
            "\(dir.sub("sessions/session-037.json")): schemaVersion 1 → 3.",
        ])
        #expect(Disk.bytes(dir.sub("committee.json")) == before, "reading never rewrites the file")
        #expect(Validator.validate(committee: c, sessions: sessions).isEmpty)
        // Saved, the file is the current version and carries no article4 flag.
        try store.save(c)
        let saved = String(decoding: Disk.bytes(dir.sub("committee.json")) ?? Data(), as: UTF8.self)
        #expect(saved.contains("\"schemaVersion\" : 3"))
        #expect(!saved.contains("article4"))
    }

    @Test("A version 1 committee edited by hand keeps what was edited: only the texts scpf 1 shipped are replaced")
    func editedTextsKept() throws {
        var c = try JSONCoding.decode(Committee.self, from: Data(try Self.version1Committee().utf8))
        c.termsOfReference[1].items[8].text = "A text the secretariat typed in."
        c.rulesOfProcedure = [RulesVersion(id: "own", title: "Own rules", state: .drafting)]
        let notes = Migration.upgrade(&c)
        #expect(c.termsOfReference[1].items[8].text == "A text the secretariat typed in.")
        #expect(c.rulesOfProcedure.map(\.id) == ["own"])
        #expect(notes.count == 3, "resolution of 2007, Article 4 flags, version")
        #expect(Migration.upgrade(&c).isEmpty, "a current committee is left as it is")
    }
}
