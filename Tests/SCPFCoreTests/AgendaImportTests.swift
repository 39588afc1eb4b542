import Foundation
import Testing
@testable import SCPFCore

/// Reading a provisional agenda pasted from a document, and putting it on a session.
@Suite("Agenda import")
struct AgendaImportTests {
    /// What the Committee's provisional agendas look like when copied out of a PDF.
    static let thirtySeventh = """
        INTERNATIONAL ORGANIZATION FOR MIGRATION
        S/37/1
        Original: English
        14 October 2025

        STANDING COMMITTEE ON PROGRAMMES AND FINANCE
        Thirty-seventh Session

        PROVISIONAL AGENDA

        1.\tAdoption of the agenda (S/37/1)
        2.\tStatement by the Director General
        3.\tProgramme and Budget for 2026 (C/116/7 and C/116/7/Corr.1)
        4.\tStatus report on outstanding contributions to the Administrative Part of the Budget
            S/37/2
        5.\tIOM Development Fund (S/37/4)
            (a)\tLine 1 allocations
            (b)\tLine 2 allocations
        Page 2
        - 2 -
        6.\tReport of the Office of the Inspector General
            and management response (S/37/3, S/37/CRP/2)
        7.\tElection of officers
        8.\tOther business
        Delegations are kindly requested to bring their copies.
        """

    struct Expected: Equatable, CustomStringConvertible {
        var level: Int, title: String, documents: [String], procedural: Bool
        init(_ level: Int, _ title: String, _ documents: [String] = [], procedural: Bool = false) {
            self.level = level; self.title = title; self.documents = documents; self.procedural = procedural
        }
        init(_ item: AgendaItem) {
            self.init(item.level, item.title, item.documents.map(\.symbol), procedural: item.procedural)
        }
        var description: String { "\(level) \(title) \(documents)\(procedural ? " proc" : "")" }
    }

