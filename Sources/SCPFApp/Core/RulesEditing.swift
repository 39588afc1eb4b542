import SCPFCore

/// The Rules of Procedure view's actions: amendments, rule text, and the approval steps.
extension AppState {
    var selectedRulesVersion: RulesVersion? {
        let versions = data.committee.rulesOfProcedure
        let i = listCursor[.rules] ?? 0
        return versions.indices.contains(i) ? versions[i] : nil
    }

    mutating func performRules(_ action: Action) {
        if action == .newRulesVersion {
            mode = .form(FormState(title: "New amendment of the Rules of Procedure",
                                   fields: [FormField(.title, "Amendment: ")], purpose: .newRulesVersion,
                                   note: "It starts in drafting; add the rules it amends with e."))
            return
        }
        guard let v = selectedRulesVersion else {
            message = .info("No version yet: \(press(.newRulesVersion, in: .rules)) to draft the Rules of Procedure.")
            return
        }
        // Refuse an impossible step before asking for its details.
        var probe = v
        let day = max(today, v.history.last?.on ?? today)
        do {
            switch action {
            case .adoptRules: try probe.adopt(atSession: 1, on: day)
            case .submitRules: try probe.submit(on: day)
            case .approveRules: try probe.approve(resolution: "probe", on: day)
            case .returnRules: try probe.returnForRevision(reason: "probe", on: day)
            default: break
            }
        } catch let e as DomainError {
            message = .error(e.message)
            return
        } catch { return }
        switch action {
        case .linkRulesItem:
            guard let s = session else { return noSession() }
            let numbers = s.agenda.numbers
            let options = s.agenda.items.indices.map { PickOption(id: s.agenda.items[$0].id, label: "\(numbers[$0])  \(s.agenda.items[$0].title)") }
            mode = .picker(PickerState(title: "Item of session \(s.number) that discusses “\(v.title)”", options: options,
                                       purpose: .rulesItem(version: v.id, session: s.number)))
        case .editRule:
            // An amendment offers the rules in force it does not yet amend, with their text.
            let own = Set(v.rules.map(\.number))
            let amendable = v.isAmendment ? data.committee.rulesOfProcedure.consolidated().filter { !own.contains($0.number) } : []
            let options = v.rules.map { PickOption(id: "\($0.number)", label: "Rule \($0.number) — \($0.title)") }
                + amendable.map { PickOption(id: "amend-\($0.number)", label: "amend Rule \($0.number) — \($0.title) (in force)") }
                + [PickOption(id: "new", label: "+ a new rule")]
            mode = .picker(PickerState(title: "Edit which rule of “\(v.title)”?", options: options, purpose: .rule(version: v.id)))
        case .adoptRules:
            let session = data.sessions.last { $0.status != .planned }?.number ?? 1
            mode = .form(FormState(title: "Adopted by the Committee", fields: [FormField(.atSession, "\(session)"), FormField(.on, today.iso)],
                                   purpose: .rulesStep(version: v.id, step: .adopt)))
        case .submitRules:
            mode = .form(FormState(title: "Submitted to the Council", fields: [FormField(.on, today.iso)],
                                   purpose: .rulesStep(version: v.id, step: .submit)))
        case .approveRules:
            mode = .form(FormState(title: "Approved by the Council", fields: [FormField(.resolution, "", help: "e.g. Resolution No. 1501"), FormField(.on, today.iso)],
                                   purpose: .rulesStep(version: v.id, step: .approve)))
        case .returnRules:
            mode = .form(FormState(title: "Returned by the Council for revision", fields: [FormField(.reason, ""), FormField(.on, today.iso)],
                                   purpose: .rulesStep(version: v.id, step: .giveBack)))
        case .reopenRules:
            let day = today
            _ = edit("“\(v.title)” is back in drafting") { try $0.updateRules(v.id) { try $0.reopenDrafting(on: day) } }
        default:
            break
        }
    }

