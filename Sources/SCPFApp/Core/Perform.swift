import SCPFCore

extension AppState {
    mutating func perform(_ action: Action) {
        if action.edits, let reason = readOnlyReason {
            message = .error("Read-only: \(reason) “\(action.title)” was not done.")
            return
        }
        switch action {
        case .quit: quitRequested = true
        case .help: mode = .help(scroll: 0)
        case .palette: mode = .palette(PaletteState())
        case .search: mode = .search(TextField())
        case .searchNext:
            if lastSearch.isEmpty { message = .info("Nothing to find yet: press / to search.") } else { findNext(lastSearch) }
        case .undo: undo()
        case .redo: redo()
        case .showSessions, .showAgenda, .showMeeting, .showToR, .showReports, .showRules, .showReview:
            view = ViewID.allCases.first { $0.showAction == action } ?? .sessions
            detailFocus = false
        case .switchPane:
            guard Self.viewsWithDetailPane.contains(view) else {
                message = .info("\(view.title) has one pane.")
                return
            }
            detailFocus.toggle()
        case .moveUp, .moveDown:
            let step = action == .moveUp ? -1 : 1
            if detailFocus && Self.viewsWithDetailPane.contains(view) {
                scroll[view] = max(0, (scroll[view] ?? 0) + step)
            } else {
                moveCursor(step)
            }
        case .pageUp, .pageDown:
            let page = max(1, height - 6) * (action == .pageUp ? -1 : 1)
            if [.reports, .rules, .tor].contains(view) || (detailFocus && Self.viewsWithDetailPane.contains(view)) {
                scroll[view] = max(0, (scroll[view] ?? 0) + page)
            } else {
                moveCursor(page)
            }
        case .moveTop: moveCursor(-1_000_000)
        case .moveBottom: moveCursor(1_000_000)
        case .newSession: openNewSessionForm()
        case .editSession: openEditSessionForm()
        case .deleteSession: askDeleteSession()
        case .advanceSessionStatus:
            guard let s = session else { return noSession() }
            guard let next = s.status.next else {
                message = .error("Session \(s.number) is closed: a closed session cannot change status.")
                return
            }
            setStatus(next)
        case .markConvened: setStatus(.convened)
        case .markInSession: setStatus(.inSession)
        case .closeSession: setStatus(.closed)
        case .openSession:
            guard session != nil else { return noSession() }
            view = .agenda
            agendaCursor = 0
        case .addItem: openNewItemForm()
        case .editItem: openEditItemForm()
        case .deleteItem: askDeleteItem()
        case .moveItemUp: moveItem(-1)
        case .moveItemDown: moveItem(1)
        case .indentItem: setItemLevel(1)
        case .outdentItem: setItemLevel(0)
        case .issueAgenda: issueAgenda()
        case .tagToR: openToRPicker()
        case .importAgenda, .exportAgenda: openExchangeForm(action)
        case .editDocument: openDocumentPicker()
        case .adoptAgenda: adoptAgenda()
        case .openMeeting, .nextItem, .previousItem, .jumpToItem, .nextSpeaker, .addSpeaker, .removeSpeaker,
             .speakerUp, .speakerDown, .endSpeech, .speakingLimit, .recordOutcome, .minuteNotes, .concludeItem,
             .deferItem, .withdrawItem, .addItemInSession, .attendance, .closeMeeting:
            performMeeting(action)
        case .generateReport, .editReportSection, .adoptReport, .transmitReport, .recordCouncilAction, .toggleRegister:
            performReport(action)
        case .newRulesVersion, .editRule, .adoptRules, .submitRules, .approveRules, .returnRules, .reopenRules, .linkRulesItem:
            performRules(action)
        case .toggleReviewed, .toggleToRaise, .chairNote, .cycleReviewFilter:
            performReview(action)
        case .previousYear, .nextYear:
            let year = torYear ?? session?.year ?? today.year
            torYear = year + (action == .nextYear ? 1 : -1)
        }
    }

    /// Views with a list on the left and a detail pane on the right.
    static let viewsWithDetailPane: Set<ViewID> = [.agenda, .reports, .rules, .review]

    mutating func noSession() {
        message = .info("No session selected: press 1 for Sessions, then n to create one.")
    }

    mutating func moveCursor(_ delta: Int) {
        switch view {
        case .sessions, .reports:
            scroll[.reports] = 0
            // The reports list runs newest first, so down is towards older sessions.
            let numbers = view == .reports ? data.sessions.map(\.number).reversed() : data.sessions.map(\.number)
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
            let count = session.flatMap { s in s.currentItemIndex.map { s.agenda.items[$0].speakers.queue.count } } ?? 0
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
                clampSelection()
            }
        case let .withdrawItem(number, id):
            let now = self.now
            _ = edit("Withdrew the item in session") { try $0.update(session: number) { try $0.withdrawItem(id: id, at: now) } }
        case let .closeMeeting(number):
            let now = self.now
            _ = edit("Closed session \(number)") { try $0.update(session: number) { try $0.closeMeeting(at: now) } }
        case let .importAgenda(number, items, mode):
            let now = self.now
            let created = data.session(number) == nil
            if edit("Imported \(items.count) items into session \(number)", { data in
                var s = data.session(number) ?? Session.proposeNext(after: data.sessions.filter { $0.number < number },
                                                                   pattern: data.committee.meetingPattern, today: Day(now))
                s.number = number
                try s.importItems(items, mode: mode, time: now)
                data.upsert(s)
            }) {
                selectedSession = number
                if created { message = .info("Created session \(number) and imported \(items.count) items. Press u to undo.") }
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
