/// The chair's briefing: per item the procedural script, documents, ToR heading, time
/// allotted and the chair's own notes.
public enum BriefingScript {
    /// The draft conclusion the chair would propose for the item.
    public static func proposedConclusion(_ item: AgendaItem) -> String {
        if let outcome = item.outcome, !outcome.conclusion.isEmpty { return outcome.conclusion }
        let docs = item.documents.map(\.symbol)
        let ref = docs.isEmpty ? "the information provided" : (docs.count == 1 ? "document \(docs[0])" : "documents \(docs.joined(separator: " and "))")
        if item.title.lowercased().hasPrefix("adoption of the agenda") {
            return "The Committee adopted its agenda as set out in \(ref)."
        }
        switch item.purpose {
        case .information: return "The Committee took note of \(ref)."
        case .decision: return "The Committee endorsed \(ref)."
        case .recommendation: return "The Committee recommended that the Council approve the \(item.title)\(docs.isEmpty ? "" : " (\(docs.joined(separator: ", ")))")."
        }
    }

    public static func script(_ item: AgendaItem, number: String) -> [String] {
        var lines = ["“We now turn to item \(number): \(item.title).”"]
        if !item.documents.isEmpty {
            lines.append("“The Committee has before it \(item.documents.count == 1 ? "document" : "documents") \(item.documents.map(\.symbol).joined(separator: ", ")).”")
        }
        if !item.procedural {
            lines.append(item.origin == .directorGeneral ? "Invite the Administration to introduce the item." : "Invite the Secretariat to introduce the item.")
            lines.append("“The floor is open.” Give the floor to delegations in the order of the speakers list.")
        }
        lines.append("Propose: “\(proposedConclusion(item))”")
        lines.append("“If I see no objection, it is so decided.”")
        return lines
    }

    public static func render(_ s: Session, committee: Committee, notes: ChairNotes, format: ExportFormat) throws -> String {
        let numbers = s.agenda.numbers
        let tor = committee.torInForce(on: s.startDate)
        let items = s.agenda.items.indices.filter { s.agenda.items[$0].status != .withdrawn }
        func torText(_ item: AgendaItem) -> String {
            item.procedural ? "procedural" : item.tor.isEmpty ? "not tagged" : item.tor.map { "(\($0)) \(tor?.item($0)?.text ?? "")" }.joined(separator: " ")
        }
        switch format {
        case .md:
            let m = Markdown.inline
            var out = "# Chair's briefing — \(m(committee.shortName)) \(m(s.title))\n\n\(m(s.venue)), \(AgendaExport.longRange(s)) · agenda \(m(s.agenda.symbol ?? "(draft)"))\n\n"
            let (done, total) = notes.progress(s)
            out += "Reviewed \(done) of \(total) items.\n\n"
            if let meetings = s.meetingsSentence { out += "Meetings: \(m(meetings))\n\n" }
            for i in items {
                let item = s.agenda.items[i]
                let note = notes.note(session: s.number, item: item.id)
                out += "## \(numbers[i]). \(m(item.title))\(note.toRaise ? " — TO RAISE" : "")\n\n"
                out += "- Terms of reference: \(m(torText(item)))\n- Purpose: \(item.purpose.label)\n"
                out += "- Documents: \(item.documents.isEmpty ? "none" : m(item.documents.map(\.symbol).joined(separator: ", ")))\n"
                if let minutes = item.minutesAllotted { out += "- Time allotted: \(minutes) minutes\n" }
                if item.isOutstandingContributions { out += "- Article 4: \(m(committee.article4Briefing(on: s.startDate)))\n" }
                out += "\nScript:\n\n" + script(item, number: numbers[i]).map { "1. \(m($0))" }.joined(separator: "\n") + "\n"
                if !note.notes.isEmpty { out += "\nMy notes: \(Markdown.block(note.notes))\n" }
                out += "\n"
            }
            return out
        case .html:
            let e = HTML.escape
            var body = "<h1>Chair's briefing</h1>\n<p class=\"centre\">\(e(committee.name))<br>\(e(s.title))<br>\(e(s.venue)), \(e(AgendaExport.longRange(s)))</p>\n"
            if let meetings = s.meetingsSentence { body += "<p>Meetings: \(e(meetings))</p>\n" }
            for i in items {
                let item = s.agenda.items[i]
                let note = notes.note(session: s.number, item: item.id)
                body += "<h2>\(e(numbers[i])). \(e(item.title))\(note.toRaise ? " <em>— to raise</em>" : "")</h2>\n<table>"
                body += "<tr><th>Terms of reference</th><td>\(e(torText(item)))</td></tr>"
                body += "<tr><th>Purpose</th><td>\(e(item.purpose.label))</td></tr>"
                body += "<tr><th>Documents</th><td>\(e(item.documents.isEmpty ? "none" : item.documents.map(\.symbol).joined(separator: ", ")))</td></tr>"
                if let m = item.minutesAllotted { body += "<tr><th>Time allotted</th><td>\(m) minutes</td></tr>" }
                if item.isOutstandingContributions { body += "<tr><th>Article 4</th><td>\(e(committee.article4Briefing(on: s.startDate)))</td></tr>" }
                body += "</table>\n<ol>" + script(item, number: numbers[i]).map { "<li>\(e($0))</li>" }.joined() + "</ol>\n"
                if !note.notes.isEmpty { body += "<p><strong>My notes:</strong> \(e(note.notes))</p>\n" }
            }
            return HTML.page(title: "Chair's briefing — \(committee.shortName) \(s.title)", body: body)
        default:
            throw DomainError("The briefing exports as md or html.")
        }
    }
}
