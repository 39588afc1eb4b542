import Foundation
import SCPFCore
import SCPFApp

/// Opening a data directory for the UI: the committee, the newest sessions for the first
/// screen (the rest are read in the background), the chair's notes, and the state to start
/// from. Shared by `scpf` and the benchmark so that both measure the same path.
public enum Startup {
    /// The newest sessions: enough for the session in progress and the next ones in the
    /// usual case; if the one in progress comes later from the background, it is selected
    /// then (as long as no key was pressed).
    public static let sessionsForFirstScreen = 3

    public struct Options: Sendable {
        public var readOnly = false
        public var review = false
        public init(readOnly: Bool = false, review: Bool = false) { self.readOnly = readOnly; self.review = review }
    }

    public static func open(_ store: Store, options: Options, now: Date) throws -> AppState {
        var problems: [String] = []
        var readOnlyReason = store.readOnlyReason
        let committee: Committee
        if store.hasCommittee {
            do { committee = try store.loadCommittee() } catch {
                // Never rewrite a file that could not be read: show the built-in committee, read-only.
                problems.append("\(error)")
                committee = Committee.scpf()
                readOnlyReason = readOnlyReason ?? "committee.json could not be read; fix it, then reopen scpf."
            }
        } else {
            committee = Committee.scpf()
            if !store.isReadOnly { try store.save(committee) }
        }
        let names = store.sessionFileNamesNewestFirst()
        let (sessions, sessionProblems) = store.loadSessions(named: Array(names.prefix(sessionsForFirstScreen)))
        store.queueBackgroundLoad(Array(names.dropFirst(sessionsForFirstScreen)))
        problems += sessionProblems.map { "\($0)" }
        var chair = ChairNotes()
        var chairReadOnly: String? = options.readOnly ? "opened with --read-only." : nil
        do { chair = try store.loadChairNotes() } catch {
            problems.append("\(error)")
            chairReadOnly = "chair.json could not be read; fix it, then reopen scpf."
        }

        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: now, readOnlyReason: readOnlyReason)
        state.chair = chair
        state.chairReadOnlyReason = chairReadOnly
        state.followingWriter = store.waitingForWriter
        state.loadingRemaining = max(0, names.count - sessionsForFirstScreen)
        state.unloadedSessionNumbers = Set(names.map(store.sessionNumber(fromName:))).subtracting(sessions.map(\.number))
        if options.review {
            state.reviewMode = true
            state.view = .review
            if let s = state.session, let current = s.live?.currentItemId,
               let i = s.agenda.items.firstIndex(where: { $0.id == current }) {
                state.agendaCursor = i
            }
        }
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more: run scpf check)")
        } else if options.review {
            state.message = .info("Review mode: the record cannot be changed; r marks reviewed, ! flags, n notes (chair.json).")
        } else if let reason = readOnlyReason {
            state.message = .info("Read-only: \(reason)")
        } else if !store.upgrades.isEmpty {
            let n = store.upgrades.count
            state.message = .info("Data of an older scpf was upgraded as it was read (\(n) change\(n == 1 ? "" : "s"); scpf check lists them); each file is rewritten at its next save.")
        }
        return state
    }
}
