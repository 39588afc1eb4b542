import ArgumentParser
import Foundation
import SCPFCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from plain text.",
        subcommands: [ImportAgendaCommand.self])
}

struct ImportAgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Import a provisional agenda pasted from a document into a session.",
        discussion: """
        Numbered lines ("1.", "IV.", "Item 3:") become items, "(a)" or "a)" sub-items; document
        symbols in a line (S/37/4, C/116/7/Corr.1) are attached to its item. Blank lines and
        page furniture are skipped; lines that are not understood are listed and left out.
        A session that does not exist yet is created.
        """)

    @OptionGroup var options: DataOptions

    @Argument(help: "Text file with the agenda (- for standard input).")
    var file: String

    @Option(parsing: .unconditional, help: "Session number to import into (1–9999).")
    var session: SessionArgument

    @Flag(help: "Show what would be created without writing anything.")
    var dryRun = false

    @Flag(help: "Replace the items of a draft agenda that already has items.")
    var replace = false

    @Flag(help: "Add after the items of an agenda that already has items.")
    var append = false

    func run() throws {
        let session = try self.session.number()
        let text: String
        do {
            text = file == "-" ? try Exchange.readStandardInput() : try Exchange.readText(file)
        } catch let error as DomainError {
            throw Failure(error.message)
        }
        if let problem = AgendaImport.sizeProblem(byteCount: text.utf8.count) { throw Failure("\(file): \(problem)") }
        if replace && append { throw ValidationError("Choose one of --replace and --append.") }
        let result = AgendaImport.parse(text)
        guard !result.items.isEmpty else {
            for note in result.notes { say("\(note)") }
            throw Failure("No numbered items found in \(file); lines should start like “1.”, “IV.” or “Item 3:”.")
        }

        let store = try Store(root: options.directory, readOnly: dryRun, create: !dryRun)
        let committee = store.hasCommittee ? try store.loadCommittee() : Committee.scpf()
        let (sessions, problems) = store.loadSessions()
        let existing = sessions.first { $0.number == session }
        // The session's file is there but could not be opened (malformed, fields this scpf does
        // not know): say why, rather than trying to create the session over it.
        if existing == nil, let problem = problems.first(where: { "\($0)".hasPrefix(store.sessionPath(number: session)) }) {
            throw Failure("\(problem) Nothing was imported.")
        }
        let creating = existing == nil
        var updated: Session
        if let existing { updated = existing } else {
            updated = Session.proposeNext(after: sessions.filter { $0.number < session }, pattern: committee.meetingPattern, today: today())
            updated.number = session
        }
        let mode: ImportMode = replace ? .replace : .append
        if !updated.agenda.items.isEmpty && !replace && !append {
            throw Failure("Session \(session) already has \(updated.agenda.items.count) agenda items; add --replace or --append.")
        }
        try updated.importItems(result.items, mode: mode, time: Date())
        // Saved before anything says "Imported": a refused save prints only its reason.
        if !dryRun {
            if let reason = store.readOnlyReason { throw Failure("Cannot write: \(reason) Nothing was imported.") }
            if !store.hasCommittee { try store.save(committee) }
            try store.save(updated)
        }

        let numbers = updated.agenda.numbers
        say(dryRun ? "Would import into session \(session):" : "Imported into session \(session):")
        if creating { say("  (session \(session) does not exist yet: \(dryRun ? "it would be" : "it was") created, \(dayRangeText(updated.startDate, updated.endDate)), \(updated.venue))") }
        let firstNew = updated.agenda.items.count - result.items.count
        for index in firstNew..<updated.agenda.items.count {
            let item = updated.agenda.items[index]
            let docs = item.documents.isEmpty ? "" : "  [\(item.documents.map(\.symbol).joined(separator: ", "))]"
            say("  \(numbers[index].padding(toLength: 6, withPad: " ", startingAt: 0)) \(item.title)\(docs)\(item.procedural ? "  (procedural)" : "")")
        }
        for note in result.notes where note.kind != .ignored { say("  \(note)") }
        let ignored = result.notes.filter { $0.kind == .ignored }.count
        if ignored > 0 { say("  \(ignored) line\(ignored == 1 ? "" : "s") of page furniture skipped.") }
        if dryRun { return }
        say("Saved \(store.path(of: updated)). Untagged items are flagged in the agenda view: tag them with their terms of reference.")
    }
}
