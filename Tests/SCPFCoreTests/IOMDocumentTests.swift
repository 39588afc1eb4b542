import Foundation
import Testing
@testable import SCPFCore

/// The documents in IOM form (issue 13): ordinals and dates in three languages, the agenda,
/// report, briefing and Rules as goldens, numbers that agree, escaping, and the HTML read by
/// an independent parser.
@Suite("Documents in IOM form")
struct IOMDocumentTests {
    // MARK: Ordinals

    @Test("Session ordinals are written as the corpus writes them")
    func ordinalsOfTheCorpus() {
        // en-mc2210 "NINETY SECOND", es-mc-ex-729 "DÉCIMA SEGUNDA", "CENTÉSIMA DÉCIMA",
        // es-mc2283 "QUINTA", es-mc2334 "NOVENA", fr-scpf10 "Dixième", "CENT NEUVIEME",
        // fr-c107-31 "Cent septième", es-mc2142 "CENTÉSIMA PRIMERA".
        let expected: [(DocumentLanguage, Int, String)] = [
            (.en, 10, "Tenth"), (.en, 12, "Twelfth"), (.en, 92, "Ninety-second"), (.en, 37, "Thirty-seventh"),
            (.fr, 10, "Dixième"), (.fr, 107, "Cent septième"), (.fr, 109, "Cent neuvième"), (.fr, 41, "Quarante et unième"),
            (.fr, 1, "Première"), (.fr, 80, "Quatre-vingtième"), (.fr, 71, "Soixante et onzième"), (.fr, 200, "Deux centième"),
            (.es, 5, "Quinta"), (.es, 9, "Novena"), (.es, 12, "Décima segunda"), (.es, 110, "Centésima décima"),
            (.es, 101, "Centésima primera"), (.es, 41, "Cuadragésima primera"), (.es, 98, "Nonagésima octava"),
        ]
        for (language, n, words) in expected {
            #expect(OrdinalWriting.session(n, in: language) == words, "\(language) \(n)")
        }
    }

