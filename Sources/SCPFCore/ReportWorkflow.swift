import Foundation

/// Drafting the report to the Council from the session's record, and its state machine.
public enum ReportGenerator {
    /// The sections a fresh draft would have: introduction, one per agenda item in order,
    /// and the recommendations to the Council.
    public static func sections(for s: Session, committee: Committee) -> [ReportSection] {
        var out: [ReportSection] = []
        let officers = committee.officers(for: s)
        let chair = officers.first { $0.role.lowercased().hasPrefix("chair") }
        var intro = "The \(committee.name) held its \(s.title) in \(s.venue) on \(AgendaExport.longRange(s))."
        if let chair {
            let from = chair.memberStateId.flatMap { committee.memberState($0)?.name }.map { " (\($0))" } ?? ""
            intro += " The session was chaired by \(chair.name)\(from)\(chair.isActing ? ", acting \(chair.role)" : "")."
        }
        let others = officers.filter { $0 != chair }.map { o -> String in
            let from = o.memberStateId.flatMap { committee.memberState($0)?.name }.map { " (\($0))" } ?? ""
            return "\(o.name)\(from) as \(o.roleTitle)"
        }
        if !others.isEmpty {
            let list = others.count <= 2 ? others.joined(separator: " and ") : others.dropLast().joined(separator: ", ") + " and " + others.last!
            intro += " The other officers were " + list + "."
        }
        if !s.attendance.isEmpty {
            intro += " \(s.attendance.count) Member State\(s.attendance.count == 1 ? " was" : "s were") represented."
        }
        var agenda: String
        switch s.agenda.state {
        case .draft, .provisional:
            agenda = "The agenda has not yet been adopted."
        case .adopted:
            agenda = "The Committee adopted its agenda as set out in document \(s.agenda.symbol ?? "S/\(s.number)/1")\(s.agenda.adoptedOn.map { " on \($0.long)" } ?? "")."
        case .revised:
            agenda = "The Committee adopted its agenda as set out in document \(s.agenda.symbol ?? "S/\(s.number)/1")\(s.agenda.adoptedOn.map { " on \($0.long)" } ?? "") and revised it in session. "
            agenda += Self.revisionSentences(s).joined(separator: " ")
        }
        intro += room(of: s, committee: committee)
        out.append(ReportSection(key: "introduction", heading: "Introduction", body: intro + "\n\n" + agenda))
        let numbers = s.agenda.numbers
        for (index, item) in s.agenda.items.enumerated() where item.status != .withdrawn {
            var body = ""
            let documents = citedDocuments(item, in: s)
            if !documents.isEmpty {
                body += "Documents: \(documents.map { $0.symbol + ($0.title.map { " (\($0))" } ?? "") }.joined(separator: "; ")).\n\n"
            }
            body += room(of: item, committee: committee)
            if let outcome = item.outcome {
                body += outcome.conclusion.isEmpty ? "Outcome: \(outcome.label)." : outcome.conclusion
                body += correction(of: outcome)
            } else {
                body += noConclusion
            }
            out.append(ReportSection(key: "item-\(item.id)", heading: "\(numbers[index]). \(item.title)", body: body))
        }
        let recommendations = s.agenda.items.filter { $0.outcome?.kind.isRecommendation == true && $0.status != .withdrawn }
        var rec = recommendations.isEmpty ? "The Committee made no recommendations to the Council at this session." :
            "The Committee recommends that the Council:"
        for (i, item) in recommendations.enumerated() {
            let end = i == recommendations.count - 1 ? "." : ";"
            rec += "\n\n(\(AgendaItem.subLetter(i + 1))) \(item.outcome?.kind == .referredToCouncil ? "consider" : "approve") the \(item.title)\(item.documents.isEmpty ? "" : " (\(item.documents.map(\.symbol).joined(separator: ", ")))")\(end)"
        }
        let body = s.receivingBody
        if body != "Council" {
            rec = rec.replacingOccurrences(of: "recommends that the Council:", with: "recommends that the \(body):")
                .replacingOccurrences(of: "made no recommendations to the Council", with: "made no recommendations to the \(body)")
        }
        out.append(ReportSection(key: "recommendations", heading: "Recommendations to the \(body)", body: rec))
        // Urgent decisions under ToR (i) go to the Council for approval at its next session.
        let urgent = s.agenda.items.filter { $0.outcome?.kind == .urgentDecision && $0.status != .withdrawn }
        if !urgent.isEmpty {
            var text = "Under paragraph (i) of its terms of reference, the Committee took the following urgent decision\(urgent.count == 1 ? "" : "s"), which \(urgent.count == 1 ? "is" : "are") submitted to the Council for approval at its next session:"
            for (i, item) in urgent.enumerated() {
                text += "\n\n(\(AgendaItem.subLetter(i + 1))) \(item.title)\(item.documents.isEmpty ? "" : " (\(item.documents.map(\.symbol).joined(separator: ", ")))")\(i == urgent.count - 1 ? "." : ";")"
            }
            out.append(ReportSection(key: "urgent-decisions", heading: "Urgent decisions submitted to the Council for approval", body: text))
        }
        return out
    }

