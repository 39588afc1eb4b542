import Foundation

/// What the Council (or, before 2014, the Executive Committee for mid-year sessions) does with
/// the Committee's work: one action per recommendation and per urgent decision, a Council item
/// that takes up the year's sessions together, and the register of urgent decisions under
/// ToR (i), pending until the Council approves or rejects them.
extension Session {
    /// Paragraph (i) of the terms of reference, urgent decisions, is in force from the 2013
    /// amendment.
    public static let urgentDecisionsSince = ToRVersion.amendment2013.effectiveFrom
    /// From 2014 the Council takes up both sessions of a year; before, the mid-year session's
    /// report went to the Executive Committee (abolished in November 2013).
    public static let councilTakesBothSessionsFrom = Day(2014, 1, 1)

    /// The body the session's report goes to: the Executive Committee for a session in the
    /// first seven months of a year before 2014, otherwise the Council.
    public var receivingBody: String {
        startDate < Session.councilTakesBothSessionsFrom && startDate.month <= 7 ? "Executive Committee" : "Council"
    }

    /// Records what the Council did with one recommendation or urgent decision; the report
    /// must have been transmitted, and an approval names its resolution.
    public mutating func recordCouncilAction(itemId: String, _ action: ItemCouncilAction) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == itemId }) else {
            throw DomainError("Item \(itemId) is not on the agenda of session \(number).")
        }
        let label = "Item \(agenda.numbers[index])"
        guard let outcome = agenda.items[index].outcome, outcome.kind.awaitsCouncil else {
            let what = agenda.items[index].outcome.map { "its outcome is “\($0.label)”" } ?? "it has no outcome"
            throw DomainError("\(label): the Council acts on recommendations and urgent decisions, and \(what).")
        }
        guard let transmittal = report.transmittal, report.state == .transmitted || report.state == .councilAction else {
            throw DomainError("The report of session \(number) \(report.stateSentence): it must be transmitted to the \(receivingBody) before the \(receivingBody) acts on it.")
        }
        if action.result == .approved || action.result == .approvedWithChanges,
           (action.resolution ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw DomainError("The \(receivingBody) approves by resolution: give the resolution (C/115/RES/1413).")
        }
        if action.date < transmittal.date {
            throw DomainError("The \(receivingBody)'s action (\(action.date.iso)) cannot precede the transmittal (\(transmittal.date.iso)).")
        }
        agenda.items[index].outcome?.councilAction = action
    }
}

/// One urgent decision under ToR (i) and where it stands.
public struct UrgentDecisionEntry: Equatable, Sendable {
    public enum Status: String, Sendable { case pending, approved, rejected }
    public var session: Int
    public var itemId: String
    public var itemNumber: String
    public var title: String
    public var conclusion: String
    /// The first day of the session that took it.
    public var takenOn: Day
    public var councilAction: ItemCouncilAction?
    public var status: Status {
        switch councilAction?.result {
        case nil, .tookNote?: .pending
        case .approved?, .approvedWithChanges?: .approved
        case .rejected?: .rejected
        }
    }
}

public enum UrgentDecisions {
    /// Every urgent decision across sessions, pending ones first, then newest first.
    public static func register(_ sessions: [Session]) -> [UrgentDecisionEntry] {
        let all = sessions.sorted { $0.number > $1.number }.flatMap { s -> [UrgentDecisionEntry] in
            let numbers = s.agenda.numbers
            return s.agenda.items.indices.compactMap { i in
                let item = s.agenda.items[i]
                guard let outcome = item.outcome, outcome.kind == .urgentDecision, item.status != .withdrawn else { return nil }
                return UrgentDecisionEntry(session: s.number, itemId: item.id, itemNumber: numbers[i], title: item.title,
                                           conclusion: outcome.conclusion, takenOn: s.startDate, councilAction: outcome.councilAction)
            }
        }
        return all.filter { $0.status == .pending } + all.filter { $0.status != .pending }
    }
}

/// The Council's agenda item that takes up the year's SCPF sessions together (since 2014:
/// "Report on matters discussed at the … Sessions of the Standing Committee on Programmes and
/// Finance"), with its own documents.
public struct CouncilItem: Codable, Hashable, Sendable {
    /// The Council session that takes it up ("116th session").
    public var councilSession: String
    public var title: String
    /// The SCPF sessions it covers, by number.
    public var sessions: [Int]
    public var documents: [DocumentRef]
    public init(councilSession: String, title: String, sessions: [Int], documents: [DocumentRef] = []) {
        self.councilSession = councilSession; self.title = title; self.sessions = sessions; self.documents = documents
    }

    /// "Taken up by the Council at its 116th session under “Report on …” (C/116/12, C/116/13)."
    public var coverLine: String {
        let docs = documents.map(\.symbol)
        return "Taken up by the Council at its \(councilSession) under “\(title)”\(docs.isEmpty ? "" : " (\(docs.joined(separator: ", ")))")."
    }

    /// "Report on matters discussed at the Thirty-sixth and Thirty-seventh Sessions of the
    /// Standing Committee on Programmes and Finance".
    public static func proposedTitle(sessions: [Int], committee: Committee) -> String {
        let words = sessions.sorted().map { Ordinal.capitalizedWords($0) }
        let list = words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words.last!
        return "Report on matters discussed at the \(list) Session\(words.count == 1 ? "" : "s") of the \(committee.name)"
    }

    /// The Council item proposed for a year: its regular and special sessions, for the Council
    /// session given. Before 2014 the mid-year session went to the Executive Committee, so only
    /// the sessions whose receiving body is the Council are included.
    public static func proposed(year: Int, sessions all: [Session], councilSession: String, committee: Committee) -> CouncilItem {
        let numbers = all.filter { $0.year == year && $0.receivingBody == "Council" }.map(\.number).sorted()
        return CouncilItem(councilSession: councilSession, title: proposedTitle(sessions: numbers, committee: committee), sessions: numbers)
    }
}

extension Committee {
    /// The Council item that takes up `session`, when one is recorded.
    public func councilItem(for session: Int) -> CouncilItem? {
        (councilItems ?? []).first { $0.sessions.contains(session) }
    }
}