    @Test("Every ordinal from 1 to 200 reads back through the importer's reader", arguments: DocumentLanguage.allCases)
    func ordinalsRoundTrip(language: DocumentLanguage) {
        // The Spanish reader knows no "ducentésima": 200 is outside what it reads.
        let last = language == .es ? 199 : 200
        for n in 1...last {
            let s = Session(number: n, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29))
            let line = Furniture.session(s, language).text
            #expect(OrdinalWords.session(in: line)?.number == n, "\(language) \(n): \(line)")
        }
    }

    // MARK: Dates

    @Test("Dates and ranges are written as the corpus writes them")
    func datesOfTheCorpus() {
        #expect(DateWriting.day(Day(2012, 5, 15), in: .fr) == "15 mai 2012")
        #expect(DateWriting.day(Day(2013, 6, 3), in: .es) == "3 de junio de 2013")
        #expect(DateWriting.day(Day(2017, 12, 19), in: .fr) == "19 décembre 2017")
        #expect(DateWriting.range(Day(2009, 10, 27), Day(2009, 10, 28), in: .es) == "27 y 28 de octubre de 2009")
        #expect(DateWriting.range(Day(2011, 11, 1), Day(2011, 11, 2), in: .es) == "1º y 2 de noviembre de 2011")
        #expect(DateWriting.range(Day(2013, 11, 26), Day(2013, 11, 29), in: .en) == "26 to 29 November 2013")
        #expect(DateWriting.range(Day(2025, 10, 28), Day(2025, 10, 29), in: .en) == "28 and 29 October 2025")
        #expect(DateWriting.range(Day(2015, 6, 30), Day(2015, 7, 1), in: .fr) == "du 30 juin au 1er juillet 2015")
        #expect(DateWriting.range(Day(2015, 6, 30), Day(2015, 7, 1), in: .es) == "del 30 de junio al 1º de julio de 2015")
        #expect(DateWriting.range(Day(2027, 12, 30), Day(2028, 1, 2), in: .en) == "30 December 2027 to 2 January 2028")
    }

    @Test("Every written date and range reads back through the importer's date reader", arguments: DocumentLanguage.allCases)
    func datesRoundTrip(language: DocumentLanguage) {
        var start = Day(2026, 1, 1)
        while start.year == 2026 {
            for length in [0, 1, 2, 4] {
                let end = start.adding(days: length)
                let text = DateWriting.range(start, end, in: language)
                let found = DateText.find(in: "Geneva, " + text)
                #expect(found?.start == start && found?.end == end, "\(language): \(text)")
            }
            start = start.adding(days: 3)
        }
    }

    // MARK: Goldens

    static let languages = DocumentLanguage.allCases

    /// The agenda of session 37 (issued, with a sub-item, a supplementary and a withdrawn item)
    /// with an annotation and a French title on some items.
    static func agendaSession() throws -> Session {
        var s = try AgendaExportTests.issued()
        s.agenda.distribution = .limited
        s.agenda.items[0].translations = ["fr": "Adoption de l’ordre du jour", "es": "Adopción del programa"]
        s.agenda.items[1].annotation = "The Committee is invited to review the Programme and Budget for 2026 and make a recommendation to the Council."
        s.agenda.items[1].annotationTranslations = ["fr": "Le Comité est invité à examiner le Programme et Budget pour 2026."]
        return s
    }

    @Test("The provisional and annotated agenda in three languages match their goldens", arguments: languages)
    func agendaGoldens(language: DocumentLanguage) throws {
        let s = try Self.agendaSession()
        let c = Committee.scpf()
        CoreGolden.check(try DocumentExport.render(.agenda, session: s, committee: c, format: .md, language: language), "iom-agenda-37.\(language.rawValue).md")
        CoreGolden.check(try DocumentExport.render(.annotatedAgenda, session: s, committee: c, format: .md, language: language), "iom-annotated-agenda-37.\(language.rawValue).md")
        CoreGolden.check(try DocumentExport.render(.annotatedAgenda, session: s, committee: c, format: .html, language: language), "iom-annotated-agenda-37.\(language.rawValue).html")
    }

    static func reportSession() throws -> (Committee, Session) {
        var (committee, s, _) = try ReportFixture.walked()
        _ = try s.generateReport(committee: committee)
        try s.adoptReport(on: Day(2026, 11, 28))
        try s.transmitReport(Transmittal(councilSession: "117th session", symbol: "C/117/8", date: Day(2026, 12, 4)))
        s.report.distribution = .limited
        return (committee, s)
    }

    @Test("The report, briefing and Rules in three languages match their goldens", arguments: languages)
    func reportGoldens(language: DocumentLanguage) throws {
        let (c, s) = try Self.reportSession()
        let l = language.rawValue
        CoreGolden.check(try DocumentExport.render(.report, session: s, committee: c, format: .md, language: language), "iom-report-39.\(l).md")
        CoreGolden.check(try DocumentExport.render(.report, session: s, committee: c, format: .html, language: language), "iom-report-39.\(l).html")
        CoreGolden.check(try DocumentExport.render(.briefing, session: s, committee: c, format: .md, language: language), "iom-briefing-39.\(l).md")
        CoreGolden.check(try DocumentExport.render(.rules, session: nil, committee: c, format: .md, language: language), "iom-rules.\(l).md")
    }

    // MARK: Form

    @Test("The report has the cover, contents, Roman sections, a) sub-sections, numbered paragraphs and the participants")
    func reportForm() throws {
        let (c, s) = try Self.reportSession()
        let doc = IOMDocuments.report(s, committee: c, language: .en)
        #expect(doc.symbol == "C/117/8")
        #expect(doc.distribution?.text == "LIMITED DISTRIBUTION")
        #expect(doc.original.text == "Original: English")
        #expect(doc.date.text == "4 December 2026")
        #expect(doc.banner.map(\.text) == ["COUNCIL", "117th Session"])
        #expect(doc.title.map(\.text) == ["REPORT ON THE", "THIRTY-NINTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"])
        #expect(doc.rapporteur?.text == "Rapporteur: \(c.describe(try #require(c.rapporteur(for: s))))")
        let contents = doc.contents
        #expect(contents.first?.text.text == "INTRODUCTION")
        #expect(contents.dropFirst().first?.marker == "I.")
        #expect(contents.contains { $0.marker == "a)" && $0.level == 1 })
        #expect(contents.last?.text.text == "ANNEX – LIST OF PARTICIPANTS")
        // Paragraphs are numbered 1, 2, 3 … through the whole report.
        var numbers: [Int] = []
        func walk(_ blocks: [Block]) {
            for b in blocks {
                if case let .section(_, _, _, inner) = b { walk(inner) }
                if case let .paragraph(n?, _) = b { numbers.append(n) }
            }
        }
        walk(doc.blocks)
        #expect(!numbers.isEmpty && numbers == Array(1...numbers.count))
        let md = DocumentMarkdown.render(doc)
        #expect(md.contains("\n1\\. The Standing Committee on Programmes and Finance held its Thirty-ninth Session"))
    }

    @Test("Numbers agree: the agenda, the report and the agenda's own numbers, with withdrawn and deferred items marked")
    func numbersAgree() throws {
        let (c, s) = try Self.reportSession()
        #expect(s.agenda.items.contains { $0.status == .withdrawn } && s.agenda.items.contains { $0.status == .deferred })
        let numbers = s.agenda.numbers, levels = s.agenda.displayLevels
        let agenda = IOMDocuments.agenda(s, committee: c, annotated: false, language: .en)
        var agendaMarkers: [String] = []
        for b in agenda.blocks { if case let .item(marker, _, title, _) = b { agendaMarkers.append(marker); _ = title } }
        #expect(agendaMarkers == zip(numbers, levels).map { IOMDocuments.marker(number: $0, level: $1, .en) })
        // The report's Roman sections are the agenda's top-level numbers, withdrawn ones kept and marked.
        let report = IOMDocuments.report(s, committee: c, language: .en)
        let roman = report.contents.filter { $0.level == 0 && $0.marker.hasSuffix(".") }.map(\.marker)
        let tops = zip(numbers, levels).filter { $0.1 == 0 }.map { "\(Roman.upper(Int($0.0)!))." }
        #expect(roman == tops)
        for (index, item) in s.agenda.items.enumerated() where item.status == .withdrawn || item.status == .deferred {
            let word = item.status == .withdrawn ? "(withdrawn)" : "(deferred)"
            #expect(report.contents.contains { $0.text.text.contains(word) }, "item \(numbers[index]) marked in the report")
            let md = DocumentMarkdown.render(agenda)
            #expect(md.contains(word), "item \(numbers[index]) marked in the agenda")
        }
        // The data exports carry the same numbers.
        let csv = try AgendaExport.render(s, committee: c, format: .csv, annotated: false)
        for (index, item) in s.agenda.items.enumerated() where item.status != .withdrawn {
            #expect(csv.contains("\r\n\(numbers[index]),"), "csv has item \(numbers[index]) \(item.title)")
        }
    }

    @Test("A missing French version is marked, never silently English; a present one is used")
    func missingTranslations() throws {
        let s = try Self.agendaSession()
        let md = try DocumentExport.render(.annotatedAgenda, session: s, committee: .scpf(), format: .md, language: .fr)
        #expect(md.contains("1\\. Adoption de l’ordre du jour (S/37/1)"))
        #expect(md.contains("*\\[French version missing\\]* Programme and Budget for 2026"))
        #expect(md.contains("Le Comité est invité à examiner le Programme et Budget pour 2026."))
        #expect(md.contains("Original : anglais"))
        #expect(md.contains("COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES"))
        #expect(md.contains("Trente-septième session"))
        #expect(md.contains("Genève, 28 et 29 octobre 2025"))
        let es = try DocumentExport.render(.annotatedAgenda, session: s, committee: .scpf(), format: .md, language: .es)
        #expect(es.contains("*\\[Spanish version missing\\]* The Committee is invited"))
        #expect(es.contains("Adopción del programa"))
        #expect(es.contains("DIST. LIMITADA"))
        #expect(!es.contains("DIST. LIMITADA †"), "the corpus has DIST. LIMITADA: official")
        #expect(es.contains("PROGRAMA PROVISIONAL ANOTADO †"), "scpf's own wording is marked unofficial")
    }

    // MARK: Escaping and HTML

    @Test("Every field of a hostile agenda and report is escaped in the IOM HTML and Markdown", arguments: languages)
    func escaping(language: DocumentLanguage) throws {
        let (c, hostile) = try AgendaExportTests().hostileSession()
        var s = hostile
        s.agenda.symbol = "S/37/1\"</style><script>x</script>"
        s.agenda.items[1].annotation = "<script>alert(3)</script> & \"x\""
        for kind in [IOMDocuments.Kind.agenda, .annotatedAgenda, .report, .briefing] {
            let html = try DocumentExport.render(kind, session: s, committee: c, format: .html, language: language)
            #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<marquee>") && !html.contains("<u>") && !html.contains("<i>"), "\(kind)")
            #expect(html.components(separatedBy: "</style>").count == 2, "\(kind): the symbol cannot end the style sheet")
            try Self.strictlyParsed(html)
            let md = try DocumentExport.render(kind, session: s, committee: c, format: .md, language: language)
            #expect(!md.contains("<script>") && !md.contains("<img"), "\(kind)")
        }
    }

    @Test("The HTML of every document, in every language, is read by Python's html.parser with every tag balanced")
    func independentParser() throws {
        let (c, s) = try Self.reportSession()
        for language in DocumentLanguage.allCases {
            for kind in IOMDocuments.Kind.allCases {
                try Self.strictlyParsed(try DocumentExport.render(kind, session: s, committee: c, format: .html, language: language))
            }
        }
    }

    /// Python's html.parser, with a stack of open elements: every element closed in order,
    /// void elements never closed, no stray end tag, and no element opened inside <head>'s
    /// text. Exits 3 with the reason when the page is not balanced.
    static let checker = #"""
    import sys
    from html.parser import HTMLParser
    VOID = {"meta", "br", "hr", "link", "img", "input"}
    class Check(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.errors = [], []
        def handle_starttag(self, tag, attrs):
            if tag not in VOID: self.stack.append(tag)
        def handle_startendtag(self, tag, attrs):
            if tag not in VOID: self.errors.append("self-closed <%s/>" % tag)
        def handle_endtag(self, tag):
            if tag in VOID: self.errors.append("end tag of void </%s>" % tag); return
            if not self.stack or self.stack[-1] != tag:
                self.errors.append("</%s> closes %s" % (tag, self.stack[-1] if self.stack else "nothing")); return
            self.stack.pop()
    p = Check()
    p.feed(sys.stdin.read()); p.close()
    if p.stack: p.errors.append("unclosed: %s" % p.stack)
    if p.errors: print("; ".join(p.errors[:5])); sys.exit(3)
    """#

    static func strictlyParsed(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", checker]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = out
        try process.run()
        input.fileHandleForWriting.write(Data(html.utf8))
        try input.fileHandleForWriting.close()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "html.parser: \(output)", sourceLocation: sourceLocation)
    }
}
