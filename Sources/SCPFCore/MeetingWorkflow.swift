import Foundation

/// What happens in the room: opening the session, taking up items, the speakers list,
/// outcomes, deferrals and attendance. Each method applies the whole change or throws a
/// `DomainError` sentence and changes nothing.
extension Session {
    /// Opens the session: status in session, the clock starts, the agenda is adopted (its
    /// adoption is the first step) and the first item is taken up.
    public mutating func openMeeting(at time: Date) throws {
        var copy = self
        switch copy.status {
        case .planned:
            throw DomainError("Session \(number) is only planned: mark it convened first.", remedy: .conveneSession)
        case .closed:
            throw DomainError("Session \(number) is closed; it cannot be opened again.")
        case .convened:
            copy.status = .inSession
        case .inSession:
            break
        }
        if copy.agenda.state == .draft {
            throw DomainError("The agenda of session \(number) is still a draft: issue the provisional agenda before the session opens.", remedy: .issueAgenda)
        }
        if copy.agenda.state == .provisional {
            copy.agenda.state = .adopted
            copy.agenda.adoptedOn = Day(time)
        }
        var live = copy.live ?? LiveState()
        if live.sessionStartedAt == nil { live.sessionStartedAt = Timestamp.whole(time) }
        copy.live = live
        if live.currentItemId == nil, let first = copy.agenda.items.first(where: { $0.status == .pending }) {
            try copy.takeUp(itemId: first.id, at: time)
        }
        self = copy
    }

    /// Makes `itemId` the item under consideration. The item left keeps its place: concluded
    /// when it has an outcome, otherwise back to pending.
    public mutating func takeUp(itemId: String, at time: Date) throws {
        guard status == .inSession else {
            throw DomainError("Session \(number) is \(status.label): open the meeting first.", remedy: .openMeeting)
        }
        guard let index = agenda.items.firstIndex(where: { $0.id == itemId }) else {
            throw DomainError("Item \(itemId) is not on the agenda of session \(number).")
        }
        let item = agenda.items[index]
        if item.status == .withdrawn || item.status == .deferred {
            throw DomainError("Item \(agenda.numbers[index]) was \(item.status.label); it cannot be taken up in this session.")
        }
        if let current = live?.currentItemId, current == itemId { return }
        for i in agenda.items.indices where agenda.items[i].status == .underConsideration {
            endCurrentSpeech(itemIndex: i, at: time)
            agenda.items[i].status = agenda.items[i].outcome == nil ? .pending : .concluded
        }
        agenda.items[index].status = .underConsideration
        var live = self.live ?? LiveState(sessionStartedAt: Timestamp.whole(time))
        live.currentItemId = itemId
        live.itemStartedAt = Timestamp.whole(time)
        self.live = live
    }

    public var currentItemIndex: Int? {
        guard let id = live?.currentItemId else { return nil }
        return agenda.items.firstIndex { $0.id == id }
    }

