import Foundation
import Testing
@testable import SCPFCore

/// Which terms of reference each session exercised, across the amendment of 26 November 2013
/// (Council Resolution No. 1263) that added item (i).
@Suite("Terms of reference coverage")
struct CoverageTests {
    let committee = Committee.scpf()

    static func item(_ id: String, _ title: String, _ tor: [String], level: Int = 0, procedural: Bool = false,
                     status: ItemStatus = .concluded) -> AgendaItem {
        AgendaItem(id: id, level: level, title: title, tor: tor, procedural: procedural, status: status)
    }

    /// 2013: two sessions under the 2007 terms (the second opens the day before the
    /// amendment), a special session after it that exercises (i), and a 2014 session.
    static let sessions: [Session] = [
        Session(number: 13, startDate: Day(2013, 11, 25), endDate: Day(2013, 11, 26), status: .closed, agenda: Agenda(state: .adopted, items: [
            item("i1", "Adoption of the agenda", [], procedural: true),
            item("i2", "Statement by the Director General", ["a"]),
            item("i3", "Programme and Budget for 2014", ["b", "h"]),
            item("i4", "Matter referred by the Council: staff security", ["c"]),
            item("i5", "Advice requested by the Director General", ["d"], status: .withdrawn),
        ])),
        Session(number: 12, startDate: Day(2013, 6, 25), endDate: Day(2013, 6, 26), status: .closed, agenda: Agenda(state: .adopted, items: [
            item("i1", "Adoption of the agenda", [], procedural: true),
            item("i2", "Statement by the Director General", ["a"]),
            item("i3", "Financial Report for the year ended 31 December 2012", ["b", "h"]),
            item("i4", "Report of the Office of the Inspector General", ["f"]),
            item("i5", "Follow-up of oversight recommendations", ["f"], level: 1),
            item("i6", "Other business", ["g"]),
        ])),
        Session(number: 14, kind: .special, startDate: Day(2013, 12, 10), endDate: Day(2013, 12, 10), status: .closed,
                agenda: Agenda(state: .adopted, items: [
                    item("i1", "Urgent decision on the emergency response funding mechanism", ["i"]),
                    item("i2", "Budgetary implications", ["b"]),
                ])),
        Session(number: 15, startDate: Day(2014, 6, 24), endDate: Day(2014, 6, 25), status: .closed, agenda: Agenda(state: .adopted, items: [
            item("i1", "Statement by the Director General", ["a", "e"]),
        ])),
    ]

    @Test("A session opening before 26 November 2013 keeps the 2007 terms; one opening on or after it has item (i)")
    func boundary() {
        for (start, version, letters) in [(Day(2013, 11, 25), "tor-2007", 8), (Day(2013, 11, 26), "tor-2013", 9), (Day(2013, 11, 27), "tor-2013", 9)] {
            let s = Session(number: 13, startDate: start, endDate: start.adding(days: 1))
            let rows = Coverage.rows(year: 2013, sessions: [s], committee: committee)
            #expect(rows.count == 1)
            #expect(rows[0].torVersion == version, "session opening \(start)")
            #expect(rows[0].lettersInForce.count == letters)
            #expect(rows[0].lettersInForce.contains("i") == (letters == 9))
        }
    }

    @Test("Rows cover only the year's sessions, in order, with each letter's items; withdrawn items do not count")
    func rows() {
        let rows = Coverage.rows(year: 2013, sessions: Self.sessions, committee: committee)
        #expect(rows.map(\.session) == [12, 13, 14])
        #expect(rows.map(\.torVersion) == ["tor-2007", "tor-2007", "tor-2013"])
        #expect(rows[0].items == ["a": ["2"], "b": ["3"], "h": ["3"], "f": ["4", "4(a)"], "g": ["5"]])
        #expect(rows[1].items == ["a": ["2"], "b": ["3"], "h": ["3"], "c": ["4"]])
        #expect(rows[2].items == ["i": ["1"], "b": ["2"]])
        #expect(rows[2].title == "Fourteenth (Special) Session")
        #expect(Coverage.allLetters(committee) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
    }

