/// Builds the documents the Committee issues — provisional and annotated agenda, report,
/// chair's briefing, Rules of Procedure — as `IOMDocument`s in one of the three languages.
public enum IOMDocuments {
    public enum Kind: String, CaseIterable, Sendable {
        case agenda
        case annotatedAgenda = "annotated-agenda"
        case report, briefing, rules
    }

    static func phrase(_ key: Furniture.Key, _ language: DocumentLanguage) -> Phrase { Furniture.phrase(key, language) }

    /// "Geneva, 28 and 29 October 2025" in the document's language.
    static func venueAndDates(_ s: Session, _ language: DocumentLanguage) -> String {
        "\(Furniture.venue(s.venue, language)), \(DateWriting.range(s.startDate, s.endDate, in: language))"
    }

    /// "(withdrawn)", "(deferred)", "(supplementary)" after an item's title.
    static func marks(_ item: AgendaItem, _ language: DocumentLanguage) -> [DocText] {
        var out: [DocText] = []
        if item.status == .withdrawn { out.append(DocText(phrase(.withdrawn, language))) }
        if item.status == .deferred { out.append(DocText(phrase(.deferred, language))) }
        if item.supplementary { out.append(DocText(phrase(.supplementary, language))) }
        return out.map { DocText("(\($0.text))", official: $0.official) }
    }

    /// The item's marker as agendas print it: "3." for an item, "(a)" / "a)" and "(i)" for
    /// sub-items — the last part of `agenda.numbers`.
    static func marker(number: String, level: Int, _ language: DocumentLanguage) -> String {
        guard level > 0, let open = number.lastIndex(of: "(") else { return "\(number)." }
        let last = String(number[open...])
        return language == .en ? last : String(last.dropFirst())
    }

    // MARK: Agenda

    public static func agenda(_ s: Session, committee: Committee, annotated: Bool, language: DocumentLanguage) -> IOMDocument {
        let a = s.agenda
        // The latest revision issued before adoption (S/37/1/Rev.1) is the one printed.
        let revision = a.provisionalRevisions?.last
        let symbol = revision?.symbol ?? a.symbol
        let issued = revision?.asAt ?? a.issuedOn
        var heading: Phrase
        switch a.state {
        case .draft, .provisional: heading = phrase(annotated ? .annotatedAgenda : .provisionalAgenda, language)
        case .adopted, .revised: heading = phrase(.agenda, language)
        }
        if a.state == .draft {
            let draft = phrase(.draft, language)
            heading = Phrase("\(draft.text) \(heading.text)", official: false)
        }
        let name = Furniture.committeeName(committee, language)
        let session = Furniture.session(s, language)
        var doc = IOMDocument(language: language, symbol: symbol, distribution: a.distribution.map { Furniture.distribution($0, language) },
                              original: phrase(.original, language),
                              date: issued.map { Phrase(DateWriting.day($0, in: language)) } ?? phrase(.notYetIssued, language),
                              banner: [Phrase(name.text.uppercased(), official: name.official), session],
                              title: [heading], place: [Phrase(venueAndDates(s, language))])
        let numbers = a.numbers, levels = a.displayLevels
        let tor = committee.torInForce(on: s.startDate)
        for (index, item) in a.items.enumerated() {
            let symbols = item.documents.isEmpty ? [] : [DocText("(\(item.documents.map(\.symbol).joined(separator: ", ")))")]
            let title = [DocText.version(DocumentTexts.itemTitle(item, language), english: item.title, language)] + symbols
            var details: [Block] = []
            if annotated && item.status != .withdrawn {
                if item.annotation.map({ !$0.isEmpty }) == true {
                    details.append(.paragraph(number: nil, text: [DocText.version(DocumentTexts.annotation(item, language), english: item.annotation ?? "", language)]))
                }
                var rows: [(label: DocText, value: [DocText])] = []
                rows.append((DocText(phrase(.purpose, language)), [purpose(item.purpose, language)]))
                if !item.procedural && !item.tor.isEmpty {
                    rows.append((DocText(phrase(.termsOfReference, language)), item.tor.map { letter in
                        guard let t = tor?.item(letter) else { return DocText("(\(letter))") }
                        let text = DocText.version(DocumentTexts.torText(t, language), english: t.text, language)
                        return DocText("(\(letter)) \(text.text)", missing: text.missing)
                    }))
                }
                if let minutes = item.minutesAllotted {
                    let unit = phrase(.minutes, language)
                    rows.append((DocText(phrase(.timeAllotted, language)), [DocText("\(minutes) \(unit.text)", official: unit.official)]))
                }
                for document in item.documents {
                    var value = [DocText(document.symbol)]
                    if let title = document.title {
                        value.append(DocText.version(DocumentTexts.documentTitle(document, language), english: title, language))
                    }
                    rows.append((DocText(phrase(.documents, language)), value))
                }
                details.append(.table(rows: rows))
            }
            doc.blocks.append(.item(marker: marker(number: numbers[index], level: levels[index], language), level: levels[index],
                                    title: title + marks(item, language), details: details))
        }
        return doc
    }

