import Foundation
import SCPFCore

/// The meeting console's actions: each is one undoable, immediately saved edit.
extension AppState {
    /// The kinds as the Committee words them ("took note"), never their file names.
    static let outcomeChoices = OutcomeKind.allCases.filter { $0 != .deferred }.map(\.label)

    /// The kind a choice names: its label, or (a draft kept by an older scpf) its file name.
    static func outcomeKind(_ choice: String) -> OutcomeKind? {
        OutcomeKind.allCases.first { $0.label == choice } ?? OutcomeKind(rawValue: choice)
    }

    var meetingItem: AgendaItem? {
        guard let s = session, let i = s.currentItemIndex else { return nil }
        return s.agenda.items[i]
    }

    mutating func performMeeting(_ action: Action, confirmedConclude: Bool = false) {
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
            let others = data.sessions.filter { $0.status == .inSession && $0.number != number }.map(\.number)
            if edit("Opened the meeting of session \(number)", { try $0.update(session: number) { try $0.openMeeting(at: now) } }), let other = others.first {
                // The room display and a restart follow the session in session: two confuse them.
                message = .error("Opened the meeting of session \(number), but session \(other) is still in session: close it (\(press(.showSessions)), select it, \(press(.closeMeeting, in: .meeting)) in its Meeting view) so the room display and a restart follow session \(number).")
            }
        case .nextItem, .previousItem:
            let step = action == .nextItem ? 1 : -1
            let items = s.agenda.items
            var index: Int
            if let current = s.currentItemIndex {
                index = current + step
            } else if let last = s.live?.lastItemId, let after = items.firstIndex(where: { $0.id == last }) {
                // After a conclusion: the item after it in agenda order (or before it).
                index = after + step
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
        case .addSpeaker, .rightOfReply, .pointOfOrder:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            if action == .addSpeaker, item.speakers.isClosed {
                message = .error("The speakers list of item \(s.agenda.number(of: item.id) ?? "") is closed: \(press(.toggleSpeakersList, in: .meeting)) to reopen it, or \(press(.rightOfReply, in: .meeting)) for a right of reply.")
                return
            }
            // Delegations present come first (in the committee's order), then the others.
            let present = Set(s.attendance)
            let states = data.committee.memberStates
            let ordered = states.filter { present.contains($0.id) } + states.filter { !present.contains($0.id) }
            let options = ordered.map { m -> PickOption in
                var label = m.displayName
                if present.contains(m.id) { label += "  · present" }
                if item.speakers.statements(by: m.id) > 0 { label += "  · spoke" }
                return PickOption(id: m.id, label: label)
            } + [PickOption(id: "Administration", label: "Administration"), PickOption(id: "Observer", label: "Observer (type a name)")]
            let purpose: PickPurpose, title: String
            switch action {
            case .rightOfReply: purpose = .interjection(session: number, itemId: item.id, kind: .reply); title = "Right of reply (ahead of the list)"
            case .pointOfOrder: purpose = .interjection(session: number, itemId: item.id, kind: .pointOfOrder); title = "Point of order (first of all)"
            default: purpose = .addSpeaker(session: number, itemId: item.id); title = "Add to the speakers list (type to find; Enter adds)"
            }
            mode = .picker(PickerState(title: title, options: options, purpose: purpose, allowsFreeText: true))
        case .toggleSpeakersList:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let closing = !item.speakers.isClosed
            let itemNumber = s.agenda.number(of: item.id) ?? ""
            onCurrent(closing ? "Closed the speakers list of item \(itemNumber) (\(item.speakers.waitingCount) waiting)" : "Reopened the speakers list of item \(itemNumber)") {
                try $0.setSpeakersListClosed(closing, itemId: $1)
            }
        case .nextSpeaker:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let next = s.waiting(at: 0, itemId: item.id)
            let name = next.map { delegationName($0.delegation) + ($0.kind.map { " (\($0.label))" } ?? "") } ?? "the next speaker"
            onCurrent("Gave the floor to \(name)") { try $0.nextSpeaker(itemId: $1, at: now) }
            listCursor[.meeting] = 0
        case .endSpeech:
            let speaking = meetingItem?.speakers.onTheFloor.map { delegationName($0.delegation) } ?? "the speaker"
            onCurrent("Ended the speech of \(speaking)") { try $0.endSpeech(itemId: $1, at: now) }
        case .removeSpeaker:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let position = listCursor[.meeting] ?? 0
            let who = s.waiting(at: position, itemId: item.id)
            let name = who.map { delegationName($0.delegation) + ($0.kind.map { " (\($0.label))" } ?? "") } ?? "place \(position + 1)"
            onCurrent("Removed \(name), \(Ordinal.suffixed(position + 1)) in line, from the speakers list") { try $0.removeSpeaker(at: position, itemId: $1) }
            moveCursor(0)
        case .speakerUp, .speakerDown:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let position = listCursor[.meeting] ?? 0
            let offset = action == .speakerUp ? -1 : 1
            let name = s.waiting(at: position, itemId: item.id).map { delegationName($0.delegation) } ?? "the speaker"
            onCurrent("Moved \(name) \(offset < 0 ? "up" : "down") to \(Ordinal.suffixed(position + offset + 1)) in line") { try $0.moveSpeaker(at: position, by: offset, itemId: $1) }
            if message?.kind != .error { listCursor[.meeting] = position + offset }
        case .speakingLimit:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            func text(_ v: Int?) -> String { v.map(String.init) ?? "" }
            mode = .form(FormState(title: "Speaking time limits, in seconds",
                                   fields: [FormField(.seconds, text(item.speakers.limitSeconds), help: "empty: the session's"),
                                            FormField(.sessionSeconds, text(s.speakingLimitSeconds), help: "empty for none"),
                                            FormField(.replySeconds, text(s.replyLimitSeconds), help: "empty for none")],
                                   purpose: .speakingLimit(session: number, itemId: item.id),
                                   note: "The session's default holds for every item that sets none; rights of reply and points of order have their own."))
        case .suspendMeeting:
            if s.isSuspended {
                let proposed = s.proposedMeeting(resumingAt: now)
                mode = .form(FormState(title: "Resume the meeting", fields: [FormField(.meeting, "\(proposed)", help: "\(Ordinal.suffixed(proposed)) meeting")],
                                       purpose: .resume(session: number),
                                       note: "The same number resumes the suspended meeting; the next number opens a new meeting (morning, afternoon, next day)."))
            } else {
                let meeting = s.currentMeeting.map { "the \(Ordinal.suffixed($0)) meeting" } ?? "the meeting"
                _ = edit("Suspended \(meeting); the clocks stop until it resumes (\(press(.suspendMeeting, in: .meeting)))") {
                    try $0.update(session: number) { try $0.suspendMeeting(at: now) }
                }
            }
        case .recordOutcome:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let kind = item.outcome?.kind ?? (item.purpose == .recommendation ? .recommendedApproval : .tookNote)
            let conclusion = item.outcome?.conclusion ?? Self.draftConclusion(kind: kind, item: item)
            mode = .form(FormState(title: "Outcome of item \(s.agenda.number(of: item.id) ?? "")",
                                   fields: [FormField(.outcome, kind.label, choices: Self.outcomeChoices, help: "Space or ←/→"),
                                            .paragraph(.conclusion, conclusion)],
                                   purpose: .outcome(session: number, itemId: item.id),
                                   note: "To defer the item to a later session, \(press(.deferItem, in: .meeting)) instead."))
        case .minuteNotes:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            mode = .form(FormState(title: "Minute notes, item \(s.agenda.number(of: item.id) ?? "")", fields: [.paragraph(.notes, item.notes)],
                                   purpose: .notes(session: number, itemId: item.id)))
        case .concludeItem:
            guard let item = meetingItem else { return onCurrent("", { _, _ in }) }
            let itemNumber = s.agenda.number(of: item.id) ?? ""
            // Concluding with delegations still waiting is a decision: say who, and ask.
            let waiting = item.speakers.queue.count
            if waiting > 0 || item.speakers.onTheFloor != nil, !confirmedConclude {
                let floor = item.speakers.onTheFloor.map { "\(delegationName($0.delegation)) has the floor" }
                let queue = waiting > 0 ? "\(waiting) delegation\(waiting == 1 ? " is" : "s are") still waiting to speak" : nil
                mode = .confirm(Confirmation(message: "Conclude item \(itemNumber) “\(item.title)”? \([floor, queue].compactMap { $0 }.joined(separator: " and ")).",
                                             action: .concludeItem(session: number, itemId: item.id)))
                return
            }
            onCurrent("Concluded item \(itemNumber)") { s, _ in try s.concludeCurrent(at: now) }
            if message?.kind != .error, let after = data.session(number) { message = .info(whatComesNext(after, concluded: itemNumber)) }
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
            // A state subject to Article 4 on the session's date is marked so (its voting rights).
            let options = data.committee.memberStates.map { PickOption(id: $0.id, label: data.committee.attendanceLabel($0.id, on: s.startDate)) }
            mode = .picker(PickerState(title: "Attendance — Space marks present", options: options, purpose: .attendance(session: number)))
        case .closeMeeting:
            guard s.status == .inSession else {
                message = .error("Session \(number) is \(s.status.label); only a session in session can be closed here.")
                return
            }
            mode = .confirm(Confirmation(message: closingQuestion(s), action: .closeMeeting(session: number)))
        default:
            break
        }
    }

