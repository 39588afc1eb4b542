import Foundation
import Testing
@testable import SCPFCore

/// Defects a tester found in the importer, each kept fixed.
@Suite("Import: defects found by QA")
struct ImportQADefectTests {
    static func titles(_ text: String) -> [String] {
        let r = AgendaImport.parse(text)
        let numbers = Agenda(items: r.items).numbers
        return r.items.enumerated().map { "\(numbers[$0]) \($1.title)" }
    }

    @Test("A wrapped line that starts like a number (“item 6 of …”, “I. Working Group”) continues the title; no number repeats")
    func numberInsideATitle() {
        let text = """
            6.   Follow-up to the decisions taken under agenda
                 item 6 of the Fortieth Session
            7.   Amendments to Rule 12
            9.   Statement by Mr. V. Smith, Chair of the
                 I. Working Group
            10.  Other business
            """
        #expect(Self.titles(text) == ["6 Follow-up to the decisions taken under agenda item 6 of the Fortieth Session", "7 Amendments to Rule 12",
                                      "9 Statement by Mr. V. Smith, Chair of the I. Working Group", "10 Other business"])
        // A number that goes back on a line of its own is an item, numbered on so that none repeats.
        let back = AgendaImport.parse("1. First\n2. Second\n\n2. Again\n")
        #expect(Agenda(items: back.items).numbers == ["1", "2", "3"])
        #expect(back.notes.map(\.description).contains("line 4: the document numbers this item 2 after 2: numbered 3 here so that no number repeats"))
    }

    @Test("Words before a symbol stay in the title; the words of a bracketed list are reported")
    func wordsBeforeSymbols() {
        #expect(Self.titles("1. Information documents MC/INF/303, SCPF/120\n2. Report on documents S/41/8\n") ==
                ["1 Information documents", "2 Report on documents"])
        let r = AgendaImport.parse("1. Report on the budget (see S/41/4)\n2. Report on the audit (see document S/41/5)\n")
        #expect(r.items.map(\.title) == ["Report on the budget", "Report on the audit"])
        #expect(r.notes.map(\.description) == ["line 1: words of its documents list left out: see",
                                              "line 2: words of its documents list left out: see, document"])
    }

    @Test("100,000 items are refused at once: numbers past 999 are items too")
    func hundredThousand() {
        let text = (1...100_000).map { "\($0). Item title number \($0)" }.joined(separator: "\n")
        let r = AgendaImport.parse(text)
        #expect(AgendaImport.itemCountProblem(r) != nil)
        #expect(r.items.count == AgendaImport.maxItems + 1)
        #expect(r.items.allSatisfy { $0.title.utf8.count < 40 })
    }

    @Test("(i), (v), (x) right under an item are sub-items numbered in Roman, not a third level under a missing (a)")
    func romanRun() {
        #expect(Self.titles("3. Another\n   (i) one\n   (v) five\n   (x) ten\n") == ["3 Another", "3(i) one", "3(v) five", "3(x) ten"])
        let r = AgendaImport.parse("3. Another\n   (i) one\n   (v) five\n")
        #expect(r.notes.map(\.description) == ["line 1: the agenda starts at item 3: its numbers are kept", "line 3: item (v) follows (i): numbered as in the document, (ii)–(iv) missing"])
    }

    @Test("Another body's document is warned about; a report's symbol does not become the agenda's")
    func otherBodyAndReportSymbol() throws {
        let council = AgendaImport.parse("C/115/1/Rev.2\nCOUNCIL\n115th Session\nGeneva, 26 to 28 November 2024\n\n1. Opening of the session\n")
        let plan = try ImportPlan.make(council, into: 41, sessions: [], committee: .scpf(), mode: nil)
        #expect(plan.warnings.first == "The document is of the Council, session 115, not of the Standing Committee; it is imported into session 41 as asked.")
        let report = AgendaImport.parse("MC/EX/729\nOriginal: inglés\n3 de junio de 2013\nINFORME SOBRE LA DÉCIMA SEGUNDA REUNIÓN DEL\nCOMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS\nGinebra 13 y 14 de mayo de 2013\n\nI. ADOPCION DEL PROGRAMA ..... 1\n")
        let (s, _) = try ImportPlan.make(report, into: 12, sessions: [], committee: .scpf(), mode: nil).apply(report, time: Date())
        #expect(s.agenda.symbol == nil && s.agenda.issuedOn == nil)
        #expect(s.startDate == Day(2013, 5, 13))
        #expect(ImportPlan.isAgendaSymbol("S/41/1") && ImportPlan.isAgendaSymbol("C/115/1/Rev.2") && !ImportPlan.isAgendaSymbol("MC/EX/729") && !ImportPlan.isAgendaSymbol("S/41/10"))
    }

    @Test("Replacing items that carry French or Spanish titles says so")
    func replaceDropsTranslations() throws {
        var s = Session(number: 41, startDate: Day(2027, 10, 26), endDate: Day(2027, 10, 27))
        s.agenda.items = [AgendaItem(id: "i1", title: "Adoption of the agenda", translations: ["fr": "Adoption de l’ordre du jour"])]
        let plan = try ImportPlan.make(AgendaImport.parse("1. Opening\n"), into: 41, sessions: [s], committee: .scpf(), mode: .replace)
        #expect(plan.warnings == ["Replacing the items drops the French and Spanish titles of 1 of them; import those versions again after."])
    }

    @Test("The French version's documents that differ from the record are said")
    func frenchSymbolsDiffer() {
        var s = Session(number: 41, startDate: Day(2027, 10, 26), endDate: Day(2027, 10, 27))
        s.agenda.items = [AgendaItem(id: "i1", title: "Update", documents: [DocumentRef(symbol: "S/41/CRP/2")])]
        let unmatched = s.attachTranslations(AgendaImport.parse("1. Mise à jour (S/41/CRP/3)\n").items, language: .fr)
        #expect(unmatched == ["item 1: the French version lists S/41/CRP/3, the record S/41/CRP/2"])
    }
}

