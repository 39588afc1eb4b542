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
        subcommands: [UICommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self, ImportCommand.self, ExportCommand.self],
        defaultSubcommand: UICommand.self)
}

/// `--data` on every command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data directory.", valueName: "DIR"))
    var data: String?

    var directory: String {
        DataDirectory.resolve(explicit: data, environment: ProcessInfo.processInfo.environment)
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