    @Test("Markdown matrix across the amendment: n/a before it, the item numbers after")
    func markdown() throws {
        let md = try Coverage.render(year: 2013, sessions: Self.sessions, committee: committee, format: .md)
        #expect(md == """
            # Terms of reference exercised in 2013

            | session | (a) | (b) | (c) | (d) | (e) | (f) | (g) | (h) | (i) |
            |---|---|---|---|---|---|---|---|---|---|
            | 12 | 2 | 3 | — | — | — | 4 4(a) | 5 | 3 | n/a |
            | 13 | 2 | 3 | 4 | — | — | — | — | 3 | n/a |
            | 14 | — | 2 | — | — | — | — | — | — | 1 |

            Not exercised in 2013: (d), (e).

            Cells list the agenda items under each term; n/a: not in the terms of reference in force for that session.

            """)
    }

    @Test("(i) counts as not exercised only when some session had it in force")
    func unexercisedItemI() throws {
        let before = Array(Self.sessions.prefix(2))
        let mdBefore = try Coverage.render(year: 2013, sessions: before, committee: committee, format: .md)
        #expect(mdBefore.contains("\nNot exercised in 2013: (d), (e).\n"), "(i) was in force for no session, so it is not missing")
        #expect(mdBefore.contains("| 13 | 2 | 3 | 4 | — | — | — | — | 3 | n/a |\n"))
        var after = Self.sessions
        after[2].agenda.items[0].tor = ["c"]
        let mdAfter = try Coverage.render(year: 2013, sessions: after, committee: committee, format: .md)
        #expect(mdAfter.contains("\nNot exercised in 2013: (d), (e), (i).\n"))
        #expect(mdAfter.contains("| 14 | — | 2 | 1 | — | — | — | — | — | — |\n"))
    }

    @Test("CSV has one row per session, letters as columns, CRLF line ends")
    func csv() throws {
        let csv = try Coverage.render(year: 2013, sessions: Self.sessions, committee: committee, format: .csv)
        #expect(csv == "session,a,b,c,d,e,f,g,h,i\r\n"
                + "12,2,3,—,—,—,4 4(a),5,3,n/a\r\n"
                + "13,2,3,4,—,—,—,—,3,n/a\r\n"
                + "14,—,2,—,—,—,—,—,—,1\r\n")
        var many = Self.sessions
        many[2].agenda.items[1].tor = ["b", "i"]
        let quoted = try Coverage.render(year: 2013, sessions: many, committee: committee, format: .csv)
        #expect(quoted.hasSuffix("14,—,2,—,—,—,—,—,—,1 2\r\n"))
    }

    @Test("JSON parses and carries the version and letters in force of each session")
    func json() throws {
        let text = try Coverage.render(year: 2013, sessions: Self.sessions, committee: committee, format: .json)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(doc["year"] as? Int == 2013)
        #expect(doc["letters"] as? [String] == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        let sessions = try #require(doc["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["session"] as? Int } == [12, 13, 14])
        #expect(sessions.map { $0["torVersion"] as? String } == ["tor-2007", "tor-2007", "tor-2013"])
        #expect(sessions.map { ($0["lettersInForce"] as? [String])?.last } == ["h", "h", "i"])
        #expect(sessions[0]["items"] as? [String: [String]] == ["a": ["2"], "b": ["3"], "h": ["3"], "f": ["4", "4(a)"], "g": ["5"]])
        #expect(sessions[2]["items"] as? [String: [String]] == ["i": ["1"], "b": ["2"]])
        #expect(sessions[1]["title"] as? String == "Thirteenth Session")
    }

    @Test("The demo's recent years show (i) in force, and the export refuses other formats")
    func demoAndFormats() throws {
        let (demo, sessions) = ReportFixture.demo()
        let md = try Coverage.render(year: 2026, sessions: sessions, committee: demo, format: .md)
        // Item 7 of session 38 was deferred: it did not exercise (a) and (f) there.
        // Item 8 of session 38 is the demo's urgent decision under (i).
        #expect(md.contains("| 38 | 2 | 3 4 6 6(a) 6(b) | — | — | — | 5 | 9 | 3 | 8 |\n"))
        #expect(md.contains("\nNot exercised in 2026: (c), (d), (e).\n"))
        #expect(try Coverage.render(year: 1999, sessions: sessions, committee: demo, format: .md)
                == "# Terms of reference exercised in 1999\n\nNo sessions in 1999.\n")
        #expect(try Coverage.render(year: 1999, sessions: sessions, committee: demo, format: .csv) == "session,a,b,c,d,e,f,g,h,i\r\n")
        for format in [ExportFormat.html, .ics] {
            #expect(throws: DomainError("Coverage exports as md, csv or json.")) {
                try Coverage.render(year: 2026, sessions: sessions, committee: demo, format: format)
            }
        }
    }
}
