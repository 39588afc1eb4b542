/// The report to the Council as Markdown or printable HTML.
public enum ReportExport {
    public static func render(_ s: Session, committee: Committee, format: ExportFormat) throws -> String {
        let sections = s.report.sections.isEmpty ? ReportGenerator.sections(for: s, committee: committee) : s.report.sections
        let status = statusLine(s)
        switch format {
        case .md:
            let m = Markdown.inline
            var out = "# Report of the \(m(committee.name)) on its \(m(s.title))\n\n*\(m(status))*\n\n"
            if let r = committee.rapporteur(for: s) { out += "Rapporteur: \(m(committee.describe(r)))\n\n" }
            if let item = committee.councilItem(for: s.number) { out += "\(m(item.coverLine))\n\n" }
            for (i, section) in sections.enumerated() {
                out += "## \(m(i == 0 || section.key == "recommendations" ? section.heading : section.heading))\n\n\(Markdown.block(section.body))\n\n"
            }
            return out
        case .html:
            let e = HTML.escape
            var body = "<h1>Report of the \(e(committee.name)) on its \(e(s.title))</h1>\n<p class=\"centre muted\">\(e(status))</p>\n"
            if let r = committee.rapporteur(for: s) { body += "<p class=\"centre\">Rapporteur: \(e(committee.describe(r)))</p>\n" }
            if let item = committee.councilItem(for: s.number) { body += "<p class=\"centre muted\">\(e(item.coverLine))</p>\n" }
            for section in sections {
                body += "<h2>\(e(section.heading))</h2>\n"
                for paragraph in section.body.split(separator: "\n", omittingEmptySubsequences: true) {
                    body += "<p>\(e(String(paragraph)))</p>\n"
                }
            }
            return HTML.page(title: "\(committee.shortName) \(s.title) — report to the Council", body: body)
        default:
            throw DomainError("The report exports as md or html.")
        }
    }

    static func statusLine(_ s: Session) -> String {
        let r = s.report
        switch r.state {
        case .drafting: return "Draft"
        case .adopted: return "Adopted by the Committee on \(r.adoptedOn?.long ?? "")"
        case .transmitted: return "Transmitted to the Council (\(r.transmittal?.councilSession ?? "")) as \(r.transmittal?.symbol ?? "") on \(r.transmittal?.date.long ?? "")"
        case .councilAction:
            let a = r.councilAction
            return "Transmitted as \(r.transmittal?.symbol ?? ""); the Council \(a?.kind.label ?? "acted")\(a?.resolution.map { " (\($0))" } ?? "") on \(a?.date.long ?? "")"
        }
    }
}

/// The Rules of Procedure: the version in force, then every version with its history.
public enum RulesExport {
    public static func render(_ committee: Committee, format: ExportFormat) throws -> String {
        let versions = committee.rulesOfProcedure
        let inForce = versions.inForce
        switch format {
        case .md:
            let m = Markdown.inline
            var out = "# Rules of Procedure of the \(m(committee.name))\n\n"
            out += inForce.map { "In force: **\(m($0.title))**, \(m($0.approvalPhrase))." }
                ?? "No version has been approved by the Council yet."
            out += "\n\n"
            let text = versions.consolidated(), from = versions.consolidatedSources()
            if !text.isEmpty {
                out += "## The text in force (consolidated)\n\n"
                for r in text { out += "**Rule \(r.number) — \(m(r.title)).** \(Markdown.block(r.text))\(from[r.number].map { " *(\(m($0)))*" } ?? "")\n\n" }
            }
            for v in versions {
                out += "## \(m(v.title)) — \(v.state.label)\(v.id == inForce?.id ? " (in force)" : "")\n\n"
                if v.isAmendment { out += "An amendment: its rules replace those of the same number\(v.repeals.map { $0.isEmpty ? "" : "; it repeals Rule \($0.map(String.init).joined(separator: ", "))" } ?? "").\n\n" }
                if let source = v.source { out += "Source: \(m(source))\n\n" }
                for r in v.rules { out += "**Rule \(r.number) — \(m(r.title)).** \(Markdown.block(r.text))\n\n" }
                out += "History:\n\n"
                for h in v.history { out += "- \(h.on.long): \(h.state.label). \(m(h.detail))\n" }
                out += "\n"
            }
            return out
        case .html:
            let e = HTML.escape
            var body = "<h1>Rules of Procedure of the \(e(committee.name))</h1>\n<p>"
            body += inForce.map { "In force: <strong>\(e($0.title))</strong>, \(e($0.approvalPhrase))." }
                ?? "No version has been approved by the Council yet."
            body += "</p>\n"
            let text = versions.consolidated(), from = versions.consolidatedSources()
            if !text.isEmpty {
                body += "<h2>The text in force (consolidated)</h2>\n"
                for r in text { body += "<p><strong>Rule \(r.number) — \(e(r.title)).</strong> \(e(r.text))\(from[r.number].map { " <em>(\(e($0)))</em>" } ?? "")</p>\n" }
            }
            for v in versions {
                body += "<h2>\(e(v.title)) — \(e(v.state.label))\(v.id == inForce?.id ? " (in force)" : "")</h2>\n"
                if v.isAmendment { body += "<p>An amendment: its rules replace those of the same number\(v.repeals.map { $0.isEmpty ? "" : "; it repeals Rule \($0.map(String.init).joined(separator: ", "))" } ?? "").</p>\n" }
                if let source = v.source { body += "<p>Source: \(e(source))</p>\n" }
                for r in v.rules { body += "<p><strong>Rule \(r.number) — \(e(r.title)).</strong> \(e(r.text))</p>\n" }
                body += "<ul class=\"muted\">" + v.history.map { "<li>\(e($0.on.long)): \(e($0.state.label)). \(e($0.detail))</li>" }.joined() + "</ul>\n"
            }
            return HTML.page(title: "\(committee.shortName) Rules of Procedure", body: body)
        default:
            throw DomainError("The Rules of Procedure export as md or html.")
        }
    }
}
