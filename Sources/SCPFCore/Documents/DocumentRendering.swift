import Foundation

/// An `IOMDocument` as Markdown: the symbol block, the cover, the contents, the body.
public enum DocumentMarkdown {
    static let m = Markdown.inline

    static func text(_ t: DocText, block: Bool = false) -> String {
        var out = block ? Markdown.block(t.text) : m(t.text)
        if let missing = t.missing { out = "*\(m(Localized.missingMark(missing)))* " + out }
        if !t.official { out += " †" }
        return out
    }
    static func texts(_ ts: [DocText]) -> String { ts.map { text($0) }.joined(separator: " ") }
    static func phrase(_ p: Phrase) -> String { m(p.text) + (p.official ? "" : " †") }

    public static func render(_ doc: IOMDocument) -> String {
        var out = ""
        var head: [String] = []
        if let symbol = doc.symbol { head.append(m(symbol)) }
        if let d = doc.distribution { head.append(phrase(d)) }
        head.append(phrase(doc.original))
        head.append(phrase(doc.date))
        out += head.joined(separator: "  \n") + "\n\n"
        for line in doc.banner { out += "**\(phrase(line))**  \n" }
        if !doc.banner.isEmpty { out += "\n---\n\n" }
        out += "# " + doc.title.map(phrase).joined(separator: " ") + "\n\n"
        if !doc.place.isEmpty { out += doc.place.map(phrase).joined(separator: "  \n") + "\n\n" }
        if let r = doc.rapporteur { out += text(r) + "\n\n" }
        if doc.hasContents {
            out += "## \(phrase(Furniture.phrase(.contents, doc.language)))\n\n"
            for entry in doc.contents {
                out += String(repeating: "    ", count: entry.level) + "- " + (entry.marker.isEmpty ? "" : m(entry.marker) + " ") + text(entry.text) + "\n"
            }
            out += "\n"
        }
        for block in doc.blocks { out += render(block, depth: 0) }
        if doc.usesUnofficialWording { out += "---\n\n" + m(Furniture.phrase(.unofficialNote, doc.language).text) + "\n" }
        return out
    }

    static func render(_ block: Block, depth: Int) -> String {
        switch block {
        case let .section(marker, heading, level, blocks):
            let hashes = String(repeating: "#", count: min(2 + level, 6))
            var out = "\(hashes) \(marker.isEmpty ? "" : m(marker) + " ")\(text(heading))\n\n"
            for b in blocks { out += render(b, depth: depth) }
            return out
        case let .paragraph(number, ts):
            // No indentation: four spaces would make a code block of the paragraph.
            let lead = number.map { "\($0)\\. " } ?? ""
            return lead + ts.map { text($0, block: true) }.joined(separator: " ")
                .replacingOccurrences(of: "\n", with: "  \n") + "\n\n"
        case let .item(marker, level, title, details):
            // Sub-items are told by their marker ("(a)", "(i)"); indenting them would make code blocks.
            let lead = marker.last == "." ? String(marker.dropLast()) + "\\." : m(marker)
            var out = "\(level > 0 ? "&emsp;" : "")\(lead) \(texts(title))\n\n"
            for d in details { out += render(d, depth: level + 1) }
            return out
        case let .table(rows):
            return rows.map { "- \(text($0.label)): \(texts($0.value))\n" }.joined() + "\n"
        case let .annex(heading, blocks):
            var out = "---\n\n## \(text(heading))\n\n"
            for b in blocks { out += render(b, depth: 0) }
            return out
        }
    }
}

/// An `IOMDocument` as a printable HTML page: A4, margins, the symbol and page number at the
/// head of every page after the first (CSS paged media as Chromium prints it), headings kept
/// with what follows them.
public enum DocumentHTML {
    static let e = HTML.escape