    /// Regenerates the draft, keeping every section the user edited. Returns the report
    /// and the headings of edited sections that would disappear (their item is gone).
    /// `keepingLost` keeps those at the end instead (the automatic refresh never drops text).
    public static func regenerate(_ report: Report, for s: Session, committee: Committee, keepingLost: Bool = false) -> (Report, lost: [String]) {
        let fresh = sections(for: s, committee: committee)
        let freshKeys = Set(fresh.map(\.key))
        let edited = Dictionary(report.sections.filter(\.edited).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let before = Dictionary(report.sections.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var updated = report
        updated.sections = fresh.map { section in
            var kept = section
            if let mine = edited[section.key] {
                kept.body = mine.body
                kept.edited = true
                kept.drafted = mine.drafted
            }
            // A French or Spanish version stays while the English it translates is unchanged.
            if let old = before[section.key] {
                if old.heading == kept.heading { kept.headingTranslations = old.headingTranslations }
                if old.body == kept.body { kept.bodyTranslations = old.bodyTranslations }
            }
            return kept
        }
        let gone = report.sections.filter { $0.edited && !freshKeys.contains($0.key) }
        if keepingLost { updated.sections += gone }
        return (updated, gone.map(\.heading))
    }

    /// The draft with every generated, unedited section restated from the record as it is now
    /// (officers, dates, agenda, outcomes), so the report never contradicts its cover or its
    /// headings; edited sections are kept. Unchanged for a report past drafting or not yet drafted.
    public static func refreshed(_ report: Report, for s: Session, committee: Committee) -> Report {
        guard report.state == .drafting, !report.sections.isEmpty else { return report }
        return regenerate(report, for: s, committee: committee, keepingLost: true).0
    }

    /// Headings of edited sections whose generated text has changed since the edit started
    /// from it (the facts it states changed): they may be out of date.
    public static func outOfDate(_ report: Report, for s: Session, committee: Committee) -> Set<String> {
        let fresh = Dictionary(sections(for: s, committee: committee).map { ($0.key, $0.body) }, uniquingKeysWith: { a, _ in a })
        return Set(report.sections.filter { section in
            guard section.edited, let drafted = section.drafted else { return false }
            return fresh[section.key].map { $0 != drafted } ?? true
        }.map(\.key))
    }

    /// The documents an item's section cites: the agenda's own document as adopted
    /// (`S/37/1/Rev.1` when Rev.1 was adopted) in place of an earlier issue of it.
    static func citedDocuments(_ item: AgendaItem, in s: Session) -> [DocumentRef] {
        guard s.agenda.state == .adopted || s.agenda.state == .revised, let adopted = s.agenda.symbol else { return item.documents }
        let base = "S/\(s.number)/1"
        return item.documents.map { doc in
            guard doc.symbol != adopted, doc.symbol == base || doc.symbol.hasPrefix(base + "/Rev.") else { return doc }
            var cited = doc
            cited.symbol = adopted
            return cited
        }
    }
}

extension Session {
    /// Generates the draft, or regenerates it keeping edits. Refused once adopted.
    public mutating func generateReport(committee: Committee) throws -> [String] {
        guard report.state == .drafting else {
            throw DomainError("The report of session \(number) \(report.stateSentence); only a report in drafting can be regenerated.")
        }
        let (updated, lost) = ReportGenerator.regenerate(report, for: self, committee: committee)
        report = updated
        return lost
    }

    /// Edits a section. With `committee`, the edit is taken to state the record as it is now
    /// (it clears "may be out of date"); without, it starts from the section's generated text.
    public mutating func editReportSection(key: String, body: String, committee: Committee? = nil) throws {
        guard report.state == .drafting else {
            throw DomainError("The report of session \(number) \(report.stateSentence); its text can no longer change.")
        }
        guard let i = report.sections.firstIndex(where: { $0.key == key }) else {
            throw DomainError("The report has no section \(key); generate the draft first (g).")
        }
        // The generated text the edit starts from: when the facts change it, the Reports view
        // marks the section "may be out of date".
        if let committee {
            let fresh = ReportGenerator.sections(for: self, committee: committee).first { $0.key == key }
            report.sections[i].drafted = fresh?.body ?? report.sections[i].drafted
        } else if !report.sections[i].edited {
            report.sections[i].drafted = report.sections[i].body
        }
        // A French or Spanish version of the old text no longer translates it: it goes, and
        // the section shows in the list of missing versions again.
        if report.sections[i].body != body { report.sections[i].bodyTranslations = nil }
        report.sections[i].body = body
        report.sections[i].edited = true
    }

    public mutating func adoptReport(on day: Day) throws {
        guard report.state == .drafting else {
            throw DomainError("The report of session \(number) \(report.stateSentence); it was adopted before.")
        }
        guard !report.sections.isEmpty else {
            throw DomainError("The report of session \(number) has no text yet: generate the draft (g) first.")
        }
        guard status == .inSession || status == .closed else {
            throw DomainError("Session \(number) is \(status.label): the Committee adopts its report at the session.")
        }
        let placeholders = report.sections.filter { $0.body.contains(ReportGenerator.noConclusion) }.map(\.heading)
        guard placeholders.isEmpty else {
            throw DomainError("The report of session \(number) still has \(placeholders.count) section\(placeholders.count == 1 ? "" : "s") without a conclusion: \(placeholders.joined(separator: "; ")). Record or correct their outcomes and regenerate, or edit the sections, then adopt.")
        }
        report.state = .adopted
        report.adoptedOn = day
    }

    public mutating func transmitReport(_ transmittal: Transmittal) throws {
        guard report.state == .adopted else {
            throw DomainError(report.state == .drafting
                ? "The report of session \(number) is still in drafting: the Committee adopts it before it goes to the Council."
                : "The report of session \(number) \(report.stateSentence); it was transmitted before.")
        }
        if let problem = DocumentSymbol.problem(transmittal.symbol) { throw DomainError(problem) }
        if let adopted = report.adoptedOn, transmittal.date < adopted {
            throw DomainError("The transmittal date \(transmittal.date.iso) is before the report was adopted (\(adopted.iso)).")
        }
        report.state = .transmitted
        report.transmittal = transmittal
    }

    public mutating func recordCouncilAction(_ action: CouncilAction) throws {
        guard report.state == .transmitted else {
            throw DomainError(report.state == .councilAction
                ? "The Council's action on the report of session \(number) is already recorded."
                : "The report of session \(number) \(report.stateSentence): it must be transmitted to the Council before the Council acts on it.")
        }
        if action.kind != .tookNote && (action.resolution ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw DomainError("The Council approves by resolution: give the resolution number.")
        }
        if let sent = report.transmittal?.date, action.date < sent {
            throw DomainError("The Council's action (\(action.date.iso)) cannot precede the transmittal (\(sent.iso)).")
        }
        report.state = .councilAction
        report.councilAction = action
    }
}

/// Every recommendation to the Council across sessions, and whether the Council acted.
public struct RecommendationEntry: Equatable, Sendable {
    public var session: Int
    public var itemNumber: String
    public var title: String
    public var conclusion: String
    public var reportState: ReportState
    public var councilAction: CouncilAction?
    /// The Council's action on this recommendation itself, when recorded.
    public var itemCouncilAction: ItemCouncilAction?
    public var isOpen: Bool { councilAction == nil && itemCouncilAction == nil }
}

public enum Recommendations {
    public static func register(_ sessions: [Session]) -> [RecommendationEntry] {
        sessions.sorted { $0.number > $1.number }.flatMap { s -> [RecommendationEntry] in
            let numbers = s.agenda.numbers
            return s.agenda.items.indices.compactMap { i in
                let item = s.agenda.items[i]
                guard let outcome = item.outcome, outcome.kind.isRecommendation, item.status != .withdrawn else { return nil }
                return RecommendationEntry(session: s.number, itemNumber: numbers[i], title: item.title,
                                           conclusion: outcome.conclusion, reportState: s.report.state,
                                           councilAction: s.report.councilAction, itemCouncilAction: outcome.councilAction)
            }
        }
    }
}

extension Report {
    /// "is adopted by the Committee", "has the Council's action recorded".
    public var stateSentence: String {
        switch state {
        case .councilAction: "has the Council's action recorded"
        case .drafting: "is still in drafting"
        default: "is \(state.label)"
        }
    }
}

extension ReportGenerator {
    /// The agenda's revisions as the report states them: deferrals together, in agenda order,
    /// one sentence per session they went to; every other change in its own sentence.
    static func revisionSentences(_ s: Session) -> [String] {
        let numbers = s.agenda.numbers
        var out: [String] = []
        var deferredTo: [Int: [Int]] = [:]
        for revision in s.agenda.revisions {
            guard revision.change == .deferred, let i = s.agenda.items.firstIndex(where: { $0.id == revision.itemId }),
                  let to = s.agenda.items[i].outcome?.deferredTo else { out.append(revision.detail); continue }
            deferredTo[to, default: []].append(i)
        }
        for (to, indices) in deferredTo.sorted(by: { $0.key < $1.key }) {
            let named = Set(indices).sorted().map { "\(numbers[$0]) “\(s.agenda.items[$0].title)”" }
            let list = named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
            out.append("It deferred item\(named.count == 1 ? "" : "s") \(list) to its \(Ordinal.words(to)) session.")
        }
        return out
    }
}
