import SCPFCore

/// A field of a form: free text, or a choice among fixed values (cycled with Space, ←, →).
public struct FormField: Equatable, Sendable {
    public var label: String
    public var input: TextField
    public var choices: [String]?
    public var help: String?

    public init(_ label: String, _ value: String, choices: [String]? = nil, help: String? = nil) {
        self.label = label; self.input = TextField(value); self.choices = choices; self.help = help
    }

    public var value: String { input.text.trimmingCharacters(in: .whitespaces) }

    mutating func cycle(_ step: Int) {
        guard let choices, !choices.isEmpty else { return }
        let index = choices.firstIndex(of: input.text) ?? 0
        input = TextField(choices[(index + step + choices.count) % choices.count])
    }
}

/// What a form does when submitted. Codable so that a draft can be restored into the
/// same form at the next start.
public enum FormPurpose: Equatable, Sendable, Codable {
    case newSession
    case editSession(Int)
    case newItem(session: Int, at: Int)
    case editItem(session: Int, id: String)
    case issueAgenda(session: Int)
    case outcome(session: Int, itemId: String)
    case notes(session: Int, itemId: String)
    case deferral(session: Int, itemId: String)
    case speakingLimit(session: Int, itemId: String)
    case reportSection(session: Int, key: String)
    case adoptReport(session: Int)
    case transmitReport(session: Int)
    case councilAction(session: Int)
    case newRulesVersion
    case rule(version: String, number: Int?)
    case rulesStep(version: String, step: RulesStep)
    case chairNote(session: Int, itemId: String)
    case importAgenda(session: Int)
    case exportAgenda(session: Int)
    case document(session: Int, itemId: String, symbol: String)
}

public enum RulesStep: String, Equatable, Sendable, Codable { case adopt, submit, approve, giveBack, reopen }

/// A modal form; submitting runs `purpose` with the field values, and a refusal keeps the
/// form open with the sentence that explains it.
public struct FormState: Equatable, Sendable {
    public var title: String
    public var fields: [FormField]
    public var focus: Int = 0
    public var purpose: FormPurpose
    public var error: String?
    public var note: String?
    /// The text of each field when the form opened: Esc asks before discarding changes.
    public var initialValues: [String]
    /// Esc (or Ctrl-C) was pressed with changes: y discards them, n keeps editing.
    public var askingToDiscard = false

    public init(title: String, fields: [FormField], purpose: FormPurpose, note: String? = nil) {
        self.title = title; self.fields = fields; self.purpose = purpose; self.note = note
        initialValues = fields.map(\.input.text)
    }

    /// Whether any field differs from what it held when the form opened.
    public var hasChanges: Bool { fields.map(\.input.text) != initialValues }

    public func value(_ label: String) -> String { fields.first { $0.label == label }?.value ?? "" }
}

/// A destructive action waiting for y/n.
public enum Confirmable: Equatable, Sendable {
    case deleteSession(Int)
    case deleteItem(session: Int, id: String)
    case withdrawItem(session: Int, id: String)
    case closeMeeting(session: Int)
    case regenerateReport(session: Int)
    case importAgenda(session: Int, items: [AgendaItem], mode: ImportMode)
    /// A form's text kept when scpf was ended by a signal: Enter restores it, d discards it.
    case restoreDraft(FormDraft)
}

public struct Confirmation: Equatable, Sendable {
    public var message: String
    public var action: Confirmable
}

public struct PaletteState: Equatable, Sendable {
    public var query = TextField()
    public var selected = 0
}
