import Foundation
import SCPFCore
import SCPFApp

/// The imperative shell around the pure core: stamps each event with the clock, hands it
/// to `AppState.update`, runs the effects it returns (every file read and write) and feeds
/// each outcome back to `update` as an event. It never changes the state itself.
@MainActor
public final class AppRuntime: TerminalProgram {
    public private(set) var state: AppState
    private let persistence: Persistence
    private let clock: () -> Date
    private let editor: ExternalEditor
    /// The editor the last effect asked for, until the terminal layer takes it.
    private var editorRequest: EditorRequest?
    /// Removes the draft file offered at start-up (set by the command line, which owns it).
    public var onDraftSettled: (() -> Void)?

    /// `state` holds what is on disk now (as `Startup.open` read it).
    public convenience init(state: AppState, persistence: Persistence, clock: @escaping () -> Date) {
        self.init(state: state, persistence: persistence, clock: clock, editor: .fromEnvironment)
    }

    init(state: AppState, persistence: Persistence, clock: @escaping () -> Date, editor: ExternalEditor) {
        self.editor = editor
        var opened = state
        opened.persisted = opened.data
        opened.persistedChair = opened.chair
        self.state = opened
        self.persistence = persistence
        self.clock = clock
    }

    /// Read-only instances look for the secretariat's changes twice a second.
    public var tickInterval: Double? {
        if state.loadingRemaining > 0 { return 0.05 }
        return state.readOnlyReason == nil ? 1.0 : 0.5
    }

    /// The user quit discarding changes that were not saved (the CLI exits non-zero).
    public var discardedUnsavedChanges: Bool { state.discardedOnQuit }

    public func handle(_ event: Event) -> Bool {
        var queue = state.update(event, at: clock())
        var quit = false
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .quit { quit = true; continue }
            for outcome in run(effect) { queue += state.update(outcome, at: clock()) }
        }
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
            _ = handle(.resize(width: width, height: height))
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

    /// Does the work of one effect; returns what came of it.
    func run(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit:
            return []
        case let .save(writes, overwrite):
            return writes.map { write($0, overwrite: overwrite) }
        case let .reload(file):
            do {
                let content: FileContent
                switch try persistence.reload(file) {
                case let c as Committee: content = .committee(c)
                case let s as Session: content = .session(s)
                case let n as ChairNotes: content = .chair(n)
                default: content = .missing
                }
                return [.reloaded(file, content)]
            } catch {
                return [.reloadFailed(file, reason: "\(error)")]
            }
        case let .readImport(path, session, request):
            do { return [.importRead(path: path, session: session, request: request, text: try persistence.readText(path))] } catch {
                return [.importFailed(reason: "\(error)")]
            }
        case let .writeExport(path, text):
            do {
                try persistence.writeExport(text, to: path)
                return [.exportWritten(path: path)]
            } catch { return [.exportFailed(reason: "\(error)")] }
        case let .printExport(path, html):
            do {
                try persistence.writeExport(try PDFPrinter.print(html: html), to: path)
                return [.exportWritten(path: path)]
            } catch let e as DomainError { return [.exportFailed(reason: e.message)] } catch { return [.exportFailed(reason: "\(error)")] }
        case .followOutside:
            var events: [Event] = []
            let gone = persistence.deletedSessionNumbers()
            if !gone.isEmpty { events.append(.sessionsDeleted(gone)) }
            if persistence.writerHasQuit() { events.append(.writerQuit) }
            let fresh = persistence.reloadChangedSessions()
            if !fresh.isEmpty { events.append(.changedOutside(fresh)) }
            return events
        case .settleDraft:
            onDraftSettled?()
            return []
        case .becomeWriter:
            do {
                try persistence.becomeWriter()
                return [.becameWriter(failure: nil)]
            } catch StoreError.readOnly(let reason) {
                return [.becameWriter(failure: reason)]
            } catch {
                return [.becameWriter(failure: "\(error)")]
            }
        case let .editExternally(text):
            switch editor.prepare(text) {
            case .success(let request):
                editorRequest = request
                return []
            case .failure(let failure):
                return [.editorResult(.failed(failure.message))]
            }
        case .collectBackground:
            let (sessions, problems, remaining) = persistence.drainBackgroundLoad()
            return [.backgroundLoaded(sessions: sessions, problems: problems.map { "\($0)" }, remaining: remaining)]
        }
    }

    private func write(_ write: FileWrite, overwrite: Bool) -> Event {
        do {
            switch write {
            case .committee(let c): try persistence.save(c, overwrite: overwrite)
            case .session(let s): try persistence.save(s, overwrite: overwrite)
            case .deleteSession(let n): try persistence.deleteSession(number: n, overwrite: overwrite)
            case .chair(let notes): try persistence.save(notes, overwrite: overwrite)
            }
            return .saved(write)
        } catch StoreError.changedOnDisk(let path) {
            return .conflict(write.file, path: path)
        } catch {
            return .saveFailed(write.file, reason: "\(error)")
        }
    }
}

extension AppRuntime {
    /// Adjusts the state directly (tests set up a view without typing their way there).
    func stateForTesting(_ change: (inout AppState) -> Void) { change(&state) }
}
