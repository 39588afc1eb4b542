import SCPFCore

extension AppState {
    /// Runs a command: refused with its reason when it is not available now.
    mutating func perform(_ action: Action) {
        let command = Commands[action]
        if let why = command.whyNot(in: self) {
            // A refused change is an error; a move or a look that has nothing to do is not.
            message = command.edits ? .error(why) : .info(why)
            return
        }
        command.run(&self)
    }

    mutating func findAgain() {
        if lastSearch.isEmpty { message = .info("Nothing to find yet: \(press(.search)) to search.") } else { findNext(lastSearch) }
    }

    mutating func show(_ target: ViewID) {
        view = target
        detailFocus = false
    }

    /// ↑/↓: scroll the detail pane when it has the focus, else move in the list.
    mutating func moveOrScroll(_ step: Int) {
        if detailFocus && Self.viewsWithDetailPane.contains(view) {
            scroll[view] = max(0, (scroll[view] ?? 0) + step)
        } else {
            moveCursor(step)
        }
    }

    mutating func page(_ direction: Int) {
        let page = max(1, height - 6) * direction
        if [.reports, .rules, .tor].contains(view) || (detailFocus && Self.viewsWithDetailPane.contains(view)) {
            scroll[view] = max(0, (scroll[view] ?? 0) + page)
        } else {
            moveCursor(page)
        }
    }

    mutating func advanceSessionStatus() {
        guard let s = session else { return noSession() }
        guard let next = s.status.next else {
            message = .error("Session \(s.number) is closed: a closed session cannot change status.")
            return
        }
        setStatus(next)
    }

    mutating func openSessionAgenda() {
        guard session != nil else { return noSession() }
        view = .agenda
        agendaCursor = 0
    }

    mutating func shiftToRYear(_ step: Int) {
        let year = torYear ?? session?.year ?? today.year
        torYear = year + step
    }

    /// Reads what the writer saved last, then takes the lock.
    mutating func askToBecomeWriter() { pendingEffects += [.followOutside, .becomeWriter] }

    /// Views where / finds something.
    static let searchableViews: Set<ViewID> = [.sessions, .agenda]

    /// Views with a list on the left and a detail pane on the right.
    static let viewsWithDetailPane: Set<ViewID> = [.agenda, .reports, .rules, .review]

    /// Why a command about the selected session cannot run (no session is selected).
    static let noSessionText = "No session selected: choose one in the Sessions view, or create one there."

    mutating func noSession() {
        message = .info("No session selected: \(press(.showSessions)) for Sessions, then \(press(.newSession, in: .sessions)) to create one.")
    }

    mutating func moveCursor(_ delta: Int) {
        switch view {
        case .sessions, .reports:
            scroll[.reports] = 0
            // The reports list runs newest first, so down is towards older sessions.
            // The sessions list runs in the order it is shown (by year, then by date).
            let sessions = data.sessions
            let shown = sessionRows.compactMap { row -> Int? in if case .session(let i) = row { return sessions[i].number }; return nil }
            let numbers = view == .reports ? sessions.map(\.number).reversed() : shown
            guard !numbers.isEmpty else { return }
            let index = numbers.firstIndex { $0 == selectedSession } ?? 0
            selectedSession = numbers[min(max(index + delta, 0), numbers.count - 1)]
        case .agenda:
            let count = session?.agenda.items.count ?? 0
            agendaCursor = min(max(agendaCursor + delta, 0), max(count - 1, 0))
            scroll[.agenda] = 0
        case .review:
            moveReviewCursor(delta)
            scroll[.review] = 0
        case .rules:
            let count = data.committee.rulesOfProcedure.count
            listCursor[.rules] = min(max((listCursor[.rules] ?? 0) + delta, 0), max(count - 1, 0))
            scroll[.rules] = 0
        case .tor:
            scroll[.tor] = max(0, (scroll[.tor] ?? 0) + delta)
        case .meeting:
            let count = session.flatMap { s in s.currentItemIndex.map { s.agenda.items[$0].speakers.waitingCount } } ?? 0
            listCursor[.meeting] = min(max((listCursor[.meeting] ?? 0) + delta, 0), max(count - 1, 0))
        }
    }

