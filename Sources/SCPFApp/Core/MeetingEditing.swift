import Foundation
import SCPFCore

/// The meeting console's actions: each is one undoable, immediately saved edit.
extension AppState {
    static let outcomeChoices = OutcomeKind.allCases.filter { $0 != .deferred }.map(\.rawValue)

    var meetingItem: AgendaItem? {
        guard let s = session, let i = s.currentItemIndex else { return nil }
        return s.agenda.items[i]
    }

    mutating func performMeeting(_ action: Action) {
        guard let s = session else { return noSession() }
        let now = self.now
        let number = s.number
        func onCurrent(_ what: String, _ body: (inout Session, String) throws -> Void) {
            guard let item = meetingItem else {
                message = .info(s.status == .inSession ? "No item is under consideration: \(press(.nextItem, in: .meeting)) or \(Keymap.key(of: .jumpToItem, in: .meeting) ?? "the palette") to take one up." :
                                "Session \(number) is \(s.status.label): \(press(.openMeeting, in: .meeting)) to open the meeting.")
                return
            }
            _ = edit(what) { try $0.update(session: number) { try body(&$0, item.id) } }
        }
        switch action {
        case .openMeeting:
            _ = edit("Opened the meeting of session \(number)") { try $0.update(session: number) { try $0.openMeeting(at: now) } }
        case .nextItem, .previousItem:
            let step = action == .nextItem ? 1 : -1
            let items = s.agenda.items
            var index: Int
            if let current = s.currentItemIndex {
                index = current + step
            } else if step > 0 {
                // Nothing under consideration: the first item still pending.
                index = items.firstIndex { $0.status == .pending } ?? items.count
            } else {
                index = items.lastIndex { $0.status == .concluded } ?? -1
            }
            while items.indices.contains(index), [.withdrawn, .deferred].contains(items[index].status) { index += step }
            guard items.indices.contains(index) else {
                message = .info(step > 0 ? "This is the last item." : "This is the first item.")
                return
            }
            takeUp(items[index].id, in: number)
        case .jumpToItem:
            let numbers = s.agenda.numbers
            let options = s.agenda.items.indices.map { PickOption(id: s.agenda.items[$0].id, label: "\(numbers[$0])  \(s.agenda.items[$0].title)  · \(s.agenda.items[$0].status.label)") }
            mode = .picker(PickerState(title: "Take up item", options: options, purpose: .jumpToItem(session: number)))
        case .addSpeaker:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let options = data.committee.memberStates.map { PickOption(id: $0.id, label: $0.displayName) }
                + [PickOption(id: "Administration", label: "Administration"), PickOption(id: "Observer", label: "Observer (type a name)")]
            mode = .picker(PickerState(title: "Add to the speakers list (type to find; Enter adds)", options: options,
                                       purpose: .addSpeaker(session: number, itemId: item.id), allowsFreeText: true))
        case .nextSpeaker:
            onCurrent("Gave the floor to the next speaker") { try $0.nextSpeaker(itemId: $1, at: now) }
            listCursor[.meeting] = 0
        case .endSpeech:
            onCurrent("Ended the speech") { try $0.endSpeech(itemId: $1, at: now) }
        case .removeSpeaker:
            let position = listCursor[.meeting] ?? 0
            onCurrent("Removed a speaker from the queue") { try $0.removeSpeaker(at: position, itemId: $1) }
            moveCursor(0)
        case .speakerUp, .speakerDown:
            let position = listCursor[.meeting] ?? 0
            let offset = action == .speakerUp ? -1 : 1
            onCurrent("Moved a speaker \(offset < 0 ? "up" : "down")") { try $0.moveSpeaker(at: position, by: offset, itemId: $1) }
            if message?.kind != .error { listCursor[.meeting] = position + offset }
        case .speakingLimit:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            mode = .form(FormState(title: "Speaking time limit", fields: [FormField(.seconds, item.speakers.limitSeconds.map(String.init) ?? "180", help: "empty for none")],
                                   purpose: .speakingLimit(session: number, itemId: item.id)))
        case .recordOutcome:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let kind = item.outcome?.kind ?? (item.purpose == .recommendation ? .recommendedApproval : .tookNote)
            let conclusion = item.outcome?.conclusion ?? Self.draftConclusion(kind: kind, item: item)
            mode = .form(FormState(title: "Outcome of item \(s.agenda.number(of: item.id) ?? "")",
                                   fields: [FormField(.outcome, kind.rawValue, choices: Self.outcomeChoices, help: "Space or ←/→"),
                                            .paragraph(.conclusion, conclusion)],
                                   purpose: .outcome(session: number, itemId: item.id),
                                   note: "To defer the item to a later session, \(press(.deferItem, in: .meeting)) instead."))
        case .minuteNotes:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            mode = .form(FormState(title: "Minute notes, item \(s.agenda.number(of: item.id) ?? "")", fields: [.paragraph(.notes, item.notes)],
                                   purpose: .notes(session: number, itemId: item.id)))
        case .concludeItem:
            onCurrent("Concluded the item") { s, _ in try s.concludeCurrent(at: now) }
        case .deferItem:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let next = data.sessions.first { $0.number > number && $0.status != .closed }?.number ?? number + 1
            mode = .form(FormState(title: "Defer item \(s.agenda.number(of: item.id) ?? "")", fields: [FormField(.toSession, "\(next)")],
                                   purpose: .deferral(session: number, itemId: item.id),
                                   note: "The item goes on that session's agenda, linked to this one; a session that does not exist yet is created."))
        case .withdrawItem:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            mode = .confirm(Confirmation(message: "Withdraw item \(s.agenda.number(of: item.id) ?? "") “\(item.title)”? The withdrawal is recorded as a revision of the agenda.",
                                         action: .withdrawItem(session: number, id: item.id)))
        case .addItemInSession:
            let at = s.agenda.items.lastIndex { $0.title.lowercased().hasPrefix("other business") } ?? s.agenda.items.count
            mode = .form(FormState(title: "Add an item in session \(number)", fields: itemFields(AgendaItem(id: "", title: "")),
                                   purpose: .newItem(session: number, at: at),
                                   note: s.agenda.state == .draft ? nil : "Added in session: recorded as a revision of the adopted agenda."))
        case .attendance:
            let options = data.committee.memberStates.map { PickOption(id: $0.id, label: $0.displayName) }
            mode = .picker(PickerState(title: "Attendance — Space marks present", options: options, purpose: .attendance(session: number)))
        case .closeMeeting:
            mode = .confirm(Confirmation(message: "Close session \(number)? The session's status becomes closed; outcomes can still be edited for the report.",
                                         action: .closeMeeting(session: number)))
        default:
            break
        }
    }