    /// A delegation as the user sees it: the member state's name, else what was typed.
    func delegationName(_ id: String) -> String { data.committee.memberState(id)?.displayName ?? id }

    /// After a conclusion: what comes next in agenda order, and the key that takes it up.
    func whatComesNext(_ s: Session, concluded: String) -> String {
        let numbers = s.agenda.numbers
        let after = s.live?.lastItemId.flatMap { id in s.agenda.items.firstIndex { $0.id == id } } ?? -1
        let next = s.agenda.items.indices.first { $0 > after && ![.withdrawn, .deferred, .concluded].contains(s.agenda.items[$0].status) }
        guard let next else {
            let open = s.unfinishedItemIds.count
            return "Concluded item \(concluded). " + (open == 0 ? "Every item is done: \(press(.closeMeeting, in: .meeting)) closes the session."
                                                    : "No item follows; \(open) earlier item\(open == 1 ? " is" : "s are") not concluded: \(press(.jumpToItem, in: .meeting)) jumps to one.")
        }
        return "Concluded item \(concluded). Next: \(numbers[next]) \(s.agenda.items[next].title) — \(press(.nextItem, in: .meeting)) takes it up."
    }

    /// The closing dialog: what is unfinished, and the choices.
    func closingQuestion(_ s: Session) -> String {
        let unfinished = s.unfinishedItemIds
        let waiting = s.speakersWaiting
        guard !unfinished.isEmpty || waiting > 0 else {
            return "Close session \(s.number)? Every item is concluded, deferred or withdrawn. Outcomes can still be corrected afterwards (o in the Agenda view).\n\ny  close the session      n  keep it open"
        }
        let numbers = s.agenda.numbers
        // The choices first: on a small screen the dialog keeps them and cuts the list below.
        var lines = ["Close session \(s.number)? Not everything is finished (listed below)."]
        if !unfinished.isEmpty {
            lines.append("f  defer the unfinished items to session \(deferralTarget(after: s.number)) and close")
            lines.append("x  conclude them as “no action” and close")
        }
        lines.append("y  close as it is\(unfinished.isEmpty ? "" : " (they stay without a conclusion)")")
        lines.append("Esc  keep the session open")
        lines.append("")
        for id in unfinished.prefix(6) {
            guard let i = s.agenda.items.firstIndex(where: { $0.id == id }) else { continue }
            let item = s.agenda.items[i]
            let w = item.speakers.waitingCount
            let floor = item.speakers.onTheFloor.map { " · \(delegationName($0.delegation)) has the floor" } ?? ""
            lines.append("  \(numbers[i]) \(item.title.truncated(toColumns: 40)) · no outcome\(w > 0 ? " · \(w) waiting to speak" : "")\(floor)")
        }
        if unfinished.count > 6 { lines.append("  … and \(unfinished.count - 6) more item\(unfinished.count - 6 == 1 ? "" : "s")") }
        if waiting > 0 { lines.append("\(waiting) speaker\(waiting == 1 ? "" : "s") still waiting on the list\(waiting == 1 ? "" : "s").") }
        return lines.joined(separator: "\n")
    }

