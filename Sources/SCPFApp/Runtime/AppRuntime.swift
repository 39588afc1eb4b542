import Foundation
import SCPFCore

/// Runs the pure core: stamps the clock, applies events, runs effects, and saves whatever
/// the record gained since the last save — so every change is on disk as it is made.
@MainActor
public final class AppRuntime: TerminalProgram {
    public private(set) var state: AppState
    private var persisted: DataSet
    private let persistence: Persistence
    private let clock: () -> Date
    private var conflict: DataFile?

    public init(state: AppState, persistence: Persistence, clock: @escaping () -> Date) {
        self.state = state
        self.persisted = state.data
        self.persistence = persistence
        self.clock = clock
    }

    public var tickInterval: Double? { 1.0 }

    public func handle(_ event: Event) -> Bool {
        state.now = clock()
        let effects = state.update(event)
        var quit = false
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .reload: reloadConflict()
            case .overwrite: persist(overwrite: true)
            }
        }
        if conflict == nil { persist(overwrite: false) }
        return !quit
    }

    public func render(width: Int, height: Int) -> Frame {
        if state.width != width || state.height != height {
            _ = state.update(.resize(width: width, height: height))
        }
        return state.render()
    }

    /// Writes every file that differs from what is on disk; stops at the first failure so
    /// the status bar tells the truth.
    func persist(overwrite: Bool) {
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
