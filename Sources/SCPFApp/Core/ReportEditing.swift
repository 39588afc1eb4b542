import SCPFCore

/// The Reports view's actions: draft, edit, adopt, transmit, record the Council's action.
extension AppState {
    static let councilActionChoices = CouncilActionKind.allCases.map(\.rawValue)
    static let itemCouncilResultChoices = ItemCouncilResult.allCases.map(\.rawValue)

    /// The form for the Council's action on one recommendation or urgent decision.
    mutating func openItemCouncilActionForm(_ number: Int, itemId: String) {
        guard let s = data.session(number), let item = s.agenda.item(itemId) else { return }
        let current = item.outcome?.councilAction
        mode = .form(FormState(title: "The \(s.receivingBody)'s action on item \(s.agenda.number(of: itemId) ?? itemId)",
                               fields: [FormField(.action, current?.result.rawValue ?? ItemCouncilResult.approved.rawValue, choices: Self.itemCouncilResultChoices, help: "Space or ←/→"),
                                        FormField(.resolution, current?.resolution ?? "", help: "C/115/RES/1413"),
                                        FormField(.date, (current?.date ?? today).iso, help: "YYYY-MM-DD")],
                               purpose: .itemCouncilAction(session: number, itemId: itemId),
                               note: item.title))
    }

    mutating func performReport(_ action: Action) {
        if action == .toggleRegister {
            showRegister.toggle()
            scroll[.reports] = 0
            return
        }
        guard let s = session else { return noSession() }
        // Refuse an impossible step before asking for its details.
        var probe = s
        let day = today
        do {
            switch action {
            case .adoptReport: try probe.adoptReport(on: day)
            case .transmitReport:
                try probe.transmitReport(Transmittal(councilSession: "", symbol: "C/1/1", date: max(day, s.report.adoptedOn ?? day)))
            case .recordCouncilAction:
                try probe.recordCouncilAction(CouncilAction(kind: .tookNote, date: max(day, s.report.transmittal?.date ?? day)))
            default: break
            }
        } catch let e as DomainError {
            message = .error(e.message)
            return
        } catch { return }
        switch action {
        case .generateReport:
            regenerateReport(s.number, confirmed: false)
        case .editReportSection:
            guard !s.report.sections.isEmpty else {
                message = .info("The report of session \(s.number) has no text yet: \(press(.generateReport, in: .reports)) to generate the draft.")
                return
            }
            let options = s.report.sections.map { PickOption(id: $0.key, label: $0.heading + ($0.edited ? "  (edited)" : "")) }
            mode = .picker(PickerState(title: "Edit which section?", options: options, purpose: .reportSection(session: s.number)))
        case .adoptReport:
            mode = .form(FormState(title: "Adopt the report of session \(s.number)", fields: [FormField(.adoptedOn, today.iso, help: "YYYY-MM-DD")],
                                   purpose: .adoptReport(session: s.number)))
        case .transmitReport:
            let council = s.year - 1909
            // Until 2013 the mid-year report went to the Executive Committee (MC/EX/…), the
            // autumn one to the Council (MC/…); since 2014 the Council's symbols are C/<session>/….
            let prefix = s.receivingBody == "Executive Committee" ? "MC/EX/" : (s.startDate < Session.councilTakesBothSessionsFrom ? "MC/" : "C/\(council)/")
            mode = .form(FormState(title: "Transmit the report to the \(s.receivingBody)",
                                   fields: [FormField(.councilSession, "\(Ordinal.suffixed(council)) session"),
                                            FormField(.symbol, prefix), FormField(.date, today.iso, help: "YYYY-MM-DD")],
                                   purpose: .transmitReport(session: s.number)))
        case .recordItemCouncilAction:
            let numbers = s.agenda.numbers
            let options = s.agenda.items.indices.compactMap { i -> PickOption? in
                let item = s.agenda.items[i]
                guard let outcome = item.outcome, outcome.kind.awaitsCouncil, item.status != .withdrawn else { return nil }
                let done = outcome.councilAction.map { " — \($0.result.label)" } ?? ""
                return PickOption(id: item.id, label: "\(numbers[i]) \(item.title) (\(outcome.kind.label))\(done)")
            }
            guard !options.isEmpty else {
                message = .info("Session \(s.number) has no recommendation or urgent decision for the Council to act on.")
                return
            }
            guard s.report.transmittal != nil else {
                message = .error("The report of session \(s.number) \(s.report.stateSentence): it must be transmitted to the \(s.receivingBody) before the \(s.receivingBody) acts on it.")
                return
            }
            mode = .picker(PickerState(title: "The \(s.receivingBody)'s action on which item?", options: options, purpose: .itemCouncilAction(session: s.number)))
        case .recordCouncilAction:
            mode = .form(FormState(title: "The Council's action on the report of session \(s.number)",
                                   fields: [FormField(.action, CouncilActionKind.tookNote.rawValue, choices: Self.councilActionChoices, help: "Space or ←/→"),
                                            FormField(.resolution, "", help: "needed for approval"), FormField(.date, today.iso, help: "YYYY-MM-DD")],
                                   purpose: .councilAction(session: s.number)))
        default:
            break
        }
    }

