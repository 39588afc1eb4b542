/// One command: its title, keys, scope, hint, whether it edits the record, when it is not
/// available and why, and what it does. Everything about a command lives in its value here;
/// dispatch, the `?` help, the hint bar, the `:` palette, the user guide's key table and the
/// key hints in messages are all read from this table.
public struct Command: Sendable {
    public let action: Action
    public let title: String
    /// The keys that run it (empty: palette only).
    public let keys: [Key]
    public let scope: Binding.Scope
    /// Short label for the hint bar; nil keeps the command out of the hint bar.
    public let hint: String?
    /// It changes the record: refused while read-only.
    public let edits: Bool
    /// Its hint shows only while it can run (a rare command such as taking over as writer).
    public let hintOnlyWhenAvailable: Bool
    /// A global command that works only in some views: the palette offers it only there.
    public let onlyIn: Set<ViewID>?
    /// Why it cannot run in this state, nil when it can (read-only is checked for all).
    let unavailable: @Sendable (AppState) -> String?
    let run: @Sendable (inout AppState) -> Void

    init(_ action: Action, _ title: String, keys: [Key], _ scope: Binding.Scope, hint: String? = nil,
         edits: Bool = false, hintOnlyWhenAvailable: Bool = false, onlyIn: Set<ViewID>? = nil,
         unavailable: @escaping @Sendable (AppState) -> String? = { _ in nil },
         run: @escaping @Sendable (inout AppState) -> Void) {
        self.action = action; self.title = title; self.keys = keys; self.scope = scope; self.hint = hint
        self.edits = edits; self.hintOnlyWhenAvailable = hintOnlyWhenAvailable; self.onlyIn = onlyIn
        self.unavailable = unavailable; self.run = run
    }

    /// The palette offers it in `view`.
    public func offered(in view: ViewID) -> Bool { onlyIn.map { $0.contains(view) } ?? true }

    /// Why the command cannot run now, nil when it can.
    func whyNot(in state: AppState) -> String? {
        if edits, let reason = state.readOnlyReason { return "Read-only: \(reason) “\(title)” was not done." }
        return unavailable(state)
    }
}

