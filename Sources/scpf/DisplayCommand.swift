import ArgumentParser
import Foundation
import SCPFApp
import SCPFRuntime
import SCPFCore
import SCPFTerminal

/// The room display for the projector: a read-only follower of whoever runs the meeting.
struct DisplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "Show the room screen for the projector: the item, the speaker with a large timer, the next speakers (read-only; q quits).",
        discussion: "Follows the scpf that runs the meeting (it reads what that one saves, twice a second) and never writes or takes the lock. Works at any size from 60×15; the timer grows with the terminal.")

    @OptionGroup var options: DataOptions

    func run() throws {
        let store = try Store(root: options.directory, readOnly: true)
        let clock = uiClock()
        var state = try Startup.open(store, options: .init(readOnly: true), now: clock())
        state.roomDisplay = true
        let exit = try MainActor.assumeIsolated {
            try TerminalUI.run(AppRuntime(state: state, persistence: store, clock: clock))
        }
        switch exit {
        case .quit: return
        case .signal(let number): throw ExitCode(128 + number)
        case .terminalLost: throw ExitCode(1)
        }
    }
}

/// The UI's clock: the system's, or — with SCPF_NOW=2026-11-27T10:00:00Z — one that starts
/// at that time and runs on from it, so end-to-end tests can play a meeting on any day.
func uiClock() -> @Sendable () -> Date {
    guard let text = ProcessInfo.processInfo.environment["SCPF_NOW"], let start = Timestamp.parse(text) else { return { Date() } }
    let began = Date()
    return { start.addingTimeInterval(Date().timeIntervalSince(began)) }
}
