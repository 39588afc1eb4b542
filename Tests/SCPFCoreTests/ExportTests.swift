import Foundation
import Testing
@testable import SCPFCore

/// The agenda as the Committee issues it, and annotated, in Markdown, HTML, JSON and CSV.
@Suite("Agenda export")
struct AgendaExportTests {
    let committee = Committee.scpf()

    /// Session 37 issued on 7 October 2025, with a sub-item, documents, a supplementary item
    /// and a withdrawn one.
    static func issued() throws -> Session {
        var s = Session(number: 37, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29), status: .convened, agenda: Agenda(items: [
            AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, purpose: .decision,
                       documents: [DocumentRef(symbol: "S/37/1", title: "Provisional agenda")], minutesAllotted: 10),
            AgendaItem(id: "i2", title: "Programme and Budget for 2026", tor: ["b", "h"], purpose: .recommendation,
                       documents: [DocumentRef(symbol: "C/116/7", title: "Programme and Budget for 2026", languages: ["en", "fr"]),
                                   DocumentRef(symbol: "C/116/7/Corr.1", languages: [])], minutesAllotted: 90),
            AgendaItem(id: "i3", title: "IOM Development Fund", tor: ["b"], documents: [DocumentRef(symbol: "S/37/4")]),
            AgendaItem(id: "i4", level: 1, title: "Line 1 allocations", tor: ["b"], minutesAllotted: 10),
            AgendaItem(id: "i5", title: "Item to be withdrawn", tor: ["g"]),
            AgendaItem(id: "i6", title: "Other business"),
        ]))
        try s.issueAgenda(on: Day(2025, 10, 7))
        try s.insertItem(AgendaItem(id: "i7", title: "Statement by the Chairperson of the Council", tor: ["c"]), at: 5, time: Fixture.time)
        try s.removeItem(id: "i5", time: Fixture.time)
        return s
    }

    @Test("Markdown: the provisional agenda as issued")
    func markdownProvisional() throws {
        let md = try AgendaExport.render(try Self.issued(), committee: committee, format: .md, annotated: false)
        #expect(md == """
            S/37/1  
            Original: English  
            7 October 2025

            # STANDING COMMITTEE ON PROGRAMMES AND FINANCE

            ## Thirty-seventh Session

            Geneva, 28 and 29 October 2025

            ## PROVISIONAL AGENDA

            1. Adoption of the agenda (S/37/1)
            2. Programme and Budget for 2026 (C/116/7, C/116/7/Corr.1)
            3. IOM Development Fund (S/37/4)
                (a) Line 1 allocations
            5. Statement by the Chairperson of the Council *(supplementary)*
            6. Other business

            """)
    }

    @Test("Markdown: the annotated agenda with purpose, ToR text in force, time and documents")
    func markdownAnnotated() throws {
        let md = try AgendaExport.render(try Self.issued(), committee: committee, format: .md, annotated: true)
        #expect(md.contains("## ANNOTATED PROVISIONAL AGENDA\n\n"))
        #expect(md.contains("""
            2. Programme and Budget for 2026 (C/116/7, C/116/7/Corr.1)

                - Purpose: recommendation to Council
                - Terms of reference: (b) To examine and review any administrative, financial and budgetary questions; (h) To transmit reports and/or recommendations to the Council on matters dealt with;
                - Time allotted: 90 minutes
                - Document C/116/7: Programme and Budget for 2026 (en, fr)
                - Document C/116/7/Corr.1


            """))
        #expect(md.contains("    (a) Line 1 allocations\n\n        - Purpose: information\n        - Terms of reference: (b) To examine"))
        #expect(md.contains("1. Adoption of the agenda (S/37/1)\n\n    - Purpose: decision\n    - Terms of reference: procedural\n"))
        #expect(md.contains("6. Other business\n\n    - Purpose: information\n    - Terms of reference: not tagged\n"))
        #expect(!md.contains("withdrawn"))
    }

    @Test("Draft, late issue and adopted headings")
    func headings() throws {
        let draft = Fixture.session()
        let md = try AgendaExport.render(draft, committee: committee, format: .md, annotated: false)
        #expect(md.hasPrefix("S/37/1 (draft)  \nOriginal: English  \nNot yet issued\n\n"))
        #expect(md.contains("## DRAFT PROVISIONAL AGENDA\n"))

        var late = Fixture.session(status: .convened)
        try late.issueAgenda(on: Day(2025, 10, 18))
        #expect(try AgendaExport.render(late, committee: committee, format: .md, annotated: false)
                .hasSuffix("\n*Issued 10 days before the opening of the session.*\n"))

        var adopted = late
        try adopted.adoptAgenda(on: Day(2025, 10, 28))
        #expect(try AgendaExport.render(adopted, committee: committee, format: .md, annotated: false).contains("## AGENDA (adopted 28 October 2025)\n"))
        try adopted.removeItem(id: "i2", time: Fixture.time)
        let revised = try AgendaExport.render(adopted, committee: committee, format: .html, annotated: false)
        #expect(revised.contains("<h1>AGENDA (adopted 28 October 2025, as revised in session)</h1>"))
        #expect(throws: DomainError("The agenda exports as md, html, json or csv; ics is for the calendar (scpf export calendar).")) {
            try AgendaExport.render(adopted, committee: committee, format: .ics, annotated: false)
        }
    }

    // MARK: HTML

    static let hostile = "<script>alert(1)</script> \"&' Tom & Jerry's \"best\" <b>"

    func hostileSession() throws -> (Committee, Session) {
        var c = committee
        c.name = "Committee <i>&</i> \"Co\""
        c.shortName = "SCPF<'>"
        var s = try Self.issued()
        s.venue = "Geneva <marquee>\"Palais\"</marquee> & 'Annex'"
        s.agenda.items[1].title = Self.hostile
        s.agenda.items[1].documents[0].title = "Budget <img src=x onerror=alert(2)> & \"more\""
        s.agenda.items[1].documents[1].symbol = "C/116/7/<Corr>&\"1\""
        s.agenda.items[3].title = "Sub-item '<u>' & \"x\""
        return (c, s)
    }

    @Test("HTML escapes every field of a hostile agenda, in both the provisional and annotated forms", arguments: [false, true])
    func htmlEscaping(annotated: Bool) throws {
        let (c, s) = try hostileSession()
        let html = try AgendaExport.render(s, committee: c, format: .html, annotated: annotated)
        HTMLCheck.wellFormed(html)
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<marquee>") && !html.contains("<u>"))
        let text = HTMLCheck.text(html)
        // Every hostile value comes back intact once the entities are decoded.
        for value in [Self.hostile, "C/116/7/<Corr>&\"1\"", "Sub-item '<u>' & \"x\"", "Geneva <marquee>\"Palais\"</marquee> & 'Annex'",
                      "COMMITTEE <I>&</I> \"CO\"", "SCPF<'>"] {
            #expect(text.contains(value), "\(value) is not in the page text")
        }
        #expect(text.contains("Budget <img src=x onerror=alert(2)> & \"more\"") == annotated)
        #expect(html.contains("<title>SCPF&lt;&#39;&gt; Thirty-seventh Session — PROVISIONAL AGENDA</title>"))
    }

    @Test("HTML is a standalone page with sub-items nested under their item")
    func htmlStructure() throws {
        let html = try AgendaExport.render(try Self.issued(), committee: committee, format: .html, annotated: false)
        HTMLCheck.wellFormed(html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("<li>IOM Development Fund (S/37/4)\n<ol class=\"sub\">\n<li>Line 1 allocations</li>\n</ol></li>\n"))
        #expect(html.contains("<li>Statement by the Chairperson of the Council <em>(supplementary)</em></li>"))
        #expect(!html.contains("Item to be withdrawn"))
        #expect(html.contains("@media print"))
    }

    // MARK: CSV and JSON

    @Test("CSV quotes commas, quotes and line breaks, and parses back to the same fields")
    func csv() throws {
        var s = try Self.issued()
        s.agenda.items[1].title = "Budget, \"revised\"\nsecond line"
        s.agenda.items[2].title = "Plain title"
        let csv = try AgendaExport.render(s, committee: committee, format: .csv, annotated: false)
        #expect(csv.hasPrefix("number,title,tor,purpose,minutes,documents,status,supplementary\r\n"))
        #expect(csv.contains("\r\n2,\"Budget, \"\"revised\"\"\nsecond line\",b h,recommendation-to-council,90,C/116/7 C/116/7/Corr.1,pending,no\r\n"))
        let rows = try CSVReader.parse(csv)
        #expect(rows.count == 7)
        #expect(rows.allSatisfy { $0.count == 8 })
        #expect(rows.map { $0[0] } == ["number", "1", "2", "3", "3(a)", "5", "6"])
        #expect(rows[2][1] == "Budget, \"revised\"\nsecond line")
        #expect(rows[1][2] == "procedural")
        #expect(rows[5][7] == "yes" && rows[4][7] == "no")
        #expect(rows[3][4] == "", "no time allotted")
    }

    @Test("JSON parses and carries the agenda's state and items as issued")
    func json() throws {
        var s = try Self.issued()
        s.agenda.items[1].title = Self.hostile
        let text = try AgendaExport.render(s, committee: committee, format: .json, annotated: true)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(doc["committee"] as? String == "SCPF")
        #expect(doc["session"] as? Int == 37)
        #expect(doc["title"] as? String == "Thirty-seventh Session")
        #expect(doc["state"] as? String == "provisional")
        #expect(doc["symbol"] as? String == "S/37/1")
        #expect(doc["issuedOn"] as? String == "2025-10-07")
        #expect(doc["startDate"] as? String == "2025-10-28")
        #expect(doc["adoptedOn"] == nil)
        let items = try #require(doc["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? String } == ["1", "2", "3", "3(a)", "5", "6"])
        #expect(items[1]["title"] as? String == Self.hostile)
        #expect(items[1]["documents"] as? [String] == ["C/116/7", "C/116/7/Corr.1"])
        #expect(items[1]["tor"] as? [String] == ["b", "h"])
        #expect(items[1]["minutesAllotted"] as? Int == 90)
        #expect(items[0]["procedural"] as? Bool == true)
        #expect(items.map { $0["supplementary"] as? Bool } == [false, false, false, false, true, false])
        #expect(items.allSatisfy { $0["status"] as? String == "pending" })
    }

    @Test("The demo's agendas export in every format")
    func demo() throws {
        let (c, sessions) = ReportFixture.demo()
        for s in sessions {
            for format in [ExportFormat.md, .html, .json, .csv] {
                for annotated in [false, true] {
                    let out = try AgendaExport.render(s, committee: c, format: format, annotated: annotated)
                    #expect(out.contains(s.agenda.items[0].title), "session \(s.number) \(format)")
                    if format == .html { HTMLCheck.wellFormed(out) }
                    if format == .json { #expect((try? JSONSerialization.jsonObject(with: Data(out.utf8))) != nil) }
                }
            }
        }
    }
}

/// A strict reading of the pages scpf writes: only known tags and attributes, text with no
/// raw quote, apostrophe or unknown entity, and every element closed in order.
enum HTMLCheck {
    static let voidTags: Set<String> = ["meta", "br"]
    static let tags: Set<String> = ["html", "head", "meta", "title", "style", "body", "div", "span", "br", "p", "strong",
                                    "h1", "h2", "h3", "ol", "ul", "li", "em", "table", "tr", "td", "th"]
    static let attributes: Set<String> = ["lang=\"en\"", "charset=\"utf-8\"", "class=\"head\"", "class=\"centre\"", "class=\"agenda\"",
                                          "class=\"sub\"", "class=\"muted\"", "class=\"centre muted\""]
    static let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]

    static func wellFormed(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var rest = Substring(html)
        guard rest.hasPrefix("<!DOCTYPE html>\n") else { Issue.record("no doctype", sourceLocation: sourceLocation); return }
        rest = rest.dropFirst("<!DOCTYPE html>\n".count)
        var open: [String] = []
        while let lt = rest.firstIndex(of: "<") {
            checkText(rest[..<lt], inStyle: open.last == "style", sourceLocation: sourceLocation)
            guard let gt = rest[lt...].firstIndex(of: ">") else { Issue.record("unclosed tag", sourceLocation: sourceLocation); return }
            let inside = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if inside.hasPrefix("/") {
                let name = String(inside.dropFirst())
                guard open.last == name else {
                    Issue.record("</\(name)> closes \(open.last ?? "nothing")", sourceLocation: sourceLocation); return
                }
                open.removeLast()
                continue
            }
            let parts = inside.split(separator: " ", maxSplits: 1).map(String.init)
            guard let name = parts.first, tags.contains(name) else {
                Issue.record("unexpected tag <\(inside)>", sourceLocation: sourceLocation); return
            }
            if parts.count > 1, !attributes.contains(parts[1]) {
                Issue.record("unexpected attribute in <\(inside)>", sourceLocation: sourceLocation)
            }
            if !voidTags.contains(name) { open.append(name) }
        }
        checkText(rest, inStyle: false, sourceLocation: sourceLocation)
        #expect(open.isEmpty, "unclosed elements: \(open)", sourceLocation: sourceLocation)
    }

    static func checkText(_ text: Substring, inStyle: Bool, sourceLocation: SourceLocation) {
        if inStyle { return }
        #expect(!text.contains("\"") && !text.contains("'") && !text.contains(">"), "raw character in text: \(text)", sourceLocation: sourceLocation)
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            let tail = rest[amp...]
            #expect(entities.contains { tail.hasPrefix($0) }, "bare ampersand in: \(text)", sourceLocation: sourceLocation)
            rest = rest[rest.index(after: amp)...]
        }
    }

    /// The page's text with tags removed and entities decoded.
    static func text(_ html: String) -> String {
        var out = "", inTag = false
        for ch in html {
            if ch == "<" { inTag = true; continue }
            if ch == ">" && inTag { inTag = false; out += "\u{1}"; continue }
            if !inTag { out.append(ch) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// RFC 4180 reader: fields separated by commas, quoted fields may hold commas, doubled
/// quotes and line breaks; records end in CRLF.
enum CSVReader {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var chars = Array(text.unicodeScalars)[...]
        var quoted = false
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                guard field.isEmpty else { throw TestFailure("quote inside an unquoted field: \(field)") }
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw TestFailure("CR without LF") }
                row.append(field); rows.append(row); row = []; field = ""
            } else if c == "\n" {
                throw TestFailure("bare LF outside quotes")
            } else { field.unicodeScalars.append(c) }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw TestFailure("the last record does not end in CRLF") }
        return rows
    }
}
