import SCPFCore

/// Recording the Bureau the Council elected: its four officers serve every SCPF session until
/// the next election (Committee.officers(for:)).
extension AppState {
    static let bureauFields: [FieldID] = [.chairperson, .firstVice, .secondVice, .rapporteur]

    mutating func openBureauForm() {
        let current = data.committee.bureau(on: today)
        func name(_ role: String) -> String {
            guard let o = current?.officers.first(where: { $0.role == role }) else { return "" }
            return o.name + (o.memberStateId.map { " (\($0))" } ?? "")
        }
        var fields = [FormField(.on, today.iso, help: "YYYY-MM-DD, the day the Council elected it"),
                      FormField(.councilSession, current?.councilSession ?? "\(Ordinal.suffixed(today.year - 1909)) session")]
        for (id, role) in zip(Self.bureauFields, Bureau.roles) {
            fields.append(FormField(id, name(role), help: "name (member state id)"))
        }
        mode = .form(FormState(title: "The Bureau elected by the Council", fields: fields, purpose: .bureau,
                               note: "It acts as the Bureau of the Committee and serves every session until the next election; a session's own officers act for it."))
    }

    mutating func submitBureauForm(_ form: FormState) -> String? {
        guard let day = Day(iso: form.value(.on)) else { return "“\(form.value(.on))” is not a date; write it as \(today.iso)." }
        var officers: [Officer] = []
        for (id, role) in zip(Self.bureauFields, Bureau.roles) {
            let text = form.value(id).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            // "Ms. Anna Lindqvist (swe)": the member state's id in parentheses, when given.
            var name = text, state: String?
            if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
                let id = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).lowercased()
                if data.committee.memberState(id) != nil {
                    state = id
                    name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
                } else {
                    return "“\(id)” is not the id of a member state (\(role)); write it like “Ms. Anna Lindqvist (swe)”, or leave the parentheses out."
                }
            }
            officers.append(Officer(role: role, name: name, memberStateId: state))
        }
        guard !officers.isEmpty else { return "Name at least one officer of the Bureau." }
        let session = form.value(.councilSession).trimmingCharacters(in: .whitespaces)
        let bureau = Bureau(electedOn: day, councilSession: session.isEmpty ? nil : session, officers: officers)
        guard edit("Recorded the Bureau elected on \(day.long)", { data in
            var all = (data.committee.bureaus ?? []).filter { $0.electedOn != day }
            all.append(bureau)
            data.committee.bureaus = all.sorted { $0.electedOn < $1.electedOn }
        }) else { return message?.text }
        return nil
    }
}

/// Recording Article 4 status as the status report on outstanding contributions states it:
/// as at a date, from a document, the states subject to it (those no longer listed get a
/// record saying so).
extension AppState {
    mutating func openArticle4Form() {
        let subject = data.committee.article4(on: today).map(\.state.id)
        mode = .form(FormState(title: "Article 4 status as at a date",
                               fields: [FormField(.asAt, today.iso, help: "YYYY-MM-DD, as the report states it"),
                                        FormField(.source, "", help: "the document, e.g. S/38/2"),
                                        FormField(.states, subject.joined(separator: ", "), help: "member state ids, comma-separated")],
                               purpose: .article4,
                               note: "List every state the report names as subject to Article 4; a state no longer listed is recorded as no longer subject."))
    }

    mutating func submitArticle4Form(_ form: FormState) -> String? {
        guard let day = Day(iso: form.value(.asAt)) else { return "“\(form.value(.asAt))” is not a date; write it as \(today.iso)." }
        // A status report states arrears as at a day already past.
        guard day <= today else { return "A status “as at” \(day.long) is in the future; give the date the status report states (today is \(today.long))." }
        let source = form.value(.source).trimmingCharacters(in: .whitespaces)
        guard !source.isEmpty else { return "Name the document the status comes from (the status report on outstanding contributions)." }
        let ids = form.value(.states).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        if let unknown = ids.first(where: { data.committee.memberState($0) == nil }) {
            return "“\(unknown)” is not the id of a member state; use the ids of committee.json (“com”, “caf”)."
        }
        let before = Set(data.committee.article4(on: day).map(\.state.id))
        var records = ids.map { Article4Record(memberStateId: $0, asAt: day, subject: true, source: source) }
        records += before.subtracting(ids).sorted().map { Article4Record(memberStateId: $0, asAt: day, subject: false, source: source) }
        guard edit("Recorded Article 4 status as at \(day.long) (\(ids.count) subject)", { data in
            let kept = (data.committee.article4Records ?? []).filter { $0.asAt != day }
            data.committee.article4Records = (kept + records).sorted { ($0.asAt, $0.memberStateId) < ($1.asAt, $1.memberStateId) }
        }) else { return message?.text }
        return nil
    }
}

/// Informal consultations or a working group whose papers feed the selected agenda item.
extension AppState {
    static let informalKindChoices = InformalMeetingKind.allCases.map(\.rawValue)

    mutating func openInformalMeetingForm() {
        guard let s = session else { return noSession() }
        guard let item = currentItem else { return noItem() }
        mode = .form(FormState(title: "Informal meeting feeding item \(s.agenda.number(of: item.id) ?? item.id)",
                               fields: [FormField(.kind, InformalMeetingKind.informalConsultation.rawValue, choices: Self.informalKindChoices, help: "Space or ←/→"),
                                        FormField(.title, ""), FormField(.date, today.iso, help: "YYYY-MM-DD"),
                                        FormField(.documents, "", help: "its papers: IC/2026/3, …")],
                               purpose: .informalMeeting(session: s.number, itemId: item.id),
                               note: item.title))
    }

    mutating func submitInformalMeetingForm(_ form: FormState, session number: Int, itemId: String) -> String? {
        guard let day = Day(iso: form.value(.date)) else { return "“\(form.value(.date))” is not a date; write it as \(today.iso)." }
        let title = form.value(.title).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return "Give the meeting a title (its subject)." }
        guard let s = data.session(number), s.agenda.item(itemId) != nil else { return "Item \(itemId) of session \(number) is no longer on the agenda." }
        if day > s.endDate { return "The meeting (\(day.iso)) is after session \(number) ended (\(s.endDate.iso)); its papers cannot feed that session's item." }
        let kind = InformalMeetingKind(rawValue: form.value(.kind)) ?? .informalConsultation
        let papers = form.value(.documents).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { DocumentRef(symbol: $0, asAt: day) }
        let ids = Set((data.committee.informalMeetings ?? []).map(\.id))
        var n = 1
        while ids.contains("\(kind == .workingGroup ? "wg" : "ic")-\(day.year)-\(n)") { n += 1 }
        let meeting = InformalMeeting(id: "\(kind == .workingGroup ? "wg" : "ic")-\(day.year)-\(n)", kind: kind, title: title, date: day,
                                      papers: papers, feeds: [ItemLink(session: number, itemId: itemId)])
        guard edit("Recorded the \(kind.label) “\(title)”", { $0.committee.informalMeetings = ($0.committee.informalMeetings ?? []) + [meeting] }) else { return message?.text }
        return nil
    }
}