/// More of the tester's findings: symbols as secretariats write them, dates and furniture.
@Suite("Import: symbols, dates and furniture found by QA")
struct ImportQADefectMoreTests {
    @Test("Symbols with a spaced revision, a suffix alone, a footnote mark, a full stop after the bracket")
    func symbolVariants() {
        let r = AgendaImport.parse("""
            1. Report A (document S/41/3).
            2. Report E        S/41/10/Rev. 1
            3. Report H (documents S/41/11 and Corr.1)
            4. Report M        S/41/12*
            5. Report N        S/41/5 and Add.1
            """)
        #expect(r.items.map(\.title) == ["Report A", "Report E", "Report H", "Report M", "Report N"])
        #expect(r.items.map { $0.documents.map(\.symbol) } == [["S/41/3"], ["S/41/10/Rev.1"], ["S/41/11", "S/41/11/Corr.1"], ["S/41/12"], ["S/41/5", "S/41/5/Add.1"]])
    }

    @Test("Dates: abbreviated months, a range over the new year, a building before the city; a sentence is no venue")
    func dates() {
        #expect(DateText.find(in: "Geneva, 26-27 Oct. 2027").map { [$0.start, $0.end] } == [Day(2027, 10, 26), Day(2027, 10, 27)])
        #expect(DateText.find(in: "30 December 2027 – 2 January 2028").map { [$0.start, $0.end] } == [Day(2027, 12, 30), Day(2028, 1, 2)])
        #expect(DateText.find(in: "Conference Centre Varembé (CCV), Geneva, 26–27 October 2027")?.before == "Geneva")
        #expect(DateText.find(in: "original document MC/2398 dated 4 February 2014.")?.before == "")
        #expect(DateText.find(in: "31 November 2027") == nil)
    }

    @Test("“Divers” is procedural; “Page i” and rules of underscores are furniture")
    func furniture() {
        let r = AgendaImport.parse("1. Adoption de l’ordre du jour\n\nPage i\n__________\n2. Divers et clôture de la session\n")
        #expect(r.items.map(\.procedural) == [true, true])
        #expect(r.notes.filter { $0.kind == .ignored }.map(\.line) == [3, 4])
    }

    @Test("An empty file and a PDF are refused with what they are")
    func emptyAndPDF() {
        #expect(throws: DomainError("a.txt is empty: paste the agenda into it and import again.")) { try Exchange.decodeText(Data(" \n\n".utf8), name: "a.txt") }
        #expect(throws: DomainError("a.pdf is a PDF file, not text: open it, copy the agenda and paste it into a .txt file (or run pdftotext on it), then import that.")) {
            try Exchange.decodeText(Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0xFF, 0xFE]), name: "a.pdf")
        }
    }
}

@Suite("Import: control sequences and wrapped names found by QA")
struct ImportQADefectEscapeTests {
    @Test("A terminal colour sequence goes whole and is said; a committee name wrapped over two lines is read")
    func escapesAndWrappedName() {
        let r = AgendaImport.parse("1. Adoption\u{1B}[31m of the agenda\u{1B}[0m\n")
        #expect(r.items.map(\.title) == ["Adoption of the agenda"])
        #expect(r.notes.map(\.description) == ["line 1: terminal control sequences removed"])
        let h = AgendaImport.parse("STANDING COMMITTEE\nON PROGRAMMES AND FINANCE\nForty-first Session\n\n1. Adoption of the agenda\n").header
        #expect(h.committee == "SCPF" && h.session == 41)
    }
}