    static func text(_ t: DocText) -> String {
        var out = e(t.text).replacingOccurrences(of: "\n", with: "<br>")
        if let missing = t.missing { out = "<span class=\"missing\">\(e(Localized.missingMark(missing)))</span> <span lang=\"en\">\(out)</span>" }
        if !t.official { out += "<sup class=\"unofficial\">†</sup>" }
        return out
    }
    static func texts(_ ts: [DocText]) -> String { ts.map(text).joined(separator: " ") }
    static func phrase(_ p: Phrase) -> String { e(p.text) + (p.official ? "" : "<sup class=\"unofficial\">†</sup>") }

    /// A CSS string literal holding `s`: every character but letters, digits, space, `/` and
    /// `.` as a hexadecimal escape, so nothing in it can end the string or the style sheet.
    static func cssString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "/" || scalar == "." {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }

    public static func render(_ doc: IOMDocument, title: String) -> String {
        let pageWord = Furniture.phrase(.page, doc.language).text
        var body = "<header class=\"symbol-block\">"
        if let symbol = doc.symbol { body += "<div class=\"symbol\">\(e(symbol))</div>" }
        if let d = doc.distribution { body += "<div class=\"distribution\">\(phrase(d))</div>" }
        body += "<div>\(phrase(doc.original))</div><div>\(phrase(doc.date))</div></header>\n"
        if !doc.banner.isEmpty {
            body += "<div class=\"banner\">" + doc.banner.map { "<div>\(phrase($0))</div>" }.joined() + "</div>\n<hr>\n"
        }
        body += "<h1 class=\"title\">" + doc.title.map(phrase).joined(separator: "<br>") + "</h1>\n"
        if !doc.place.isEmpty { body += "<p class=\"place\">" + doc.place.map(phrase).joined(separator: "<br>") + "</p>\n" }
        if let r = doc.rapporteur { body += "<p class=\"rapporteur\">\(text(r))</p>\n" }
        if doc.hasContents {
            body += "<section class=\"contents\">\n<h2>\(phrase(Furniture.phrase(.contents, doc.language)))</h2>\n<ul>\n"
            for entry in doc.contents {
                body += "<li class=\"level\(entry.level)\">\(entry.marker.isEmpty ? "" : "<span class=\"marker\">\(e(entry.marker))</span> ")\(text(entry.text))</li>\n"
            }
            body += "</ul>\n</section>\n"
        }
        body += "<main>\n" + doc.blocks.map(render).joined() + "</main>\n"
        if doc.usesUnofficialWording { body += "<footer class=\"unofficial-note\">\(e(Furniture.phrase(.unofficialNote, doc.language).text))</footer>\n" }
        let header = doc.symbol.map { "\(cssString($0)) \"\\A \" \(cssString(pageWord + " ")) counter(page)" } ?? "\(cssString(pageWord + " ")) counter(page)"
        return page(title: title, language: doc.language, header: header, body: body)
    }

    static func render(_ block: Block) -> String {
        switch block {
        case let .section(marker, heading, level, blocks):
            let tag = "h\(min(level + 2, 6))"
            var out = "<section>\n<\(tag)>\(marker.isEmpty ? "" : "<span class=\"marker\">\(e(marker))</span> ")\(text(heading))</\(tag)>\n"
            out += blocks.map(render).joined()
            return out + "</section>\n"
        case let .paragraph(number, ts):
            let lead = number.map { "<span class=\"num\">\($0).</span> " } ?? ""
            return "<p\(number == nil ? "" : " class=\"numbered\"")>\(lead)\(texts(ts))</p>\n"
        case let .item(marker, level, title, details):
            var out = "<div class=\"item level\(level)\"><p class=\"item-title\"><span class=\"marker\">\(e(marker))</span> \(texts(title))</p>\n"
            out += details.map(render).joined()
            return out + "</div>\n"
        case let .table(rows):
            return "<table>" + rows.map { "<tr><th>\(text($0.label))</th><td>\(texts($0.value))</td></tr>" }.joined() + "</table>\n"
        case let .annex(heading, blocks):
            return "<section class=\"annex\">\n<h2>\(text(heading))</h2>\n" + blocks.map(render).joined() + "</section>\n"
        }
    }

    static func page(title: String, language: DocumentLanguage, header: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(title))</title>
        <style>
        @page { size: A4; margin: 25mm 20mm 20mm 25mm;
          @top-right { content: \(header); white-space: pre; text-align: right; font: 10pt "Times New Roman", serif; } }
        @page :first { @top-right { content: none; } }
        body { font-family: "Times New Roman", serif; font-size: 12pt; line-height: 1.35; color: #000; max-width: 44em; margin: 2em auto; }
        @media print { body { margin: 0; max-width: none; } }
        .symbol-block { text-align: right; margin-left: 60%; }
        .symbol-block .symbol { font-weight: bold; }
        .banner { font-weight: bold; text-transform: uppercase; margin-top: 2em; }
        hr { border: 0; border-top: 1px solid #000; }
        h1.title { font-size: 12pt; text-align: center; margin-top: 3em; }
        .place, .rapporteur { text-align: center; }
        .contents { break-before: page; }
        .contents ul { list-style: none; padding-left: 0; }
        .contents li.level1 { padding-left: 2.5em; }
        .contents li.level2 { padding-left: 5em; }
        main { break-before: page; }
        h1, h2, h3, h4, .item-title { break-after: avoid; break-inside: avoid; }
        h2 { font-size: 12pt; }
        h3, h4 { font-size: 12pt; font-weight: normal; text-decoration: underline; }
        .marker { display: inline-block; min-width: 2.5em; }
        p { orphans: 3; widows: 3; text-align: justify; }
        p.numbered .num { display: inline-block; min-width: 2.5em; }
        .item.level1 { margin-left: 2.5em; }
        .item.level2 { margin-left: 5em; }
        table { border-collapse: collapse; margin: .3em 0 .8em 2.5em; break-inside: avoid; }
        th, td { text-align: left; vertical-align: top; padding: .1em .6em .1em 0; font-weight: normal; }
        th { font-style: italic; }
        .missing { font-style: italic; background: #eee; }
        .unofficial { font-size: 8pt; }
        .annex { break-before: page; }
        .unofficial-note { margin-top: 2em; font-size: 10pt; border-top: 1px solid #000; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}

/// The documents as text in a format and language: the command line, the UI and `--format pdf`
/// (which prints the HTML) all call this.
public enum DocumentExport {
    public static func render(_ kind: IOMDocuments.Kind, session: Session?, committee: Committee, notes: ChairNotes = ChairNotes(),
                              format: ExportFormat, language: DocumentLanguage) throws -> String {
        let doc: IOMDocument
        var title: String
        switch kind {
        case .agenda, .annotatedAgenda:
            guard let s = session else { throw DomainError("The agenda needs a session: give --session.") }
            doc = IOMDocuments.agenda(s, committee: committee, annotated: kind == .annotatedAgenda, language: language)
            title = "\(committee.shortName) \(s.title) — \(doc.title.map(\.text).joined(separator: " "))"
        case .report:
            guard let s = session else { throw DomainError("The report needs a session: give --session.") }
            doc = IOMDocuments.report(s, committee: committee, language: language)
            title = "\(committee.shortName) \(s.title) — report"
        case .briefing:
            guard let s = session else { throw DomainError("The briefing needs a session: give --session.") }
            doc = IOMDocuments.briefing(s, committee: committee, notes: notes, language: language)
            title = "\(committee.shortName) \(s.title) — chair's briefing"
        case .rules:
            doc = IOMDocuments.rules(committee, language: language)
            title = "\(committee.shortName) Rules of Procedure"
        }
        switch format {
        case .md: return DocumentMarkdown.render(doc)
        case .html: return DocumentHTML.render(doc, title: title)
        default: throw DomainError("The documents in IOM form export as md, html or pdf; \(format.rawValue) is not one of them.")
        }
    }
}