    /// A first draft of the conclusion in the Committee's words.
    static func draftConclusion(kind: OutcomeKind, item: AgendaItem) -> String {
        let docs = item.documents.map(\.symbol)
        let ref = docs.isEmpty ? "the item" : (docs.count == 1 ? "document \(docs[0])" : "documents \(docs.joined(separator: " and "))")
        switch kind {
        case .tookNote: return "The Committee took note of \(ref)."
        case .recommendedApproval: return "The Committee recommended that the Council approve \(item.title)\(docs.isEmpty ? "" : " (\(docs.joined(separator: ", ")))")."
        case .endorsed: return "The Committee endorsed \(ref)."
        case .requestedInformation: return "The Committee requested further information on \(ref)."
        case .referredToCouncil: return "The Committee referred \(item.title) to the Council."
        case .noAction: return "The Committee took no action on the item."
        case .deferred: return "The Committee decided to defer its consideration of the item."
        case .agreed: return "The Committee agreed to the proposals in \(ref)."
        case .decided: return "The Committee decided on \(item.title)."
        case .approved: return "The Committee approved \(ref)."
        case .urgentDecision: return "Under paragraph (i) of its terms of reference, the Committee decided on \(item.title), a matter within the competence of the Council; the decision is submitted to the Council for approval at its next session."
        }
    }

    mutating func takeUp(_ itemId: String, in number: Int) {
        let now = self.now
        let title = data.session(number)?.agenda.item(itemId)?.title ?? itemId
        _ = edit("Took up “\(title)”") { try $0.update(session: number) { try $0.takeUp(itemId: itemId, at: now) } }
        listCursor[.meeting] = 0
    }

    mutating func submitMeetingForm(_ form: FormState) -> String? {
        let now = self.now
        switch form.purpose {
        case let .outcome(number, itemId):
            let kind = OutcomeKind(rawValue: form.value(.outcome)) ?? .tookNote
            let outcome = Outcome(kind: kind, conclusion: form.value(.conclusion))
            guard edit("Recorded the outcome: \(kind.label)", { try $0.update(session: number) { try $0.recordOutcome(itemId: itemId, outcome) } }) else { return message?.text }
        case let .notes(number, itemId):
            let notes = form.text(.notes)
            _ = edit("Saved the minute notes") { try $0.update(session: number) { try $0.setNotes(itemId: itemId, notes) } }
        case let .speakingLimit(number, itemId):
            let text = form.value(.seconds)
            let seconds = text.isEmpty ? nil : Int(text)
            if !text.isEmpty && seconds == nil { return "“\(text)” is not a number of seconds; write e.g. 180, or leave it empty for no limit." }
            guard edit("Set the speaking limit", { try $0.update(session: number) { try $0.setSpeakingLimit(seconds: seconds, itemId: itemId) } }) else { return message?.text }
        case let .deferral(number, itemId):
            guard case let .success(to) = Limits.sessionNumber(form.value(.toSession)) else {
                return "“\(form.value(.toSession))” is not a session number; write one from \(Limits.sessionNumber.lowerBound) to \(Limits.sessionNumber.upperBound)."
            }
            var created = false
            let unloaded = unloadedSessionNumbers, noted = chair.itemIds(session: to)
            let ok = edit("Deferred the item to session \(to)") { data in
                guard var source = data.session(number) else { throw DomainError("Session \(number) no longer exists.") }
                var target: Session
                if let existing = data.session(to) { target = existing } else {
                    if unloaded.contains(to) { throw DomainError("Session \(to) is still being read from disk; try again in a moment.") }
                    target = Session.proposeNext(after: data.sessions.filter { $0.number < to }, pattern: data.committee.meetingPattern, today: Day(now))
                    target.number = to
                    created = true
                }
                try Deferral.apply(itemId: itemId, from: &source, to: &target, at: now, avoiding: noted)
                data.upsert(source); data.upsert(target)
            }
            guard ok else { return message?.text }
            if created { message = .info("Deferred the item to session \(to), created for it (\(data.session(to).map { dayRangeText($0.startDate, $0.endDate) } ?? "")). \(press(.undo).capitalizedFirst) to undo.") }
        default:
            break
        }
        return nil
    }
}
