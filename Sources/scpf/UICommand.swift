import ArgumentParser
import Foundation
import SCPFApp
import SCPFRuntime
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

    func run() throws {
        let store = try Store(root: options.directory, readOnly: readOnly, review: review && !readOnly)
        let clock = uiClock()
        var state = try Startup.open(store, options: .init(readOnly: readOnly, review: review && !readOnly), now: clock())
        // Drafts belong to an instance that can submit forms: the writer, or the chair's review
        // — also a follower that became the writer (Ctrl-T), so only --read-only has none.
        let drafts = readOnly ? nil : DraftFile(directory: options.directory, review: state.reviewMode)
        let startsWriting = state.readOnlyReason == nil || state.reviewMode
        var offered = false
        do {
            if startsWriting, let draft = try drafts?.read() {
                state.offerDraft(draft)
                offered = true
            }
        } catch { state.message = .error("\(error)") }
        let (exit, final) = try MainActor.assumeIsolated {
            let runtime = AppRuntime(state: state, persistence: store, clock: clock)
            if offered, let drafts { runtime.onDraftSettled = { drafts.remove() } }
            let exit = try TerminalUI.run(runtime)
            return (exit, runtime.state)
        }
        // A second signal (a closed window sends several) must not end scpf between writing
        // the draft and putting it in place: from here on they wait.
        for s in [SIGHUP, SIGTERM, SIGINT, SIGQUIT] { signal(s, SIG_IGN) }
        if let drafts, final.readOnlyReason == nil || final.reviewMode {
            if offered, final.draftDecision == .discarded { drafts.remove() }
            // The terminal is back: keep what was typed in an open form.
            if let draft = final.draftToKeep(savedAt: Date()) {
                do {
                    try drafts.write(draft)
                    FileHandle.standardError.write(Data("scpf: kept the text of the open form “\(draft.title)” in \(drafts.path); it is offered at the next start.\n".utf8))
                } catch {
                    FileHandle.standardError.write(Data("scpf: could not keep the text of the open form: \(error)\n".utf8))
                }
            }
        }
        switch exit {
        case .quit:
            if final.discardedOnQuit {
                FileHandle.standardError.write(Data("scpf: quit discarding changes that were not saved.\n".utf8))
                throw ExitCode(3)
            }
        case .signal(let number): throw ExitCode(128 + number)
        case .terminalLost: throw ExitCode(1)
        }
    }
}
