import SCPFCore

extension AppState {
    static let purposeChoices = ItemPurpose.allCases.map(\.rawValue)

    var currentItem: AgendaItem? {
        guard let items = session?.agenda.items, agendaCursor < items.count else { return nil }
        return items[agendaCursor]
    }

    static let originChoices = ["—"] + ItemOrigin.allCases.map(\.rawValue)

    func itemFields(_ item: AgendaItem, session: Session? = nil) -> [FormField] {
        let used = (session ?? self.session)?.agenda.items.flatMap { $0.documents.map(\.symbol) } ?? []
        let next = (session ?? self.session).map { DocumentSymbol.nextFree(session: $0.number, used: used) }
        return [FormField(.title, item.title),
         FormField(.tor, item.procedural ? "proc" : item.tor.joined(separator: " "),
                   help: "letters such as b h, or proc"),
         FormField(.purpose, item.purpose.rawValue, choices: Self.purposeChoices, help: "Space or ←/→"),
         FormField(.minutes, item.minutesAllotted.map(String.init) ?? ""),
         FormField(.documents, item.documents.map(\.symbol).joined(separator: " "),
                   help: next.map { "next free: \($0)" } ?? "symbols, e.g. S/37/4 C/115/7"),
         FormField(.origin, item.origin?.rawValue ?? "—", choices: Self.originChoices, help: "who proposed it"),
         FormField.paragraph(.annotation, item.annotation ?? "")]
    }

    mutating func openNewItemForm() {
        guard let s = session else { return noSession() }
        let at = s.agenda.items.isEmpty ? 0 : agendaCursor + 1
        let draft = AgendaItem(id: "", title: "")
        let note = s.agenda.state == .draft ? nil : "The agenda is \(s.agenda.state.label): the item will be marked supplementary."
        mode = .form(FormState(title: "New item on the agenda of session \(s.number)", fields: itemFields(draft),
                               purpose: .newItem(session: s.number, at: at), note: note))
    }

    mutating func openEditItemForm() {
        guard let s = session, let item = currentItem else { return noItem() }
        if language != .en { return openTranslationForm(s.number, [.itemTitle(itemId: item.id)], fromList: false) }
        mode = .form(FormState(title: "Edit item \(s.agenda.numbers[agendaCursor])", fields: itemFields(item),
                               purpose: .editItem(session: s.number, id: item.id)))
    }

    mutating func noItem() {
        message = .info(session == nil ? "No session selected: \(press(.showSessions)) and choose one." : "The agenda is empty: \(press(.addItem, in: .agenda)) to add an item.")
    }