    /// Records the outcome; the item is concluded (or deferred, see `deferItem`).
    public mutating func recordOutcome(itemId: String, _ outcome: Outcome) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == itemId }) else {
            throw DomainError("Item \(itemId) is not on the agenda of session \(number).")
        }
        if outcome.kind == .deferred {
            throw DomainError("Deferring moves the item to another session: use defer (f) and choose the session.")
        }
        guard agenda.items[index].status != .withdrawn else {
            throw DomainError("Item \(agenda.numbers[index]) was withdrawn; it has no outcome.")
        }
        guard agenda.items[index].status != .deferred else {
            throw DomainError("Item \(agenda.numbers[index]) was deferred to another session; it has no other outcome in this one.")
        }
        if outcome.kind == .urgentDecision, startDate < Session.urgentDecisionsSince {
            throw DomainError("Urgent decisions under paragraph (i) of the terms of reference exist only since \(Session.urgentDecisionsSince.long); session \(number) opened on \(startDate.long).")
        }
        var outcome = outcome
        // The Council's action on a recommendation or urgent decision survives a redrafted conclusion.
        if outcome.councilAction == nil, outcome.kind.awaitsCouncil, agenda.items[index].outcome?.kind == outcome.kind {
            outcome.councilAction = agenda.items[index].outcome?.councilAction
        }
        agenda.items[index].outcome = outcome
        if agenda.items[index].status != .underConsideration { agenda.items[index].status = .concluded }
    }

    public mutating func setNotes(itemId: String, _ notes: String) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == itemId }) else {
            throw DomainError("Item \(itemId) is not on the agenda of session \(number).")
        }
        agenda.items[index].notes = notes
    }

    /// Concludes the item under consideration (it must have an outcome).
    public mutating func concludeCurrent(at time: Date) throws {
        guard let index = currentItemIndex else { throw DomainError("No item is under consideration.") }
        guard agenda.items[index].outcome != nil else {
            throw DomainError("Item \(agenda.numbers[index]) has no outcome yet: record it first (o), then conclude.")
        }
        endCurrentSpeech(itemIndex: index, at: time)
        agenda.items[index].status = .concluded
        live?.currentItemId = nil
        live?.itemStartedAt = nil
    }

    /// Closes the meeting: the session is closed, the speaker still speaking is stopped.
    public mutating func closeMeeting(at time: Date) throws {
        guard status == .inSession else {
            throw DomainError("Session \(number) is \(status.label); only a session in session can be closed here.")
        }
        if let open = agenda.items.firstIndex(where: { $0.status == .underConsideration }) {
            endCurrentSpeech(itemIndex: open, at: time)
            agenda.items[open].status = agenda.items[open].outcome == nil ? .pending : .concluded
        }
        status = .closed
        live?.currentItemId = nil
        live?.itemStartedAt = nil
    }

    // MARK: Speakers

    public mutating func addSpeaker(_ delegation: String, itemId: String) throws {
        let index = try itemIndex(itemId)
        let name = delegation.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw DomainError("Name the delegation to add to the speakers list.") }
        if agenda.items[index].speakers.queue.contains(name) {
            throw DomainError("\(name) is already on the speakers list of this item.")
        }
        agenda.items[index].speakers.queue.append(name)
    }

    public mutating func removeSpeaker(at position: Int, itemId: String) throws {
        let index = try itemIndex(itemId)
        guard agenda.items[index].speakers.queue.indices.contains(position) else {
            throw DomainError("There is no one at place \(position + 1) of the speakers list.")
        }
        agenda.items[index].speakers.queue.remove(at: position)
    }

    public mutating func moveSpeaker(at position: Int, by offset: Int, itemId: String) throws {
        let index = try itemIndex(itemId)
        let queue = agenda.items[index].speakers.queue
        let target = position + offset
        guard queue.indices.contains(position), queue.indices.contains(target) else {
            throw DomainError("The speaker is already \(offset < 0 ? "first" : "last") in the queue.")
        }
        agenda.items[index].speakers.queue.swapAt(position, target)
    }

    /// Ends the current speech and gives the floor to the first in the queue.
    public mutating func nextSpeaker(itemId: String, at time: Date) throws {
        let index = try itemIndex(itemId)
        guard agenda.items[index].status == .underConsideration else {
            throw DomainError("Item \(agenda.numbers[index]) is not under consideration; take it up first.")
        }
        guard !agenda.items[index].speakers.queue.isEmpty else {
            throw DomainError("The speakers list is empty: add a delegation (s) first.")
        }
        endCurrentSpeech(itemIndex: index, at: time)
        let next = agenda.items[index].speakers.queue.removeFirst()
        agenda.items[index].speakers.speeches.append(Speech(delegation: next, startedAt: Timestamp.whole(time)))
    }

    /// Stops the speaker who has the floor, if any.
    public mutating func endSpeech(itemId: String, at time: Date) throws {
        let index = try itemIndex(itemId)
        guard agenda.items[index].speakers.speeches.last?.endedAt == nil,
              !agenda.items[index].speakers.speeches.isEmpty else {
            throw DomainError("No one has the floor.")
        }
        endCurrentSpeech(itemIndex: index, at: time)
    }

    public mutating func setSpeakingLimit(seconds: Int?, itemId: String) throws {
        let index = try itemIndex(itemId)
        if let s = seconds, !Limits.speakingSeconds.contains(s) { throw DomainError("A speaking limit is between 1 second and 60 minutes.") }
        agenda.items[index].speakers.limitSeconds = seconds
    }

    mutating func endCurrentSpeech(itemIndex index: Int, at time: Date) {
        guard let last = agenda.items[index].speakers.speeches.indices.last,
              agenda.items[index].speakers.speeches[last].endedAt == nil else { return }
        agenda.items[index].speakers.speeches[last].endedAt = max(Timestamp.whole(time), agenda.items[index].speakers.speeches[last].startedAt)
    }

    func itemIndex(_ id: String) throws -> Int {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("Item \(id) is not on the agenda of session \(number).")
        }
        return index
    }

    // MARK: Attendance

    public mutating func toggleAttendance(_ memberStateId: String) {
        if let i = attendance.firstIndex(of: memberStateId) { attendance.remove(at: i) } else {
            attendance.append(memberStateId)
            attendance.sort()
        }
    }

    /// Withdraws an item in session, recording the revision.
    public mutating func withdrawItem(id: String, at time: Date) throws {
        let index = try itemIndex(id)
        guard agenda.items[index].status != .concluded else {
            throw DomainError("Item \(agenda.numbers[index]) is concluded; a concluded item cannot be withdrawn.")
        }
        guard agenda.items[index].status != .deferred else {
            throw DomainError("Item \(agenda.numbers[index]) is already deferred to another session; it cannot be withdrawn here.")
        }
        if live?.currentItemId == id { endCurrentSpeech(itemIndex: index, at: time); live?.currentItemId = nil; live?.itemStartedAt = nil }
        try removeItem(id: id, time: time)
    }
}

