import Foundation
import SCPFCore

/// What the user is doing on top of the current view.
public enum Mode: Equatable, Sendable {
    case normal
    case help(scroll: Int)
    case palette(PaletteState)
    case form(FormState)
    case confirm(Confirmation)
    case search(TextField)
    case picker(PickerState)
    /// The search over every session or an item's history (`AppState.finder` holds it).
    case finder
    /// A file was changed on disk by someone else; the user chooses what wins.
    case conflict(path: String)
    /// Quitting while something is not saved: save and quit, quit discarding, or stay.
    case quitting
}

public enum SaveStatus: Equatable, Sendable {
    case saved
    case failed(String)
    case conflict(String)
    case readOnly
    /// Writes asked for and not yet answered.
    case saving
}

/// A file someone else changed on disk since scpf read it, waiting for the user's choice.
public struct FileConflict: Equatable, Sendable {
    public var file: DataFile
    public var path: String
}

public struct Message: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public static func info(_ t: String) -> Message { Message(text: t, kind: .info) }
    public static func error(_ t: String) -> Message { Message(text: t, kind: .error) }
}

/// What undo restores: the record and the chair's notes.
public struct Snapshot: Equatable, Sendable {
    public var data: DataSet
    public var chair: ChairNotes
}

public enum ReviewFilter: String, CaseIterable, Sendable {
    case all, notReviewed, toRaise, decision
    public var label: String {
        switch self {
        case .all: "all items"
        case .notReviewed: "not yet reviewed"
        case .toRaise: "to raise"
        case .decision: "needing a decision"
        }
    }
}

/// The whole UI state: a value, updated by `update` and drawn by `render`.
public struct AppState: Equatable, Sendable {
    public var data: DataSet
    public var view: ViewID = .sessions
    public var mode: Mode = .normal
    /// The session the agenda, meeting and report views show.
    public var selectedSession: Int?
    public var agendaCursor = 0
    public var listCursor: [ViewID: Int] = [:]
    /// How far the text of a view is scrolled (reports, rules, terms of reference).
    public var scroll: [ViewID: Int] = [:]
    public var message: Message?
    public var lastSearch = ""
    /// The search over every session (Ctrl-F) or the item history being shown, kept after a
    /// jump so Ctrl-F comes back to it; nil once Esc has returned.
    public var finder: FinderState?
    /// The last query of the search over every session.
    public var lastGlobalSearch = ""
    /// The record folded for search, brought up to `data` before each search (a cache: not
    /// part of the state's value, so it is left out of ==).
    public var searchIndex = SearchIndex()
    /// Reports view: the recommendations register instead of the selected report.
    public var showRegister = false
    /// The detail pane (right) has the focus: ↑↓ scroll it instead of moving in the list.
    public var detailFocus = false
    /// Terms of reference view: the year of the coverage matrix (nil: the selected session's).
    public var torYear: Int?
    /// The language the Agenda, Reports, ToR and Rules views show their texts in; editing
    /// a text while it is French or Spanish edits that version (English stays the text itself).
    public var language: DocumentLanguage = .en
    public var undoStack: [(Snapshot, String)] = []
    public var redoStack: [(Snapshot, String)] = []
    /// The chair's reviewed marks and notes (chair.json), apart from the record.
    public var chair = ChairNotes()
    /// Why the chair's notes cannot be written (--read-only), nil when they can.
    public var chairReadOnlyReason: String?
    public var reviewMode = false
    public var reviewFilter: ReviewFilter = .all
    public var readOnlyReason: String?
    /// What the status bar says about saving; recomputed after every event from the fields below.
    public var saveStatus: SaveStatus = .saved
    /// The record and the chair's notes as last written to (or read from) disk: what must be
    /// saved is the difference between these and `data` / `chair`.
    public var persisted: DataSet
    public var persistedChair = ChairNotes()
    /// Files someone else changed on disk and that are not written over: one entry each,
    /// oldest first. Every other file keeps being saved.
    public var conflicts: [FileConflict] = []
    /// Files whose last write failed, with the sentence saying why.
    public var saveFailures: [DataFile: String] = [:]
    /// Files being written: a save was asked for and its outcome has not come back.
    public var saving: Set<DataFile> = []
    /// Quit as soon as the saves asked for from the quit dialog have all succeeded.
    public var quitAfterSaving = false
    /// The user chose to quit discarding what was not saved (the exit status says so).
    public var discardedOnQuit = false
    /// Problems found when loading (unreadable files), shown once at start.
    public var loadProblems: [String] = []
    public var now: Date
    public var width = 80
    public var height = 24
    public var quitRequested = false
    /// What the user chose for a draft offered at start-up (nil: not decided, keep the file).
    public var draftDecision: DraftDecision?
    /// The form restored from a draft is still open (its draft file stays until it closes).
    public var restoredDraftOpen = false
    /// Older session files still being read in the background after the first screen.
    public var loadingRemaining = 0
    /// Session files on disk not (yet) in `data`: still being read, or unreadable. Their
    /// numbers are never given to a new session, so it cannot land on an existing file.
    public var unloadedSessionNumbers: Set<Int> = []
    /// Read-only only because another scpf is editing (not --read-only, not review): this
    /// one may take over when it quits.
    public var followingWriter = false
    /// A follower whose writer has quit: it may become the writer (W).
    public var writerQuit = false
    /// No key has been pressed yet: the default selection may still follow late arrivals.
    public var untouched = true
    /// The room display (`scpf display`): one screen for the projector, read-only; q quits.
    public var roomDisplay = false
    /// Effects asked for while handling the current event (file reads and writes).
    var pendingEffects: [Effect] = []

