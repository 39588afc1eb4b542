import ArgumentParser
import Foundation
import SCPFApp
import SCPFCore
import SCPFTerminal

struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the full-screen terminal UI (the default).")

    @OptionGroup var options: DataOptions

    @Flag(name: .long, help: "Open without the right to change anything (shown in the status bar).")
    var readOnly = false

    @Flag(name: .long, help: "The chair's review: the record is read-only; reviewed marks and private notes go to chair.json; the screen follows the live meeting.")
    var review = false

    /// Enough for the session in progress, the next ones and their year.
    static let sessionsForFirstScreen = 6

    func run() throws {
        let store = try Store(root: options.directory, readOnly: readOnly, review: review && !readOnly)
        var problems: [String] = []
        var readOnlyReason = store.readOnlyReason
        let committee: Committee
        if store.hasCommittee {
            do { committee = try store.loadCommittee() } catch {
                // Never rewrite a file we could not read: show the built-in committee, read-only.
                problems.append("\(error)")
                committee = Committee.scpf()
                readOnlyReason = readOnlyReason ?? "committee.json could not be read; fix it, then reopen scpf."
            }
        } else {
            committee = Committee.scpf()
            if !store.isReadOnly { try store.save(committee) }
        }
        // The first screen needs only the newest sessions; the rest are read in the
        // background so that opening stays fast however long the history.
        let names = store.sessionFileNamesNewestFirst()
        let (sessions, sessionProblems) = store.loadSessions(named: Array(names.prefix(Self.sessionsForFirstScreen)))
        store.startBackgroundLoad(Array(names.dropFirst(Self.sessionsForFirstScreen)))
        problems += sessionProblems.map { "\($0)" }
        var chair = ChairNotes()
        var chairReadOnly: String? = readOnly ? "opened with --read-only." : nil
        do { chair = try store.loadChairNotes() } catch {
            problems.append("\(error)")
            chairReadOnly = "chair.json could not be read; fix it, then reopen scpf."
        }

        var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: Date(),
                             readOnlyReason: readOnlyReason)
        state.chair = chair
        state.loadingRemaining = max(0, names.count - Self.sessionsForFirstScreen)
        state.chairReadOnlyReason = chairReadOnly
        if review {
            state.reviewMode = true
            state.view = .review
            if let s = state.session, let current = s.live?.currentItemId, let i = s.agenda.items.firstIndex(where: { $0.id == current }) {
                state.agendaCursor = i
            }
        }
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more: run scpf check)")
        } else if review {
            state.message = .info("Review mode: the record cannot be changed; r marks reviewed, ! flags, n notes (chair.json).")
        } else if let reason = readOnlyReason {
            state.message = .info("Read-only: \(reason)")
        }
        let exit = try MainActor.assumeIsolated {
            let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
            return try TerminalUI.run(runtime)
        }
        switch exit {
        case .quit: break
        case .signal(let number): throw ExitCode(128 + number)
        case .terminalLost: throw ExitCode(1)
        }
    }
}
