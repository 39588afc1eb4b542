import Foundation
import Testing
@testable import SCPFCore

/// One validation rule: a change to clean data and the sentence it must produce.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var name: String
    var expected: String
    var change: @Sendable (inout Committee, inout [Session]) -> Void

    var testDescription: String { name }

    init(_ name: String, _ expected: String, _ change: @escaping @Sendable (inout Committee, inout [Session]) -> Void) {
        self.name = name; self.expected = expected; self.change = change
    }

    /// Shorthand for a change to one session of the fixture.
    init(_ name: String, session n: Int, _ expected: String, _ change: @escaping @Sendable (inout Session) -> Void) {
        self.init(name, expected) { _, sessions in change(&sessions[Session.index(n, in: sessions)]) }
    }
}

/// Every rule in Validation.swift, applied to `Fixture.dataSet()`: session 36 closed, 37 in
/// session (agenda adopted, item i2 under consideration), 38 planned. Session 37's items are
/// numbered 1–6, 6(a) (i7), 6(b) (i8), 7 (i9), 8 (i10).
let ruleCases: [RuleCase] = [
    // Committee
    RuleCase("committee schemaVersion", "Committee: schemaVersion is 4; this scpf writes 3.") { c, _ in c.schemaVersion = 4 },
    RuleCase("committee name", "Committee: name is empty.") { c, _ in c.name = "  " },
    RuleCase("committee shortName", "Committee: shortName is empty.") { c, _ in c.shortName = "" },
    RuleCase("sessions per year", "Committee: meetingPattern.regularSessionsPerYear is 0; the regular sessions per year must be from 1 to 12.") { c, _ in
        c.meetingPattern.regularSessionsPerYear = 0
    },
    RuleCase("pattern month", "Committee: meetingPattern.oddSessionMonths[1] is 13; a month must be from 1 to 12.") { c, _ in
        c.meetingPattern.oddSessionMonths = [10, 13]
    },
    RuleCase("member state id twice", "Member state deu: the id is used twice.") { c, _ in
        c.memberStates.append(MemberState(id: "deu", name: "Germany (again)"))
    },
    RuleCase("member state name", "Member state xkx: name is empty.") { c, _ in
        c.memberStates.append(MemberState(id: "xkx", name: " "))
    },
    RuleCase("no ToR", "Committee: termsOfReference is empty; at least the 2007 terms (a)–(h) are needed.") { c, _ in
        c.termsOfReference = []
    },
    RuleCase("ToR id twice", "ToR version tor-2007: the id is used twice.") { c, _ in
        c.termsOfReference.append(.original2007)
    },
    RuleCase("ToR letter twice", "ToR version tor-2013: item (b) appears twice.") { c, _ in
        c.termsOfReference[1].items.append(ToRItem(letter: "b", text: "again"))
    },
    RuleCase("ToR item text", "ToR version tor-2013: item (i) has no text.") { c, _ in
        c.termsOfReference[1].items[8].text = " \n"
    },
    RuleCase("rules id twice", "Rules of Procedure version rop-2008: the id is used twice.") { c, _ in
        c.rulesOfProcedure.append(c.rulesOfProcedure[0])
    },
    RuleCase("rules approved without resolution",
             "Rules of Procedure version rop-2008: approved by the Council but approvalResolution is missing.") { c, _ in
        c.rulesOfProcedure[0].approvalResolution = nil
    },
    RuleCase("rules adopted without session",
             "Rules of Procedure version rop-amendment-1: adopted but adoptedAtSession is missing.") { c, _ in
        c.rulesOfProcedure[1].state = .adopted
    },
    RuleCase("rules history order",
             "Rules of Procedure version rop-2008: history is not in date order (2008-06-10 then 2008-06-01).") { c, _ in
        c.rulesOfProcedure[0].history[2].on = Day(2008, 6, 1)
    },
    // Sessions
    RuleCase("duplicate session number", "Session 36: 2 sessions share this number; each session needs its own number.") { _, s in
        s.append(s[Session.index(36, in: s)])
    },
    RuleCase("session number", session: 38, "Session 0: number is 0; a session number must be from 1 to 9999.") { $0.number = 0 },
    RuleCase("session dates", session: 38, "Session 38: endDate 2026-06-22 is before startDate 2026-06-23.") {
        $0.startDate = Day(2026, 6, 23); $0.endDate = Day(2026, 6, 22)
    },
    RuleCase("venue", session: 38, "Session 38: venue is empty.") { $0.venue = "" },
    RuleCase("sitting minutes", session: 38, "Session 38: sittingMinutesPerDay is 0; the sitting minutes per day must be from 1 to 1440.") { $0.sittingMinutesPerDay = 0 },
    RuleCase("attendance unknown", session: 37,
             "Session 37: attendance lists “xyz”, which is not a member state of the Committee.") { $0.attendance.append("xyz") },
    RuleCase("attendance twice", session: 37, "Session 37: attendance lists a member state twice.") {
        $0.attendance.append($0.attendance[0])
    },
    RuleCase("live current item", session: 37, "Session 37: live.currentItemId “i99” is not an item of its agenda.") {
        $0.live?.currentItemId = "i99"
    },
    // Agenda
    RuleCase("issued without symbol", session: 38, "Session 38 agenda: it is provisional but has no symbol (S/38/1).") {
        $0.agenda.state = .provisional; $0.agenda.issuedOn = Day(2026, 6, 1)
    },
    RuleCase("issued without date", session: 38, "Session 38 agenda: it is provisional but has no issuedOn date.") {
        $0.agenda.state = .provisional; $0.agenda.symbol = "S/38/1"
    },
    RuleCase("adopted without date", session: 37, "Session 37 agenda: it is adopted but has no adoptedOn date.") {
        $0.agenda.adoptedOn = nil
    },
    RuleCase("revised without date", session: 37, "Session 37 agenda: it is revised but has no adoptedOn date.") {
        $0.agenda.state = .revised; $0.agenda.adoptedOn = nil
    },
    RuleCase("agenda symbol", session: 37, "Session 37 agenda: symbol — “S/37” is not a document symbol; write it like \(DocumentSymbol.example).") {
        $0.agenda.symbol = "S/37"
    },
    RuleCase("officer role twice", session: 37, "Session 37: officers list the role “Rapporteur” twice; keep one (an acting officer replaces the Bureau's for that role).") {
        $0.officers = [Officer(role: "Rapporteur", name: "Mr. X"), Officer(role: "Rapporteur", name: "Ms. Y")]
    },
    RuleCase("item id twice", session: 37, "Session 37 item 3 (i2): id is used by another item.") { $0.agenda.items[2].id = "i2" },
    RuleCase("item title", session: 37, "Session 37 item 4 (i4): title is empty.") { $0.agenda.items[3].title = "\t" },
    RuleCase("item level", session: 37, "Session 37 item 6(a) (i7): level must be 0 (item), 1 (sub-item, 6(b)) or 2 (6(b)(i)), not 3.") {
        $0.agenda.items[6].level = 3
    },
    RuleCase("item level jump", session: 37, "Session 37 item 6(a) (i7): level 2 right under an item of level 0; a sub-item can be only one level below the item above it.") {
        $0.agenda.items[6].level = 2
    },
    RuleCase("first item sub-item", session: 37, "Session 37 item 1 (i1): the first item cannot be a sub-item.") {
        $0.agenda.items[0].level = 1
    },
    RuleCase("ToR heading", session: 37,
             "Session 37 item 2 (i2): ToR heading (z) is not in the terms of reference in force on 2025-10-28.") {
        $0.agenda.items[1].tor = ["a", "z"]
    },
    RuleCase("minutes negative", session: 37, "Session 37 item 5 (i5): minutesAllotted is -5; the minutes allotted to an item must be from 0 to 1440.") {
        $0.agenda.items[4].minutesAllotted = -5
    },
    RuleCase("document symbol", session: 37,
             "Session 37 item 5 (i5): document “S/37/x” is not a document symbol; write it like \(DocumentSymbol.example).") {
        $0.agenda.items[4].documents.append(DocumentRef(symbol: "S/37/x"))
    },
    RuleCase("deferred backwards", session: 37, "Session 37 item 8 (i10): deferred to session 37, which is not a later session.") {
        $0.agenda.items[9].outcome = Outcome(kind: .deferred, deferredTo: 37)
    },
    RuleCase("deferred nowhere", session: 37, "Session 37 item 8 (i10): outcome is deferred but deferredTo names no session.") {
        $0.agenda.items[9].outcome = Outcome(kind: .deferred)
    },
    RuleCase("carried over from missing session", session: 37,
             "Session 37 item 8 (i10): carriedOverFrom refers to session 12, which does not exist.") {
        $0.agenda.items[9].carriedOverFrom = ItemLink(session: 12, itemId: "i1")
    },
    RuleCase("carried over from missing item", session: 37,
             "Session 37 item 7 (i9): carriedOverFrom refers to item i99 of session 36, which does not exist.") {
        $0.agenda.items[8].carriedOverFrom = ItemLink(session: 36, itemId: "i99")
    },
    RuleCase("speech backwards", session: 37, "Session 37 item 2 (i2): a speech by mex ends before it starts.") {
        let start = $0.agenda.items[1].speakers.speeches[0].startedAt
        $0.agenda.items[1].speakers.speeches[0].endedAt = start.addingTimeInterval(-1)
    },
    RuleCase("two under consideration", session: 37, "Session 37 agenda: 2 items are under consideration at once; only one can be.") {
        $0.agenda.items[3].status = .underConsideration
    },
    // Report
    RuleCase("report adopted without date", session: 37, "Session 37 report: its state is adopted but it has no adoptedOn date.") {
        $0.report.state = .adopted
    },
    RuleCase("report transmitted without transmittal", session: 36,
             "Session 36 report: its state is transmitted but it has no transmittal.") {
        $0.report.state = .transmitted; $0.report.transmittal = nil
    },
    RuleCase("report council action missing", session: 36,
             "Session 36 report: its state is council-action but councilAction is missing.") {
        $0.report.councilAction = nil
    },
    RuleCase("report ahead of session", session: 38, "Session 38 report: it is adopted by the Committee but the session is only planned.") {
        $0.report = Report(state: .adopted, adoptedOn: Day(2026, 6, 24))
    },
]