    static func purpose(_ p: ItemPurpose, _ language: DocumentLanguage) -> DocText {
        switch (p, language) {
        case (_, .en): return DocText(p.label, official: false)
        case (.information, .fr): return DocText("pour information", official: false)
        case (.decision, .fr): return DocText("pour décision", official: false)
        case (.recommendation, .fr): return DocText("recommandation au Conseil", official: false)
        case (.information, .es): return DocText("para información", official: false)
        case (.decision, .es): return DocText("para decisión", official: false)
        case (.recommendation, .es): return DocText("recomendación al Consejo", official: false)
        }
    }

    // MARK: Report

    /// The body a report goes to, as the banner prints it ("COUNCIL", "EXECUTIVE COMMITTEE").
    static func receivingBanner(_ s: Session, _ language: DocumentLanguage) -> [Phrase] {
        var out = [phrase(s.receivingBody == "Council" ? .council : .executiveCommittee, language)]
        // "116th session" → the Council's session in words ("Cent seizième session").
        if let text = s.report.transmittal?.councilSession,
           let n = Int(text.prefix { $0.isNumber }), n > 0 {
            // "108th Session" (en-c108-23), "Cent septième session" (fr-c107-31).
            if language == .en { out.append(Phrase("\(Ordinal.suffixed(n)) Session")) } else {
                out.append(Furniture.session(Session(number: n, startDate: s.startDate, endDate: s.endDate), language))
            }
        }
        return out
    }

