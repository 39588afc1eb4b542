import Foundation
import ArgumentParser
import SCPFCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of the data directory; exit 0 when clean, 1 with one line per problem.")

    @OptionGroup var options: DataOptions

    @Flag(help: "Kept for scripts: fields this scpf does not know are now always reported.")
    var strict = false

    func run() throws {
        let store = try Store(root: options.directory, readOnly: true, create: false)
        var lines: [String] = []
        var committee: Committee?
        do { committee = try store.loadCommittee() } catch { lines.append("\(error)") }
        let (sessions, problems) = store.loadSessions()
        lines += problems.map { "\($0)" }
        if let committee {
            lines += Validator.validate(committee: committee, sessions: sessions).map(\.message)
        }
        // Fields this scpf does not know would be dropped by the next save: each one is a
        // problem, named with its file and path.
        for (path, fields) in store.unknownFields() {
            for field in fields {
                lines.append("\(path): field \(field) is not one this scpf knows, and a save would drop it; remove it, or update scpf.")
            }
        }
        do {
            let notes = try store.loadChairNotes()
            lines += Validator.validate(notes, sessions: sessions).map(\.message)
        } catch { lines.append("\(error)") }
        // Files of an older schemaVersion are upgraded as they are read: say what changed
        // (the files are rewritten at their next save), without counting it as a problem.
        for note in store.upgrades { say("upgraded: \(note)") }
        // An agenda sent out with less notice than the Rules in force ask (and than any shorter
        // period the members agreed, Rule 4) is said; it is the record of what happened, not an
        // error in the files.
        if let committee {
            for s in sessions.sorted(by: { $0.number < $1.number }) {
                if let shortfall = s.noticeShortfall(noticeDays: committee.noticeDays(for: s)) { say("notice: session \(s.number): \(shortfall)") }
            }
        }
        if lines.isEmpty {
            say("\(store.root): committee and \(sessions.count) session\(sessions.count == 1 ? "" : "s"), no problems.")
            return
        }
        for line in lines { say(line) }
        throw ExitCode(1)
    }
}