    mutating func openRuleForm(_ version: String, number: Int?, amending: Int? = nil) {
        guard let v = data.committee.rulesOfProcedure.first(where: { $0.id == version }) else { return }
        let inForce = amending.flatMap { n in data.committee.rulesOfProcedure.consolidated().first { $0.number == n } }
        let rule = number.flatMap { n in v.rules.first { $0.number == n } } ?? inForce
            ?? Rule(number: max((v.rules.map(\.number).max() ?? 0), v.isAmendment ? (data.committee.rulesOfProcedure.consolidated().map(\.number).max() ?? 0) : 0) + 1, title: "", text: "")
        mode = .form(FormState(title: "Rule \(rule.number) of “\(v.title)”",
                               fields: [FormField(.number, "\(rule.number)"), FormField(.title, rule.title), .paragraph(.text, rule.text)],
                               purpose: .rule(version: version, number: number),
                               note: language == .en ? nil : "This edits the English text; the \(language.name) text shown with v is not changed here."))
    }

    mutating func submitRulesForm(_ form: FormState) -> String? {
        switch form.purpose {
        case .newRulesVersion:
            let title = form.value(.title)
            guard !title.isEmpty, title != "Amendment:" else { return "Give the amendment a title that says what it changes." }
            let ids = Set(data.committee.rulesOfProcedure.map(\.id))
            var n = data.committee.rulesOfProcedure.count
            while ids.contains("rop-amendment-\(n)") { n += 1 }
            // An amendment: its rules replace those of the same number in the text in force.
            let version = RulesVersion(id: "rop-amendment-\(n)", title: title,
                                       history: [RulesEvent(on: today, state: .drafting, detail: "Drafting started.")],
                                       amendment: true)
            guard edit("Started “\(title)”", { $0.committee.rulesOfProcedure.append(version) }) else { return message?.text }
            listCursor[.rules] = data.committee.rulesOfProcedure.count - 1
        case let .rule(versionId, original):
            guard let number = Int(form.value(.number)), Limits.ruleNumber.contains(number) else {
                return "Rule number “\(form.value(.number))” is not a whole number from \(Limits.ruleNumber.lowerBound) to \(Limits.ruleNumber.upperBound)."
            }
            guard !form.value(.title).isEmpty, !form.value(.text).isEmpty else { return "A rule needs a title and its text." }
            let rule = Rule(number: number, title: form.value(.title), text: form.value(.text),
                            noticeDays: Rule.noticeStated(in: form.value(.text)))
            guard edit("Saved rule \(number)", { data in
                try data.updateRules(versionId) { v in
                    guard v.state == .drafting || v.state == .returned else {
                        throw DomainError("“\(v.title)” is \(v.state.label); its text can change only in drafting.")
                    }
                    if number != original, v.rules.contains(where: { $0.number == number }) {
                        throw DomainError("Rule \(number) already exists in this version; choose another number.")
                    }
                    v.rules.removeAll { $0.number == original || $0.number == number }
                    v.rules.append(rule)
                    v.rules.sort { $0.number < $1.number }
                }
            }) else { return message?.text }
        case let .rulesStep(versionId, step):
            guard let day = Day(iso: form.value(.on)) else { return "“\(form.value(.on))” is not a date; write it as \(today.iso)." }
            let ok: Bool
            switch step {
            case .adopt:
                guard case let .success(session) = Limits.sessionNumber(form.value(.atSession)) else {
                    return "“\(form.value(.atSession))” is not a session number; write one from \(Limits.sessionNumber.lowerBound) to \(Limits.sessionNumber.upperBound)."
                }
                ok = edit("Adopted by the Committee") { try $0.updateRules(versionId) { try $0.adopt(atSession: session, on: day) } }
            case .submit:
                ok = edit("Submitted to the Council") { try $0.updateRules(versionId) { try $0.submit(on: day) } }
            case .approve:
                let resolution = form.value(.resolution)
                ok = edit("Approved by the Council") { try $0.updateRules(versionId) { try $0.approve(resolution: resolution, on: day) } }
            case .giveBack:
                let reason = form.value(.reason)
                ok = edit("Returned for revision") { try $0.updateRules(versionId) { try $0.returnForRevision(reason: reason, on: day) } }
            case .reopen:
                ok = edit("Back in drafting") { try $0.updateRules(versionId) { try $0.reopenDrafting(on: day) } }
            }
            if !ok { return message?.text }
        default:
            break
        }
        return nil
    }
}

extension DataSet {
    mutating func updateRules(_ id: String, _ change: (inout RulesVersion) throws -> Void) throws {
        guard let i = committee.rulesOfProcedure.firstIndex(where: { $0.id == id }) else {
            throw DomainError("That version of the Rules of Procedure no longer exists.")
        }
        var copy = committee.rulesOfProcedure[i]
        try change(&copy)
        committee.rulesOfProcedure[i] = copy
    }
}