    mutating func undo() {
        guard let (previous, description) = undoStack.last else {
            message = .info("Nothing to undo.")
            return
        }
        if let reason = readOnlyReason, previous.data != data {
            message = .error("Read-only: \(reason) Nothing was changed.")
            return
        }
        undoStack.removeLast()
        redoStack.append((snapshot, description))
        data = previous.data
        chair = previous.chair
        clampSelection()
        message = .info("Undid: \(description). Ctrl-R redoes it.")
    }

    mutating func redo() {
        guard let (next, description) = redoStack.last else {
            message = .info("Nothing to redo.")
            return
        }
        if let reason = readOnlyReason, next.data != data {
            message = .error("Read-only: \(reason) Nothing was changed.")
            return
        }
        redoStack.removeLast()
        undoStack.append((snapshot, description))
        data = next.data
        chair = next.chair
        clampSelection()
        message = .info("Redid: \(description).")
    }

    mutating func clampSelection() {
        if let n = selectedSession, data.session(n) == nil {
            selectedSession = data.sessions.last { $0.number < n }?.number ?? data.sessions.first?.number
        }
        if selectedSession == nil { selectedSession = data.sessions.first?.number }
        let count = session?.agenda.items.count ?? 0
        agendaCursor = min(agendaCursor, max(count - 1, 0))
    }

    mutating func confirm(_ action: Confirmable) {
        switch action {
        case .deleteSession(let number):
            let title = data.session(number)?.title ?? "session \(number)"
            if edit("Deleted the \(title) (session \(number))", { $0.remove(session: number) }) {
                // The chair's notes go with the session (undo brings both back).
                if chairReadOnlyReason == nil { chair.sessions[String(number)] = nil }
                clampSelection()
            }
        case let .withdrawItem(number, id):
            let now = self.now
            _ = edit("Withdrew the item in session") { try $0.update(session: number) { try $0.withdrawItem(id: id, at: now) } }
        case let .closeMeeting(number):
            closeMeeting(number, unfinished: .leave)
        case let .concludeItem(number, itemId):
            guard selectedSession == number, meetingItem?.id == itemId else {
                message = .error("The item under consideration changed; nothing was concluded.")
                return
            }
            performMeeting(.concludeItem, confirmedConclude: true)
        case let .importAgenda(number, plan, result):
            let now = self.now
            let created = data.session(number) == nil
            let noted = chair.itemIds(session: number)
            let what: String
            if case .translation(let language) = plan.mode { what = "Attached the \(language.name) titles to session \(number)" }
            else { what = "Imported \(result.items.count) items into session \(number)" }
            if edit(what, { data in
                var plan = plan
                // The record as it is now, with the dates the preview showed.
                if var current = data.session(number) {
                    try current.setDates(plan.session.startDate, plan.session.endDate)
                    plan.session = current
                }
                let (s, _) = try plan.apply(result, time: now, avoiding: noted)
                data.upsert(s)
            }) {
                selectedSession = number
                if created { message = .info("Created session \(number) (\(dayRangeText(plan.session.startDate, plan.session.endDate))) and imported \(result.items.count) items. \(press(.undo).capitalizedFirst) to undo.") }
            }
        case let .regenerateReport(number):
            regenerateReport(number, confirmed: true)
        case .restoreDraft(let draft):
            handleDraftOffer(.enter, draft)
        case let .deleteItem(number, id):
            let now = self.now
            let title = data.session(number)?.agenda.item(id)?.title ?? id
            let wasDraft = data.session(number)?.agenda.state == .draft
            if edit("\(wasDraft ? "Deleted" : "Withdrew") item “\(title)”", { try $0.update(session: number) { try $0.removeItem(id: id, time: now) } }) {
                clampSelection()
            }
        }
    }
}
