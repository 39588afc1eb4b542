/// Every action a user can take, by name. Keys, the `?` help, the hint bar and the `:`
/// palette all come from `Keymap.bindings` and these titles.
public enum Action: String, CaseIterable, Sendable {
    case quit, help, palette, undo, redo, search, searchNext, switchPane
    case showSessions, showAgenda, showMeeting, showToR, showReports, showRules
    case moveUp, moveDown, pageUp, pageDown, moveTop, moveBottom
    case newSession, editSession, deleteSession, advanceSessionStatus, openSession
    case markConvened, markInSession, closeSession
    case addItem, editItem, deleteItem, moveItemUp, moveItemDown, indentItem, outdentItem
    case issueAgenda, adoptAgenda, tagToR, importAgenda, exportAgenda, editDocument
    case openMeeting, nextItem, previousItem, jumpToItem, nextSpeaker, addSpeaker, removeSpeaker
    case speakerUp, speakerDown, endSpeech, speakingLimit, recordOutcome, minuteNotes, concludeItem
    case deferItem, withdrawItem, addItemInSession, attendance, closeMeeting
    case generateReport, editReportSection, adoptReport, transmitReport, recordCouncilAction, toggleRegister
    case newRulesVersion, editRule, adoptRules, submitRules, approveRules, returnRules, reopenRules, linkRulesItem
    case previousYear, nextYear
    case showReview, toggleReviewed, toggleToRaise, chairNote, cycleReviewFilter
    case resolveConflict

    public var title: String {
        switch self {
        case .quit: "Quit scpf"
        case .resolveConflict: "Resolve a file changed on disk (whose version wins)"
        case .help: "Show every key of this view"
        case .palette: "Command palette: run any action by name"
        case .undo: "Undo the last change"
        case .redo: "Redo the change undone"
        case .search: "Search this view"
        case .searchNext: "Find the next match"
        case .switchPane: "Switch between the list and the detail pane (↑↓ then scroll it)"
        case .showSessions: "Sessions and the year plan"
        case .showAgenda: "Agenda of the selected session"
        case .showMeeting: "Meeting console"
        case .showToR: "Terms of reference"
        case .showReports: "Reports to the Council"
        case .showRules: "Rules of Procedure"
        case .moveUp: "Move up"
        case .moveDown: "Move down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .moveTop: "Go to the first line"
        case .moveBottom: "Go to the last line"
        case .newSession: "New session (number and dates proposed)"
        case .editSession: "Edit the selected session"
        case .deleteSession: "Delete the selected session"
        case .advanceSessionStatus: "Move the session's status one step on"
        case .openSession: "Open the session's agenda"
        case .markConvened: "Mark the session convened"
        case .markInSession: "Mark the session in session"
        case .closeSession: "Close the session"
        case .addItem: "Add an agenda item below"
        case .editItem: "Edit the selected item"
        case .deleteItem: "Delete the selected item"
        case .moveItemUp: "Move the item up"
        case .moveItemDown: "Move the item down"
        case .indentItem: "Make the item a sub-item"
        case .outdentItem: "Make the sub-item an item"
        case .issueAgenda: "Issue the provisional agenda"
        case .adoptAgenda: "Adopt the agenda"
        case .tagToR: "Terms of reference of the item (picker with their text)"
        case .editDocument: "A document's title and language versions"
        case .importAgenda: "Import agenda items from a text file"
        case .exportAgenda: "Export the agenda to a file (md, html, json, csv)"
        case .openMeeting: "Open the meeting (session in session, agenda adopted)"
        case .nextItem: "Take up the next item"
        case .previousItem: "Take up the previous item"
        case .jumpToItem: "Jump to any item"
        case .nextSpeaker: "Next speaker (ends the current one)"
        case .addSpeaker: "Add a delegation to the speakers list"
        case .removeSpeaker: "Remove the selected speaker from the queue"
        case .speakerUp: "Move the selected speaker up"
        case .speakerDown: "Move the selected speaker down"
        case .endSpeech: "End the current speech"
        case .speakingLimit: "Set the speaking time limit"
        case .recordOutcome: "Record the item's outcome and conclusion"
        case .minuteNotes: "Minute notes for the item"
        case .concludeItem: "Conclude the item"
        case .deferItem: "Defer the item to a later session"
        case .withdrawItem: "Withdraw the item"
        case .addItemInSession: "Add an item in session"
        case .attendance: "Attendance: member states represented"
        case .closeMeeting: "Close the session"
        case .generateReport: "Generate the draft report (keeps your edits)"
        case .editReportSection: "Edit a section of the report"
        case .adoptReport: "Adopt the report (the Committee)"
        case .transmitReport: "Transmit the report to the Council"
        case .recordCouncilAction: "Record the Council's action on the report"
        case .toggleRegister: "Show the recommendations register / the report"
        case .newRulesVersion: "New amendment of the Rules of Procedure"
        case .editRule: "Add or edit a rule of the selected version"
        case .adoptRules: "Adopt the version (the Committee)"
        case .submitRules: "Submit the version to the Council"
        case .approveRules: "Record the Council's approval"
        case .returnRules: "Record the Council's return for revision"
        case .reopenRules: "Take a returned version back to drafting"
        case .linkRulesItem: "Link the version to the agenda item that discusses it"
        case .showReview: "Chair's review"
        case .toggleReviewed: "Mark the item reviewed / not reviewed"
        case .toggleToRaise: "Flag the item to raise / unflag"
        case .chairNote: "Private briefing note for the item"
        case .cycleReviewFilter: "Filter: all, not reviewed, to raise, needing a decision"
        case .previousYear: "Previous year"
        case .nextYear: "Next year"
        }
    }

    /// Actions that change the record; refused in read-only mode.
    public var edits: Bool {
        switch self {
        case .newSession, .editSession, .deleteSession, .advanceSessionStatus,
             .markConvened, .markInSession, .closeSession, .addItem, .editItem, .deleteItem,
             .moveItemUp, .moveItemDown, .indentItem, .outdentItem, .issueAgenda, .adoptAgenda, .tagToR, .importAgenda, .editDocument, .linkRulesItem,
             .openMeeting, .nextItem, .previousItem, .jumpToItem, .nextSpeaker, .addSpeaker, .removeSpeaker,
             .speakerUp, .speakerDown, .endSpeech, .speakingLimit, .recordOutcome, .minuteNotes, .concludeItem,
             .deferItem, .withdrawItem, .addItemInSession, .attendance, .closeMeeting,
             .generateReport, .editReportSection, .adoptReport, .transmitReport, .recordCouncilAction,
             .newRulesVersion, .editRule, .adoptRules, .submitRules, .approveRules, .returnRules, .reopenRules:
            true
        default:
            false
        }
    }
}
