import ArgumentParser
import SCPFCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of the data directory; exit 0 when clean, 1 with one line per problem.")

    @OptionGroup var options: DataOptions

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
        do {
            let notes = try store.loadChairNotes()
            lines += Validator.validate(notes, sessions: sessions).map(\.message)
        } catch { lines.append("\(error)") }
        if lines.isEmpty {
            print("\(store.root): committee and \(sessions.count) sessions, no problems.")
            return
        }
        for line in lines { print(line) }
        throw ExitCode(1)
    }
}