    /// The session an item is deferred to by default: the next one not closed.
    func deferralTarget(after number: Int) -> Int {
        data.sessions.first { $0.number > number && $0.status != .closed }?.number ?? number + 1
    }

    /// The outcome form of an item of a closed session: a correction.
    mutating func openCorrectionForm() {
        guard let s = session else { return noSession() }
        guard s.agenda.items.indices.contains(agendaCursor) else { message = .info("The agenda is empty."); return }
        let item = s.agenda.items[agendaCursor]
        let kind = item.outcome?.kind ?? .noAction
        let conclusion = item.outcome?.conclusion ?? Self.draftConclusion(kind: kind, item: item)
        mode = .form(FormState(title: "Correct the outcome of item \(s.agenda.numbers[agendaCursor])",
                               fields: [FormField(.outcome, kind.label, choices: Self.outcomeChoices, help: "Space or ←/→"),
                                        .paragraph(.conclusion, conclusion)],
                               purpose: .correction(session: s.number, itemId: item.id),
                               note: "Session \(s.number) is closed: this is recorded as a correction dated \(today.long), and the report says so."))
    }

    /// The outcome kind changed in an outcome form: an undrafted conclusion follows it, an
    /// edited one is replaced only if the user says so.
    mutating func outcomeKindChanged(_ form: inout FormState, from old: String) {
        let session: Int, itemId: String
        switch form.purpose {
        case let .outcome(n, id), let .correction(n, id): (session, itemId) = (n, id)
        default: return
        }
        guard let item = data.session(session)?.agenda.item(itemId),
              let oldKind = Self.outcomeKind(old), let newKind = Self.outcomeKind(form.value(.outcome)),
              let index = form.fields.firstIndex(where: { $0.id == .conclusion }) else { return }
        let current = form.fields[index].value
        let fresh = Self.draftConclusion(kind: newKind, item: item)
        let drafted = OutcomeKind.allCases.map { Self.draftConclusion(kind: $0, item: item) }
        if current.isEmpty || current == Self.draftConclusion(kind: oldKind, item: item) || drafted.contains(current) {
            form.fields[index].input = TextField(fresh, multiline: true)
        } else if current != fresh {
            form.askingToRedraft = fresh
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
        let title = data.session(number)?.agenda.item(itemId)?.title ?? "the item"
        let shown = data.session(number)?.agenda.number(of: itemId).map { "item \($0) " } ?? ""
        _ = edit("Took up \(shown)“\(title)”") { try $0.update(session: number) { try $0.takeUp(itemId: itemId, at: now) } }
        listCursor[.meeting] = 0
    }

    mutating func submitMeetingForm(_ form: FormState) -> String? {
        let now = self.now
        switch form.purpose {
        case let .outcome(number, itemId):
            let kind = Self.outcomeKind(form.value(.outcome)) ?? .tookNote
            let outcome = Outcome(kind: kind, conclusion: form.value(.conclusion))
            guard edit("Recorded the outcome: \(kind.label)", { try $0.update(session: number) { try $0.recordOutcome(itemId: itemId, outcome) } }) else { return message?.text }
        case let .notes(number, itemId):
            let notes = form.text(.notes)
            _ = edit("Saved the minute notes") { try $0.update(session: number) { try $0.setNotes(itemId: itemId, notes) } }
        case let .speakingLimit(number, itemId):
            var values: [FieldID: Int?] = [:]
            for id in [FieldID.seconds, .sessionSeconds, .replySeconds] {
                let text = form.value(id)
                let seconds = text.isEmpty ? nil : Int(text)
                if !text.isEmpty && seconds == nil { return "“\(text)” (\(id.label)) is not a number of seconds; write e.g. 180, or leave it empty." }
                values[id] = seconds
            }
            let summary = [values[.seconds]!.map { "item \(clockText(seconds: $0))" } ?? "item: the session's",
                           values[.sessionSeconds]!.map { "session \(clockText(seconds: $0))" } ?? "session: none",
                           values[.replySeconds]!.map { "replies \(clockText(seconds: $0))" } ?? "replies: none"].joined(separator: ", ")
            guard edit("Set the speaking limits (\(summary))", { try $0.update(session: number) {
                try $0.setSpeakingLimit(seconds: values[.seconds]!, itemId: itemId)
                try $0.setSessionSpeakingLimits(statement: values[.sessionSeconds]!, reply: values[.replySeconds]!)
            } }) else { return message?.text }
        case let .correction(number, itemId):
            let kind = Self.outcomeKind(form.value(.outcome)) ?? .noAction
            let outcome = Outcome(kind: kind, conclusion: form.value(.conclusion))
            let day = today
            let itemNumber = data.session(number)?.agenda.number(of: itemId) ?? ""
            guard edit("Corrected the outcome of item \(itemNumber): \(kind.label), dated \(day.long)", { try $0.update(session: number) { try $0.correctOutcome(itemId: itemId, outcome, on: day) } }) else {
                return message?.kind == .error ? message?.text : nil
            }
        case let .resume(number):
            guard let meeting = Int(form.value(.meeting)), meeting > 0 else {
                return "“\(form.value(.meeting))” is not a meeting number; write the number, e.g. 2 for the 2nd meeting."
            }
            guard edit("Resumed: the \(Ordinal.suffixed(meeting)) meeting sits", { try $0.update(session: number) { try $0.resumeMeeting(at: now, meeting: meeting) } }) else { return message?.text }
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

/// What closing does with the items that have no conclusion.
enum UnfinishedChoice { case leave, `defer`, noAction }

extension AppState {
    /// Closes the session, first deferring the unfinished items to the next session or
    /// concluding them as "no action": one undoable step.
    mutating func closeMeeting(_ number: Int, unfinished choice: UnfinishedChoice) {
        let now = self.now
        guard let s = data.session(number) else { return noSession() }
        let open = s.unfinishedItemIds
        let target = deferralTarget(after: number)
        let unloaded = unloadedSessionNumbers, noted = chair.itemIds(session: target)
        var description = "Closed session \(number)"
        switch choice {
        case .leave where !open.isEmpty: description += "; \(open.count) item\(open.count == 1 ? "" : "s") left without a conclusion"
        case .defer: description += " and deferred \(open.count) unfinished item\(open.count == 1 ? "" : "s") to session \(target)"
        case .noAction: description += "; \(open.count) unfinished item\(open.count == 1 ? "" : "s") concluded as “no action”"
        default: break
        }
        _ = edit(description) { data in
            guard var source = data.session(number) else { throw DomainError("Session \(number) no longer exists.") }
            switch choice {
            case .leave: break
            case .noAction:
                for id in open {
                    guard let item = source.agenda.item(id) else { continue }
                    try source.recordOutcome(itemId: id, Outcome(kind: .noAction, conclusion: Self.draftConclusion(kind: .noAction, item: item)))
                }
            case .defer:
                var t: Session
                if let existing = data.session(target) { t = existing } else {
                    if unloaded.contains(target) { throw DomainError("Session \(target) is still being read from disk; try again in a moment.") }
                    t = Session.proposeNext(after: data.sessions.filter { $0.number < target }, pattern: data.committee.meetingPattern, today: Day(now))
                    t.number = target
                }
                var avoid = noted
                for id in open {
                    try Deferral.apply(itemId: id, from: &source, to: &t, at: now, avoiding: avoid)
                    avoid.formUnion(t.agenda.items.map(\.id))
                }
                data.upsert(t)
            }
            try source.closeMeeting(at: now)
            data.upsert(source)
        }
    }
}