    /// Paragraphs of a section's text: blank lines separate them.
    static func paragraphs(_ body: String) -> [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    public static func report(_ s: Session, committee: Committee, language: DocumentLanguage) -> IOMDocument {
        let sections = s.report.sections.isEmpty ? ReportGenerator.sections(for: s, committee: committee) : s.report.sections
        let r = s.report
        let dated = r.transmittal?.date ?? r.adoptedOn
        let (titleLines, official) = Furniture.reportTitle(s, committee, language)
        var doc = IOMDocument(language: language, symbol: r.transmittal?.symbol, distribution: r.distribution.map { Furniture.distribution($0, language) },
                              original: phrase(.original, language),
                              date: dated.map { Phrase(DateWriting.day($0, in: language)) } ?? phrase(.notYetIssued, language),
                              banner: receivingBanner(s, language),
                              title: titleLines.map { Phrase($0, official: official) },
                              place: [Phrase(Furniture.venue(s.venue, language)), Phrase(DateWriting.range(s.startDate, s.endDate, in: language))],
                              hasContents: true)
        if let rapporteur = committee.rapporteur(for: s) {
            let label = phrase(.rapporteur, language).text
            // Member States' names are kept in English only: marked in another language.
            let hasState = rapporteur.memberStateId.flatMap { committee.memberState($0) } != nil
            doc.rapporteur = DocText("\(label) \(committee.describe(rapporteur))", missing: language != .en && hasState ? language : nil)
        }
        var paragraph = 0
        func numbered(_ section: ReportSection?) -> [Block] {
            guard let section else { return [] }
            let text = DocText.version(DocumentTexts.body(of: section, language), english: section.body, language)
            return paragraphs(text.text).map { p in
                paragraph += 1
                return .paragraph(number: paragraph, text: [DocText(p, missing: text.missing)])
            }
        }
        let byKey = Dictionary(sections.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        doc.blocks.append(.section(marker: "", heading: DocText(phrase(.introduction, language)), level: 0, blocks: numbered(byKey["introduction"])))
        let numbers = s.agenda.numbers, levels = s.agenda.displayLevels
        var top: (marker: String, heading: DocText, blocks: [Block])?
        var sub: (marker: String, heading: DocText, blocks: [Block])?
        func closeSub() { if let open = sub { top?.blocks.append(.section(marker: open.marker, heading: open.heading, level: 1, blocks: open.blocks)); sub = nil } }
        func closeTop() { closeSub(); if let open = top { doc.blocks.append(.section(marker: open.marker, heading: open.heading, level: 0, blocks: open.blocks)); top = nil } }
        for (index, item) in s.agenda.items.enumerated() {
            let titled = DocText.version(DocumentTexts.itemTitle(item, language), english: item.title, language)
            let suffix = marks(item, language).map(\.text).joined(separator: " ")
            let heading = DocText((levels[index] == 0 ? titled.text.uppercased() : titled.text) + (suffix.isEmpty ? "" : " " + suffix),
                                  missing: titled.missing, official: marks(item, language).allSatisfy(\.official))
            let body = item.status == .withdrawn ? [] : numbered(byKey["item-\(item.id)"])
            let number = numbers[index]
            if levels[index] == 0 {
                closeTop()
                let top0 = Int(number.prefix { $0.isNumber }) ?? index + 1
                top = ("\(Roman.upper(top0)).", heading, body)
            } else {
                closeSub()
                let marker = Self.marker(number: number, level: 1, .fr)
                if levels[index] == 1 || sub == nil { sub = (marker, heading, body) }
                else { sub?.blocks.append(.section(marker: marker, heading: heading, level: 2, blocks: body)) }
            }
        }
        closeTop()
        // Sections that are not an agenda item's (recommendations, urgent decisions) follow.
        let itemKeys = Set(s.agenda.items.map { "item-\($0.id)" })
        for section in sections where section.key != "introduction" && !itemKeys.contains(section.key) {
            let heading = DocText.version(DocumentTexts.heading(of: section, language), english: section.heading, language)
            doc.blocks.append(.section(marker: "", heading: DocText(heading.text.uppercased(), missing: heading.missing), level: 0, blocks: numbered(section)))
        }
        if !s.attendance.isEmpty {
            let names = s.attendance.map { committee.memberState($0)?.name ?? $0 }.sorted()
            var blocks: [Block] = [.paragraph(number: nil, text: [DocText(phrase(.participantsNote, language))])]
            blocks.append(.paragraph(number: nil, text: [DocText(names.joined(separator: "\n"), missing: language == .en ? nil : language)]))
            let annex = phrase(.annex, language), list = phrase(.listOfParticipants, language)
            doc.blocks.append(.annex(heading: DocText("\(annex.text) – \(list.text)", official: annex.official && list.official), blocks: blocks))
        }
        return doc
    }

    // MARK: Chair's briefing

    public static func briefing(_ s: Session, committee: Committee, notes: ChairNotes, language: DocumentLanguage) -> IOMDocument {
        let name = Furniture.committeeName(committee, language)
        var doc = IOMDocument(language: language, symbol: s.agenda.symbol, distribution: nil, original: phrase(.original, language),
                              date: s.agenda.issuedOn.map { Phrase(DateWriting.day($0, in: language)) } ?? phrase(.notYetIssued, language),
                              banner: [Phrase(name.text.uppercased(), official: name.official), Furniture.session(s, language)],
                              title: [phrase(.chairsBriefing, language)], place: [Phrase(venueAndDates(s, language))])
        let numbers = s.agenda.numbers, levels = s.agenda.displayLevels
        let tor = committee.torInForce(on: s.startDate)
        for (index, item) in s.agenda.items.enumerated() {
            let title = DocText.version(DocumentTexts.itemTitle(item, language), english: item.title, language)
            var details: [Block] = []
            if item.status != .withdrawn {
                var rows: [(label: DocText, value: [DocText])] = [(DocText(phrase(.purpose, language)), [purpose(item.purpose, language)])]
                if !item.procedural && !item.tor.isEmpty {
                    rows.append((DocText(phrase(.termsOfReference, language)), item.tor.map { letter in
                        guard let t = tor?.item(letter) else { return DocText("(\(letter))") }
                        let text = DocText.version(DocumentTexts.torText(t, language), english: t.text, language)
                        return DocText("(\(letter)) \(text.text)", missing: text.missing)
                    }))
                }
                if !item.documents.isEmpty {
                    rows.append((DocText(phrase(.documents, language)), [DocText(item.documents.map(\.symbol).joined(separator: ", "))]))
                }
                if let minutes = item.minutesAllotted {
                    let unit = phrase(.minutes, language)
                    rows.append((DocText(phrase(.timeAllotted, language)), [DocText("\(minutes) \(unit.text)", official: unit.official)]))
                }
                details.append(.table(rows: rows))
                // The script is scpf's own English wording.
                for (n, line) in BriefingScript.script(item, number: numbers[index]).enumerated() {
                    details.append(.paragraph(number: n + 1, text: [DocText(line, missing: language == .en ? nil : language, official: false)]))
                }
                let note = notes.note(session: s.number, item: item.id)
                if !note.notes.isEmpty { details.append(.paragraph(number: nil, text: [DocText(note.notes)])) }
            }
            doc.blocks.append(.item(marker: marker(number: numbers[index], level: levels[index], language), level: levels[index],
                                    title: [title] + marks(item, language), details: details))
        }
        return doc
    }

    // MARK: Rules of Procedure

    public static func rules(_ committee: Committee, language: DocumentLanguage) -> IOMDocument {
        let versions = committee.rulesOfProcedure
        let approved = versions.inForce?.approvedOn
        var doc = IOMDocument(language: language, symbol: nil, distribution: nil, original: phrase(.original, language),
                              date: approved.map { Phrase(DateWriting.day($0, in: language)) } ?? phrase(.notYetIssued, language),
                              banner: [], title: [phrase(.rulesOfProcedure, language)], place: [])
        for rule in versions.consolidated() {
            let title = DocText.version(DocumentTexts.ruleTitle(rule, language), english: rule.title, language)
            let text = DocText.version(DocumentTexts.ruleText(rule, language), english: rule.text, language)
            let label = language == .es ? "Artículo" : language == .fr ? "Article" : "Rule"
            doc.blocks.append(.section(marker: "", heading: DocText("\(label) \(rule.number) – \(title.text)", missing: title.missing, official: language == .en),
                                       level: 1, blocks: paragraphs(text.text).map { .paragraph(number: nil, text: [DocText($0, missing: text.missing)]) }))
        }
        return doc
    }
}

import Foundation
