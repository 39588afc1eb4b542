import Foundation

/// The agenda as the Committee issues it (provisional) and annotated (purpose, documents,
/// ToR per item), in Markdown, HTML, JSON and CSV.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, json, csv, ics, pdf
}

public enum AgendaExport {
    public static func render(_ session: Session, committee: Committee, format: ExportFormat, annotated: Bool) throws -> String {
        switch format {
        case .md: return markdown(session, committee: committee, annotated: annotated)
        case .html: return html(session, committee: committee, annotated: annotated)
        case .json: return try json(session, committee: committee)
        case .csv: return csv(session, committee: committee)
        case .ics: throw DomainError("The agenda exports as md, html, json or csv; ics is for the calendar (scpf export calendar).")
        case .pdf: throw DomainError("A PDF is printed from the HTML by the command line (scpf export agenda --format pdf).")
        }
    }

    struct Line {
        var number: String
        var level: Int
        var item: AgendaItem
    }

    /// Items as issued: withdrawn ones are left out of the provisional agenda.
    static func lines(_ s: Session) -> [Line] {
        let numbers = s.agenda.numbers, levels = s.agenda.displayLevels
        return s.agenda.items.indices.filter { s.agenda.items[$0].status != .withdrawn }
            .map { Line(number: numbers[$0], level: levels[$0], item: s.agenda.items[$0]) }
    }

    /// "6." for an item, "(b)" and "(i)" — the last part of its number — for sub-items.
    static func marker(_ line: Line) -> String {
        guard line.level > 0, let open = line.number.lastIndex(of: "(") else { return "\(line.number)." }
        return String(line.number[open...])
    }

    static func heading(_ s: Session) -> (symbol: String, state: String, dates: String) {
        let symbol = s.agenda.symbol ?? "S/\(s.number)/1 (draft)"
        let state: String
        switch s.agenda.state {
        case .draft: state = "DRAFT PROVISIONAL AGENDA"
        case .provisional: state = "PROVISIONAL AGENDA"
        case .adopted: state = "AGENDA (adopted \(s.agenda.adoptedOn?.long ?? ""))"
        case .revised: state = "AGENDA (adopted \(s.agenda.adoptedOn?.long ?? ""), as revised in session)"
        }
        return (symbol, state, longRange(s))
    }

    /// "28 and 29 October 2025"
    static func longRange(_ s: Session) -> String {
        if s.startDate == s.endDate { return s.startDate.long }
        if s.startDate.month == s.endDate.month && s.startDate.year == s.endDate.year {
            return s.endDate.days(until: s.startDate) == -1
                ? "\(s.startDate.day) and \(s.endDate.long)" : "\(s.startDate.day)–\(s.endDate.long)"
        }
        return "\(s.startDate.long) – \(s.endDate.long)"
    }

    static func torText(_ item: AgendaItem, _ tor: ToRVersion?) -> String {
        if item.procedural { return "procedural" }
        if item.tor.isEmpty { return "not tagged" }
        return item.tor.map { "(\($0)) \(tor?.item($0)?.text ?? "")" }.joined(separator: " ")
    }

    static func markdown(_ s: Session, committee: Committee, annotated: Bool) -> String {
        let h = heading(s)
        let tor = committee.torInForce(on: s.startDate)
        let m = Markdown.inline
        var out = "\(m(h.symbol))  \nOriginal: English  \n\(s.agenda.issuedOn?.long ?? "Not yet issued")\n\n"
        out += "# \(m(committee.name.uppercased()))\n\n## \(m(s.title))\n\n\(m(s.venue)), \(h.dates)\n\n"
        out += "## \(annotated ? "ANNOTATED " : "")\(h.state)\n\n"
        for line in lines(s) {
            let docs = line.item.documents.map { m($0.symbol) }
            let docText = docs.isEmpty ? "" : " (\(docs.joined(separator: ", ")))"
            let marker = String(repeating: "    ", count: line.level) + Self.marker(line)
            let supplementary = line.item.supplementary ? " *(supplementary)*" : ""
            out += "\(marker) \(m(line.item.title))\(docText)\(supplementary)\n"
            if annotated {
                let pad = String(repeating: "    ", count: line.level + 1)
                out += "\n\(pad)- Purpose: \(line.item.purpose.label)\n"
                out += "\(pad)- Terms of reference: \(m(torText(line.item, tor)))\n"
                if let minutes = line.item.minutesAllotted { out += "\(pad)- Time allotted: \(minutes) minutes\n" }
                for doc in line.item.documents {
                    out += "\(pad)- Document \(m(doc.symbol))\(doc.title.map { ": \(m($0))" } ?? "")\(doc.languages.isEmpty ? "" : " (\(m(doc.languages.joined(separator: ", "))))")\(m(doc.classLine))\n"
                }
                for meeting in committee.informalMeetings(feeding: s.number, itemId: line.item.id) {
                    let papers = meeting.papers.map { $0.symbol + ($0.title.map { " (\($0))" } ?? "") }.joined(separator: ", ")
                    out += "\(pad)- \(m(meeting.kind.label.prefix(1).uppercased() + meeting.kind.label.dropFirst())) “\(m(meeting.title))”, \(meeting.date.long)\(papers.isEmpty ? "" : ": \(m(papers))")\n"
                }
                out += "\n"
            }
        }
        if let issued = s.agenda.issuedOn {
            let notice = issued.days(until: s.startDate)
            if s.noticeShortfall(noticeDays: committee.noticeDays(for: s)) != nil {
                out += "\n*Issued \(notice) days before the opening of the session.*\n"
            } else if let agreed = s.noticeAgreement, notice < (committee.noticeDays(for: s) ?? 0) {
                out += "\n*Issued \(notice) days before the opening of the session; the members agreed to a shorter period of \(agreed.days) days (\(m(agreed.record))).*\n"
            }
        }
        return out
    }

