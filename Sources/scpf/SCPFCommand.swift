import ArgumentParser
import Foundation
import SCPFCore

@main
struct SCPFCommand: ParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        commandName: "scpf",
        abstract: "Run the sessions of IOM's Standing Committee on Programmes and Finance.",
        discussion: """
        With no command, scpf opens the full-screen terminal UI on the data directory
        (--data DIR, else $SCPF_DATA, else $XDG_DATA_HOME/scpf, else ~/.local/share/scpf).
        Press ? in the UI for every key.
        """,
        version: version,
        subcommands: [UICommand.self, DisplayCommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self, ImportCommand.self, ExportCommand.self, SearchCommand.self],
        defaultSubcommand: UICommand.self)
}

/// `--data` on every command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data directory.", valueName: "DIR"))
    var data: String?

    func validate() throws {
        if data == "" {
            throw ValidationError("--data is empty: give the data directory, or leave the option out to use the default.")
        }
        if data == nil, let env = ProcessInfo.processInfo.environment["SCPF_DATA"], env.isEmpty {
            throw ValidationError("SCPF_DATA is set but empty: set it to the data directory, or unset it to use the default.")
        }
    }

    var directory: String {
        DataDirectory.resolve(explicit: data, environment: ProcessInfo.processInfo.environment)
    }
}

/// `--session N` as typed. The number is checked in `run()` so that `0`, `-1` or
/// `4294967297` get one sentence (not usage text), and `-1` is read as a value, not an option.
struct SessionArgument: ExpressibleByArgument {
    var text: String
    init(argument: String) { text = argument }

    func number() throws -> Int {
        switch Limits.sessionNumber(text) {
        case .success(let n): return n
        case .failure(let e): throw Failure(e.message)
        }
    }
}

/// Today's date, overridable with SCPF_TODAY=YYYY-MM-DD so tests and demos are repeatable.
func today() -> Day {
    if let text = ProcessInfo.processInfo.environment["SCPF_TODAY"], let day = Day(iso: text) { return day }
    return Day(Date())
}

/// The current time, overridable with SCPF_NOW=2026-11-27T10:00:00Z for repeatable output.
func now() -> Date {
    if let text = ProcessInfo.processInfo.environment["SCPF_NOW"], let date = Timestamp.parse(text) { return date }
    return Date()
}

/// A failure to report as one sentence (no usage text: the command line was right).
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = TerminalText.escape(description) }
}

/// Prints to standard error, sanitised (TerminalText).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.escape(text) + "\n").utf8))
}
