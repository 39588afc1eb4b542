import Foundation
import ArgumentParser
import SCPFCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a data directory with a realistic sample: several years of SCPF sessions.")

    @OptionGroup var options: DataOptions

    @Flag(help: "Write the sample even if the directory already holds scpf data (its files are kept as .bak; sessions that are not in the sample are moved to a dated folder inside it).")
    var force = false

    func run() throws {
        let store = try openForWriting(options.directory)
        if !store.isEmpty && !force {
            throw Failure("\(store.root) already holds data; use an empty directory, or add --force to overwrite it.")
        }
        let (committee, sessions) = DemoData.make(today: today(), now: ProcessInfo.processInfo.environment["SCPF_TODAY"] == nil ? now() : nil)
        // Sessions that are not in the sample would stay live beside it: move them aside.
        let sample = Set(sessions.map(\.fileName))
        let foreign = store.sessionFileNames().filter { !sample.contains($0) }
        var setAside: String?
        if !foreign.isEmpty {
            let stamp = Timestamp.format(now()).replacingOccurrences(of: ":", with: "")
            setAside = try store.setAside(sessionFiles: foreign, into: "before-demo-\(stamp)")
        }
        try store.save(committee, overwrite: true)
        for session in sessions { try store.save(session, overwrite: true) }
        try store.save(DemoData.chairNotes(for: sessions), overwrite: true)
        say("Wrote the sample SCPF data to \(store.root): \(sessions.count) sessions, \(sessions.first?.year ?? 0)–\(sessions.last?.year ?? 0).")
        if let setAside {
            say("Moved \(foreign.count) session file\(foreign.count == 1 ? "" : "s") that \(foreign.count == 1 ? "is" : "are") not in the sample to \(setAside)/sessions.")
        }
        say("Open it with: scpf --data \(store.root)")
    }
}