    public static let minimumWidth = 60
    public static let minimumHeight = 15
    static let undoLimit = 200

    public init(data: DataSet, now: Date, readOnlyReason: String? = nil) {
        self.data = data
        self.persisted = data
        self.now = now
        self.readOnlyReason = readOnlyReason
        if readOnlyReason != nil { saveStatus = .readOnly }
        selectedSession = Self.defaultSession(in: data, today: Day(now))
    }

    public var today: Day { Day(now) }

    var snapshot: Snapshot { Snapshot(data: data, chair: chair) }

    mutating func pushUndo(_ description: String) {
        undoStack.append((snapshot, description))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
        redoStack.removeAll()
    }

    /// Changes the chair's notes as one undoable step (allowed in review mode).
    mutating func editChair(_ description: String, _ change: (inout ChairNotes) -> Void) {
        if let reason = chairReadOnlyReason {
            message = .error("Read-only: \(reason) Nothing was changed.")
            return
        }
        var copy = chair
        change(&copy)
        guard copy != chair else { return }
        pushUndo(description)
        chair = copy
        message = .info("\(description). \(press(.undo).capitalizedFirst) to undo.")
    }

    /// Takes sessions someone else changed on disk (following a live meeting), keeping the
    /// undo history about the chair's notes only.
    public mutating func absorbExternal(_ sessions: [Session], follow: Bool = true) {
        guard !sessions.isEmpty else { return }
        for s in sessions { data.upsert(s); unloadedSessionNumbers.remove(s.number) }
        for i in undoStack.indices { for s in sessions { undoStack[i].0.data.upsert(s) } }
        for i in redoStack.indices { for s in sessions { redoStack[i].0.data.upsert(s) } }
        if !follow, untouched, let best = Self.defaultSession(in: data, today: today), best != selectedSession {
            selectedSession = best
        }
        if follow, reviewMode, let s = session, let current = s.live?.currentItemId,
           let index = s.agenda.items.firstIndex(where: { $0.id == current }) {
            agendaCursor = index
        }
        clampSelection()
    }

    /// How to run `action` from the current view (or `in` another), for messages: "press u".
    /// Messages never spell a key themselves, so they stay true when the keymap changes.
    func press(_ action: Action, in other: ViewID? = nil) -> String { Keymap.howTo(action, in: other ?? view) }

