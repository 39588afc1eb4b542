import Foundation
import Testing
@testable import SCPFCore

/// Text from files and users that reaches a terminal, a spreadsheet, a calendar or a Markdown
/// renderer: it reads as itself and runs nothing (issue 18, items 5–8).
@Suite("Text safety")
struct TextSafetyTests {
    // MARK: The CLI's sanitiser

    @Test("C0, DEL, C1 and bidi controls become visible escapes; newline and tab stay in messages")
    func sanitiser() {
        let hostile = "a\u{1B}]0;owned\u{07}b\u{1B}[2Jc\u{7F}d\u{9B}e\u{202E}f\u{2066}g\u{2069}h\u{0}i\r\nj\tk\nl\rm"
        let shown = TerminalText.escape(hostile)
        #expect(shown == "a\\u{1B}]0;owned\\u{7}b\\u{1B}[2Jc\\u{7F}d\\u{9B}e\\u{202E}f\\u{2066}g\\u{2069}h\\u{0}i\\u{D}\nj\tk\nl\\u{D}m")
        #expect(shown.unicodeScalars.filter(TerminalText.isUnsafe(_:)).allSatisfy { $0 == "\n" || $0 == "\t" })
        // Exports keep CRLF line ends (CSV, iCalendar); a lone CR is still escaped.
        #expect(TerminalText.escape("x\r\ny\rz\u{1B}", keep: .exports) == "x\r\ny\\u{D}z\\u{1B}")
        // Nothing kept: a newline in a one-line message shows as an escape.
        #expect(TerminalText.escape("a\nb", keep: []) == "a\\u{A}b")
        // JSON on standard output stays the same document: JSON's own escapes.
        let json = "{\"t\":\"a\u{202E}b\u{85}c\"}\n"
        #expect(TerminalText.escapeJSON(json) == "{\"t\":\"a\\u202Eb\\u0085c\"}\n")
        let decoded = try? JSONSerialization.jsonObject(with: Data(TerminalText.escapeJSON(json).utf8)) as? [String: String]
        #expect(decoded == ["t": "a\u{202E}b\u{85}c"])
        let plain = "Session 37 — Genève, 会議 👨‍👩‍👧 é"
        #expect(TerminalText.escape(plain) == plain)
    }

    // MARK: Roman numerals

    @Test("Only canonical Roman numerals number items: VV., IC., IIII. and IIIIIIII. are not items")
    func strictRoman() {
        for (text, value) in [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XL", 40), ("XC", 90), ("XCIX", 99), ("CCCXCIX", 399)] {
            #expect(AgendaImport.romanValue(text) == value, "\(text)")
        }
        for bad in ["VV", "IC", "IIII", "IIIIIIII", "IL", "VX", "XXXX", "LL", "IIV", "CD", ""] {
            #expect(AgendaImport.romanValue(bad) == nil, "\(bad)")
        }
        for n in 1...399 { #expect(AgendaImport.romanValue(AgendaImport.roman(n)) == n) }
        // Blank lines between: each is a line of its own, and none is an item.
        let result = AgendaImport.parse("I. Opening\n\nVV. Not an item\n\nIC. Nor this\n\nIIIIIIII. Nor this\n\nII. Adoption of the agenda\n")
        #expect(result.items.map(\.title) == ["Opening", "Adoption of the agenda"])
        #expect(result.unclear.map(\.line) == [3, 5, 7])
    }

    @Test("The importer's byte-level line split matches Character.isNewline on every kind of line end")
    func lineSplit() {
        for text in ["", "a", "a\n", "\n\n", "a\r\nb\rc\nd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i", "\r\n\r\n", "x\r", "\n\u{301}é",
                     "日本\u{2028}語\r\n", "a\u{2027}b\u{202A}c\u{84}d"] {
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            #expect(AgendaImport.lines(of: text).map(String.init) == expected, "\(text.debugDescription)")
        }
    }

    // MARK: Sizes

    @Test("A title longer than 2,000 characters is left out of an import with the limit named; at the limit it is imported")
    func importTitleLimit() {
        let atLimit = String(repeating: "a", count: TextLimits.maxTitleCharacters - 1)
        let over = String(repeating: "b", count: TextLimits.maxTitleCharacters + 1)
        let result = AgendaImport.parse("1. A\(atLimit)\n2. B\(over)\n3. Short\n")
        #expect(result.items.map { $0.title.count } == [TextLimits.maxTitleCharacters, 5])
        #expect(result.unclear.map(\.line) == [2])
        let note = result.unclear[0].description
        #expect(note.contains("longer than 2,000 characters"))
        #expect(note.count < 300, "the note quotes the line cut short: \(note.count) characters")
        // A continuation line that would take a title over the limit is refused too.
        let joined = AgendaImport.parse("1. Start\n" + String(repeating: "c", count: 2_100) + "\n")
        #expect(joined.items.map(\.title) == ["Start"])
        #expect(joined.unclear.first?.kind == .tooLong)
    }

    @Test("check names the title limit; at the limit it says nothing")
    func checkTitleLimit() {
        let committee = Fixture.demo().committee
        var sessions = Fixture.demo().sessions
        sessions[0].agenda.items[0].title = String(repeating: "x", count: TextLimits.maxTitleCharacters)
        #expect(!Validator.validate(committee: committee, sessions: sessions).contains { $0.message.contains("longer than") })
        sessions[0].agenda.items[0].title += "y"
        let problems = Validator.validate(committee: committee, sessions: sessions).filter { $0.message.contains("longer than 2,000 characters") }
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("Session \(sessions[0].number) item 1 (") == true)
    }

