import ArgumentParser
import SCPFCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a data directory with the built-in SCPF committee (no sessions, or the next one planned).",
        discussion: "The series starts where the real Committee is: the first session scpf proposes follows the known sessions (the 35th was held in autumn 2024). --next-session N plans session N now, with dates proposed for it.")

    @OptionGroup var options: DataOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Plan this session now (1–9999), with dates proposed from the meeting pattern.", valueName: "N"))
    var nextSession: SessionArgument?

    func run() throws {
        let store = try openForWriting(options.directory)
        if store.hasCommittee {
            say("\(store.committeePath) already exists; nothing changed.")
            return
        }
        let committee = Committee.scpf()
        let number = try nextSession?.number()
        try store.save(committee)
        if let number {
            // Its dates in its own year of the series (the 42nd in 2028), never before today.
            let start = max(today(), Day(SessionAnchor.year(of: number), 1, 1))
            let session = Session.proposeNext(after: [], pattern: committee.meetingPattern, today: start, number: number)
            try store.save(session)
            say("Created \(store.root) with the SCPF committee and the \(session.title) (session \(number)) planned for \(session.startDate.iso) to \(session.endDate.iso). Run `scpf --data \(store.root)` to open it.")
        } else {
            let proposed = SessionAnchor.nextNumber(onOrAfter: today(), pattern: committee.meetingPattern)
            say("Created \(store.root) with the SCPF committee. The first new session proposed will be session \(proposed); use --next-session N to plan another. Run `scpf --data \(store.root)` to open it.")
        }
    }
}

/// Opens a store that must be writable, with a clear error when another scpf holds it.
func openForWriting(_ dir: String) throws -> Store {
    let store = try Store(root: dir)
    if let reason = store.readOnlyReason { throw Failure("Cannot write: \(reason)") }
    return store
}
