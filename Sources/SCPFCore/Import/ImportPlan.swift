/// Where an imported document goes: which session (created with the dates the document
/// states, never invented ones), in which mode, and what the header adds to the agenda.
public struct ImportPlan: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case replace, append
        /// The French or Spanish version of an agenda already imported: its titles are attached
        /// to the items with the same numbers.
        case translation(DocumentLanguage)
    }

    public var session: Session
    public var creating: Bool
    public var mode: Mode
    /// Sentences worth showing beside the items: dates outside the window, unmatched numbers.
    public var warnings: [String]

    /// Why an import cannot go ahead as asked; each interface adds how to ask differently.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case datesDiffer(session: Int, existing: ClosedRange<Day>, stated: ClosedRange<Day>)
        case noDates(session: Int)
        case hasItems(session: Int, count: Int)

        public var description: String {
            switch self {
            case let .datesDiffer(n, existing, stated):
                "Session \(n) meets \(dayRangeText(existing.lowerBound, existing.upperBound)) but the document says \(dayRangeText(stated.lowerBound, stated.upperBound)); nothing was imported."
            case .noDates(let n):
                "The document states no dates for session \(n), and scpf does not invent them; nothing was imported."
            case let .hasItems(n, count):
                "Session \(n) already has \(count) agenda items; nothing was imported."
            }
        }
    }

    /// Decides where `result` goes in `number`.
    /// - `dates`: the dates the user gave (CLI `--opens/--closes`, or the UI's question), used
    ///   when the document states none or when they are to replace the session's.
    /// - `datesFromFile`: an existing session takes the document's dates.
    public static func make(_ result: AgendaImport.Result, into number: Int, sessions: [Session], committee: Committee,
                            mode requested: ImportMode?, dates: (Day, Day)? = nil, datesFromFile: Bool = false) throws -> ImportPlan {
        let header = result.header
        let stated: (Day, Day)? = header.opens.flatMap { o in header.closes.map { (o, $0) } }
        var warnings: [String] = []
        if let body = header.committee, body != "SCPF" {
            warnings.append("The document is of the \(body)\(header.session.map { ", session \($0)" } ?? ""), not of the Standing Committee; it is imported into session \(number) as asked.")
        } else if let headerSession = header.session, headerSession != number {
            warnings.append("The document is of session \(headerSession); it is imported into session \(number) as asked.")
        }
        let existing = sessions.first { $0.number == number }
        var session: Session
        if let existing {
            session = existing
            if let stated, (stated.0, stated.1) != (existing.startDate, existing.endDate) {
                if datesFromFile {
                    try session.setDates(stated.0, stated.1)
                } else if dates == nil {
                    throw Refusal.datesDiffer(session: number, existing: existing.startDate...existing.endDate, stated: stated.0...stated.1)
                }
            }
            if let dates, (dates.0, dates.1) != (session.startDate, session.endDate) { try session.setDates(dates.0, dates.1) }
        } else {
            guard let chosen = dates ?? stated else { throw Refusal.noDates(session: number) }
            session = Session(number: number, kind: header.special ? .special : .regular, startDate: chosen.0, endDate: chosen.1,
                              venue: header.venueInEnglish ?? committee.meetingPattern.defaultVenue)
            try session.setDates(chosen.0, chosen.1)
        }
        if let warning = session.dateWindowWarning(pattern: committee.meetingPattern) { warnings.append(warning) }
        if let venue = header.venueInEnglish, venue != session.venue {
            warnings.append("The document says the session meets in \(venue); session \(number) is recorded in \(session.venue).")
        }
        let mode: Mode
        switch requested {
        case .replace: mode = .replace
        case .append: mode = .append
        case nil:
            if let language = header.language, language != .en, !session.agenda.items.isEmpty { mode = .translation(language) }
            else if session.agenda.items.isEmpty { mode = .append }
            else { throw Refusal.hasItems(session: number, count: session.agenda.items.count) }
        }
        if mode == .replace {
            let translated = session.agenda.items.filter { !($0.translations ?? [:]).isEmpty }.count
            if translated > 0 { warnings.append("Replacing the items drops the French and Spanish titles of \(translated) of them; import those versions again after.") }
        }
        return ImportPlan(session: session, creating: existing == nil, mode: mode, warnings: warnings)
    }

    /// "S/41/1", "S/41/1/Rev.1", "C/115/1/Rev.2": the first document of a session is its agenda.
    static func isAgendaSymbol(_ symbol: String) -> Bool {
        let parts = symbol.split(separator: "/")
        guard let one = parts.firstIndex(of: "1"), one >= 2 else { return false }
        return parts[(one + 1)...].allSatisfy { $0.hasPrefix("Rev.") || $0.hasPrefix("Rév.") || $0.hasPrefix("Corr.") }
    }

    /// The session with the import applied, and the sentences that say what did not match.
    public func apply(_ result: AgendaImport.Result, time: Date, avoiding: Set<String> = []) throws -> (Session, [String]) {
        var s = session
        var unmatched: [String] = []
        switch mode {
        case .replace, .append:
            try s.importItems(result.items, mode: mode == .replace ? .replace : .append, time: time, avoiding: avoiding)
            // The header of the document that became the agenda: its symbol, date and marks.
            if mode == .replace || session.agenda.items.isEmpty {
                // Only an agenda's symbol block ("S/41/1", "C/115/1/Rev.2") is the agenda's: a report's
                // contents page (MC/EX/729) gives items, not the agenda's symbol and date.
                let h = result.header
                if let symbol = h.symbol, Self.isAgendaSymbol(symbol) {
                    if s.agenda.state == .draft, s.agenda.symbol == nil { s.agenda.symbol = symbol }
                    if s.agenda.issuedOn == nil, let issued = h.issuedOn { s.agenda.issuedOn = issued }
                    if let original = h.originalLanguage { s.agenda.originalLanguage = original }
                    if let distribution = h.distribution { s.agenda.distribution = distribution }
                }
            }
        case .translation(let language):
            unmatched = s.attachTranslations(result.items, language: language)
        }
        return (s, unmatched)
    }
}