    @Test("Arabic numbering, (a) sub-items, symbols in the line and on a continuation line, page furniture skipped")
    func arabic() {
        let result = AgendaImport.parse(Self.thirtySeventh)
        #expect(result.items.map(Expected.init) == [
            Expected(0, "Adoption of the agenda", ["S/37/1"], procedural: true),
            Expected(0, "Statement by the Director General"),
            Expected(0, "Programme and Budget for 2026", ["C/116/7", "C/116/7/Corr.1"]),
            Expected(0, "Status report on outstanding contributions to the Administrative Part of the Budget", ["S/37/2"]),
            Expected(0, "IOM Development Fund", ["S/37/4"]),
            Expected(1, "Line 1 allocations"),
            Expected(1, "Line 2 allocations"),
            Expected(0, "Report of the Office of the Inspector General and management response", ["S/37/3", "S/37/CRP/2"]),
            Expected(0, "Election of officers", procedural: true),
            Expected(0, "Other business", procedural: true),
        ])
        #expect(result.items.map(\.id) == (1...10).map { "i\($0)" })
        #expect(result.items[0].purpose == .decision && result.items[1].purpose == .information)
        #expect(result.notes.filter { $0.kind == .ignored }.map(\.line) == [1, 9, 19, 20])
        #expect(result.notes.filter { $0.kind == .header }.map(\.line) == [2, 3, 4, 6, 7])
        #expect(result.notes.filter { $0.kind == .joined }.map(\.line) == [15, 22])
        #expect(result.unclear.map(\.line) == [25])
        #expect(result.unclear.first?.description == "line 25: not understood, left out: Delegations are kindly requested to bring their copies.")
        #expect(result.notes.first { $0.line == 19 }?.description == "line 19: skipped (page furniture): Page 2")
        #expect(result.notes.first { $0.line == 15 }?.description == "line 15: joined to the item above as a continuation: S/37/2")
        // The agenda's numbering once imported matches the source.
        #expect(Agenda(items: result.items).numbers == ["1", "2", "3", "4", "5", "5(a)", "5(b)", "6", "7", "8"])
    }

    @Test("Roman numerals with a) sub-items, and the symbol at the end of the line")
    func roman() {
        let text = """
            I.   Opening of the session
            II.  Adoption of the agenda
            III. Update on the Internal Governance Framework S/38/CRP/1
                 a) Oversight
                 b) Risk management S/38/6/Rev.1
            IV.  Report on human resources management (S/38/5)
            IX.  Closure of the session
            XII. Other business
            """
        let result = AgendaImport.parse(text)
        #expect(result.items.map(Expected.init) == [
            Expected(0, "Opening of the session", procedural: true),
            Expected(0, "Adoption of the agenda", procedural: true),
            Expected(0, "Update on the Internal Governance Framework", ["S/38/CRP/1"]),
            Expected(1, "Oversight"),
            Expected(1, "Risk management", ["S/38/6/Rev.1"]),
            Expected(0, "Report on human resources management", ["S/38/5"]),
            Expected(0, "Closure of the session", procedural: true),
            Expected(0, "Other business", procedural: true),
        ])
        // The source's numbers are kept, and the gaps said.
        #expect(result.items.map(\.sourceNumber) == [nil, nil, nil, nil, nil, nil, 9, 12])
        #expect(result.notes.map(\.description) == ["line 7: item 9 follows 4: numbered as in the document, 5–8 missing",
                                                    "line 8: item 12 follows 9: numbered as in the document, 10–11 missing"])
    }

    @Test("“Item 3:” numbering, with arabic and roman numbers, and the procedural items of a report session")
    func itemColon() {
        let text = """
            Item 1: Adoption of the agenda
            Item 2: Adoption of the draft report of the Thirty-sixth Session (S/36/L/1)
            Item 3: Report on human resources management (S/36/5/Rev.1, MC/INF/287)
              (a) Gender parity
              (b) Geographical representation
            Item IV: Election of the Chairperson
            item 5: Other business
            """
        let result = AgendaImport.parse(text)
        #expect(result.items.map(Expected.init) == [
            Expected(0, "Adoption of the agenda", procedural: true),
            Expected(0, "Adoption of the draft report of the Thirty-sixth Session", ["S/36/L/1"], procedural: true),
            Expected(0, "Report on human resources management", ["S/36/5/Rev.1", "MC/INF/287"]),
            Expected(1, "Gender parity"),
            Expected(1, "Geographical representation"),
            Expected(0, "Election of the Chairperson", procedural: true),
            Expected(0, "Other business", procedural: true),
        ])
        #expect(result.notes.isEmpty)
    }

    @Test("Lines are joined by layout, never by letter case; what is not joined is reported with its line")
    func unclear() {
        let text = """
            1. Adoption of the agenda

            Continuation after a blank line, so not a continuation
            2. (S/37/2)
            (ii) Roman sub-items are read
            3. Programme and Budget
            Unnumbered Title In Capitals, joined: no blank line, no marker
            4.Missing space after the number
            """
        let result = AgendaImport.parse(text)
        #expect(result.items.map(\.title) == ["Adoption of the agenda", "Roman sub-items are read",
                                              "Programme and Budget Unnumbered Title In Capitals, joined: no blank line, no marker",
                                              "Missing space after the number"])
        #expect(result.unclear.map(\.line) == [3, 4])
        #expect(result.unclear.map(\.text) == ["Continuation after a blank line, so not a continuation", "an item number with no title (documents S/37/2)"])
        // In an indented document, a line at the margin under an indented item is not its continuation.
        let indented = AgendaImport.parse("  1.  Programme and Budget\nDelegations are requested to bring their copies.\n  2.  Other business\n")
        #expect(indented.items.map(\.title) == ["Programme and Budget", "Other business"])
        #expect(indented.unclear.map(\.line) == [2])
        // An unfinished title continues across a blank line.
        let open = AgendaImport.parse("1. Report on the recommendations of the\n\nExternal Auditor\n2. Institutional and\noperational responses\n")
        #expect(open.items.map(\.title) == ["Report on the recommendations of the External Auditor", "Institutional and operational responses"])
    }

    @Test("A sub-item before any item becomes an item; firstId sets the first id")
    func firstLine() {
        let result = AgendaImport.parse("(a) Opening remarks\n(b) Adoption of the agenda\n", firstId: 7)
        #expect(result.items.map(\.level) == [0, 1])
        #expect(result.items.map(\.id) == ["i7", "i8"])
        #expect(result.items[0].title == "Opening remarks" && !result.items[0].procedural)
        #expect(AgendaImport.parse("").items.isEmpty)
        #expect(AgendaImport.parse("\n\n   \n").notes.isEmpty)
    }

    // MARK: Putting the items on a session

    static let imported = AgendaImport.parse("1. Adoption of the agenda\n2. Other business\n").items
    static let time = Fixture.time

    @Test("Replace on a draft agenda swaps the items for the imported ones")
    func replaceDraft() throws {
        var s = Fixture.session()
        try s.importItems(Self.imported, mode: .replace, time: Self.time)
        #expect(s.agenda.items.map(\.title) == ["Adoption of the agenda", "Other business"])
        #expect(s.agenda.items.map(\.id) == ["i1", "i2"])
        #expect(s.agenda.items.allSatisfy { !$0.supplementary })
        #expect(s.agenda.state == .draft && s.agenda.revisions.isEmpty)
    }

    @Test("Replace is refused once the agenda is issued, adopted or revised, and on a closed session")
    func replaceRefused() throws {
        var provisional = Fixture.session(status: .convened)
        try provisional.issueAgenda(on: Day(2025, 10, 7))
        Refusal.check(provisional, "The agenda of session 37 is already provisional; it cannot be replaced. Use append, or withdraw items one by one.") {
            try $0.importItems(Self.imported, mode: .replace, time: Self.time)
        }
        var adopted = provisional
        try adopted.adoptAgenda(on: Day(2025, 10, 28))
        Refusal.check(adopted, "The agenda of session 37 is already adopted; it cannot be replaced. Use append, or withdraw items one by one.") {
            try $0.importItems(Self.imported, mode: .replace, time: Self.time)
        }
        var closed = Fixture.session(status: .closed)
        closed.agenda.state = .draft
        Refusal.check(closed, "Session 37 is closed; its agenda can no longer change.") {
            try $0.importItems(Self.imported, mode: .replace, time: Self.time)
        }
        Refusal.check(closed, "Session 37 is closed; its agenda can no longer change.") {
            try $0.importItems(Self.imported, mode: .append, time: Self.time)
        }
    }

    @Test("Append to a draft adds after the existing items with fresh ids, not supplementary")
    func appendDraft() throws {
        var s = Fixture.session()
        try s.importItems(Self.imported, mode: .append, time: Self.time)
        #expect(s.agenda.items.map(\.id) == ["i1", "i2", "i3", "i4", "i5"])
        #expect(s.agenda.items.suffix(2).map(\.title) == ["Adoption of the agenda", "Other business"])
        #expect(s.agenda.items.allSatisfy { !$0.supplementary })
    }

    @Test("Append after issue marks the items supplementary; after adoption it also records the revision")
    func appendIssued() throws {
        var s = Fixture.session(status: .convened)
        try s.issueAgenda(on: Day(2025, 10, 7))
        try s.importItems(Self.imported, mode: .append, time: Self.time)
        #expect(s.agenda.items.map(\.supplementary) == [false, false, false, true, true])
        #expect(s.agenda.state == .provisional && s.agenda.revisions.isEmpty)

        try s.adoptAgenda(on: Day(2025, 10, 28))
        let more = AgendaImport.parse("1. Election of officers\n").items
        try s.importItems(more, mode: .append, time: Self.time)
        #expect(s.agenda.items.last?.id == "i6")
        #expect(s.agenda.items.last?.supplementary == true)
        #expect(s.agenda.state == .revised)
        #expect(s.agenda.revisions.map(\.detail) == ["Added item 6 “Election of officers”."])
        #expect(s.agenda.revisions.first?.at == Timestamp.whole(Self.time))
    }
}
