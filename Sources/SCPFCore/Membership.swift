/// Member States over time: admission dates (membership at a session's date) and Article 4
/// status (arrears in contributions, loss of voting rights) as dated records, each citing the
/// document it comes from. None is built in: IOM states Article 4 status "as at" a date in the
/// status report on outstanding contributions, and it changes every year.
public struct Article4Record: Codable, Hashable, Sendable {
    public var memberStateId: String
    /// The day the status is stated "as at".
    public var asAt: Day
    /// Subject to Article 4 on that day (false: no longer subject).
    public var subject: Bool
    /// The document the status comes from: a symbol ("S/37/2") or a sentence.
    public var source: String
    public init(memberStateId: String, asAt: Day, subject: Bool = true, source: String) {
        self.memberStateId = memberStateId; self.asAt = asAt; self.subject = subject; self.source = source
    }
}

extension Committee {
    /// A member state on `day`: admitted on or before it (a state with no admission date on
    /// record counts as a member).
    public func isMember(_ id: String, on day: Day) -> Bool {
        guard let state = memberState(id) else { return false }
        return state.admittedOn.map { $0 <= day } ?? true
    }

    /// The member states on `day`.
    public func members(on day: Day) -> [MemberState] { memberStates.filter { isMember($0.id, on: day) } }

    /// The latest Article 4 record of a state stated as at `day` or before.
    public func article4Record(_ id: String, on day: Day) -> Article4Record? {
        (article4Records ?? []).filter { $0.memberStateId == id && $0.asAt <= day }.max { $0.asAt < $1.asAt }
    }

    /// Subject to Article 4 on `day`, by the latest record (nil: no record).
    public func isSubjectToArticle4(_ id: String, on day: Day) -> Bool {
        article4Record(id, on: day)?.subject == true
    }

    /// The states subject to Article 4 on `day`, with the record that says so.
    public func article4(on day: Day) -> [(state: MemberState, record: Article4Record)] {
        memberStates.compactMap { m in
            guard let r = article4Record(m.id, on: day), r.subject else { return nil }
            return (m, r)
        }
    }

    /// "Comoros (Article 4 as at 31 December 2024, S/36/2)" for attendance lists; the
    /// display name alone when no record says the state is subject to Article 4.
    public func attendanceLabel(_ id: String, on day: Day) -> String {
        let name = memberState(id)?.displayName ?? id
        guard let r = article4Record(id, on: day), r.subject else { return name }
        return "\(name) (Article 4 as at \(r.asAt.long), \(r.source))"
    }

    /// The sentence the briefing of the outstanding-contributions item carries.
    public func article4Briefing(on day: Day) -> String {
        let subject = article4(on: day)
        if subject.isEmpty {
            return (article4Records ?? []).isEmpty
                ? "No Article 4 status is on record: enter it, as at its date, from the status report on outstanding contributions."
                : "No Member State is subject to Article 4 by the latest records on file."
        }
        let list = subject.map { "\($0.state.name) (as at \($0.record.asAt.long), \($0.record.source))" }
        return "Subject to Article 4 of the Constitution: \(list.joined(separator: "; "))."
    }
}

extension AgendaItem {
    /// The item on outstanding contributions, whose briefing names the states under Article 4.
    public var isOutstandingContributions: Bool { title.lowercased().contains("outstanding contributions") }
}

extension Validator {
    /// Attendance of states not yet admitted, Article 4 records naming no member state,
    /// without a source, or stated before the state was admitted.
    static func validateMembership(_ c: Committee) -> [Problem] {
        var p: [Problem] = []
        var seen = Set<String>()
        for r in c.article4Records ?? [] {
            let name = "Article 4 record of \(r.memberStateId) as at \(r.asAt)"
            if c.memberState(r.memberStateId) == nil { p.append(Problem("\(name): “\(r.memberStateId)” is not a member state of the Committee.")) }
            if r.source.trimmed.isEmpty { p.append(Problem("\(name): it cites no source; name the document it comes from (the status report on outstanding contributions).")) }
            if !seen.insert("\(r.memberStateId)|\(r.asAt)").inserted { p.append(Problem("\(name): recorded twice; keep one.")) }
            if let admitted = c.memberState(r.memberStateId)?.admittedOn, r.asAt < admitted {
                p.append(Problem("\(name): stated before the state was admitted (\(admitted))."))
            }
        }
        return p
    }

    static func validateAttendance(_ s: Session, committee: Committee) -> [Problem] {
        s.attendance.compactMap { id in
            guard let m = committee.memberState(id), let admitted = m.admittedOn, admitted > s.startDate else { return nil }
            return Problem("Session \(s.number): attendance lists \(m.name), admitted only on \(admitted), after the session opened (\(s.startDate)).")
        }
    }
}
