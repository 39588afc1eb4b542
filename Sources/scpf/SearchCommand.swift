import ArgumentParser
import Foundation
import SCPFCore

enum SearchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `scpf search QUERY`: the whole record, every session, grouped by session, newest first.
/// Exit 0 with matches, 1 with none, 2 for a query or data directory that cannot be read.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every session: items, documents, outcomes, notes, reports, Rules of Procedure, delegations, officers.",
        discussion: """
        Words in any order, "a phrase", and filters: year:2024 session:38 tor:b outcome:deferred \
        kind:\(SearchKind.allCases.map(\.rawValue).joined(separator: "|")). Case and accents are ignored. \
        Exit status: 0 with matches, 1 with none, 2 when the query or the data directory cannot be read.
        """)

    @OptionGroup var options: DataOptions

    @Argument(help: "What to find (quote it for the shell: scpf search 'development fund year:2024').")
    var query: [String]

    @Option(help: "text or json.")
    var format: SearchFormat = .text

    @Option(help: "Show at most N matches (the count of all is still given).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more (--limit 20).") }
        if query.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("Give something to find: scpf search \"development fund\".")
        }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: text) } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        let committee: Committee, sessions: [Session]
        do { (committee, sessions) = try loadForSearch(options.directory, parsed) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let results = SearchIndex(committee: committee, sessions: sessions).search(parsed, limit: limit)
        switch format {
        case .text:
            if results.isEmpty {
                say("No match for “\(text)”.")
            } else {
                print(TerminalText.escape(SearchOutput.text(results)), terminator: "")
            }
        case .json:
            print(terminalSafeExport(try SearchOutput.json(results, query: text)), terminator: "")
        }
        if results.isEmpty { throw ExitCode(1) }
    }
}

/// The committee and the sessions that may hold a match: a file is decoded only when every
/// word of the query occurs in it (or in what the search takes from the committee), which
/// `SearchPrefilter` decides from its bytes; unreadable files are reported as `check` does.
func loadForSearch(_ dir: String, _ query: SearchQuery) throws -> (Committee, [Session]) {
    let store = try Store(root: dir, readOnly: true, create: false)
    let committee = try store.loadCommittee()
    let filter = SearchPrefilter(query: query, committee: committee)
    let names = store.sessionFileNames().filter { name in
        let number = store.sessionNumber(fromName: name)
        if filter.readsEverything { return filter.mayMatch(session: number, bytes: Data()) }
        guard let bytes = try? store.read("\(store.sessionsDir)/\(name)") else { return true }
        return filter.mayMatch(session: number, bytes: bytes)
    }
    let (sessions, problems) = store.loadSessions(named: names)
    for problem in problems { printError("warning: \(problem)") }
    return (committee, sessions)
}

/// `scpf export history --item "…"`: one recurring item in every session.
struct ExportHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A recurring item's history: the same item in every session, with documents, outcome, conclusion and the Council's action.")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(help: "Words of the item's title, in any of its languages (the newest item that has them all).")
    var item: String
    @Option(parsing: .unconditional, help: "Only look for the item in this session.")
    var session: SessionArgument?
    @Option(help: "md or csv.") var format: ExportFormat = .md

    func run() throws {
        guard format == .md || format == .csv else { throw Failure("The history exports as md or csv, not \(format.rawValue).") }
        let (committee, sessions) = try loadForReading(options.directory)
        let pool = try session.map { n in let n = try n.number(); return sessions.filter { $0.number == n } } ?? sessions
        guard let found = ItemHistory.find(item, in: pool) else {
            throw Failure("No agenda item has “\(item)” in its title; `scpf search \"\(item)\" kind:item` shows what there is.")
        }
        let entries = ItemHistory.entries(of: found.itemId, in: found.session, sessions: sessions)
        let text = format == .md ? HistoryExport.markdown(entries, committee: committee) : HistoryExport.csv(entries)
        try out.write(text, dataDirectory: options.directory)
    }
}
