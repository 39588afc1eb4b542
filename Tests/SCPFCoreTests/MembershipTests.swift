import Foundation
import Testing
@testable import SCPFCore

/// Membership by admission date and Article 4 status as dated records citing their source.
@Suite("Member States: admission and Article 4")
struct MembershipTests {
    static func committee() -> Committee {
        var c = Committee.scpf()
        if let i = c.memberStates.firstIndex(where: { $0.id == "tuv" }) { c.memberStates[i].admittedOn = Day(2026, 1, 1) }
        c.article4Records = [
            Article4Record(memberStateId: "com", asAt: Day(2024, 12, 31), subject: true, source: "S/36/2"),
            Article4Record(memberStateId: "com", asAt: Day(2025, 12, 31), subject: false, source: "S/38/2"),
            Article4Record(memberStateId: "caf", asAt: Day(2025, 12, 31), subject: true, source: "S/38/2"),
        ]
        return c
    }

    @Test("Nothing about Article 4 or admission is built in")
    func noneBuiltIn() {
        let c = Committee.scpf()
        #expect(c.article4Records == nil)
        // The one admission date a public IOM text states (China, 30 June 2016; docs/sources.md).
        #expect(c.memberStates.allSatisfy { $0.article4 == nil && ($0.admittedOn == nil || $0.id == "chn") })
        #expect(c.article4Briefing(on: Day(2026, 6, 1)) == "No Article 4 status is on record: enter it, as at its date, from the status report on outstanding contributions.")
    }

    @Test("Membership at a session's date follows the admission date")
    func membership() {
        let c = Self.committee()
        #expect(!c.isMember("tuv", on: Day(2025, 12, 31)))
        #expect(c.isMember("tuv", on: Day(2026, 1, 1)))
        #expect(c.isMember("civ", on: Day(1990, 1, 1)), "no admission date on record: a member")
        #expect(!c.isMember("xxx", on: Day(2026, 1, 1)))
        #expect(c.members(on: Day(2025, 6, 1)).count == c.memberStates.count - 1)
        var s = Fixture.session()
        s.attendance = ["civ", "tuv"]
        #expect(Validator.validate(s, committee: c, sessionNumbers: [37]).map(\.message)
                == ["Session 37: attendance lists Tuvalu, admitted only on 2026-01-01, after the session opened (2025-10-28)."])
    }

    @Test("Article 4 status is the latest record as at the day, with its source")
    func article4ByDate() {
        let c = Self.committee()
        #expect(c.isSubjectToArticle4("com", on: Day(2025, 6, 1)))
        #expect(!c.isSubjectToArticle4("com", on: Day(2026, 6, 1)), "the later record says no longer")
        #expect(!c.isSubjectToArticle4("caf", on: Day(2025, 6, 1)), "not before its record")
        #expect(c.attendanceLabel("caf", on: Day(2026, 6, 1)) == "Central African Republic (Article 4 as at 31 December 2025, S/38/2)")
        #expect(c.attendanceLabel("chn", on: Day(2026, 6, 1)) == "China (中国)")
        #expect(c.article4Briefing(on: Day(2026, 6, 1)) == "Subject to Article 4 of the Constitution: Central African Republic (as at 31 December 2025, S/38/2).")
        #expect(c.article4Briefing(on: Day(2024, 6, 1)) == "No Member State is subject to Article 4 by the latest records on file.")
    }

    @Test("The briefing of the outstanding-contributions item names the states under Article 4")
    func briefing() throws {
        let c = Self.committee()
        var s = Session(number: 38, startDate: Day(2026, 6, 23), endDate: Day(2026, 6, 24))
        s.agenda.items = [AgendaItem(id: "i1", title: "Status report on outstanding contributions to the Administrative Part of the Budget", tor: ["b"]),
                          AgendaItem(id: "i2", title: "Other business", tor: ["g"])]
        let md = try BriefingScript.render(s, committee: c, notes: ChairNotes(), format: .md)
        #expect(md.contains("- Article 4: Subject to Article 4 of the Constitution: Central African Republic (as at 31 December 2025, S/38/2).\n"))
        #expect(md.components(separatedBy: "- Article 4:").count == 2, "only under that item")
        let html = try BriefingScript.render(s, committee: c, notes: ChairNotes(), format: .html)
        #expect(html.contains("<tr><th>Article 4</th><td>Subject to Article 4 of the Constitution: Central African Republic"))
    }

    @Test("scpf check: a record for no member state, without a source, twice, or before admission")
    func checks() {
        var c = Self.committee()
        c.article4Records! += [
            Article4Record(memberStateId: "xxx", asAt: Day(2025, 12, 31), source: "S/38/2"),
            Article4Record(memberStateId: "caf", asAt: Day(2025, 12, 31), source: " "),
            Article4Record(memberStateId: "tuv", asAt: Day(2025, 6, 30), source: "S/37/2"),
        ]
        #expect(Validator.validate(c).map(\.message) == [
            "Article 4 record of xxx as at 2025-12-31: “xxx” is not a member state of the Committee.",
            "Article 4 record of caf as at 2025-12-31: it cites no source; name the document it comes from (the status report on outstanding contributions).",
            "Article 4 record of caf as at 2025-12-31: recorded twice; keep one.",
            "Article 4 record of tuv as at 2025-06-30: stated before the state was admitted (2026-01-01).",
        ])
    }
}
