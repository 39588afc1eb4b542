import Foundation
import ArgumentParser
import SCPFCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a data directory with a realistic sample: several years of SCPF sessions.")

    @OptionGroup var options: DataOptions

    @Flag(help: "Write the sample even if the directory already holds scpf data (its files are kept as .bak).")
    var force = false

    func run() throws {
        let store = try openForWriting(options.directory)
        if !store.isEmpty && !force {
            throw Failure("\(store.root) already holds data; use an empty directory, or add --force to overwrite it.")
        }
        let (committee, sessions) = DemoData.make(today: today(), now: ProcessInfo.processInfo.environment["SCPF_TODAY"] == nil ? now() : nil)
        try store.save(committee, overwrite: true)
        for session in sessions { try store.save(session, overwrite: true) }
        try store.save(DemoData.chairNotes(for: sessions), overwrite: true)
        say("Wrote the sample SCPF data to \(store.root): \(sessions.count) sessions, \(sessions.first!.year)–\(sessions.last!.year).")
        say("Open it with: scpf --data \(store.root)")
    }
}