public enum Commands {
    /// Every command, in the order the hint bar and help list them: each view's own, then
    /// the global ones; commands with no key last.
    public static let all: [Command] = [
        Command(.newSession, "New session (number and dates proposed)", keys: [.char("n")], .view(.sessions), hint: "new", edits: true,
                run: { $0.openNewSessionForm() }),
        Command(.editSession, "Edit the selected session", keys: [.char("e")], .view(.sessions), hint: "edit", edits: true, unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.openEditSessionForm() }),
        Command(.deleteSession, "Delete the selected session", keys: [.char("d")], .view(.sessions), hint: "delete", edits: true, unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.askDeleteSession() }),
        Command(.advanceSessionStatus, "Move the session's status one step on", keys: [.char("s")], .view(.sessions), hint: "status", edits: true, unavailable: { $0.session.map { $0.status == .closed ? "Session \($0.number) is closed: a closed session cannot change status." : nil } ?? AppState.noSessionText },
                run: { $0.advanceSessionStatus() }),
        Command(.recordBureau, "Record the Bureau elected by the Council (the officers of its year's sessions)", keys: [], .view(.sessions), edits: true,
                run: { $0.openBureauForm() }),
        Command(.actingOfficer, "Acting officer of the selected session for one Bureau role (set or clear)", keys: [], .view(.sessions), edits: true,
                unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.openActingOfficerForm() }),
        Command(.recordArticle4, "Record Article 4 status as at a date (from the status report on outstanding contributions)", keys: [], .view(.sessions), edits: true,
                run: { $0.openArticle4Form() }),
        Command(.openSession, "Open the session's agenda", keys: [.enter], .view(.sessions), hint: "agenda", unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.openSessionAgenda() }),
        Command(.addItem, "Add an agenda item below", keys: [.char("a")], .view(.agenda), hint: "add", edits: true,
                run: { $0.openNewItemForm() }),
        Command(.editItem, "Edit the selected item", keys: [.char("e")], .view(.agenda), hint: "edit", edits: true,
                run: { $0.openEditItemForm() }),
        Command(.deleteItem, "Delete the selected item", keys: [.char("d")], .view(.agenda), hint: "delete", edits: true,
                run: { $0.askDeleteItem() }),
        Command(.moveItemUp, "Move the item up", keys: [.char("K")], .view(.agenda), edits: true,
                run: { $0.moveItem(-1) }),
        Command(.moveItemDown, "Move the item down", keys: [.char("J")], .view(.agenda), hint: "move", edits: true,
                run: { $0.moveItem(1) }),
        Command(.indentItem, "Make the item a sub-item, one level deeper (6 → 5(a) → 5(a)(i))", keys: [.char(">")], .view(.agenda), hint: "indent", edits: true,
                run: { $0.shiftItemLevel(by: 1) }),
        Command(.outdentItem, "Make the sub-item one level shallower", keys: [.char("<")], .view(.agenda), edits: true,
                run: { $0.shiftItemLevel(by: -1) }),
        Command(.tagToR, "Terms of reference of the item (picker with their text)", keys: [.char("t")], .view(.agenda), hint: "ToR", edits: true,
                run: { $0.openToRPicker() }),
        Command(.issueAgenda, "Issue the provisional agenda", keys: [.char("i")], .view(.agenda), hint: "issue", edits: true,
                run: { $0.issueAgenda() }),
        Command(.reviseProvisionalAgenda, "Issue a revision of the provisional agenda (S/<n>/1/Rev.1), with its own date", keys: [], .view(.agenda), edits: true,
                run: { $0.reviseProvisionalAgenda() }),
        Command(.recordInformalMeeting, "Record informal consultations or a working group whose papers feed the item", keys: [], .view(.agenda), edits: true,
                run: { $0.openInformalMeetingForm() }),
        Command(.editDocument, "A document's title, language versions, distribution and \"as at\" date", keys: [.char("D")], .view(.agenda), edits: true,
                run: { $0.openDocumentPicker() }),
        Command(.importAgenda, "Import agenda items from a text file", keys: [.char("I")], .view(.agenda), edits: true,
                run: { $0.openExchangeForm(.importAgenda) }),
        Command(.exportAgenda, "Export a document: agenda, report, briefing, Rules (md, html, pdf, json, csv; en, fr, es)", keys: [.char("x")], .view(.agenda),
                run: { $0.openExchangeForm(.exportAgenda) }),
        Command(.adoptAgenda, "Adopt the agenda", keys: [.char("A")], .view(.agenda), edits: true,
                run: { $0.adoptAgenda() }),
        Command(.itemHistory, "History of the item: the same item in every session, with outcomes and the Council's action", keys: [.char("H")], .view(.agenda),
                unavailable: { s in (s.session?.agenda.items.isEmpty ?? true) ? "There is no item to trace: choose a session with an agenda." : nil },
                run: { $0.openItemHistory() }),
        Command(.correctOutcome, "Correct the selected item's outcome (closed session)", keys: [.char("o")], .view(.agenda), edits: true,
                unavailable: { $0.session.map { $0.status == .closed ? nil : "Outcomes are recorded in the meeting (view 3); a correction is for a closed session." } ?? AppState.noSessionText },
                run: { $0.openCorrectionForm() }),
        Command(.openMeeting, "Open the meeting (session in session, agenda adopted)", keys: [.char("O")], .view(.meeting), edits: true, unavailable: { $0.session.map { $0.status == .closed ? "Session \($0.number) is closed; it cannot be opened again." : nil } ?? AppState.noSessionText },
                run: { $0.performMeeting(.openMeeting) }),
        Command(.nextSpeaker, "Next speaker (ends the current one)", keys: [.char("n")], .view(.meeting), hint: "next", edits: true,
                run: { $0.performMeeting(.nextSpeaker) }),
        Command(.addSpeaker, "Add a delegation to the speakers list", keys: [.char("s")], .view(.meeting), hint: "add", edits: true,
                run: { $0.performMeeting(.addSpeaker) }),
        Command(.rightOfReply, "Right of reply (ahead of the list, own time limit)", keys: [.char("r")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.rightOfReply) }),
        Command(.pointOfOrder, "Point of order (first of all, own time limit)", keys: [.char("p")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.pointOfOrder) }),
        Command(.toggleSpeakersList, "Close or reopen the speakers list", keys: [.char("X")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.toggleSpeakersList) }),
        Command(.endSpeech, "End the current speech", keys: [.char("e")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.endSpeech) }),
        Command(.removeSpeaker, "Remove the selected speaker from the queue", keys: [.char("x")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.removeSpeaker) }),
        Command(.speakerUp, "Move the selected speaker up", keys: [.char("K")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.speakerUp) }),
        Command(.speakerDown, "Move the selected speaker down", keys: [.char("J")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.speakerDown) }),
        Command(.speakingLimit, "Speaking time limits (this item, the session, replies)", keys: [.char("L")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.speakingLimit) }),
        Command(.recordOutcome, "Record the item's outcome and conclusion", keys: [.char("o")], .view(.meeting), hint: "outcome", edits: true,
                run: { $0.performMeeting(.recordOutcome) }),
        Command(.minuteNotes, "Minute notes for the item", keys: [.char("m")], .view(.meeting), hint: "notes", edits: true,
                run: { $0.performMeeting(.minuteNotes) }),
        Command(.concludeItem, "Conclude the item", keys: [.char("c")], .view(.meeting), hint: "conclude", edits: true,
                run: { $0.performMeeting(.concludeItem) }),
        Command(.deferItem, "Defer the item to a later session", keys: [.char("f")], .view(.meeting), hint: "defer", edits: true,
                run: { $0.performMeeting(.deferItem) }),
        Command(.suspendMeeting, "Suspend or resume the meeting (the clocks stop meanwhile)", keys: [.char("S")], .view(.meeting), edits: true,
                unavailable: { $0.session.map { $0.status == .inSession ? nil : "Session \($0.number) is \($0.status.label): only a meeting in session is suspended or resumed." } ?? AppState.noSessionText },
                run: { $0.performMeeting(.suspendMeeting) }),
        Command(.withdrawItem, "Withdraw the item", keys: [.char("w")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.withdrawItem) }),
        Command(.addItemInSession, "Add an item in session", keys: [.char("a")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.addItemInSession) }),
        Command(.attendance, "Attendance: member states represented", keys: [.char("t")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.attendance) }),
        Command(.nextItem, "Take up the next item (in agenda order)", keys: [.right, .char("l")], .view(.meeting), hint: "item", edits: true,
                run: { $0.performMeeting(.nextItem) }),
        Command(.previousItem, "Take up the previous item", keys: [.left, .char("h")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.previousItem) }),
        Command(.jumpToItem, "Jump to any item", keys: [.char("i")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.jumpToItem) }),
        Command(.closeMeeting, "Close the session", keys: [.char("C")], .view(.meeting), edits: true,
                run: { $0.performMeeting(.closeMeeting) }),
        Command(.previousYear, "Previous year", keys: [.left, .char("h")], .view(.tor), hint: "year",
                run: { $0.shiftToRYear(-1) }),
        Command(.nextYear, "Next year", keys: [.right, .char("l")], .view(.tor),
                run: { $0.shiftToRYear(1) }),
        Command(.generateReport, "Generate the draft report (keeps your edits)", keys: [.char("g")], .view(.reports), hint: "generate", edits: true,
                run: { $0.performReport(.generateReport) }),
        Command(.editReportSection, "Edit a section of the report", keys: [.char("e")], .view(.reports), hint: "edit", edits: true,
                run: { $0.performReport(.editReportSection) }),
        Command(.adoptReport, "Adopt the report (the Committee)", keys: [.char("A")], .view(.reports), hint: "adopt", edits: true,
                run: { $0.performReport(.adoptReport) }),
        Command(.transmitReport, "Transmit the report to the Council", keys: [.char("T")], .view(.reports), hint: "transmit", edits: true,
                run: { $0.performReport(.transmitReport) }),
        Command(.recordCouncilAction, "Record the Council's action on the report", keys: [.char("C")], .view(.reports), hint: "Council", edits: true,
                run: { $0.performReport(.recordCouncilAction) }),
        Command(.recordItemCouncilAction, "Record the Council's action on one recommendation or urgent decision", keys: [.char("c")], .view(.reports), edits: true,
                run: { $0.performReport(.recordItemCouncilAction) }),
        Command(.toggleRegister, "Show the recommendations register / the report", keys: [.char("r")], .view(.reports), hint: "register",
                run: { $0.performReport(.toggleRegister) }),
        Command(.newRulesVersion, "New amendment of the Rules of Procedure", keys: [.char("n")], .view(.rules), hint: "new", edits: true,
                run: { $0.performRules(.newRulesVersion) }),
        Command(.editRule, "Add or edit a rule of the selected version", keys: [.char("e")], .view(.rules), hint: "rule", edits: true,
                run: { $0.performRules(.editRule) }),
        Command(.adoptRules, "Adopt the version (the Committee)", keys: [.char("A")], .view(.rules), hint: "adopt", edits: true,
                run: { $0.performRules(.adoptRules) }),
        Command(.submitRules, "Submit the version to the Council", keys: [.char("S")], .view(.rules), hint: "submit", edits: true,
                run: { $0.performRules(.submitRules) }),
        Command(.approveRules, "Record the Council's approval", keys: [.char("P")], .view(.rules), hint: "approved", edits: true,
                run: { $0.performRules(.approveRules) }),
        Command(.returnRules, "Record the Council's return for revision", keys: [.char("R")], .view(.rules), hint: "returned", edits: true,
                run: { $0.performRules(.returnRules) }),
        Command(.reopenRules, "Take a returned version back to drafting", keys: [.char("D")], .view(.rules), edits: true,
                run: { $0.performRules(.reopenRules) }),
        Command(.linkRulesItem, "Link the version to the agenda item that discusses it", keys: [.char("L")], .view(.rules), edits: true,
                run: { $0.performRules(.linkRulesItem) }),
        Command(.toggleReviewed, "Mark the item reviewed / not reviewed", keys: [.char("r"), .char(" ")], .view(.review), hint: "reviewed",
                run: { $0.performReview(.toggleReviewed) }),
        Command(.toggleToRaise, "Flag the item to raise / unflag", keys: [.char("!")], .view(.review), hint: "to raise",
                run: { $0.performReview(.toggleToRaise) }),
        Command(.chairNote, "Private briefing note for the item", keys: [.char("n")], .view(.review), hint: "note",
                run: { $0.performReview(.chairNote) }),
        Command(.cycleReviewFilter, "Filter: all, not reviewed, to raise, needing a decision", keys: [.char("f")], .view(.review), hint: "filter",
                run: { $0.performReview(.cycleReviewFilter) }),
        Command(.toggleLanguage, "Show the texts in another language: EN → FR → ES (editing then edits that version)", keys: [.char("v")], .global, hint: "EN/FR/ES", hintOnlyWhenAvailable: true,
                unavailable: { AppState.languageViews.contains($0.view) ? nil : "The language is chosen in the Agenda, ToR, Reports and Rules views." },
                run: { $0.toggleLanguage() }),
        Command(.missingTranslations, "Texts of the session still without a French or Spanish version (Enter writes one)", keys: [.char("M")], .global,
                unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.openMissingTranslations() }),
        Command(.moveUp, "Move up", keys: [.char("k"), .up], .global,
                run: { $0.moveOrScroll(-1) }),
        Command(.moveDown, "Move down", keys: [.char("j"), .down], .global,
                run: { $0.moveOrScroll(1) }),
        Command(.pageUp, "Page up", keys: [.pageUp], .global,
                run: { $0.page(-1) }),
        Command(.pageDown, "Page down", keys: [.pageDown, .char(" ")], .global,
                run: { $0.page(1) }),
        Command(.moveTop, "Go to the first line", keys: [.char("g"), .home], .global,
                run: { $0.moveCursor(-1_000_000) }),
        Command(.moveBottom, "Go to the last line", keys: [.char("G"), .end], .global,
                run: { $0.moveCursor(1_000_000) }),
        Command(.switchPane, "Switch between the list and the detail pane (↑↓ then scroll it)", keys: [.tab], .global, onlyIn: AppState.viewsWithDetailPane, unavailable: { AppState.viewsWithDetailPane.contains($0.view) ? nil : "\($0.view.title) has one pane." },
                run: { $0.detailFocus.toggle() }),
        Command(.search, "Search this view", keys: [.char("/")], .global, hint: "search", hintOnlyWhenAvailable: true, onlyIn: AppState.searchableViews,
                unavailable: { AppState.searchableViews.contains($0.view) ? nil : "Search works in the Sessions and Agenda views." },
                run: { $0.mode = .search(TextField()) }),
        Command(.searchNext, "Find the next match", keys: [.char("N")], .global, onlyIn: AppState.searchableViews, unavailable: { $0.lastSearch.isEmpty ? "Nothing to find yet: search first." : nil },
                run: { $0.findAgain() }),
        Command(.undo, "Undo the last change", keys: [.char("u")], .global, hint: "undo", unavailable: { $0.undoStack.isEmpty ? "Nothing to undo." : nil },
                run: { $0.undo() }),
        Command(.redo, "Redo the change undone", keys: [.ctrl("r")], .global, unavailable: { $0.redoStack.isEmpty ? "Nothing to redo." : nil },
                run: { $0.redo() }),
        Command(.showSessions, "Sessions and the year plan", keys: [.char("1")], .global,
                run: { $0.show(.sessions) }),
        Command(.showAgenda, "Agenda of the selected session", keys: [.char("2")], .global,
                run: { $0.show(.agenda) }),
        Command(.showMeeting, "Meeting console", keys: [.char("3")], .global,
                run: { $0.show(.meeting) }),
        Command(.showToR, "Terms of reference", keys: [.char("4")], .global,
                run: { $0.show(.tor) }),
        Command(.showReports, "Reports to the Council", keys: [.char("5")], .global,
                run: { $0.show(.reports) }),
        Command(.showRules, "Rules of Procedure", keys: [.char("6")], .global,
                run: { $0.show(.rules) }),
        Command(.showReview, "Chair's review", keys: [.char("7")], .global,
                run: { $0.show(.review) }),
        Command(.resolveConflict, "Resolve a file changed on disk (whose version wins)", keys: [.char("W")], .global,
                run: { $0.resolveConflict() }),
        Command(.becomeWriter, "Become the writer (the scpf that was editing has quit)", keys: [.ctrl("t")], .global, hint: "become writer", hintOnlyWhenAvailable: true, unavailable: { s in
            guard let reason = s.readOnlyReason else { return "This scpf is the writer already." }
            guard s.followingWriter else { return "Read-only: \(reason) Reopen scpf without it to edit." }
            return s.writerQuit ? nil : "The other scpf is still editing; this one can take over once it quits."
        },
                run: { $0.askToBecomeWriter() }),
        Command(.palette, "Command palette: run any action by name", keys: [.char(":")], .global, hint: "commands",
                run: { $0.mode = .palette(PaletteState()) }),
        Command(.searchEverything, "Search every session: items, documents, outcomes, notes, reports, rules, delegations, officers", keys: [.ctrl("f")], .global, hint: "find",
                run: { $0.openFinder() }),
        Command(.help, "Show every key of this view", keys: [.char("?"), .function(1)], .global, hint: "help",
                run: { $0.mode = .help(scroll: 0) }),
        Command(.quit, "Quit scpf", keys: [.char("q")], .global, hint: "quit",
                run: { $0.requestQuit() }),
        Command(.markConvened, "Mark the session convened", keys: [], .view(.sessions), edits: true, unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.setStatus(.convened) }),
        Command(.markInSession, "Mark the session in session", keys: [], .view(.sessions), edits: true, unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.setStatus(.inSession) }),
        Command(.closeSession, "Close the session", keys: [], .view(.sessions), edits: true, unavailable: { $0.session == nil ? AppState.noSessionText : nil },
                run: { $0.setStatus(.closed) }),
    ]

    private static let byAction: [Action: Command] = Dictionary(all.map { ($0.action, $0) }, uniquingKeysWith: { a, _ in a })

    /// The command of an action (a test checks that every action has one; an action left out
    /// would say so instead of trapping).
    public static subscript(_ action: Action) -> Command {
        byAction[action] ?? Command(action, action.rawValue, keys: [], .global,
                                    unavailable: { _ in "“\(action.rawValue)” is not available in this scpf." }, run: { _ in })
    }
}
