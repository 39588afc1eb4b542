import SCPFCore

/// The save loop, pure: what must be written is the difference between the state and what
/// is known to be on disk (`persisted`); `update` asks for it as `.save` effects and learns
/// the outcome from the events the runtime feeds back.
extension AppState {
    /// Every write that would make the disk hold what the state holds, chair's notes first.
    public var unsavedWrites: [FileWrite] {
        var writes: [FileWrite] = []
        if chairReadOnlyReason == nil, chair != persistedChair { writes.append(.chair(chair)) }
        // Equal records usually share their storage, which makes this check nearly free.
        guard readOnlyReason == nil, data != persisted else { return writes }
        let changes = data.changes(since: persisted)
        if changes.committee { writes.append(.committee(data.committee)) }
        for number in changes.saved.sorted() {
            if let s = data.session(number) { writes.append(.session(s)) }
        }
        for number in changes.deleted.sorted() { writes.append(.deleteSession(number)) }
        return writes
    }

    /// The files that differ from the disk.
    public var unsavedFiles: [DataFile] { unsavedWrites.map(\.file) }

    func conflict(for file: DataFile) -> FileConflict? { conflicts.first { $0.file == file } }

    /// The saves to ask for now: everything unsaved except files waiting for a decision
    /// (changed on disk) and files already being written.
    mutating func automaticSave(_ unsaved: [FileWrite]) -> [Effect] {
        let writes = unsaved.filter { conflict(for: $0.file) == nil && !saving.contains($0.file) }
        return save(writes, overwrite: false)
    }

    mutating func save(_ writes: [FileWrite], overwrite: Bool) -> [Effect] {
        guard !writes.isEmpty else { return [] }
        for w in writes { saving.insert(w.file) }
        return [.save(writes, overwrite: overwrite)]
    }

    /// Takes the outcome of an effect; returns the effects it leads to.
    mutating func receive(_ event: Event) -> [Effect] {
        switch event {
        case let .saved(write):
            switch write {
            case .committee(let c): persisted.committee = c
            case .session(let s): persisted.upsert(s)
            case .deleteSession(let n): persisted.remove(session: n)
            case .chair(let notes): persistedChair = notes
            }
            // Once everything is on disk, share the record's storage: the next comparison is instant.
            if persisted == data { persisted = data }
            settle(write.file)
        case let .saveFailed(file, reason):
            settle(file)
            // Said once; while it keeps failing the message line shows it when nothing else is said.
            if saveFailures[file] != reason { message = .error(reason) }
            saveFailures[file] = reason
        case let .conflict(file, path):
            settle(file)
            if conflict(for: file) == nil { conflicts.append(FileConflict(file: file, path: path)) }
            if mode == .normal { mode = .conflict(path: path) }
        case let .reloaded(file, content):
            switch content {
            case .committee(let c): data.committee = c; persisted.committee = c
            case .chair(let notes): chair = notes; persistedChair = notes
            case .session(let s): data.upsert(s); persisted.upsert(s)
            case .missing:
                if case .session(let n) = file { data.remove(session: n); persisted.remove(session: n) }
            }
            // Their version won: no undo or redo may bring ours back over it unseen.
            rebaseHistory(on: content, file: file)
            conflicts.removeAll { $0.file == file }
            saveFailures[file] = nil
            clampSelection()
            message = .info("Reloaded \(file.fileName) from disk: their version is now yours.")
            return automaticSave(unsavedWrites)
        case let .reloadFailed(_, reason):
            message = .error(reason)
        case let .changedOutside(sessions):
            absorbExternal(sessions)
            for s in sessions { persisted.upsert(s) }
        case let .backgroundLoaded(sessions, problems, remaining):
            loadingRemaining = remaining
            if !sessions.isEmpty {
                absorbExternal(sessions, follow: false)
                for s in sessions { persisted.upsert(s) }
                // The search index grows as the sessions arrive, so a search after the
                // background load folds nothing again (docs/performance.md, issue 19).
                searchIndex.update(committee: data.committee, sessions: data.sessions)
                refreshFinder()
            }
            if let first = problems.first {
                message = .error(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more: run scpf check)")
            }
        case let .importRead(path, session, request, text):
            receiveImport(text, path: path, session: session, request: request)
        case let .importFailed(reason), let .exportFailed(reason):
            message = .error(reason)
        case let .exportWritten(path):
            message = .info("Wrote \(path).")
        case .key, .paste, .resize, .tick, .editorResult, .writerQuit, .becameWriter, .sessionsDeleted:
            break
        }
        finishQuitIfSaved()
        return []
    }

    /// A file's write has an outcome: it is no longer being written, and a file now equal
    /// to the disk has no failure or conflict left.
    private mutating func settle(_ file: DataFile) {
        saving.remove(file)
        let unsaved = Set(unsavedFiles)
        if !unsaved.contains(file) {
            saveFailures[file] = nil
            conflicts.removeAll { $0.file == file }
        }
    }

