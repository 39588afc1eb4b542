/// The Council's Bureau — Chairperson, First and Second Vice-Chairpersons, Rapporteur — elected
/// for one year at a Council session, acts as the Bureau of the SCPF (Rule 9 as the issue
/// describes it; its published text is to be completed), so the same officers serve every SCPF
/// session until the next election. A session takes its officers from the Bureau in office on
/// its opening day; its own `officers` override a role (an acting officer).
public struct Bureau: Codable, Hashable, Sendable {
    /// The day the Council elected it; it serves until the next election.
    public var electedOn: Day
    /// The Council session that elected it ("115th session").
    public var councilSession: String?
    public var officers: [Officer]
    public init(electedOn: Day, councilSession: String? = nil, officers: [Officer]) {
        self.electedOn = electedOn; self.councilSession = councilSession; self.officers = officers
    }

    public static let roles = ["Chairperson", "First Vice-Chairperson", "Second Vice-Chairperson", "Rapporteur"]
}

extension Committee {
    /// The Bureau in office on `day`: the latest elected on or before it.
    public func bureau(on day: Day) -> Bureau? {
        (bureaus ?? []).filter { $0.electedOn <= day }.max { $0.electedOn < $1.electedOn }
    }

    /// The officers of a session: the Bureau in office on its opening day, each role replaced by
    /// the session's own officer of that role (an acting officer), the session's other roles
    /// after them. With no Bureau on record, the session's own officers.
    public func officers(for session: Session) -> [Officer] {
        guard let bureau = bureau(on: session.startDate) else { return session.officers }
        let own = Dictionary(session.officers.map { ($0.role.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var out = bureau.officers.map { own[$0.role.lowercased()] ?? $0 }
        let roles = Set(bureau.officers.map { $0.role.lowercased() })
        out += session.officers.filter { !roles.contains($0.role.lowercased()) }
        return out
    }

    /// The session's Rapporteur, named on the report's cover.
    public func rapporteur(for session: Session) -> Officer? {
        officers(for: session).first { $0.role.lowercased() == "rapporteur" }
    }

    /// "Ms. Anna Lindqvist (Sweden)", "Mr. Tomás Novák (Czechia), acting".
    public func describe(_ officer: Officer) -> String {
        officer.name + (officer.memberStateId.flatMap { memberState($0)?.name }.map { " (\($0))" } ?? "")
            + (officer.isActing ? ", acting" : "")
    }
}

extension Session {
    /// Sets the acting officer of one role for this session, in place of the Bureau's
    /// (Chairperson, a Vice-Chairperson, Rapporteur); nil clears it, so the Bureau's officer
    /// serves again. The session keeps one officer per role.
    public mutating func setActingOfficer(role: String, _ officer: Officer?) throws {
        let key = role.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else {
            let roles = Bureau.roles.joined(separator: ", ")
            throw DomainError("Name the role the acting officer holds (\(roles)).")
        }
        if let officer, officer.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DomainError("Give the acting \(role)'s name, or leave it blank to clear the acting officer.")
        }
        officers.removeAll { $0.role.trimmingCharacters(in: .whitespaces).lowercased() == key }
        if var officer {
            officer.role = role
            officer.acting = true
            officers.append(officer)
        }
    }
}
