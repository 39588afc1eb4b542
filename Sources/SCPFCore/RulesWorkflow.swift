/// The Rules of Procedure's state machine: drafting → adopted by the Committee →
/// submitted to the Council → approved, or returned for revision → back to drafting.
extension RulesVersion {
    public mutating func adopt(atSession session: Int, on day: Day) throws {
        guard state == .drafting else { throw DomainError("“\(title)” is \(state.label); only a version in drafting can be adopted.") }
        guard !rules.isEmpty else { throw DomainError("“\(title)” has no rules yet; add its text before adoption.") }
        try checkDate(day)
        state = .adopted
        adoptedAtSession = session
        history.append(RulesEvent(on: day, state: .adopted, detail: "Adopted by the Committee at its \(Ordinal.words(session)) session."))
    }

    public mutating func submit(on day: Day) throws {
        guard state == .adopted else {
            throw DomainError("“\(title)” is \(state.label): the Committee adopts a version before it is submitted to the Council.")
        }
        try checkDate(day)
        state = .submitted
        history.append(RulesEvent(on: day, state: .submitted, detail: "Submitted to the Council for approval."))
    }

    public mutating func approve(resolution: String, on day: Day) throws {
        guard state == .submitted else {
            throw DomainError("“\(title)” is \(state.label): only a version submitted to the Council can be approved.")
        }
        guard !resolution.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError("The Council approves by resolution: give the resolution number.")
        }
        try checkDate(day)
        state = .approved
        approvalResolution = resolution
        history.append(RulesEvent(on: day, state: .approved, detail: "Approved by the Council, \(resolution)."))
    }

    public mutating func returnForRevision(reason: String, on day: Day) throws {
        guard state == .submitted else {
            throw DomainError("“\(title)” is \(state.label): only a version before the Council can be returned.")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError("Say why the Council returned it: the reason is part of the record.")
        }
        try checkDate(day)
        state = .returned
        history.append(RulesEvent(on: day, state: .returned, detail: "Returned by the Council for revision: \(reason)"))
    }

    public mutating func reopenDrafting(on day: Day) throws {
        guard state == .returned else {
            throw DomainError("“\(title)” is \(state.label): only a version returned by the Council goes back to drafting.")
        }
        try checkDate(day)
        state = .drafting
        adoptedAtSession = nil
        history.append(RulesEvent(on: day, state: .drafting, detail: "Back to drafting after the Council's return."))
    }

    private func checkDate(_ day: Day) throws {
        if let last = history.last, day < last.on {
            throw DomainError("\(day.iso) is before the last step of “\(title)” (\(last.on.iso)); the history must stay in date order.")
        }
    }
}