    func parseItem(_ form: FormState, into base: AgendaItem, session: Session) -> Result<AgendaItem, DomainError> {
        var item = base
        let title = form.value(.title)
        guard !title.isEmpty else { return .failure(DomainError("Title is empty; write the item as it will appear on the agenda.")) }
        if let problem = TextLimits.titleLengthProblem(title) { return .failure(DomainError("The " + problem)) }
        item.title = title
        let torText = form.value(.tor).lowercased()
        let letters = torText.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }).map(String.init)
        if letters == ["proc"] || letters == ["procedural"] {
            item.procedural = true; item.tor = []
        } else {
            let inForce = data.committee.torInForce(on: session.startDate)?.letters ?? []
            for letter in letters where !inForce.contains(letter) {
                return .failure(DomainError("ToR “\(letter)” is not a term of reference in force for session \(session.number); use \(inForce.map { "(\($0))" }.joined()) or proc."))
            }
            item.procedural = false; item.tor = letters
        }
        item.purpose = ItemPurpose(rawValue: form.value(.purpose)) ?? .information
        let minutes = form.value(.minutes)
        if minutes.isEmpty { item.minutesAllotted = nil } else {
            guard let m = Int(minutes), m >= 0, m <= 24 * 60 else {
                return .failure(DomainError("Minutes “\(minutes)” is not a number of minutes from \(Limits.itemMinutes.lowerBound) to \(Limits.itemMinutes.upperBound); write e.g. 45."))
            }
            item.minutesAllotted = m
        }
        let symbols = form.value(.documents).split(separator: " ").map(String.init)
        for symbol in symbols {
            if let problem = DocumentSymbol.problem(symbol) { return .failure(DomainError(problem)) }
        }
        item.origin = ItemOrigin(rawValue: form.value(.origin))
        // The annotated agenda's paragraph; a form without the field keeps the annotation.
        if form.fields.contains(where: { $0.id == .annotation }) {
            let annotation = form.value(.annotation)
            if annotation.count > 20_000 { return .failure(DomainError("The annotation is \(annotation.count) characters; keep it under 20,000 (a paragraph or two).")) }
            item.annotation = annotation.isEmpty ? nil : annotation
        }
        let existing = Dictionary(base.documents.map { ($0.symbol, $0) }, uniquingKeysWith: { a, _ in a })
        item.documents = symbols.map { existing[$0] ?? DocumentRef(symbol: $0) }
        return .success(item)
    }

    mutating func submitItem(_ form: FormState) -> String? {
        let now = self.now
        switch form.purpose {
        case let .newItem(number, at):
            guard let s = data.session(number) else { return "Session \(number) no longer exists." }
            let noted = chair.itemIds(session: number)
            switch parseItem(form, into: AgendaItem(id: s.agenda.nextItemId(avoiding: noted), title: ""), session: s) {
            case .failure(let e): return e.message
            case .success(let item):
                guard edit("Added item “\(item.title)”", { try $0.update(session: number) { try $0.insertItem(item, at: at, time: now) } }) else {
                    return message?.text
                }
                agendaCursor = min(at, (data.session(number)?.agenda.items.count ?? 1) - 1)
            }
        case let .editItem(number, id):
            guard let s = data.session(number), let old = s.agenda.item(id) else { return "The item no longer exists." }
            switch parseItem(form, into: old, session: s) {
            case .failure(let e): return e.message
            case .success(let item):
                guard edit("Edited item “\(item.title)”", { try $0.update(session: number) { try $0.replaceItem(item, time: now) } }) else {
                    return message?.text == nil ? nil : message?.text
                }
            }
        default:
            break
        }
        return nil
    }

    mutating func askDeleteItem() {
        guard let s = session, let item = currentItem else { return noItem() }
        let number = s.agenda.numbers[agendaCursor]
        let verb = s.agenda.state == .draft ? "Delete" : "Withdraw"
        mode = .confirm(Confirmation(message: "\(verb) item \(number) “\(item.title)”?",
                                     action: .deleteItem(session: s.number, id: item.id)))
    }

    mutating func moveItem(_ offset: Int) {
        guard let s = session, let item = currentItem else { return noItem() }
        let now = self.now
        if edit("Moved “\(item.title)” \(offset < 0 ? "up" : "down")", { try $0.update(session: s.number) { try $0.moveItem(id: item.id, by: offset, time: now) } }) {
            agendaCursor = data.session(s.number)?.agenda.items.firstIndex { $0.id == item.id } ?? agendaCursor
        }
    }

    /// One level deeper (`by: 1`) or shallower (`by: -1`): 6 → 5(a) → 5(a)(i).
    mutating func shiftItemLevel(by step: Int) {
        guard let s = session, currentItem != nil else { return noItem() }
        let levels = s.agenda.displayLevels
        guard levels.indices.contains(agendaCursor) else { return noItem() }
        let level = levels[agendaCursor] + step
        if level < 0 { message = .info("The item is already a main item."); return }
        setItemLevel(level)
    }

    mutating func setItemLevel(_ level: Int) {
        guard let s = session, let item = currentItem else { return noItem() }
        let now = self.now
        let what = level == 0 ? "a main item" : level == 1 ? "a sub-item" : "a sub-item of a sub-item"
        _ = edit("Made “\(item.title)” \(what)") {
            try $0.update(session: s.number) { try $0.setLevel(id: item.id, level: level, time: now) }
        }
    }

    mutating func issueAgenda() {
        guard let s = session else { return noSession() }
        guard s.agenda.state == .draft else {
            message = .error("The agenda of session \(s.number) is already \(s.agenda.state.label); only a draft agenda can be issued.")
            return
        }
        let required = data.committee.noticeDays(for: s)
        let note = required.map { "The Rules of Procedure in force ask for dispatch at least \(Session.describeNotice($0)) before the opening (\(s.startDate.short)), unless the members agree to a shorter period (Rule 4)." }
            ?? "No rule in force states a notice period; scpf does not check the dispatch date."
        mode = .form(FormState(title: "Issue the provisional agenda S/\(s.number)/1",
                               fields: [FormField(.dispatchDate, today.iso, help: "YYYY-MM-DD"),
                                        FormField(.agreedNotice, s.noticeAgreement.map { String($0.days) } ?? "", help: "blank: none agreed"),
                                        FormField(.agreementRecord, s.noticeAgreement?.record ?? "", help: "symbol or sentence"),
                                        FormField(.agreedOn, s.noticeAgreement?.agreedOn?.iso ?? "", help: "YYYY-MM-DD, when the members agreed")],
                               purpose: .issueAgenda(session: s.number),
                               note: note))
    }

    /// Asks the revision's own date (today by default), so a provisional agenda dispatched
    /// with a date still ahead can be revised: the date is the revision's, not the dispatch's.
    mutating func reviseProvisionalAgenda() {
        guard let s = session else { return noSession() }
        let symbol = "S/\(s.number)/1/Rev.\((s.agenda.provisionalRevisions?.count ?? 0) + 1)"
        let last = s.agenda.provisionalRevisions?.last?.asAt ?? s.agenda.issuedOn
        // Today, unless the issue it revises is dated later (a dispatch date still ahead):
        // then that day, the earliest a revision can bear.
        let proposed = last.map { max($0, today) } ?? today
        let note = last.map { "The issue it revises is dated \($0.long); the revision is dated that day or later." }
        mode = .form(FormState(title: "Issue \(symbol), the revised provisional agenda",
                               fields: [FormField(.revisionDate, proposed.iso, help: "YYYY-MM-DD")],
                               purpose: .reviseProvisionalAgenda(session: s.number), note: note))
    }

    mutating func submitRevisionForm(_ form: FormState, session number: Int) -> String? {
        guard let day = Day(iso: form.value(.revisionDate)) else {
            return "Revision date “\(form.value(.revisionDate))” is not a date; write it as \(today.iso)."
        }
        guard let s = data.session(number) else { return "Session \(number) no longer exists." }
        let symbol = "S/\(number)/1/Rev.\((s.agenda.provisionalRevisions?.count ?? 0) + 1)"
        message = nil
        guard edit("Issued \(symbol), the revised provisional agenda, dated \(day.long)", {
            try $0.update(session: number) { try $0.reviseProvisionalAgenda(on: day) }
        }) else { return message?.text }
        return nil
    }

    mutating func adoptAgenda() {
        guard let s = session else { return noSession() }
        let day = today
        _ = edit("Adopted the agenda of session \(s.number)") { try $0.update(session: s.number) { try $0.adoptAgenda(on: day) } }
    }
}
