import ArgumentParser
import Foundation
import SCPFCore
import SCPFRuntime

extension ExportFormat: ExpressibleByArgument {}
extension DocumentLanguage: ExpressibleByArgument {}

/// The document options of the agenda, report, briefing and Rules: the language of the
/// furniture, and the working copy instead of the document in IOM form.
struct DocumentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The document's language: en, fr or es (headings, dates, ordinals and the texts' French or Spanish versions; a missing version is marked).", valueName: "LANG"))
    var lang: DocumentLanguage = .en

    @Flag(help: "The working copy as before (md or html, English), not the document in IOM form.")
    var plain = false

    /// Writes the document as md or html, or prints the HTML to PDF with a headless Chromium.
    func write(_ kind: IOMDocuments.Kind, format: ExportFormat, session: Session?, committee: Committee, notes: ChairNotes = ChairNotes(),
               out: OutputOptions, dataDirectory: String) throws {
        if format == .pdf {
            guard let path = out.output, path != "-" else {
                throw Failure("A PDF goes to a file: give --output FILE.pdf.")
            }
            let html = try domain { try DocumentExport.render(kind, session: session, committee: committee, notes: notes, format: .html, language: lang) }
            let pdf: Data
            do { pdf = try PDFPrinter.print(html: html) } catch let e as DomainError { throw Failure(e.message) }
            do { try Exchange.writeExport(pdf, to: path, dataDirectory: dataDirectory) } catch let e as DomainError { throw Failure(e.message) }
            printError("Wrote \(path)")
            return
        }
        try out.write(try domain { try DocumentExport.render(kind, session: session, committee: committee, notes: notes, format: format, language: lang) },
                      dataDirectory: dataDirectory)
    }

    /// The working copy takes md or html in English only.
    func validatePlain(format: ExportFormat) throws {
        if plain && lang != .en { throw Failure("--plain is the English working copy; leave out --lang, or leave out --plain for the document in \(lang.name).") }
        if plain && format == .pdf { throw Failure("--plain is md or html; leave out --plain to print the document to PDF.") }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export printable documents and data.",
        subcommands: [ExportAgendaCommand.self, ExportReportCommand.self, ExportCoverageCommand.self, ExportRulesCommand.self, ExportCalendarCommand.self, ExportBriefingCommand.self, ExportHistoryCommand.self])
}

/// Output options shared by every export.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this regular file instead of standard output (- means standard output).", valueName: "FILE"))
    var output: String?

    func validate() throws {
        if output == "" { throw ValidationError("--output is empty: give a file name, or - for standard output.") }
    }

    /// Writes atomically to a regular file, refusing scpf's own files; `-` is standard output.
    func write(_ text: String, dataDirectory: String) throws {
        guard let output, output != "-" else {
            print(terminalSafeExport(text), terminator: "")
            return
        }
        do { try Exchange.writeExport(text, to: output, dataDirectory: dataDirectory) } catch let e as DomainError {
            throw Failure(e.message)
        } catch {
            throw Failure("\(error)")
        }
        printError("Wrote \(output)")
    }
}

/// Loads the data directory for reading, with every unreadable file reported.
func loadForReading(_ dir: String) throws -> (Committee, [Session]) {
    let (_, committee, sessions) = try openForReading(dir)
    return (committee, sessions)
}

/// The read-only store as well, for what else an export needs from it (the chair's notes).
func openForReading(_ dir: String) throws -> (Store, Committee, [Session]) {
    let store = try Store(root: dir, readOnly: true, create: false)
    let committee = try store.loadCommittee()
    let (sessions, problems) = store.loadSessions()
    for problem in problems { printError("warning: \(problem)") }
    return (store, committee, sessions)
}

