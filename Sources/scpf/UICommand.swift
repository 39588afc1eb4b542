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

    func run() throws {
        let store = try Store(root: options.directory, readOnly: readOnly, review: review && !readOnly)
        let state = try Startup.open(store, options: .init(readOnly: readOnly, review: review && !readOnly), now: Date())
        let (exit, discarded) = try MainActor.assumeIsolated {
            let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
            let exit = try TerminalUI.run(runtime)
            return (exit, runtime.discardedUnsavedChanges)
        }
        switch exit {
        case .quit:
            if discarded {
                FileHandle.standardError.write(Data("scpf: quit discarding changes that were not saved.\n".utf8))
                throw ExitCode(3)
            }
        case .signal(let number): throw ExitCode(128 + number)
        case .terminalLost: throw ExitCode(1)
        }
    }
}