    static func html(_ s: Session, committee: Committee, annotated: Bool) -> String {
        let e = HTML.escape
        let h = heading(s)
        let tor = committee.torInForce(on: s.startDate)
        var body = "<div class=\"head\"><span>\(e(committee.shortName))</span><span>\(e(h.symbol))<br>Original: English<br>\(e(s.agenda.issuedOn?.long ?? "Not yet issued"))</span></div>\n"
        body += "<p class=\"centre\"><strong>\(e(committee.name.uppercased()))</strong><br>\(e(s.title))<br>\(e(s.venue)), \(e(h.dates))</p>\n"
        body += "<h1>\(annotated ? "Annotated " : "")\(e(h.state))</h1>\n<ol class=\"agenda\">\n"
        func entry(_ line: Line) -> String {
            var li = e(line.item.title)
            let docs = line.item.documents.map { e($0.symbol) }
            if !docs.isEmpty { li += " (\(docs.joined(separator: ", ")))" }
            if line.item.supplementary { li += " <em>(supplementary)</em>" }
            if annotated {
                li += "<ul class=\"muted\"><li>Purpose: \(e(line.item.purpose.label))</li><li>Terms of reference: \(e(torText(line.item, tor)))</li>"
                if let m = line.item.minutesAllotted { li += "<li>Time allotted: \(m) minutes</li>" }
                for doc in line.item.documents { li += "<li>\(e(doc.symbol))\(doc.title.map { ": " + e($0) } ?? "")</li>" }
                li += "</ul>"
            }
            return li
        }
        // Items with their sub-items nested, as the printed agenda shows them; an item whose
        // number breaks the sequence (a source that starts at 2) carries it as the list's value.
        let all = lines(s)
        func list(_ range: Range<Int>, level: Int) -> String {
            var out = ""
            var i = range.lowerBound
            while i < range.upperBound {
                var end = i + 1
                while end < range.upperBound && all[end].level > level { end += 1 }
                let value = all[i].item.sourceNumber.map { " value=\"\($0)\"" } ?? ""
                out += "<li\(value)>\(entry(all[i]))"
                if end > i + 1 {
                    out += "\n<ol class=\"\(level == 0 ? "sub" : "sub2")\">\n" + list((i + 1)..<end, level: level + 1) + "</ol>"
                }
                out += "</li>\n"
                i = end
            }
            return out
        }
        body += list(0..<all.count, level: 0)
        body += "</ol>\n"
        return HTML.page(title: "\(committee.shortName) \(s.title) — \(h.state)", body: body)
    }

    struct JSONItem: Encodable {
        var number: String
        var title: String
        var tor: [String]
        var procedural: Bool
        var purpose: String
        var minutesAllotted: Int?
        var documents: [String]
        var supplementary: Bool
        var status: String
    }

    struct JSONAgenda: Encodable {
        var committee: String
        var session: Int
        var title: String
        var venue: String
        var startDate: Day
        var endDate: Day
        var state: String
        var symbol: String?
        var issuedOn: Day?
        var adoptedOn: Day?
        var items: [JSONItem]
    }

    static func json(_ s: Session, committee: Committee) throws -> String {
        let doc = JSONAgenda(committee: committee.shortName, session: s.number, title: s.title, venue: s.venue,
                             startDate: s.startDate, endDate: s.endDate, state: s.agenda.state.rawValue,
                             symbol: s.agenda.symbol, issuedOn: s.agenda.issuedOn, adoptedOn: s.agenda.adoptedOn,
                             items: lines(s).map { JSONItem(number: $0.number, title: $0.item.title, tor: $0.item.tor,
                                                            procedural: $0.item.procedural, purpose: $0.item.purpose.rawValue,
                                                            minutesAllotted: $0.item.minutesAllotted,
                                                            documents: $0.item.documents.map(\.symbol),
                                                            supplementary: $0.item.supplementary, status: $0.item.status.rawValue) })
        return String(decoding: try JSONCoding.encode(doc), as: UTF8.self)
    }

    static func csv(_ s: Session, committee: Committee) -> String {
        var out = CSV.row(["number", "title", "tor", "purpose", "minutes", "documents", "status", "supplementary"])
        for line in lines(s) {
            out += CSV.row([line.number, line.item.title, line.item.procedural ? "procedural" : line.item.tor.joined(separator: " "),
                            line.item.purpose.rawValue, line.item.minutesAllotted.map(String.init) ?? "",
                            line.item.documents.map(\.symbol).joined(separator: " "), line.item.status.rawValue,
                            line.item.supplementary ? "yes" : "no"])
        }
        return out
    }
}