struct ExportAgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Export a session's agenda (provisional, or annotated with purpose, documents and ToR).")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions

    @Option(parsing: .unconditional, help: "Session number (1–9999).")
    var session: SessionArgument

    @Option(help: "md, html or pdf (the document in IOM form), json or csv (the data).")
    var format: ExportFormat = .md

    @Flag(help: "The annotated agenda: each item's annotation, purpose, documents and terms of reference.")
    var annotated = false

    @OptionGroup var document: DocumentOptions

    func run() throws {
        let (committee, s) = try loadSession(try session.number(), from: options.directory)
        try document.validatePlain(format: format)
        if document.plain || format == .json || format == .csv || format == .ics {
            if document.lang != .en && !document.plain { throw Failure("json and csv hold the data as entered; --lang is for md, html and pdf.") }
            try out.write(try domain { try AgendaExport.render(s, committee: committee, format: format, annotated: annotated) },
                          dataDirectory: options.directory)
            return
        }
        try document.write(annotated ? .annotatedAgenda : .agenda, format: format, session: s, committee: committee, out: out, dataDirectory: options.directory)
    }
}

struct ExportReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Export a session's report to the Council (the draft is generated when none exists).")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(parsing: .unconditional, help: "Session number (1–9999).") var session: SessionArgument
    @Option(help: "md, html or pdf.") var format: ExportFormat = .md
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let (committee, s) = try loadSession(try session.number(), from: options.directory)
        try document.validatePlain(format: format)
        if document.plain {
            try out.write(try domain { try ReportExport.render(s, committee: committee, format: format) }, dataDirectory: options.directory)
            return
        }
        try document.write(.report, format: format, session: s, committee: committee, out: out, dataDirectory: options.directory)
    }
}

struct ExportCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Which terms of reference the sessions of a year exercised (sessions × ToR items).")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(help: "Year.") var year: Int
    @Option(help: "md, csv or json.") var format: ExportFormat = .md

    func run() throws {
        let (committee, sessions) = try loadForReading(options.directory)
        try out.write(try domain { try Coverage.render(year: year, sessions: sessions, committee: committee, format: format) },
                      dataDirectory: options.directory)
    }
}

struct ExportRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Export the Rules of Procedure: the version in force and every version's history.")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(help: "md, html or pdf.") var format: ExportFormat = .md
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let (committee, _) = try loadForReading(options.directory)
        try document.validatePlain(format: format)
        if document.plain {
            try out.write(try domain { try RulesExport.render(committee, format: format) }, dataDirectory: options.directory)
            return
        }
        try document.write(.rules, format: format, session: nil, committee: committee, out: out, dataDirectory: options.directory)
    }
}

struct ExportCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Export a year's sessions as iCalendar (ics) or Markdown.")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(help: "Year.") var year: Int
    @Option(help: "ics or md.") var format: ExportFormat = .ics

    func run() throws {
        let (committee, sessions) = try loadForReading(options.directory)
        try out.write(try domain { try CalendarExport.render(year: year, sessions: sessions, committee: committee, format: format, stamp: now()) },
                      dataDirectory: options.directory)
    }
}

/// The committee and one session, or a clear error when that session does not load.
func loadSession(_ number: Int, from dir: String) throws -> (Committee, Session) {
    let (_, committee, s) = try openSession(number, from: dir)
    return (committee, s)
}

/// As `loadSession`, with the read-only store for what else an export reads from it.
func openSession(_ number: Int, from dir: String) throws -> (Store, Committee, Session) {
    let (store, committee, sessions) = try openForReading(dir)
    guard let s = sessions.first(where: { $0.number == number }) else {
        throw Failure("There is no session \(number); `scpf check` lists the sessions that load.")
    }
    return (store, committee, s)
}

/// Turns a refused export into a usage error with its sentence.
func domain<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as DomainError { throw Failure(e.message) }
}

struct ExportBriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Export the chair's briefing for a session: script, documents, ToR, time and the chair's notes per item.")

    @OptionGroup var options: DataOptions
    @OptionGroup var out: OutputOptions
    @Option(parsing: .unconditional, help: "Session number (1–9999).") var session: SessionArgument
    @Option(help: "md, html or pdf.") var format: ExportFormat = .md
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let (store, committee, s) = try openSession(try session.number(), from: options.directory)
        let notes = try store.loadChairNotes()
        try document.validatePlain(format: format)
        if document.plain {
            try out.write(try domain { try BriefingScript.render(s, committee: committee, notes: notes, format: format) },
                          dataDirectory: options.directory)
            return
        }
        try document.write(.briefing, format: format, session: s, committee: committee, notes: notes, out: out, dataDirectory: options.directory)
    }
}
