import ArgumentParser
import SCPFCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a data directory with the built-in SCPF committee (no sessions).")

    @OptionGroup var options: DataOptions

    func run() throws {
        let store = try openForWriting(options.directory)
        if store.hasCommittee {
            say("\(store.committeePath) already exists; nothing changed.")
            return
        }
        try store.save(Committee.scpf())
        say("Created \(store.root) with the SCPF committee. Run `scpf --data \(store.root)` to open it.")
    }
}

/// Opens a store that must be writable, with a clear error when another scpf holds it.
func openForWriting(_ dir: String) throws -> Store {
    let store = try Store(root: dir)
    if let reason = store.readOnlyReason { throw Failure("Cannot write: \(reason)") }
    return store
}
