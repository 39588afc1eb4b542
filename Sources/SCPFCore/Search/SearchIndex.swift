/// Where a hit leads: the item, the session, the report section or the rule it was found in.
public enum SearchTarget: Hashable, Sendable {
    case session(Int)
    case item(session: Int, itemId: String)
    case reportSection(session: Int, key: String)
    case rule(version: String, number: Int)
}

/// One searchable text of the record, folded once.
struct SearchEntry: Sendable {
    var kind: SearchKind
    /// What the text is: "title", "title (fr)", "S/37/4", "conclusion", "notes", "speakers" …
    var field: String
    /// The text as shown (line breaks as spaces).
    var text: String
    var folded: FoldedText
    var target: SearchTarget
    /// The item it belongs to, when it belongs to one.
    var itemId: String?
    var itemIndex: Int?
}

/// Every searchable text of one session, with what the filters ask about its items.
struct SessionEntries: Sendable {
    var source: Session
    var number: Int
    var year: Int
    var entries: [SearchEntry]
    /// By item id: ToR letters, outcome kind, status.
    var itemTor: [String: [String]]
    var itemOutcome: [String: OutcomeKind]
    var itemNumbers: [String]
    var itemTitles: [String]
}

/// The whole record, folded once and kept in memory: sessions are added (and re-read when
/// they change) as they arrive, so a search never folds the record again.
public struct SearchIndex: Sendable {
    var committee: Committee?
    /// Member states' names by id, for speakers lists and attendance.
    var names: [String: String] = [:]
    var sessions: [Int: SessionEntries] = [:]
    var committeeEntries: [SearchEntry] = []

    public init() {}

    public init(committee: Committee, sessions: [Session]) {
        update(committee: committee, sessions: sessions)
    }

    /// How many sessions are indexed.
    public var sessionCount: Int { sessions.count }

    /// Brings the index up to the record: sessions added, changed or removed are indexed
    /// again, the others kept (a session is compared with the value it was indexed from).
    public mutating func update(committee: Committee, sessions list: [Session]) {
        if self.committee != committee {
            // Officers and delegation names come from the committee: everything is read again.
            self.committee = committee
            self.sessions = [:]
            names = Dictionary(committee.memberStates.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            committeeEntries = SearchIndex.entries(of: committee)
        }
        var seen = Set<Int>()
        for s in list {
            seen.insert(s.number)
            if let old = sessions[s.number], old.source == s { continue }
            sessions[s.number] = SearchIndex.entries(of: s, committee: committee, names: names)
        }
        if seen.count != sessions.count {
            for number in sessions.keys where !seen.contains(number) { sessions[number] = nil }
        }
    }

    /// Adds or replaces some sessions (arrived in the background) without looking at the others.
    public mutating func add(_ list: [Session]) {
        guard let committee else { return }
        for s in list where sessions[s.number]?.source != s {
            sessions[s.number] = SearchIndex.entries(of: s, committee: committee, names: names)
        }
    }

    static func entries(of committee: Committee) -> [SearchEntry] {
        var out: [SearchEntry] = []
        for version in committee.rulesOfProcedure {
            for rule in version.rules {
                let target = SearchTarget.rule(version: version.id, number: rule.number)
                let where_ = "\(version.title), Rule \(rule.number)"
                out.append(entry(.rule, "\(where_) title", rule.title, target))
                out.append(entry(.rule, "\(where_)", rule.text, target))
            }
        }
        return out
    }

    static func entry(_ kind: SearchKind, _ field: String, _ text: String, _ target: SearchTarget, item: (String, Int)? = nil) -> SearchEntry {
        let shown = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return SearchEntry(kind: kind, field: field, text: shown, folded: FoldedText(shown), target: target, itemId: item?.0, itemIndex: item?.1)
    }

    static func entries(of s: Session, committee: Committee, names: [String: String]) -> SessionEntries {
        var out: [SearchEntry] = []
        let numbers = s.agenda.numbers
        let session = SearchTarget.session(s.number)
        func name(_ id: String) -> String { names[id] ?? id }
        /// A text and its French and Spanish versions, each its own entry: adding a
        /// translatable field to the search is one call of this.
        func add(_ kind: SearchKind, _ field: String, _ text: String?, _ translations: Translations?, _ target: SearchTarget, item: (String, Int)? = nil) {
            if let text, !text.isEmpty { out.append(entry(kind, field, text, target, item: item)) }
            for language in [DocumentLanguage.fr, .es] {
                if let version = translations?[language.rawValue], !version.isEmpty {
                    out.append(entry(kind, "\(field) (\(language.rawValue))", version, target, item: item))
                }
            }
        }
        func document(_ d: DocumentRef, _ target: SearchTarget, item: (String, Int)? = nil) {
            out.append(entry(.document, d.symbol, d.title.map { "\(d.symbol) \($0)" } ?? d.symbol, target, item: item))
        }
        if let symbol = s.agenda.symbol { out.append(entry(.document, symbol, "\(symbol) Provisional agenda", session)) }
        for d in s.agenda.provisionalRevisions ?? [] where d.symbol != s.agenda.symbol { document(d, session) }
        var itemTor: [String: [String]] = [:], itemOutcome: [String: OutcomeKind] = [:]
        for (index, item) in s.agenda.items.enumerated() {
            let target = SearchTarget.item(session: s.number, itemId: item.id)
            let at = (item.id, index)
            itemTor[item.id] = item.tor
            if let o = item.outcome { itemOutcome[item.id] = o.kind }
            add(.item, "title", item.title, item.translations, target, item: at)
            for d in item.documents { document(d, target, item: at) }
            if let outcome = item.outcome {
                let kind: SearchKind = outcome.kind.awaitsCouncil ? .recommendation : .outcome
                out.append(entry(kind, "outcome", outcome.label, target, item: at))
                add(kind, "conclusion", outcome.conclusion, nil, target, item: at)
            }
            add(.notes, "minute notes", item.notes, nil, target, item: at)
            let speakers = item.speakers.speeches.map(\.delegation) + item.speakers.queue
            if !speakers.isEmpty {
                var names: [String] = [], seen = Set<String>()
                for id in speakers where seen.insert(id).inserted { names.append(name(id)) }
                out.append(entry(.delegation, "speakers", names.joined(separator: ", "), target, item: at))
            }
        }
        for section in s.report.sections {
            let target = SearchTarget.reportSection(session: s.number, key: section.key)
            add(.report, "report section", section.heading, nil, target)
            let heading = section.heading.count > 30 ? section.heading.prefix(29) + "…" : section.heading
            add(.report, "report: \(heading)", section.body, nil, target)
        }
        if !s.attendance.isEmpty {
            out.append(entry(.delegation, "attendance", s.attendance.map(name).joined(separator: ", "), session))
        }
        for officer in committee.officers(for: s) {
            out.append(entry(.officer, officer.role, committee.describe(officer), session))
        }
        return SessionEntries(source: s, number: s.number, year: s.year, entries: out, itemTor: itemTor, itemOutcome: itemOutcome,
                              itemNumbers: numbers, itemTitles: s.agenda.items.map(\.title))
    }
}
