import SCPFCore

/// The agenda's terms of reference picker, and import/export from the UI. File reading and
/// writing happen in the runtime (effects); parsing and rendering stay here, pure.
extension AppState {
    static let exportFormats = ["md", "html", "pdf", "json", "csv"]
    static let exportDocuments = IOMDocuments.Kind.allCases.map(\.rawValue)

    mutating func openToRPicker() {
        guard let s = session, let item = currentItem else { return noItem() }
        let tor = data.committee.torInForce(on: s.startDate)
        let options = [PickOption(id: "proc", label: "procedural (adoption of the agenda, elections…)")]
            + (tor?.items ?? []).map { PickOption(id: $0.letter, label: "(\($0.letter)) \($0.text)") }
        mode = .picker(PickerState(title: "Terms of reference of item \(s.agenda.numbers[agendaCursor]) — Space toggles",
                                   options: options, purpose: .torTags(session: s.number, itemId: item.id)))
    }

    mutating func toggleToR(_ letter: String, session number: Int, itemId: String) {
        let now = self.now
        let order = data.session(number).flatMap { data.committee.torInForce(on: $0.startDate)?.letters } ?? []
        _ = edit(letter == "proc" ? "Toggled procedural" : "Toggled ToR (\(letter))") { data in
            try data.update(session: number) { s in
                guard var item = s.agenda.item(itemId) else { return }
                if letter == "proc" {
                    item.procedural.toggle()
                    if item.procedural { item.tor = [] }
                } else {
                    item.procedural = false
                    if let i = item.tor.firstIndex(of: letter) { item.tor.remove(at: i) } else {
                        item.tor.append(letter)
                        item.tor.sort { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) }
                    }
                }
                try s.replaceItem(item, time: now)
            }
        }
    }

    mutating func openExchangeForm(_ action: Action) {
        if action == .importAgenda {
            // With no session yet (a new data directory), the import creates the next one.
            let number = session?.number ?? Session.proposeNext(after: data.sessions, pattern: data.committee.meetingPattern, today: today).number
            mode = .form(FormState(title: "Import an agenda into session \(number)",
                                   fields: [FormField(.file, "", help: "path of a .txt file"),
                                            FormField(.toSession, "\(number)", help: "a new number creates the session"),
                                            FormField(.mode, "auto",
                                                      choices: ["auto", ImportMode.append.rawValue, ImportMode.replace.rawValue], help: "Space or ←/→")],
                                   purpose: .importAgenda(session: number),
                                   note: "An agenda in English, French or Spanish: header, numbers (1. / IV. / Item 6 / (a) / (i)), symbols. auto attaches a French or Spanish version to the items already there. You see what would be created before anything changes."))
        } else {
            guard let s = session else { return noSession() }
            mode = .form(FormState(title: "Export a document of session \(s.number)",
                                   fields: [FormField(.document, IOMDocuments.Kind.agenda.rawValue, choices: Self.exportDocuments, help: "Space or ←/→"),
                                            FormField(.format, "md", choices: Self.exportFormats, help: "Space or ←/→"),
                                            FormField(.language, DocumentLanguage.en.rawValue, choices: DocumentLanguage.allCases.map(\.rawValue), help: "en, fr or es"),
                                            FormField(.file, "agenda-S\(s.number).md")],
                                   purpose: .exportAgenda(session: s.number),
                                   note: "md, html and pdf are the document as IOM issues it, in the language chosen (a missing French or Spanish text is marked); json and csv are the agenda's data. pdf needs Chromium or Chrome. A relative path is written in the directory scpf was started from."))
        }
    }

    mutating func submitExchangeForm(_ form: FormState) -> String? {
        switch form.purpose {
        case .importAgenda(let current):
            // A path pasted with its quotes ('/tmp/my agenda.txt') is the path inside them.
            var path = form.value(.file)
            if path.count >= 2, let first = path.first, first == path.last, first == "'" || first == "\"" { path = String(path.dropFirst().dropLast()) }
            guard !path.isEmpty else { return "Give the path of the text file to import." }
            let typed = form.value(.toSession)
            guard let number = typed.isEmpty ? current : Int(typed), Limits.sessionNumber.contains(number) else {
                return "“\(typed)” is not a session number; give one from \(Limits.sessionNumber.lowerBound) to \(Limits.sessionNumber.upperBound)."
            }
            pendingEffects.append(.readImport(path: path, session: number, request: ImportRequest(mode: ImportMode(rawValue: form.value(.mode)))))
        case let .importDates(number, path, request):
            guard let opens = Day(iso: form.value(.opens)) else { return "“\(form.value(.opens))” is not a date; write it as 2027-10-26." }
            guard let closes = Day(iso: form.value(.closes)) else { return "“\(form.value(.closes))” is not a date; write it as 2027-10-27." }
            guard opens <= closes else { return "The session cannot close (\(closes.long)) before it opens (\(opens.long))." }
            var request = request
            request.opens = opens; request.closes = closes
            pendingEffects.append(.readImport(path: path, session: number, request: request))
        case .exportAgenda(let number):
            guard let s = data.session(number) else { return "Session \(number) no longer exists." }
            let format = ExportFormat(rawValue: form.value(.format)) ?? .md
            let kind = IOMDocuments.Kind(rawValue: form.value(.document)) ?? (form.value(.annotated) == "yes" ? .annotatedAgenda : .agenda)
            let language = DocumentLanguage(rawValue: form.value(.language)) ?? .en
            var path = form.value(.file)
            guard !path.isEmpty else { return "Give the file to write." }
            if !path.contains(".") { path += ".\(format.rawValue)" }
            do {
                switch format {
                case .json, .csv:
                    guard kind == .agenda || kind == .annotatedAgenda else { return "Only the agenda exports as \(format.rawValue); choose md, html or pdf for the \(kind.rawValue)." }
                    guard language == .en else { return "json and csv hold the agenda's data as entered; choose md, html or pdf for a document in \(language.name)." }
                    pendingEffects.append(.writeExport(path: path, text: try AgendaExport.render(s, committee: data.committee, format: format, annotated: kind == .annotatedAgenda)))
                case .pdf:
                    let html = try DocumentExport.render(kind, session: s, committee: data.committee, notes: chair, format: .html, language: language)
                    pendingEffects.append(.printExport(path: path, html: html))
                default:
                    pendingEffects.append(.writeExport(path: path, text: try DocumentExport.render(kind, session: s, committee: data.committee, notes: chair,
                                                                                                   format: format, language: language)))
                }
            } catch let e as DomainError { return e.message } catch { return "\(error)" }
        default:
            break
        }
        return nil
    }

    /// The text of a file to import has arrived: show the header read and what would be
    /// created, and ask; or ask the dates the document does not state.
    public mutating func receiveImport(_ text: String, path: String, session number: Int, request: ImportRequest) {
        if let problem = AgendaImport.sizeProblem(byteCount: text.utf8.count) ?? AgendaImport.contentProblem(text) {
            message = .error(problem)
            return
        }
        let result = AgendaImport.parse(text)
        if let problem = AgendaImport.itemCountProblem(result) { message = .error(problem); return }
        guard !result.items.isEmpty else {
            message = .error("No agenda items found in \(path); item lines start like “1.”, “IV.”, “Item 3” or “(a)”.")
            return
        }
        if data.session(number) == nil, unloadedSessionNumbers.contains(number) {
            message = .error("Session \(number) is still being read from disk; try the import again in a moment.")
            return
        }
        let plan: ImportPlan
        do {
            // auto: a French or Spanish version attaches to the items there; into an empty agenda
            // the items go; otherwise append or replace must be chosen, as on the command line.
            plan = try ImportPlan.make(result, into: number, sessions: data.sessions, committee: data.committee,
                                       mode: request.mode, dates: request.dates, datesFromFile: request.dates == nil)
        } catch let refusal as ImportPlan.Refusal {
            switch refusal {
            case .noDates:
                let window = data.committee.meetingPattern.months(forSession: number).filter(Limits.month.contains)
                    .map { Day.monthNames[$0 - 1] }.joined(separator: ", ")
                mode = .form(FormState(title: "Dates of session \(number)",
                                       fields: [FormField(.opens, "", help: "YYYY-MM-DD"),
                                                FormField(.closes, "", help: "YYYY-MM-DD")],
                                       purpose: .importDates(session: number, path: path, request: request),
                                       note: "\(path) states no dates, and scpf does not invent them: give the days session \(number) meets\(window.isEmpty ? "" : " (sessions of its number usually meet in \(window))")."))
            case .hasItems:
                message = .error("\(refusal) Import again and choose the mode append (after them) or replace.")
            case .datesDiffer:
                message = .error("\(refusal)")
            }
            return
        } catch {
            message = .error("\(error)")
            return
        }
        let preview: Session
        let unmatched: [String]
        do { (preview, unmatched) = try plan.apply(result, time: now) } catch {
            message = .error("\(error)")
            return
        }
        var lines: [String] = []
        switch plan.mode {
        case .translation(let language):
            lines.append("Attach the \(language.name) titles of \(path) to the items of session \(number)?")
        case .append, .replace:
            lines.append("Import \(result.items.count) items into session \(number)\(plan.creating ? " (created for it)" : "")\(plan.mode == .replace ? ", replacing its items" : "")?")
        }
        if !result.header.isEmpty { lines.append("Read: " + result.header.summary.joined(separator: "; ")) }
        if let existing = data.session(number), (existing.startDate, existing.endDate) != (preview.startDate, preview.endDate) {
            lines.append("The session's dates change from \(dayRangeText(existing.startDate, existing.endDate)) to \(dayRangeText(preview.startDate, preview.endDate)), as the document states.")
        } else if plan.creating {
            lines.append("Session \(number): \(dayRangeText(preview.startDate, preview.endDate)), \(preview.venue).")
        }
        lines += plan.warnings
        // The dialog is one screen: what needs a look first (notes, what did not match), then
        // the items; the command line's --dry-run lists everything.
        let notes = result.shownNotes.map(\.description) + unmatched.map { "Not matched: \($0)." }
        lines += notes.prefix(4)
        if notes.count > 4 { lines.append("… and \(notes.count - 4) more notes: scpf import agenda \(path) --session \(number) --dry-run lists them all") }
        let numbers = preview.agenda.numbers
        let shown: [Int]
        var itemLines: [String] = []
        if case .translation(let language) = plan.mode {
            // The items this document gives a title, as they will read.
            let given = Set(Agenda(items: result.items).numbers)
            shown = preview.agenda.items.indices.filter { given.contains(numbers[$0]) && preview.agenda.items[$0].translations?[language.rawValue] != nil }
            itemLines = shown.map { "\(numbers[$0])  \(preview.agenda.items[$0].translations?[language.rawValue] ?? "")" }
        } else {
            shown = Array((preview.agenda.items.count - result.items.count)..<preview.agenda.items.count)
            itemLines = shown.map { index in
                let item = preview.agenda.items[index]
                return "\(numbers[index])  \(item.title)\(item.documents.isEmpty ? "" : " [\(item.documents.map(\.symbol).joined(separator: ", "))]")"
            }
        }
        let room = max(3, 9 - min(notes.count, 5))
        lines += itemLines.prefix(room)
        if itemLines.count > room { lines.append("… and \(itemLines.count - room) more items") }
        mode = .confirm(Confirmation(message: lines.joined(separator: "\n"),
                                     action: .importAgenda(session: number, plan: plan, result: result)))
    }
}

