import SCPFCore

/// The agenda's terms of reference picker, and import/export from the UI. File reading and
/// writing happen in the runtime (effects); parsing and rendering stay here, pure.
extension AppState {
    static let exportFormats = ["md", "html", "json", "csv"]

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
        guard let s = session else { return noSession() }
        if action == .importAgenda {
            mode = .form(FormState(title: "Import agenda items into session \(s.number)",
                                   fields: [FormField(.file, "", help: "path of a .txt file"),
                                            FormField(.mode, "append",
                                                      choices: ImportMode.allCases.map(\.rawValue), help: "Space or ←/→")],
                                   purpose: .importAgenda(session: s.number),
                                   note: "Numbered lines (1. / IV. / Item 3:), sub-items (a), symbols such as S/37/4 are recognised; you see what would be created before anything changes."))
        } else {
            mode = .form(FormState(title: "Export the agenda of session \(s.number)",
                                   fields: [FormField(.format, "md", choices: Self.exportFormats, help: "Space or ←/→"),
                                            FormField(.annotated, "no", choices: ["no", "yes"]),
                                            FormField(.file, "agenda-S\(s.number).md")],
                                   purpose: .exportAgenda(session: s.number),
                                   note: "A relative path is written in the directory scpf was started from."))
        }
    }

    mutating func submitExchangeForm(_ form: FormState) -> String? {
        switch form.purpose {
        case .importAgenda(let number):
            let path = form.value(.file)
            guard !path.isEmpty else { return "Give the path of the text file to import." }
            pendingEffects.append(.readImport(path: path, session: number, mode: ImportMode(rawValue: form.value(.mode)) ?? .append))
        case .exportAgenda(let number):
            guard let s = data.session(number) else { return "Session \(number) no longer exists." }
            let format = ExportFormat(rawValue: form.value(.format)) ?? .md
            var path = form.value(.file)
            guard !path.isEmpty else { return "Give the file to write." }
            if !path.contains(".") { path += ".\(format.rawValue)" }
            do {
                let text = try AgendaExport.render(s, committee: data.committee, format: format, annotated: form.value(.annotated) == "yes")
                pendingEffects.append(.writeExport(path: path, text: text))
            } catch let e as DomainError { return e.message } catch { return "\(error)" }
        default:
            break
        }
        return nil
    }

    /// The text of a file to import has arrived: show what would be created, and ask.
    public mutating func receiveImport(_ text: String, path: String, session number: Int, mode importMode: ImportMode) {
        if let problem = AgendaImport.sizeProblem(byteCount: text.utf8.count) {
            message = .error(problem)
            return
        }
        let result = AgendaImport.parse(text)
        guard !result.items.isEmpty else {
            message = .error("No numbered items found in \(path); lines should start like “1.”, “IV.” or “Item 3:”.")
            return
        }
        if importMode == .replace, let s = data.session(number), s.agenda.state != .draft {
            message = .error("The agenda of session \(number) is already \(s.agenda.state.label); it cannot be replaced. Import with append.")
            return
        }
        var lines = ["Import \(result.items.count) items into session \(number)\(data.session(number) == nil ? " (created for it)" : "")\(importMode == .replace ? ", replacing its items" : "")?"]
        var top = 0, sub = 0
        for item in result.items.prefix(12) {
            if item.level == 0 { top += 1; sub = 0 } else { sub += 1 }
            let label = item.level == 0 ? "\(top)." : "   (\(Character(UnicodeScalar(96 + min(sub, 26))!)))"
            lines.append("\(label) \(item.title)\(item.documents.isEmpty ? "" : " [\(item.documents.map(\.symbol).joined(separator: ", "))]")")
        }
        if result.items.count > 12 { lines.append("… and \(result.items.count - 12) more") }
        for note in result.notes where note.kind != .ignored { lines.append(note.description) }
        mode = .confirm(Confirmation(message: lines.joined(separator: "\n"),
                                     action: .importAgenda(session: number, items: result.items, mode: importMode)))
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