    /// Regenerates the draft; asks first when edited sections would be lost.
    mutating func regenerateReport(_ number: Int, confirmed: Bool) {
        guard let s = data.session(number) else { return }
        var probe = s
        let committee = data.committee
        do {
            let lost = try probe.generateReport(committee: committee)
            if !lost.isEmpty && !confirmed {
                mode = .confirm(Confirmation(message: "Regenerating drops your edits of: \(lost.joined(separator: "; ")) (their items are no longer on the agenda). Regenerate anyway?",
                                             action: .regenerateReport(session: number)))
                return
            }
        } catch let e as DomainError {
            message = .error(e.message)
            return
        } catch { return }
        let verb = s.report.sections.isEmpty ? "Generated" : "Regenerated"
        let description = "\(verb) the draft report of session \(number) (your edits kept)"
        if !edit(description, { data in try data.update(session: number) { _ = try $0.generateReport(committee: committee) } }),
           message == nil {
            message = .info("\(description); nothing had changed.")
        }
    }

    mutating func openReportSectionForm(_ number: Int, key: String) {
        guard let section = data.session(number)?.report.sections.first(where: { $0.key == key }) else { return }
        if language != .en { return openTranslationForm(number, [.sectionHeading(key: key), .sectionBody(key: key)], fromList: false) }
        mode = .form(FormState(title: section.heading, fields: [.paragraph(.text, section.body)],
                               purpose: .reportSection(session: number, key: key),
                               note: "Enter starts a new line, a blank line a new paragraph. Edited sections survive regeneration."))
    }

    mutating func submitReportForm(_ form: FormState) -> String? {
        func day(_ id: FieldID) -> Day? { Day(iso: form.value(id)) }
        switch form.purpose {
        case let .reportSection(number, key):
            let body = form.value(.text)
            guard edit("Edited the report section", { data in let c = data.committee; try data.update(session: number) { try $0.editReportSection(key: key, body: body, committee: c) } }) else { return message?.text }
        case let .adoptReport(number):
            guard let d = day(.adoptedOn) else { return "“\(form.value(.adoptedOn))” is not a date; write it as \(today.iso)." }
            guard edit("Adopted the report of session \(number)", { try $0.update(session: number) { try $0.adoptReport(on: d) } }) else { return message?.text }
        case let .transmitReport(number):
            guard let d = day(.date) else { return "“\(form.value(.date))” is not a date; write it as \(today.iso)." }
            let t = Transmittal(councilSession: form.value(.councilSession), symbol: form.value(.symbol), date: d)
            guard edit("Transmitted the report of session \(number) as \(t.symbol)", { try $0.update(session: number) { try $0.transmitReport(t) } }) else { return message?.text }
        case let .councilAction(number):
            guard let d = day(.date) else { return "“\(form.value(.date))” is not a date; write it as \(today.iso)." }
            let kind = CouncilActionKind(rawValue: form.value(.action)) ?? .tookNote
            let resolution = form.value(.resolution)
            let action = CouncilAction(kind: kind, resolution: resolution.isEmpty ? nil : resolution, date: d)
            guard edit("Recorded the Council's action: \(kind.label)", { try $0.update(session: number) { try $0.recordCouncilAction(action) } }) else { return message?.text }
        case let .itemCouncilAction(number, itemId):
            guard let d = day(.date) else { return "“\(form.value(.date))” is not a date; write it as \(today.iso)." }
            let result = ItemCouncilResult(rawValue: form.value(.action)) ?? .approved
            let resolution = form.value(.resolution)
            let action = ItemCouncilAction(result: result, resolution: resolution.isEmpty ? nil : resolution, date: d)
            guard edit("Recorded the Council's action on item \(data.session(number)?.agenda.number(of: itemId) ?? itemId): \(result.label)", {
                try $0.update(session: number) { try $0.recordCouncilAction(itemId: itemId, action) }
            }) else { return message?.text }
        default:
            break
        }
        return nil
    }
}
