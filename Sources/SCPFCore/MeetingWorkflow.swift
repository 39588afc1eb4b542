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
        if copy.sittings?.isEmpty ?? true { copy.sittings = [Sitting(meeting: 1, startedAt: Timestamp.whole(time))] }
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
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
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
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
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
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
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
        live?.lastItemId = agenda.items[index].id
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
        if let last = sittings?.indices.last, sittings?[last].endedAt == nil { sittings?[last].endedAt = Timestamp.whole(time) }
        live?.currentItemId = nil
        live?.itemStartedAt = nil
    }

    // MARK: Meetings (sittings)

    /// The meeting is suspended: the session is in session and its last sitting has ended.
    public var isSuspended: Bool { status == .inSession && sittings?.last.map { $0.endedAt != nil } == true }

    /// The meeting now sitting (or last sat), 1 for the 1st meeting.
    public var currentMeeting: Int? { sittings?.last?.meeting }

    /// Suspends the meeting: the sitting ends, and so does the speech on the floor (it does
    /// not go on counting while the room is empty).
    public mutating func suspendMeeting(at time: Date) throws {
        guard status == .inSession else {
            throw DomainError("Session \(number) is \(status.label): only a meeting in session can be suspended.", remedy: status == .convened ? .openMeeting : nil)
        }
        guard let last = sittings?.indices.last, sittings?[last].endedAt == nil else {
            throw DomainError("The meeting is already suspended.")
        }
        if let open = currentItemIndex { endCurrentSpeech(itemIndex: open, at: time) }
        let started = sittings?[last].startedAt ?? time
        sittings?[last].endedAt = max(Timestamp.whole(time), started)
    }

    /// The meeting a resumption most likely starts: the same meeting later the same half-day,
    /// the next one on another day or after the midday break.
    public func proposedMeeting(resumingAt time: Date) -> Int {
        guard let last = sittings?.last else { return 1 }
        guard let ended = last.endedAt else { return last.meeting }
        let (endDay, startDay) = (Day(ended), Day(time))
        func afternoon(_ d: Date) -> Bool { Int(d.timeIntervalSince1970) % 86_400 >= 14 * 3600 }
        if endDay != startDay || afternoon(ended) != afternoon(time) { return last.meeting + 1 }
        return last.meeting
    }

    /// Resumes after a suspension: a new sitting of `meeting` (the same meeting resumed, or
    /// the next one).
    public mutating func resumeMeeting(at time: Date, meeting: Int? = nil) throws {
        guard status == .inSession else {
            throw DomainError("Session \(number) is \(status.label): open the meeting first.", remedy: .openMeeting)
        }
        guard isSuspended, let last = sittings?.last else { throw DomainError("The meeting is sitting; it is not suspended.") }
        let number = meeting ?? proposedMeeting(resumingAt: time)
        guard number == last.meeting || number == last.meeting + 1 else {
            throw DomainError("After the \(Ordinal.suffixed(last.meeting)) meeting comes the \(Ordinal.suffixed(last.meeting)) resumed or the \(Ordinal.suffixed(last.meeting + 1)); \(number) does not follow.")
        }
        guard time >= (last.endedAt ?? time) else {
            throw DomainError("The meeting cannot resume before it was suspended (\(Timestamp.format(last.endedAt ?? time))).")
        }
        sittings?.append(Sitting(meeting: number, startedAt: Timestamp.whole(time)))
    }

    /// Seconds the session has sat up to `time`: the sum of its sittings (before sittings were
    /// kept: the time since the opening).
    public func sittingSeconds(upTo time: Date) -> Int? {
        if let sittings, !sittings.isEmpty { return sittings.reduce(0) { $0 + $1.seconds(upTo: time) } }
        return live?.sessionStartedAt.map { max(0, Int(time.timeIntervalSince($0))) }
    }

    /// Seconds of sitting time since `from` (the item taken up), up to `time`.
    public func sittingSeconds(from: Date, upTo time: Date) -> Int {
        if let sittings, !sittings.isEmpty { return sittings.reduce(0) { $0 + $1.seconds(from: from, upTo: time) } }
        return max(0, Int(time.timeIntervalSince(from)))
    }

    /// The meetings as held: number, first start, last end (nil while sitting).
    public var meetings: [(number: Int, start: Date, end: Date?)] {
        var out: [(number: Int, start: Date, end: Date?)] = []
        for s in sittings ?? [] {
            if let i = out.indices.last, out[i].number == s.meeting { out[i].end = s.endedAt } else { out.append((s.meeting, s.startedAt, s.endedAt)) }
        }
        return out
    }

    /// "1st meeting: 27 November 2026, 10:00–12:00; 2nd meeting: 28 November 2026, from
    /// 09:30", nil before the meeting opens.
    public var meetingsSentence: String? {
        let held = meetings
        guard !held.isEmpty else { return nil }
        func time(_ d: Date) -> String { String(Timestamp.format(d).dropFirst(11).prefix(5)) }
        return held.map { m in
            let day = Day(m.start).long
            let span = m.end.map { end in Day(end) == Day(m.start) ? "\(time(m.start))–\(time(end))" : "\(time(m.start)) to \(Day(end).long) \(time(end))" } ?? "from \(time(m.start))"
            return "\(Ordinal.suffixed(m.number)) meeting: \(day), \(span)"
        }.joined(separator: "; ") + "."
    }

    // MARK: Closing

    /// Items neither concluded, deferred nor withdrawn (no outcome yet).
    public var unfinishedItemIds: [String] {
        agenda.items.filter { ($0.status == .pending || $0.status == .underConsideration) && $0.outcome == nil }.map(\.id)
    }

    /// Delegations still waiting to speak, over every item.
    public var speakersWaiting: Int {
        agenda.items.filter { $0.status == .pending || $0.status == .underConsideration }.reduce(0) { $0 + $1.speakers.waitingCount }
    }

    // MARK: Corrections

    /// Corrects the outcome of an item after the session closed: the earlier version is
    /// kept with the date, and the report says the conclusion was corrected.
    public mutating func correctOutcome(itemId: String, _ outcome: Outcome, on day: Day) throws {
        let index = try itemIndex(itemId)
        guard status == .closed else {
            throw DomainError("Session \(number) is \(status.label): record the outcome in the meeting; corrections are for a closed session.")
        }
        if outcome.kind == .deferred {
            throw DomainError("A closed session defers nothing: correct the outcome to what the Committee concluded.")
        }
        let item = agenda.items[index]
        guard item.status != .withdrawn, item.status != .deferred else {
            throw DomainError("Item \(agenda.numbers[index]) was \(item.status.label); it has no outcome to correct.")
        }
        guard report.state == .drafting else {
            throw DomainError("The report of session \(number) \(report.stateSentence): its conclusions can no longer be corrected.")
        }
        var corrected = outcome
        corrected.corrections = item.outcome?.corrections ?? []
        corrected.corrections?.append(OutcomeCorrection(on: day, kind: item.outcome?.kind, conclusion: item.outcome?.conclusion))
        if let old = item.outcome, old.kind == outcome.kind, old.conclusion == outcome.conclusion { return }
        agenda.items[index].outcome = corrected
        agenda.items[index].status = .concluded
    }

    // MARK: Speakers

    /// Adds a delegation at the end of the speakers list. `name` is how the user sees it
    /// (the member state's name), for the refusals.
    public mutating func addSpeaker(_ delegation: String, itemId: String, name shown: String? = nil) throws {
        let index = try itemIndex(itemId)
        let id = delegation.trimmingCharacters(in: .whitespaces)
        let name = shown ?? id
        guard !id.isEmpty else { throw DomainError("Name the delegation to add to the speakers list.") }
        if agenda.items[index].speakers.isClosed {
            throw DomainError("The speakers list of item \(agenda.numbers[index]) is closed: reopen it to add \(name), or give \(name) a right of reply.", remedy: .reopenSpeakersList)
        }
        if let place = agenda.items[index].speakers.queue.firstIndex(of: id) {
            throw DomainError("\(name) is already on the speakers list of item \(agenda.numbers[index]), \(Ordinal.suffixed(place + 1 + agenda.items[index].speakers.waitingInterjections.count)) in line.")
        }
        agenda.items[index].speakers.queue.append(id)
    }

    /// A right of reply or a point of order, ahead of the list: a point of order first of
    /// all, a right of reply after the others already waiting.
    public mutating func addInterjection(_ delegation: String, kind: InterventionKind, itemId: String) throws {
        let index = try itemIndex(itemId)
        let id = delegation.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { throw DomainError("Name the delegation that asks for the \(kind.label).") }
        var waiting = agenda.items[index].speakers.waitingInterjections
        let entry = Interjection(delegation: id, kind: kind)
        if kind == .pointOfOrder {
            waiting.insert(entry, at: waiting.firstIndex { $0.kind != .pointOfOrder } ?? waiting.count)
        } else {
            waiting.append(entry)
        }
        agenda.items[index].speakers.interjections = waiting
    }

    /// Closes or reopens the speakers list of an item.
    public mutating func setSpeakersListClosed(_ closed: Bool, itemId: String) throws {
        let index = try itemIndex(itemId)
        guard agenda.items[index].speakers.isClosed != closed else {
            throw DomainError("The speakers list of item \(agenda.numbers[index]) is already \(closed ? "closed" : "open").")
        }
        agenda.items[index].speakers.closed = closed ? true : nil
    }

    /// Who waits at `position` (interjections first, then the list): the delegation id and its kind.
    public func waiting(at position: Int, itemId: String) -> (delegation: String, kind: InterventionKind?)? {
        guard let item = agenda.item(itemId) else { return nil }
        let extra = item.speakers.waitingInterjections
        if extra.indices.contains(position) { return (extra[position].delegation, extra[position].kind) }
        let p = position - extra.count
        return item.speakers.queue.indices.contains(p) ? (item.speakers.queue[p], nil) : nil
    }

    /// Removes whoever waits at `position` (interjections first, then the list).
    public mutating func removeSpeaker(at position: Int, itemId: String) throws {
        let index = try itemIndex(itemId)
        let extra = agenda.items[index].speakers.waitingInterjections
        if extra.indices.contains(position) {
            var rest = extra
            rest.remove(at: position)
            agenda.items[index].speakers.interjections = rest.isEmpty ? nil : rest
            return
        }
        guard agenda.items[index].speakers.queue.indices.contains(position - extra.count) else {
            throw DomainError("There is no one at place \(position + 1) of the speakers list.")
        }
        agenda.items[index].speakers.queue.remove(at: position - extra.count)
    }

    /// Moves a delegation on the list (positions count the interjections first, which keep
    /// their place ahead of it).
    public mutating func moveSpeaker(at position: Int, by offset: Int, itemId: String) throws {
        let index = try itemIndex(itemId)
        let queue = agenda.items[index].speakers.queue
        let skip = agenda.items[index].speakers.waitingInterjections.count
        let from = position - skip, target = from + offset
        guard queue.indices.contains(from) else {
            throw DomainError("A right of reply or point of order keeps its place ahead of the list; remove it instead.")
        }
        guard queue.indices.contains(target) else {
            throw DomainError("The speaker is already \(offset < 0 ? "first" : "last") in the queue.")
        }
        agenda.items[index].speakers.queue.swapAt(from, target)
    }

    /// The time limit of a speech of `kind` on the item, in seconds: the item's own, else
    /// the session's; for replies and points of order the session's reply limit.
    public func speakingLimit(itemId: String, kind: InterventionKind? = nil) -> Int? {
        if kind != nil { return replyLimitSeconds }
        return agenda.item(itemId)?.speakers.limitSeconds ?? speakingLimitSeconds
    }

    /// The session's default limits (statements; rights of reply and points of order).
    public mutating func setSessionSpeakingLimits(statement: Int?, reply: Int?) throws {
        for s in [statement, reply].compactMap({ $0 }) where !Limits.speakingSeconds.contains(s) {
            throw DomainError("A speaking limit is between 1 second and 60 minutes.")
        }
        speakingLimitSeconds = statement
        replyLimitSeconds = reply
    }

    /// Ends the current speech and gives the floor to the first in the queue.
    public mutating func nextSpeaker(itemId: String, at time: Date) throws {
        let index = try itemIndex(itemId)
        guard agenda.items[index].status == .underConsideration else {
            throw DomainError("Item \(agenda.numbers[index]) is not under consideration; take it up first.")
        }
        if isSuspended {
            throw DomainError("The meeting is suspended: resume it before giving the floor.", remedy: .resumeMeeting)
        }
        guard agenda.items[index].speakers.waitingCount > 0 else {
            throw DomainError("No one is waiting on the speakers list of item \(agenda.numbers[index]): add a delegation first.")
        }
        endCurrentSpeech(itemIndex: index, at: time)
        if var extra = agenda.items[index].speakers.interjections, !extra.isEmpty {
            let next = extra.removeFirst()
            agenda.items[index].speakers.interjections = extra.isEmpty ? nil : extra
            agenda.items[index].speakers.speeches.append(Speech(delegation: next.delegation, startedAt: Timestamp.whole(time), kind: next.kind))
            return
        }
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
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
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
        if s.live?.currentItemId == itemId { s.live?.currentItemId = nil; s.live?.itemStartedAt = nil; s.live?.lastItemId = itemId }
        s.recordRevision(.deferred, itemId: itemId, detail: "Deferred item \(s.agenda.numbers[index]) “\(item.title)” to session \(t.number).", at: time)
        var carried = AgendaItem(id: t.agenda.nextItemId(avoiding: avoiding), title: item.title, tor: item.tor, procedural: item.procedural,
                                 origin: .previousSession, purpose: item.purpose, documents: item.documents,
                                 minutesAllotted: item.minutesAllotted, carriedOverFrom: ItemLink(session: s.number, itemId: itemId))
        // A sub-item whose parent went to the same session goes under it there (6(a) stays under 6).
        let levels = s.agenda.displayLevels
        var parentIndex = index - 1
        while parentIndex >= 0, levels[parentIndex] >= levels[index] { parentIndex -= 1 }
        let targetLevels = t.agenda.displayLevels
        if levels[index] > 0, parentIndex >= 0,
           let p = t.agenda.items.firstIndex(where: { $0.carriedOverFrom == ItemLink(session: s.number, itemId: s.agenda.items[parentIndex].id) }) {
            var end = p + 1
            while end < t.agenda.items.count, targetLevels[end] > targetLevels[p] { end += 1 }
            carried.level = targetLevels[p] + 1
            try t.insertItem(carried, at: end, time: time)
        } else {
            carried.level = 0
            let otherBusiness = t.agenda.items.lastIndex { $0.title.lowercased().hasPrefix("other business") } ?? t.agenda.items.count
            try t.insertItem(carried, at: otherBusiness, time: time)
        }
        source = s; target = t
    }
}