import Foundation

extension Session {
    /// Sets the dates of the session, or explains why not.
    public mutating func setDates(_ start: Day, _ end: Day) throws {
        guard start <= end else { throw DomainError("The session cannot close (\(end.long)) before it opens (\(start.long)).") }
        guard Limits.sessionLengthDays.contains(start.days(until: end) + 1) else {
            throw DomainError("A session of \(start.days(until: end) + 1) days is longer than \(Limits.sessionLengthDays.upperBound); check the dates.")
        }
        startDate = start; endDate = end
    }

    /// Attaches the titles of another language version to the items with the same numbers.
    /// Returns a sentence per item that found no match, either way.
    public mutating func attachTranslations(_ items: [AgendaItem], language: DocumentLanguage) -> [String] {
        var scratch = Session(number: number, startDate: startDate, endDate: endDate)
        scratch.agenda.items = items
        let theirs = Dictionary(zip(scratch.agenda.numbers, items), uniquingKeysWith: { a, _ in a })
        let ours = agenda.numbers
        var unmatched: [String] = []
        // The document's items that found no place come first: they are the ones to look at.
        let known = Set(ours)
        for number in scratch.agenda.numbers where !known.contains(number) {
            unmatched.append("the document's item \(number) “\(theirs[number]?.title ?? "")” matches no item of session \(self.number)")
        }
        for (index, number) in ours.enumerated() {
            guard agenda.items[index].status != .withdrawn else { continue }
            if let item = theirs[number] {
                let recorded = agenda.items[index].documents.map(\.symbol), listed = item.documents.map(\.symbol)
                if !listed.isEmpty, Set(listed) != Set(recorded) {
                    unmatched.append("item \(number): the \(language.name) version lists \(listed.joined(separator: ", ")), the record \(recorded.isEmpty ? "none" : recorded.joined(separator: ", "))")
                }
                var translations = agenda.items[index].translations ?? [:]
                translations[language.rawValue] = item.title
                agenda.items[index].translations = translations
            } else {
                unmatched.append("item \(number) “\(agenda.items[index].title)” has no \(language.name) title in the document")
            }
        }
        return unmatched
    }
}
