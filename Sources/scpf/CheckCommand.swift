import Foundation
import ArgumentParser
import SCPFCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of the data directory; exit 0 when clean, 1 with one line per problem.")

    @OptionGroup var options: DataOptions

    @Flag(help: "Also report fields this scpf does not know, which a save would drop (slower: every file is written back in memory).")
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
        // Fields this scpf does not know would be dropped by the next save: say so.
        func unknown<T: Codable>(_ path: String, _ type: T.Type) {
            guard let data = try? store.read(path) else { return }
            let fields = UnknownFields.find(in: data, as: type)
            guard !fields.isEmpty else { return }
            let shown = fields.prefix(5).joined(separator: ", ") + (fields.count > 5 ? " and \(fields.count - 5) more" : "")
            lines.append("\(path): fields this scpf does not know (\(shown)); saving the file would drop them. Update scpf, or remove them by hand.")
        }
        if strict {
            unknown(store.committeePath, Committee.self)
            for name in store.sessionFileNames() { unknown("\(store.sessionsDir)/\(name)", Session.self) }
            unknown(store.chairPath, ChairNotes.self)
        }
        do {
            let notes = try store.loadChairNotes()
            lines += Validator.validate(notes, sessions: sessions).map(\.message)
        } catch { lines.append("\(error)") }
        if lines.isEmpty {
            say("\(store.root): committee and \(sessions.count) sessions, no problems.")
            return
        }
        for line in lines { say(line) }
        throw ExitCode(1)
    }
}