    @Test("The importer refuses more than 16 MiB with a sentence, and reads a 1 MB one-line title without trouble")
    func importSize() {
        #expect(AgendaImport.sizeProblem(byteCount: AgendaImport.maxBytes) == nil)
        let problem = AgendaImport.sizeProblem(byteCount: AgendaImport.maxBytes + 1)
        #expect(problem?.contains("16 MiB") == true)
        let huge = "1. " + String(repeating: "word ", count: 200_000)
        let result = AgendaImport.parse(huge)
        #expect(result.items.isEmpty)
        #expect(result.unclear.first?.kind == .tooLong)
    }

    // MARK: CSV

    @Test("CSV cells a spreadsheet would run get a leading apostrophe; CRLF inside a cell is quoted")
    func csvFormulas() throws {
        for (value, field) in [("=1+2", "'=1+2"), ("+SUM(A1)", "'+SUM(A1)"), ("-2", "'-2"), ("@cmd", "'@cmd"),
                               ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"a\",\"b\")", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""),
                               ("Plain", "Plain"), ("a=b", "a=b"), ("x\r\ny", "\"x\r\ny\"")] {
            #expect(CSV.field(value) == field, "\(value)")
        }
        var s = try AgendaExportTests.issued()
        s.agenda.items[1].title = "=cmd|' /C calc'!A0"
        let csv = try AgendaExport.render(s, committee: Committee.scpf(), format: .csv, annotated: false)
        let rows = try CSVReader.parse(csv)
        #expect(rows[2][1] == "'=cmd|' /C calc'!A0")
        #expect(rows.dropFirst().allSatisfy { row in row.allSatisfy { cell in !(cell.first.map { "=+-@\t\r".contains($0) } ?? false) } })
    }

    // MARK: iCalendar

    @Test("ICS: a short name with CRLF cannot add a property; every value is escaped; lines stay folded")
    func icsInjection() throws {
        var (committee, sessions) = CalendarTests.sessions()
        committee.shortName = "SCPF\r\nATTENDEE:mailto:evil@example.com\r\nX"
        sessions[0].venue = "Geneva\r\nBEGIN:VALARM;x,y\\z\u{1B}"
        let ics = try CalendarExport.render(year: 2026, sessions: sessions, committee: committee, format: .ics, stamp: CalendarTests.stamp)
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.hasPrefix("ATTENDEE") || $0.hasPrefix("BEGIN:VALARM") || $0.hasPrefix("X\\") })
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(!uids.isEmpty)
        #expect(uids.allSatisfy { $0.range(of: "^UID:scpf-session-[0-9]+@[a-z0-9-]+\\.iom$", options: .regularExpression) != nil })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.unicodeScalars.contains { $0 == "\u{1B}" })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(CalendarExport.escape("Geneva\r\nBEGIN:VALARM;x,y\\z\u{1B}") == "Geneva\\nBEGIN:VALARM\\;x\\,y\\\\z")
        #expect(CalendarExport.uidHost("\r\n") == "committee")
    }

    // MARK: Markdown and HTML

    @Test("Markdown exports escape HTML and structure characters and keep headings and table rows on one line")
    func markdownEscaping() throws {
        let hostile = "<script>x</script> & *bold* _it_ `code` [link](u) #tag | cell ~del~\nnew line\r\n# heading"
        #expect(Markdown.inline(hostile) == "&lt;script&gt;x&lt;/script&gt; &amp; \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u) \\#tag \\| cell \\~del\\~ new line \\# heading")
        #expect(Markdown.block("a\r\nb\nc") == "a\nb\nc")
        var (committee, sessions) = CalendarTests.sessions()
        committee.name = "Committee <b>"
        let special = sessions.firstIndex { $0.number == 41 }!
        sessions[special].venue = "Geneva | Annex\n# injected"
        sessions[special].agenda.items[0].title = hostile
        let md = try CalendarExport.render(year: 2026, sessions: sessions, committee: committee, format: .md, stamp: CalendarTests.stamp)
        #expect(md.contains("Geneva \\| Annex \\# injected"))
        #expect(!md.split(separator: "\n").contains { $0.hasPrefix("# injected") })
        let s = sessions[special]
        for annotated in [false, true] {
            let agenda = try AgendaExport.render(s, committee: committee, format: .md, annotated: annotated)
            #expect(!agenda.contains("<script>") && !agenda.contains("<b>"))
            #expect(!agenda.split(separator: "\n").contains { $0 == "# heading" || $0.hasPrefix("new line") })
        }
        let briefing = try BriefingScript.render(s, committee: committee, notes: ChairNotes(), format: .md)
        #expect(!briefing.contains("<script>") && !briefing.split(separator: "\n").contains { $0.hasPrefix("# heading") })
        let report = try ReportExport.render(s, committee: committee, format: .md)
        #expect(!report.contains("<b>"))
    }

    @Test("HTML escapes < > & \" ' also when a combining mark follows them")
    func htmlCombining() {
        #expect(HTML.escape("<\u{338}script>&\u{301}\"\u{301}'\u{301}") == "&lt;\u{338}script&gt;&amp;\u{301}&quot;\u{301}&#39;\u{301}")
    }
}