    /// A refusal from the domain, with the key that takes the step it names.
    func explain(_ error: DomainError) -> String {
        guard let remedy = error.remedy else { return error.message }
        let (action, where_): (Action, ViewID) = switch remedy {
        case .conveneSession: (.advanceSessionStatus, .sessions)
        case .issueAgenda: (.issueAgenda, .agenda)
        case .openMeeting: (.openMeeting, .meeting)
        case .resumeMeeting: (.suspendMeeting, .meeting)
        case .reopenSpeakersList: (.toggleSpeakersList, .meeting)
        }
        let hint = "(\(press(action, in: where_)) in the \(where_.title) view)"
        guard error.message.hasSuffix(".") else { return "\(error.message) \(hint)" }
        return "\(error.message.dropLast()) \(hint)."
    }

    /// Why `number` cannot be given to a new or renumbered session, nil when it can.
    func sessionNumberTaken(_ number: Int) -> String? {
        if data.session(number) != nil { return "Session \(number) already exists; choose another number." }
        if unloadedSessionNumbers.contains(number) {
            return loadingRemaining > 0
                ? "Session \(number) is on disk and still being read; choose another number, or wait a moment."
                : "A file for session \(number) is on disk but could not be read (run scpf check); choose another number."
        }
        return nil
    }

    /// The session in progress, else the next one to come, else the latest.
    static func defaultSession(in data: DataSet, today: Day) -> Int? {
        if let live = data.sessions.first(where: { $0.status == .inSession }) { return live.number }
        if let next = data.sessions.first(where: { $0.endDate >= today }) { return next.number }
        return data.sessions.last?.number
    }

    public var session: Session? { selectedSession.flatMap { data.session($0) } }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.data == b.data && a.view == b.view && a.mode == b.mode && a.showRegister == b.showRegister && a.detailFocus == b.detailFocus && a.torYear == b.torYear && a.selectedSession == b.selectedSession
            && a.agendaCursor == b.agendaCursor && a.listCursor == b.listCursor && a.scroll == b.scroll && a.message == b.message
            && a.undoStack.map(\.0) == b.undoStack.map(\.0) && a.redoStack.map(\.0) == b.redoStack.map(\.0)
            && a.chair == b.chair && a.reviewMode == b.reviewMode && a.reviewFilter == b.reviewFilter
            && a.readOnlyReason == b.readOnlyReason && a.saveStatus == b.saveStatus && a.now == b.now
            && a.width == b.width && a.height == b.height && a.loadingRemaining == b.loadingRemaining && a.unloadedSessionNumbers == b.unloadedSessionNumbers && a.writerQuit == b.writerQuit && a.followingWriter == b.followingWriter && a.untouched == b.untouched && a.quitRequested == b.quitRequested
            && a.persisted == b.persisted && a.persistedChair == b.persistedChair && a.conflicts == b.conflicts
            && a.saveFailures == b.saveFailures && a.saving == b.saving && a.quitAfterSaving == b.quitAfterSaving
            && a.discardedOnQuit == b.discardedOnQuit && a.chairReadOnlyReason == b.chairReadOnlyReason
            && a.lastSearch == b.lastSearch && a.finder == b.finder && a.lastGlobalSearch == b.lastGlobalSearch && a.loadProblems == b.loadProblems && a.pendingEffects == b.pendingEffects
            && a.draftDecision == b.draftDecision && a.restoredDraftOpen == b.restoredDraftOpen
            && a.roomDisplay == b.roomDisplay
    }

    /// Applies a change to the record as one undoable step; a refusal leaves everything as
    /// it was and shows its sentence.
    mutating func edit(_ description: String, _ change: (inout DataSet) throws -> Void) -> Bool {
        if let reason = readOnlyReason {
            message = .error("Read-only: \(reason) Nothing was changed.")
            return false
        }
        var copy = data
        do {
            try change(&copy)
        } catch let error as DomainError {
            message = .error(explain(error))
            return false
        } catch {
            message = .error("\(error)")
            return false
        }
        // A draft report restates the record: its generated sections follow every change.
        copy.refreshReportDrafts()
        guard copy != data else { return false }
        pushUndo(description)
        data = copy
        message = .info("\(description). \(press(.undo).capitalizedFirst) to undo.")
        return true
    }
}
