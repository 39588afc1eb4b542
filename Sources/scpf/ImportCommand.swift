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
        abstract: "Import an agenda pasted from an IOM document into a session.",
        discussion: """
        Reads provisional and annotated agendas, governing-bodies pages and report contents
        pages in English, French and Spanish: the header (symbol, Original: line, date,
        distribution, session, venue and dates) and the items with their own numbers ("1.",
        "IV.", "Item 6", "(a)", "(i)", three levels as 6(b)(i)) and document symbols. Every
        word is kept in a title or listed, with its line, among what was left out.
        A new session takes the dates the document states (or --opens/--closes); the French or
        Spanish version of an agenda already imported attaches its titles to the same items.
        """)

    @OptionGroup var options: DataOptions

    @Argument(help: "Text file with the agenda (- for standard input).")
    var file: String

    @Option(parsing: .unconditional, help: "Session number to import into (1–9999).")
    var session: SessionArgument

    @Flag(help: "Show what would be read and created without writing anything.")
    var dryRun = false

    @Flag(help: "Replace the items of a draft agenda that already has items.")
    var replace = false

    @Flag(help: "Add after the items of an agenda that already has items.")
    var append = false

    @Option(help: "The day the session opens (YYYY-MM-DD), when the document states none or to correct it.")
    var opens: String?

    @Option(help: "The day the session closes (YYYY-MM-DD).")
    var closes: String?

    @Flag(help: "Give an existing session the dates the document states.")
    var datesFromFile = false

    func run() throws {
        let session = try self.session.number()
        let text: String
        do {
            text = file == "-" ? try Exchange.readStandardInput() : try Exchange.readText(file)
        } catch let error as DomainError {
            throw Failure(error.message)
        }
        if let problem = AgendaImport.sizeProblem(byteCount: text.utf8.count) { throw Failure("\(file): \(problem)") }
        if let problem = AgendaImport.contentProblem(text) { throw Failure("\(file): \(problem) Nothing was imported.") }
        if replace && append { throw ValidationError("Choose one of --replace and --append.") }
        let dates = try givenDates()
        let result = AgendaImport.parse(text)
        if let problem = AgendaImport.itemCountProblem(result) { throw Failure("\(file): \(problem)") }
        guard !result.items.isEmpty else {
            for note in result.shownNotes { say("\(note)") }
            throw Failure("No agenda items found in \(file); item lines start like “1.”, “IV.”, “Item 3” or “(a)”. Nothing was imported.")
        }

        let store = try Store(root: options.directory, readOnly: dryRun, create: !dryRun)
        let committee = store.hasCommittee ? try store.loadCommittee() : Committee.scpf()
        let (sessions, problems) = store.loadSessions()
        // The session's file is there but could not be opened (malformed, fields this scpf does
        // not know): say why, rather than trying to create the session over it.
        if !sessions.contains(where: { $0.number == session }), let problem = problems.first(where: { "\($0)".hasPrefix(store.sessionPath(number: session)) }) {
            throw Failure("\(problem) Nothing was imported.")
        }
        let plan: ImportPlan
        do {
            plan = try ImportPlan.make(result, into: session, sessions: sessions, committee: committee,
                                       mode: replace ? .replace : append ? .append : nil, dates: dates, datesFromFile: datesFromFile)
        } catch let refusal as ImportPlan.Refusal {
            switch refusal {
            case .datesDiffer: throw Failure("\(refusal) Add --dates-from-file to take the document's dates, or give --opens/--closes.")
            case .noDates: throw Failure("\(refusal) Give them with --opens YYYY-MM-DD --closes YYYY-MM-DD.")
            case .hasItems: throw Failure("\(refusal) Add --replace or --append.")
            }
        }
        let (updated, unmatched) = try plan.apply(result, time: Date())
        // Saved before anything says "Imported": a refused save prints only its reason.
        if !dryRun {
            if let reason = store.readOnlyReason { throw Failure("Cannot write: \(reason) Nothing was imported.") }
            if !store.hasCommittee { try store.save(committee) }
            try store.save(updated)
        }

        say(dryRun ? "Would import into session \(session):" : "Imported into session \(session):")
        if !result.header.isEmpty { say("  The document: \(result.header.summary.joined(separator: "; ")).") }
        if plan.creating { say("  (session \(session) does not exist yet: \(dryRun ? "it would be" : "it was") created, \(dayRangeText(updated.startDate, updated.endDate)), \(updated.venue))") }
        if let existing = sessions.first(where: { $0.number == session }), (existing.startDate, existing.endDate) != (updated.startDate, updated.endDate) {
            say("  The session's dates \(dryRun ? "would change" : "changed") from \(dayRangeText(existing.startDate, existing.endDate)) to \(dayRangeText(updated.startDate, updated.endDate)).")
        }
        for warning in plan.warnings { say("  \(warning)") }
        let numbers = updated.agenda.numbers
        switch plan.mode {
        case .translation(let language):
            say("  The \(language.name) version: its titles are attached to the items with the same numbers.")
            let given = Set(Agenda(items: result.items).numbers)
            for (index, item) in updated.agenda.items.enumerated() where given.contains(numbers[index]) {
                guard let title = item.translations?[language.rawValue] else { continue }
                say("  \(numbers[index].padding(toLength: 8, withPad: " ", startingAt: 0)) \(title)")
            }
            for line in unmatched { say("  Not matched: \(line).") }
        case .append, .replace:
            let firstNew = updated.agenda.items.count - result.items.count
            for index in firstNew..<updated.agenda.items.count {
                let item = updated.agenda.items[index]
                let docs = item.documents.isEmpty ? "" : "  [\(item.documents.map(\.symbol).joined(separator: ", "))]"
                say("  \(numbers[index].padding(toLength: 8, withPad: " ", startingAt: 0)) \(item.title)\(docs)\(item.procedural ? "  (procedural)" : "")")
            }
        }
        for note in result.shownNotes { say("  \(note)") }
        let skipped = result.notes.filter { $0.kind == .ignored }.count
        let joined = result.notes.filter { $0.kind == .joined }.count
        if joined > 0 { say("  \(joined) line\(joined == 1 ? "" : "s") joined to the item above (wrapped titles and documents).") }
        if skipped > 0 { say("  \(skipped) line\(skipped == 1 ? "" : "s") of page furniture skipped.") }
        if dryRun { return }
        say("Saved \(store.path(of: updated)). Untagged items are flagged in the agenda view: tag them with their terms of reference.")
    }

    /// --opens and --closes, both or neither.
    func givenDates() throws -> (Day, Day)? {
        switch (opens, closes) {
        case (nil, nil): return nil
        case let (o?, c?):
            guard let start = Day(iso: o) else { throw ValidationError("--opens “\(o)” is not a date of the form YYYY-MM-DD.") }
            guard let end = Day(iso: c) else { throw ValidationError("--closes “\(c)” is not a date of the form YYYY-MM-DD.") }
            guard start <= end else { throw ValidationError("--closes \(c) is before --opens \(o).") }
            return (start, end)
        case (.some, nil):
            throw ValidationError("Give --closes with --opens (the same day for a one-day session).")
        case (nil, .some): throw ValidationError("Give --opens with --closes.")
        }
    }
}