@Suite("Validation rules")
struct ValidationTests {
    @Test("The fixture is clean and shaped as the rule cases assume")
    func fixtureShape() throws {
        let (committee, sessions) = Fixture.dataSet()
        #expect(Validator.validate(committee: committee, sessions: sessions) == [])
        #expect(sessions.map(\.number) == [36, 37, 38])
        let s37 = sessions[1]
        #expect(s37.agenda.numbers == ["1", "2", "3", "4", "5", "6", "6(a)", "6(b)", "7", "8"])
        #expect(s37.agenda.items.map(\.id) == (1...10).map { "i\($0)" })
    }

    @Test("The demo data set gives no problems", arguments: [
        Day(2025, 10, 28), Day(2025, 3, 1), Day(2026, 6, 24), Day(2026, 11, 30), Day(2024, 12, 31), Day(2027, 7, 1),
    ])
    func demoIsClean(today: Day) {
        let (committee, sessions) = DemoData.make(today: today)
        let problems = Validator.validate(committee: committee, sessions: sessions)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
    }

    @Test("Each rule reports a sentence naming the object and the field", arguments: ruleCases)
    func rule(_ rule: RuleCase) {
        var (committee, sessions) = Fixture.dataSet()
        #expect(!Validator.validate(committee: committee, sessions: sessions).contains(Problem(rule.expected)))
        rule.change(&committee, &sessions)
        let messages = Validator.validate(committee: committee, sessions: sessions).map(\.message)
        #expect(messages.contains(rule.expected), "got: \(messages)")
    }