/// A document's title and language versions, beyond its symbol.
extension AppState {
    mutating func openDocumentPicker() {
        guard let s = session, let item = currentItem else { return noItem() }
        guard !item.documents.isEmpty else {
            message = .info("Item \(s.agenda.numbers[agendaCursor]) lists no documents: add their symbols with e.")
            return
        }
        let options = item.documents.map { PickOption(id: $0.symbol, label: "\($0.symbol)  \($0.title ?? "")  [\($0.languages.joined(separator: " "))]") }
        mode = .picker(PickerState(title: "Which document?", options: options, purpose: .document(session: s.number, itemId: item.id)))
    }

    mutating func openDocumentForm(_ number: Int, itemId: String, symbol: String) {
        guard let doc = data.session(number)?.agenda.item(itemId)?.documents.first(where: { $0.symbol == symbol }) else { return }
        // Texts shown in French or Spanish: D writes the title's version in that language.
        if language != .en, doc.title?.trimmingCharacters(in: .whitespaces).isEmpty == false {
            return openTranslationForm(number, [.documentTitle(itemId: itemId, symbol: symbol)], fromList: false)
        }
        mode = .form(FormState(title: "Document \(symbol)", fields: [FormField(.title, doc.title ?? ""),
                                                                    FormField(.languages, doc.languages.joined(separator: " "), help: "e.g. en fr es"),
                                                                    FormField(.distribution, doc.distribution?.rawValue ?? "", choices: [""] + Distribution.allCases.map(\.rawValue), help: "Space or ←/→"),
                                                                    FormField(.asAt, doc.asAt?.iso ?? "", help: "YYYY-MM-DD or blank")],
                               purpose: .document(session: number, itemId: itemId, symbol: symbol)))
    }

    mutating func submitDocumentForm(_ form: FormState, session number: Int, itemId: String, symbol: String) -> String? {
        let title = form.value(.title)
        let languages = form.value(.languages).split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        for code in languages where code.count != 2 || !code.allSatisfy({ $0.isLetter && $0.isASCII }) {
            return "“\(code)” is not a language code; use two letters such as en, fr, es."
        }
        let asAtText = form.value(.asAt).trimmingCharacters(in: .whitespaces)
        let asAt = Day(iso: asAtText)
        if !asAtText.isEmpty && asAt == nil { return "“\(asAtText)” is not a date; write it as \(today.iso), or leave it blank." }
        let distribution = Distribution(rawValue: form.value(.distribution))
        let now = self.now
        guard edit("Updated document \(symbol)", { data in
            try data.update(session: number) { s in
                guard var item = s.agenda.item(itemId), let i = item.documents.firstIndex(where: { $0.symbol == symbol }) else { return }
                item.documents[i].title = title.isEmpty ? nil : title
                item.documents[i].languages = languages
                item.documents[i].distribution = distribution
                item.documents[i].asAt = asAt
                try s.replaceItem(item, time: now)
            }
        }) else { return message?.text }
        return nil
    }
}
