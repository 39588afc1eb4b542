/// The provisional agenda as a document with its revisions, and the informal consultations and
/// working groups on SCPF matters, meetings of their own kind whose papers (`IC/2026/3`) feed
/// SCPF agenda items.
extension Agenda {
    /// The provisional agenda as a document: its symbol, "Provisional agenda", general
    /// distribution, dated the day it was issued; nil before it is issued.
    public var provisionalDocument: DocumentRef? {
        guard let issued = issuedOn else { return nil }
        return DocumentRef(symbol: symbol ?? "", title: "Provisional agenda", distribution: .general, asAt: issued)
    }
}

extension Session {
    /// Issues a revision of the provisional agenda before the session adopts it:
    /// `S/<n>/1/Rev.1`, `Rev.2`…, dated `day`; the agenda's symbol becomes the revision's.
    @discardableResult
    public mutating func reviseProvisionalAgenda(on day: Day) throws -> String {
        guard agenda.state == .provisional, let issued = agenda.issuedOn else {
            throw DomainError(agenda.state == .draft
                ? "The agenda of session \(number) is still a draft: issue the provisional agenda before revising it."
                : "The agenda of session \(number) is \(agenda.state.label): after adoption, changes are revisions made in session.")
        }
        let last = agenda.provisionalRevisions?.last?.asAt ?? issued
        guard day >= last else {
            throw DomainError("\(day.iso) is before the last issue of the provisional agenda (\(last.iso)).")
        }
        let n = (agenda.provisionalRevisions?.count ?? 0) + 1
        let symbol = "S/\(number)/1/Rev.\(n)"
        agenda.provisionalRevisions = (agenda.provisionalRevisions ?? []) + [DocumentRef(symbol: symbol, title: "Provisional agenda", distribution: .general, asAt: day)]
        agenda.symbol = symbol
        return symbol
    }
}

extension DocumentRef {
    /// "; limited; as at 31 December 2025" after a document's languages, empty when neither is known.
    public var classLine: String {
        var parts: [String] = []
        if let d = distribution { parts.append("distribution \(d.rawValue)") }
        if let day = asAt { parts.append("as at \(day.long)") }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }
}

public enum InformalMeetingKind: String, Codable, CaseIterable, Sendable {
    case informalConsultation = "informal-consultation"
    case workingGroup = "working-group"
    public var label: String { self == .informalConsultation ? "informal consultations" : "working group" }
}

/// Informal consultations or a working group on SCPF matters.
public struct InformalMeeting: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: InformalMeetingKind
    public var title: String
    public var date: Day
    /// Its papers (`IC/2026/3`).
    public var papers: [DocumentRef]
    /// The SCPF agenda items its papers feed.
    public var feeds: [ItemLink]
    public init(id: String, kind: InformalMeetingKind, title: String, date: Day, papers: [DocumentRef] = [], feeds: [ItemLink] = []) {
        self.id = id; self.kind = kind; self.title = title; self.date = date; self.papers = papers; self.feeds = feeds
    }
}

extension Committee {
    /// The informal meetings whose papers feed an item.
    public func informalMeetings(feeding session: Int, itemId: String) -> [InformalMeeting] {
        (informalMeetings ?? []).filter { $0.feeds.contains(ItemLink(session: session, itemId: itemId)) }
            .sorted { $0.date < $1.date }
    }
}

extension Validator {
    static func validateInformalMeetings(_ c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        var ids = Set<String>()
        for m in c.informalMeetings ?? [] {
            let name = "Informal meeting \(m.id)"
            if !ids.insert(m.id).inserted { p.append(Problem("\(name): the id is used twice.")) }
            if m.title.trimmed.isEmpty { p.append(Problem("\(name): title is empty.")) }
            for link in m.feeds {
                guard let s = sessions.first(where: { $0.number == link.session }) else {
                    p.append(Problem("\(name): feeds session \(link.session), which does not exist."))
                    continue
                }
                if s.agenda.item(link.itemId) == nil {
                    p.append(Problem("\(name): feeds item \(link.itemId) of session \(link.session), which does not exist."))
                } else if m.date > s.endDate {
                    p.append(Problem("\(name): held on \(m.date), after session \(link.session) whose item it feeds ended (\(s.endDate))."))
                }
            }
        }
        return p
    }

    static func validateProvisionalRevisions(_ s: Session) -> [Problem] {
        var p: [Problem] = []
        var last = s.agenda.issuedOn
        for r in s.agenda.provisionalRevisions ?? [] {
            if s.agenda.issuedOn == nil { p.append(Problem("Session \(s.number) agenda: revision \(r.symbol) of a provisional agenda that was never issued.")) }
            if let day = r.asAt, let before = last, day < before {
                p.append(Problem("Session \(s.number) agenda: revision \(r.symbol) is dated \(day), before the issue it revises (\(before))."))
            }
            if let day = r.asAt, let adopted = s.agenda.adoptedOn, day > adopted {
                p.append(Problem("Session \(s.number) agenda: revision \(r.symbol) of the provisional agenda is dated \(day), after the agenda was adopted (\(adopted))."))
            }
            last = r.asAt ?? last
        }
        return p
    }
}