    /// Drops failures and conflicts of files that no longer differ from the disk (an undo
    /// back to the saved version), and closes a conflict dialog left without a conflict.
    mutating func forgetSettledProblems(_ writes: [FileWrite]) {
        let unsaved = Set(writes.map(\.file))
        saveFailures = saveFailures.filter { unsaved.contains($0.key) }
        conflicts.removeAll { !unsaved.contains($0.file) && !saving.contains($0.file) }
        if case .conflict(let path) = mode, !conflicts.contains(where: { $0.path == path }) { mode = .normal }
    }

    /// After the quit dialog's save: quit once everything is written, else ask again.
    private mutating func finishQuitIfSaved() {
        guard quitAfterSaving, saving.isEmpty else { return }
        quitAfterSaving = false
        if unsavedWrites.isEmpty {
            quitRequested = true
        } else {
            mode = .quitting
            message = .error("Still not saved: \(unsavedProblem ?? "the changes could not be written."))")
        }
    }

    /// One sentence on what is not saved and why, nil when everything is.
    public var unsavedProblem: String? {
        let files = unsavedFiles
        guard !files.isEmpty else { return nil }
        if let c = conflicts.first {
            let more = conflicts.count > 1 ? " (and \(conflicts.count - 1) more)" : ""
            return "Not saved: \(c.file.fileName)\(more) changed on disk. W or :resolve decides."
        }
        if let file = files.first(where: { saveFailures[$0] != nil }), let reason = saveFailures[file] {
            return reason
        }
        return nil
    }

    /// The status bar's save word, from the fields above.
    mutating func refreshSaveStatus(_ unsaved: [FileWrite]) {
        if unsaved.isEmpty {
            saveStatus = readOnlyReason != nil ? .readOnly : .saved
        } else if let c = conflicts.first {
            saveStatus = .conflict(c.path)
        } else if let reason = unsaved.compactMap({ saveFailures[$0.file] }).first {
            saveStatus = .failed(reason)
        } else {
            saveStatus = .saving
        }
    }

    // MARK: The quit dialog

    /// q and the Quit command: quits at once when everything is on disk, asks otherwise.
    mutating func requestQuit() {
        if unsavedWrites.isEmpty {
            quitRequested = true
        } else {
            mode = .quitting
        }
    }

    mutating func handleQuitting(_ key: Key, effects: inout [Effect]) {
        switch key {
        case .char("s"), .char("S"), .enter:
            mode = .normal
            quitAfterSaving = true
            let writes = unsavedWrites.filter { !saving.contains($0.file) && conflict(for: $0.file) == nil }
            effects += save(writes, overwrite: false)
            if !conflicts.isEmpty {
                // Nothing is written over someone else's change without being asked.
                quitAfterSaving = false
                mode = .quitting
                message = .error("Changed on disk: o writes yours over theirs and quits, d discards.")
            }
        case .char("o") where !conflicts.isEmpty:
            mode = .normal
            quitAfterSaving = true
            let conflicted = Set(conflicts.map(\.file))
            let writes = unsavedWrites.filter { !saving.contains($0.file) }
            effects += save(writes.filter { !conflicted.contains($0.file) }, overwrite: false)
            effects += save(writes.filter { conflicted.contains($0.file) }, overwrite: true)
        case .char("d"), .char("D"):
            mode = .normal
            discardedOnQuit = true
            quitRequested = true
        case .escape, .char("c"), .char("n"), .char("q"):
            mode = .normal
            message = .info("Not quitting; nothing was discarded.")
        default:
            message = .info(conflicts.isEmpty ? "Press s to save and quit, d to quit discarding, Esc to stay."
                : "Press o to write yours over theirs and quit, d to quit discarding, Esc to stay.")
        }
    }

    // MARK: The conflict dialog

    mutating func handleConflict(_ key: Key, path: String, effects: inout [Effect]) {
        guard let c = conflicts.first(where: { $0.path == path }) else { mode = .normal; return }
        switch key {
        case .char("r"):
            mode = .normal
            effects.append(.reload(c.file))
        case .char("o"):
            mode = .normal
            // Only the file in conflict; the others are saved as usual.
            if let write = unsavedWrites.first(where: { $0.file == c.file }) {
                message = .info("Writing your \(c.file.fileName) over theirs.")
                effects += save([write], overwrite: true)
            }
        case .escape:
            mode = .normal
            message = .error("Put off: \(c.file.fileName) waits (changed on disk). W or :resolve decides.")
        default:
            break
        }
    }

    /// W and the palette's “Resolve a file changed on disk”: back to the decision.
    mutating func resolveConflict() {
        if let c = conflicts.first {
            mode = .conflict(path: c.path)
        } else {
            message = .info("No file is waiting for a decision: everything changed on disk has been resolved.")
        }
    }

    /// Puts a file's version from disk into every undo and redo step, as following another
    /// writer does: undo then moves only what this instance did to the other files.
    mutating func rebaseHistory(on content: FileContent, file: DataFile) {
        func rebase(_ snapshot: inout Snapshot) {
            switch content {
            case .committee(let c): snapshot.data.committee = c
            case .chair(let notes): snapshot.chair = notes
            case .session(let s): snapshot.data.upsert(s)
            case .missing: if case .session(let n) = file { snapshot.data.remove(session: n) }
            }
        }
        for i in undoStack.indices { rebase(&undoStack[i].0) }
        for i in redoStack.indices { rebase(&redoStack[i].0) }
    }
}
