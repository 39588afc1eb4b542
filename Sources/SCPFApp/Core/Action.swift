/// Every action a user can take, by name: the identity of a command. Everything else about
/// it (title, keys, availability, handler) is its `Command` in Command.swift.
public enum Action: String, CaseIterable, Sendable {
    case quit, help, palette, undo, redo, search, searchNext, switchPane, searchEverything, itemHistory
    case showSessions, showAgenda, showMeeting, showToR, showReports, showRules
    case moveUp, moveDown, pageUp, pageDown, moveTop, moveBottom
    case newSession, editSession, deleteSession, advanceSessionStatus, openSession, recordBureau, recordArticle4, actingOfficer
    case markConvened, markInSession, closeSession
    case addItem, editItem, deleteItem, moveItemUp, moveItemDown, indentItem, outdentItem
    case issueAgenda, adoptAgenda, tagToR, importAgenda, exportAgenda, editDocument, reviseProvisionalAgenda, recordInformalMeeting
    case openMeeting, nextItem, previousItem, jumpToItem, nextSpeaker, addSpeaker, removeSpeaker
    case speakerUp, speakerDown, endSpeech, speakingLimit, recordOutcome, minuteNotes, concludeItem
    case deferItem, withdrawItem, addItemInSession, attendance, closeMeeting
    case rightOfReply, pointOfOrder, toggleSpeakersList, suspendMeeting, correctOutcome
    case generateReport, editReportSection, adoptReport, transmitReport, recordCouncilAction, toggleRegister, recordItemCouncilAction
    case newRulesVersion, editRule, adoptRules, submitRules, approveRules, returnRules, reopenRules, linkRulesItem
    case previousYear, nextYear
    case showReview, toggleReviewed, toggleToRaise, chairNote, cycleReviewFilter
    case becomeWriter, resolveConflict
    case toggleLanguage, missingTranslations

    public var title: String { Commands[self].title }

    /// Actions that change the record; refused in read-only mode.
    public var edits: Bool { Commands[self].edits }
}
