import SCPFCore

/// Keys in a picker, and what choosing an option does, for every kind of picker.
extension AppState {
    mutating func handlePicker(_ key: Key, _ picker: inout PickerState) {
        let matches = picker.matches
        switch key {
        case .escape:
            mode = .normal
            return
        case .up, .ctrl("p"):
            picker.selected = max(0, picker.selected - 1)
        case .down, .ctrl("n"), .tab:
            picker.selected = min(max(matches.count - 1, 0), picker.selected + 1)
        // Space toggles; while a name is being typed it is part of the name ("United States"),
        // and Enter toggles the one found.
        case .char(" ") where picker.purpose.isToggleList && picker.query.text.isEmpty:
            toggleSelected(picker, matches)
        case .enter where picker.purpose.isToggleList && !picker.query.text.isEmpty:
            toggleSelected(picker, matches)
            picker.query = TextField()
            picker.selected = 0
        case .enter:
            if picker.purpose.isToggleList { mode = .normal; return }
            mode = .normal
            let choice = picker.selected < matches.count ? matches[picker.selected].id : nil
            pick(choice ?? (picker.allowsFreeText ? picker.query.text.trimmingCharacters(in: .whitespaces) : ""), picker.purpose)
            return
        default:
            if picker.query.handle(key) { picker.selected = 0 }
        }
        mode = .picker(picker)
    }

    /// Toggles the selected option of a toggle list (a term of reference, a delegation present).
    private mutating func toggleSelected(_ picker: PickerState, _ matches: [PickOption]) {
        guard picker.selected < matches.count else { return }
        if case let .torTags(number, itemId) = picker.purpose {
            toggleToR(matches[picker.selected].id, session: number, itemId: itemId)
        }
        if case .attendance(let number) = picker.purpose {
            let id = matches[picker.selected].id
            let name = matches[picker.selected].label
            let present = data.session(number)?.attendance.contains(id) == true
            _ = edit("\(name) marked \(present ? "absent" : "present")") { try $0.update(session: number) { $0.toggleAttendance(id) } }
        }
    }

    mutating func pick(_ id: String, _ purpose: PickPurpose) {
        guard !id.isEmpty else { message = .info("Nothing chosen."); return }
        switch purpose {
        case .jumpToItem(let number):
            takeUp(id, in: number)
        case let .addSpeaker(number, itemId):
            let name = delegationName(id)
            let spoke = data.session(number)?.agenda.item(itemId)?.speakers.statements(by: id) ?? 0
            let place = (data.session(number)?.agenda.item(itemId)?.speakers.waitingCount ?? 0) + 1
            let second = spoke > 0 ? " (\(Ordinal.suffixed(spoke + 1)) intervention)" : ""
            _ = edit("Added \(name)\(second) to the speakers list, \(Ordinal.suffixed(place)) in line") { try $0.update(session: number) { try $0.addSpeaker(id, itemId: itemId, name: name) } }
        case let .interjection(number, itemId, kind):
            let name = delegationName(id)
            _ = edit("\(name): \(kind.label), ahead of the list") { try $0.update(session: number) { try $0.addInterjection(id, kind: kind, itemId: itemId) } }
            listCursor[.meeting] = 0
        case .attendance, .torTags:
            break
        case .reportSection(let number):
            openReportSectionForm(number, key: id)
        case .itemCouncilAction(let number):
            openItemCouncilActionForm(number, itemId: id)
        case .rule(let version):
            if id.hasPrefix("amend-") { openRuleForm(version, number: nil, amending: Int(id.dropFirst("amend-".count))) } else { openRuleForm(version, number: Int(id)) }
        case let .document(number, itemId):
            openDocumentForm(number, itemId: itemId, symbol: id)
        case .missingTranslation(let number):
            openMissingTranslationForm(number, id: id)
        case let .rulesItem(version, number):
            let title = data.session(number)?.agenda.item(id)?.title ?? id
            _ = edit("Linked to “\(title)” of session \(number)") {
                try $0.updateRules(version) { $0.agendaItem = ItemLink(session: number, itemId: id) }
            }
        }
    }
}

extension PickPurpose {
    var isAttendance: Bool { if case .attendance = self { return true } else { return false } }
    /// Lists where Space toggles choices in place (Enter while a name is typed) and Enter closes.
    var isToggleList: Bool {
        switch self {
        case .attendance, .torTags: true
        default: false
        }
    }
}
