import SCPFCore

/// An acting officer: for one session, one Bureau role held by someone else (Committee.officers(for:)).
extension AppState {
    static let actingRoleChoices = Bureau.roles

    mutating func openActingOfficerForm() {
        guard let s = session else { return noSession() }
        let acting = s.officers.first { $0.isActing }
        let role = acting?.role ?? "Rapporteur"
        let text = acting.map { $0.name + ($0.memberStateId.map { " (\($0))" } ?? "") } ?? ""
        let bureau = data.committee.bureau(on: s.startDate)
        let serving = bureau.map { b in
            "The Bureau elected on \(b.electedOn.long) serves: " + b.officers.map { "\($0.role) \(data.committee.describe($0))" }.joined(separator: "; ") + "."
        } ?? "No Bureau is recorded for this session's date."
        mode = .form(FormState(title: "Acting officer at session \(s.number)",
                               fields: [FormField(.role, role, choices: Self.actingRoleChoices, help: "Space or ←/→"),
                                        FormField(.actingName, text, help: "name (member state id); blank clears")],
                               purpose: .actingOfficer(session: s.number),
                               note: serving + " An acting officer holds the role at this session only, and the report names them as acting."))
    }

    mutating func submitActingOfficerForm(_ form: FormState, session number: Int) -> String? {
        let role = form.value(.role)
        let text = form.value(.actingName).trimmingCharacters(in: .whitespaces)
        var officer: Officer?
        if !text.isEmpty {
            var name = text, state: String?
            if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
                let id = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).lowercased()
                guard data.committee.memberState(id) != nil else {
                    return "“\(id)” is not the id of a member state; write it like “Mr. Tomás Novák (cze)”, or leave the parentheses out."
                }
                state = id
                name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            }
            officer = Officer(role: role, name: name, memberStateId: state, acting: true)
        }
        let description = officer.map { "\($0.name) is acting \(role) at session \(number)" } ?? "Cleared the acting \(role) of session \(number)"
        message = nil
        guard edit(description, { try $0.update(session: number) { try $0.setActingOfficer(role: role, officer) } }) else {
            guard let refused = message else {
                message = .info("Nothing changed at session \(number): \(officer == nil ? "it had no acting \(role)" : "that officer was already acting").")
                return nil
            }
            return refused.text
        }
        return nil
    }
}
