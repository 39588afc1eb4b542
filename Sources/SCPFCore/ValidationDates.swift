/// The checks issue 14 added: outcomes the Council acts on, urgent decisions under ToR (i), and
/// dates coherent across a session's life. One sentence per problem.
extension Validator {
    static func validateFollowUp(_ s: Session, committee: Committee) -> [Problem] {
        var p: [Problem] = []
        let numbers = s.agenda.numbers
        let hasI = committee.torInForce(on: s.startDate)?.letters.contains("i") == true
        for (index, item) in s.agenda.items.enumerated() {
            guard let outcome = item.outcome else { continue }
            let label = "Session \(s.number) item \(numbers[index]) (\(item.id))"
            if outcome.kind == .urgentDecision && (!hasI || s.startDate < Session.urgentDecisionsSince) {
                p.append(Problem("\(label): an urgent decision under ToR (i), but paragraph (i) is not in the terms of reference in force on \(s.startDate) (it exists from \(Session.urgentDecisionsSince))."))
            }
            guard let action = outcome.councilAction else { continue }
            if !outcome.kind.awaitsCouncil {
                p.append(Problem("\(label): councilAction is recorded on an outcome the Council does not act on (“\(outcome.label)”)."))
            }
            if (action.result == .approved || action.result == .approvedWithChanges), (action.resolution ?? "").trimmed.isEmpty {
                p.append(Problem("\(label): the \(s.receivingBody) approved it, but councilAction names no resolution."))
            }
            if let sent = s.report.transmittal?.date {
                if action.date < sent { p.append(Problem("\(label): the \(s.receivingBody)'s action (\(action.date)) is before the report was transmitted (\(sent)).")) }
            } else {
                p.append(Problem("\(label): the \(s.receivingBody)'s action is recorded, but the report was never transmitted."))
            }
        }
        return p
    }

    /// Dates coherent across the session's life: the agenda issued before it is adopted and
    /// adopted within the session's dates, the meeting held within them, the report adopted,
    /// transmitted and acted on in that order.
    static func validateDates(_ s: Session) -> [Problem] {
        var p: [Problem] = []
        let name = "Session \(s.number)"
        let a = s.agenda
        if let issued = a.issuedOn, let adopted = a.adoptedOn, adopted < issued {
            p.append(Problem("\(name) agenda: adopted on \(adopted), before it was issued (\(issued)); issue the provisional agenda first."))
        }
        if let issued = a.issuedOn, issued > s.endDate {
            p.append(Problem("\(name) agenda: issued on \(issued), after the session ended (\(s.endDate))."))
        }
        if let adopted = a.adoptedOn, adopted < s.startDate || adopted > s.endDate {
            p.append(Problem("\(name) agenda: adopted on \(adopted), outside the session's dates (\(s.startDate) to \(s.endDate)); the agenda is adopted at the session."))
        }
        if let started = s.live?.sessionStartedAt {
            let day = Day(started)
            if day < s.startDate || day > s.endDate {
                p.append(Problem("\(name): the meeting opened on \(day), outside the session's dates (\(s.startDate) to \(s.endDate))."))
            }
        }
        let r = s.report
        if let adopted = r.adoptedOn, adopted < s.startDate {
            p.append(Problem("\(name) report: adopted on \(adopted), before the session opened (\(s.startDate))."))
        }
        if let adopted = r.adoptedOn, let sent = r.transmittal?.date, sent < adopted {
            p.append(Problem("\(name) report: transmitted on \(sent), before it was adopted (\(adopted))."))
        }
        if let sent = r.transmittal?.date, let acted = r.councilAction?.date, acted < sent {
            p.append(Problem("\(name) report: the Council's action (\(acted)) is before the transmittal (\(sent))."))
        }
        return p
    }

    /// The Rules: a version adopted at a session that had not yet been held, or approved
    /// before it was adopted.
    static func validateRulesDates(_ c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        for r in c.rulesOfProcedure {
            let adoptedOn = r.history.last { $0.state == .adopted }?.on
            if let n = r.adoptedAtSession, let s = sessions.first(where: { $0.number == n }) {
                if let on = adoptedOn, on < s.startDate {
                    p.append(Problem("Rules of Procedure version \(r.id): adopted on \(on) at session \(n), which opened only on \(s.startDate)."))
                }
                if adoptedOn == nil, s.status == .planned || s.status == .convened {
                    p.append(Problem("Rules of Procedure version \(r.id): adopted at session \(n), which has not been held yet (\(s.status.label))."))
                }
            }
            if let adopted = adoptedOn, let approved = r.approvedOn, approved < adopted {
                p.append(Problem("Rules of Procedure version \(r.id): approved by the Council on \(approved), before the Committee adopted it (\(adopted))."))
            }
        }
        return p
    }
}

extension Validator {
    /// Each Bureau: one officer per role, from member states of the Committee, elected on a
    /// day of its own.
    static func validateBureaus(_ c: Committee) -> [Problem] {
        var p: [Problem] = []
        var days = Set<Day>()
        for b in c.bureaus ?? [] {
            let name = "Bureau elected on \(b.electedOn)"
            if !days.insert(b.electedOn).inserted { p.append(Problem("\(name): another Bureau is recorded as elected that day; keep one.")) }
            var roles = Set<String>()
            for o in b.officers {
                if !roles.insert(o.role.lowercased()).inserted { p.append(Problem("\(name): the role \(o.role) is held twice.")) }
                if o.name.trimmed.isEmpty { p.append(Problem("\(name): the \(o.role) has no name.")) }
                if let id = o.memberStateId, c.memberState(id) == nil {
                    p.append(Problem("\(name): the \(o.role) comes from “\(id)”, which is not a member state of the Committee."))
                }
            }
        }
        return p
    }
}