    @Test("Every problem is reported, not just the first")
    func allProblems() {
        var (committee, sessions) = Fixture.dataSet()
        committee.name = ""
        let i = Session.index(38, in: sessions)
        sessions[i].venue = ""
        sessions[i].sittingMinutesPerDay = -1
        let messages = Validator.validate(committee: committee, sessions: sessions).map(\.message)
        #expect(messages == ["Committee: name is empty.",
                             "Session 38: sittingMinutesPerDay is -1; the sitting minutes per day must be from 1 to 1440.",
                             "Session 38: venue is empty."])
    }

    @Test("ToR headings are checked against the version in force on the session's opening day")
    func torHistory() {
        let committee = Committee.scpf()
        func problems(_ start: Day, _ letters: [String]) -> [String] {
            var s = Session(number: 10, startDate: start, endDate: start)
            s.agenda.items = [AgendaItem(id: "i1", title: "Urgent decisions", tor: letters)]
            return Validator.validate(s, committee: committee, sessionNumbers: [10]).map(\.message)
        }
        #expect(problems(Day(2012, 5, 15), ["i"]) ==
                ["Session 10 item 1 (i1): ToR heading (i) is not in the terms of reference in force on 2012-05-15."])
        #expect(problems(Day(2012, 5, 15), ["a", "h"]).isEmpty)
        #expect(problems(Day(2013, 11, 26), ["i"]).isEmpty)
        #expect(problems(Day(2019, 6, 25), ["i"]).isEmpty)
    }

    @Test("A carried-over link to a session missing from the list is reported even without the other sessions' agendas")
    func singleSessionLinks() {
        var s = Fixture.session()
        s.agenda.items[2].carriedOverFrom = ItemLink(session: 36, itemId: "i9")
        let committee = Committee.scpf()
        #expect(Validator.validate(s, committee: committee, sessionNumbers: [37]).map(\.message) ==
                ["Session 37 item 3 (i3): carriedOverFrom refers to session 36, which does not exist."])
        #expect(Validator.validate(s, committee: committee, sessionNumbers: [36, 37]).isEmpty)
    }
}
