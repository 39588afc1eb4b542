import SCPFCore

/// A second scpf on a data directory follows the writer read-only. When the writer quits
/// or dies it says so, and one key makes it the writer (the lock decides: never two).
extension AppState {
    mutating func takeWriterEvent(_ event: Event) {
        switch event {
        case .writerQuit:
            guard !writerQuit, readOnlyReason != nil else { return }
            writerQuit = true
            message = .info("The scpf that was editing this data has quit: \(press(.becomeWriter)) to become the writer here.")
        case .becameWriter(let failure):
            writerQuit = false
            if let failure {
                readOnlyReason = failure
                message = .error("Still read-only: \(failure)")
                return
            }
            readOnlyReason = nil
            followingWriter = false
            if case .readOnly = saveStatus { saveStatus = .saved }
            message = .info("This scpf is now the writer: every change is saved as you make it.")
        case .sessionsDeleted(let numbers):
            removeExternal(numbers)
        default:
            break
        }
    }

    /// Sessions deleted by the writer leave this follower's record and its undo history.
    mutating func removeExternal(_ numbers: [Int]) {
        guard !numbers.isEmpty else { return }
        for n in numbers {
            data.remove(session: n)
            persisted.remove(session: n)
            for i in undoStack.indices { undoStack[i].0.data.remove(session: n) }
            for i in redoStack.indices { redoStack[i].0.data.remove(session: n) }
        }
        clampSelection()
        message = .info(numbers.count == 1 ? "Session \(numbers[0]) was deleted by the writer."
                        : "Sessions \(numbers.map(String.init).joined(separator: ", ")) were deleted by the writer.")
    }
}
