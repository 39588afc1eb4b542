import Foundation
import SCPFCore

/// Runs the pure core: stamps the clock, applies events, runs effects, and saves whatever
/// the record gained since the last save — so every change is on disk as it is made.
@MainActor
public final class AppRuntime: TerminalProgram {
    public private(set) var state: AppState
    private var persisted: DataSet
    private var persistedChair: ChairNotes
    private let persistence: Persistence
    private let clock: () -> Date
    private var conflict: DataFile?
    private let editor: ExternalEditor
    private var editorRequest: EditorRequest?

    public convenience init(state: AppState, persistence: Persistence, clock: @escaping () -> Date) {
        self.init(state: state, persistence: persistence, clock: clock, editor: .fromEnvironment)
    }

    init(state: AppState, persistence: Persistence, clock: @escaping () -> Date, editor: ExternalEditor) {
        self.editor = editor
        self.state = state
        self.persisted = state.data
        self.persistedChair = state.chair
        self.persistence = persistence
        self.clock = clock
    }

    /// Read-only instances look for the secretariat's changes twice a second.
    public var tickInterval: Double? {
        if state.loadingRemaining > 0 { return 0.05 }
        return state.readOnlyReason == nil ? 1.0 : 0.5
    }

    public func handle(_ event: Event) -> Bool {
        state.now = clock()
        if case .tick = event, state.readOnlyReason != nil { follow() }
        let effects = state.update(event)
        // After the event, so a key pressed meanwhile counts as the user having moved.
        if state.loadingRemaining > 0 { collectBackgroundLoad() }
        var quit = false
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .reload: reloadConflict()
            case .overwrite: persist(overwrite: true)
            case let .readImport(path, session, mode):
                do { state.receiveImport(try persistence.readText(path), path: path, session: session, mode: mode) } catch {
                    state.message = .error("\(error)")
                }
            case .becomeWriter:
                follow()
                do {
                    try persistence.becomeWriter()
                    _ = state.update(.becameWriter(failure: nil))
                } catch StoreError.readOnly(let reason) {
                    _ = state.update(.becameWriter(failure: reason))
                } catch {
                    _ = state.update(.becameWriter(failure: "\(error)"))
                }
            case let .editExternally(text):
                switch editor.prepare(text) {
                case .success(let request): editorRequest = request
                case .failure(let failure): _ = state.update(.editorResult(.failed(failure.message)))
                }
            case let .writeExport(path, text):
                do {
                    try persistence.writeExport(text, to: path)
                    state.message = .info("Wrote \(path).")
                } catch { state.message = .error("\(error)") }
            }
        }
        if conflict == nil { persist(overwrite: false) }
        return !quit
    }

    private var backgroundStarted = false

    public func takeEditorRequest() -> EditorRequest? {
        defer { editorRequest = nil }
        return editorRequest
    }

    public func editorFinished(_ request: EditorRequest, status: Int32) -> Bool {
        handle(.editorResult(editor.finish(request, status: status)))
    }

    public func render(width: Int, height: Int) -> Frame {
        if state.width != width || state.height != height {
            _ = state.update(.resize(width: width, height: height))
        }
        let frame = state.render()
        // The older sessions are read only once the first screen exists, so that reading
        // them never delays it.
        if !backgroundStarted {
            backgroundStarted = true
            persistence.startBackgroundLoad()
        }
        return frame
    }

    /// Writes every file that differs from what is on disk; stops at the first failure so
    /// the status bar tells the truth.
    /// Adds the older sessions read in the background since the last event.
    func collectBackgroundLoad() {
        let (sessions, problems, remaining) = persistence.drainBackgroundLoad()
        state.loadingRemaining = remaining
        if !sessions.isEmpty {
            state.absorbExternal(sessions, follow: false)
            for s in sessions { persisted.upsert(s) }
        }
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? "\(first)" : "\(first) (and \(problems.count - 1) more: run scpf check)")
        }
    }

    /// Picks up what the secretariat saved meanwhile; a read-only instance never writes it.
    func follow() {
        let gone = persistence.deletedSessionNumbers()
        if !gone.isEmpty {
            _ = state.update(.sessionsDeleted(gone))
            for n in gone { persisted.remove(session: n) }
        }
        if !state.writerQuit, persistence.writerHasQuit() { _ = state.update(.writerQuit) }
        let fresh = persistence.reloadChangedSessions()
        guard !fresh.isEmpty else { return }
        state.absorbExternal(fresh)
        for s in fresh { persisted.upsert(s) }
    }

    func persist(overwrite: Bool) {
        if state.chair != persistedChair, state.chairReadOnlyReason == nil {
            do {
                try attempt(.chair) { try persistence.save(state.chair, overwrite: overwrite) }
                persistedChair = state.chair
                if state.readOnlyReason != nil { state.saveStatus = .readOnly }
            } catch StoreError.changedOnDisk(let path) {
                state.saveStatus = .conflict(path)
                state.mode = .conflict(path: path)
                return
            } catch {
                state.saveStatus = .failed("\(error)")
                state.message = .error("\(error)")
                return
            }
        }
        let changes = state.data.changes(since: persisted)
        guard !changes.isEmpty, state.readOnlyReason == nil else { return }
        do {
            if changes.committee {
                try attempt(.committee) { try persistence.save(state.data.committee, overwrite: overwrite) }
                persisted.committee = state.data.committee
            }
            for number in changes.saved.sorted() {
                guard let session = state.data.session(number) else { continue }
                try attempt(.session(number)) { try persistence.save(session, overwrite: overwrite) }
                persisted.upsert(session)
            }
            for number in changes.deleted.sorted() {
                try attempt(.session(number)) { try persistence.deleteSession(number: number, overwrite: overwrite) }
                persisted.remove(session: number)
            }
            state.saveStatus = .saved
            conflict = nil
        } catch StoreError.changedOnDisk(let path) {
            state.saveStatus = .conflict(path)
            state.mode = .conflict(path: path)
        } catch {
            state.saveStatus = .failed("\(error)")
            state.message = .error("\(error)")
        }
    }

    private func attempt(_ file: DataFile, _ body: () throws -> Void) throws {
        do { try body() } catch {
            if case StoreError.changedOnDisk = error { conflict = file }
            throw error
        }
    }

    /// Takes the other writer's version of the conflicting file.
    func reloadConflict() {
        guard let file = conflict else { return }
        do {
            let fresh = try persistence.reload(file)
            switch file {
            case .committee:
                if let c = fresh as? Committee { state.data.committee = c; persisted.committee = c }
            case .chair:
                if let notes = fresh as? ChairNotes { state.chair = notes; persistedChair = notes }
            case .session(let n):
                if let s = fresh as? Session { state.data.upsert(s); persisted.upsert(s) } else {
                    state.data.remove(session: n); persisted.remove(session: n)
                }
            }
            conflict = nil
            state.saveStatus = .saved
            state.clampSelection()
            state.message = .info("Reloaded \(persistence.displayPath(file)) from disk.")
            persist(overwrite: false)
        } catch {
            state.message = .error("\(error)")
        }
    }
}

extension AppRuntime {
    /// Adjusts the state directly (tests set up a view without typing their way there).
    func stateForTesting(_ change: (inout AppState) -> Void) { change(&state) }
}