/// Deferring moves an item to a later session's draft agenda, linked both ways.
public enum Deferral {
    /// Marks the item deferred in `source` and adds it to `target`'s agenda (supplementary if
    /// that agenda is already issued).
    /// `avoiding`: item ids named elsewhere for the target session (the chair's notes), never
    /// given to the carried-over item.
    public static func apply(itemId: String, from source: inout Session, to target: inout Session, at time: Date,
                             avoiding: Set<String> = []) throws {
        guard target.number > source.number else {
            throw DomainError("An item can only be deferred to a later session than \(source.number).")
        }
        let index = try source.itemIndex(itemId)
        let item = source.agenda.items[index]
        guard item.status != .concluded && item.status != .withdrawn && item.status != .deferred else {
            throw DomainError("Item \(source.agenda.numbers[index]) is \(item.status.label); only a pending or current item can be deferred.")
        }
        guard target.status != .closed else { throw DomainError("Session \(target.number) is closed; defer to a later one.") }
        var s = source, t = target
        s.endCurrentSpeech(itemIndex: index, at: time)
        s.agenda.items[index].status = .deferred
        s.agenda.items[index].outcome = Outcome(kind: .deferred, deferredTo: t.number,
            conclusion: "The Committee decided to defer its consideration of the item to its \(Ordinal.words(t.number)) session.")
        if s.live?.currentItemId == itemId { s.live?.currentItemId = nil; s.live?.itemStartedAt = nil }
        s.recordRevision(.deferred, itemId: itemId, detail: "Deferred item \(s.agenda.numbers[index]) “\(item.title)” to session \(t.number).", at: time)
        var carried = AgendaItem(id: t.agenda.nextItemId(avoiding: avoiding), title: item.title, tor: item.tor, procedural: item.procedural,
                                 origin: .previousSession, purpose: item.purpose, documents: item.documents,
                                 minutesAllotted: item.minutesAllotted, carriedOverFrom: ItemLink(session: s.number, itemId: itemId))
        carried.level = 0
        let otherBusiness = t.agenda.items.lastIndex { $0.title.lowercased().hasPrefix("other business") } ?? t.agenda.items.count
        try t.insertItem(carried, at: otherBusiness, time: time)
        source = s; target = t
    }
}
