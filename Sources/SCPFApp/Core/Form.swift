import SCPFCore

/// A field of a form: free text, or a choice among fixed values (cycled with Space, ←, →).
public struct FormField: Equatable, Sendable {
    public var id: FieldID
    public var label: String
    public var input: TextField
    public var choices: [String]?
    public var help: String?

    public init(_ id: FieldID, _ value: String, choices: [String]? = nil, help: String? = nil, multiline: Bool = false) {
        self.id = id; self.label = id.label; self.input = TextField(value, multiline: multiline); self.choices = choices; self.help = help
    }

    /// A paragraph field: several rows, Enter breaks the line, Ctrl-S submits the form.
    public static func paragraph(_ id: FieldID, _ value: String) -> FormField {
        FormField(id, value, multiline: true)
    }

    public var isParagraph: Bool { input.multiline }

    public var value: String { input.text.trimmingCharacters(in: isParagraph ? .whitespacesAndNewlines : .whitespaces) }

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
    case reviseProvisionalAgenda(session: Int)
    case outcome(session: Int, itemId: String)
    case notes(session: Int, itemId: String)
    case deferral(session: Int, itemId: String)
    case speakingLimit(session: Int, itemId: String)
    /// An outcome corrected after the session closed.
    case correction(session: Int, itemId: String)
    /// Resuming a suspended meeting: the same meeting or the next.
    case resume(session: Int)
    case reportSection(session: Int, key: String)
    case adoptReport(session: Int)
    case transmitReport(session: Int)
    case councilAction(session: Int)
    case itemCouncilAction(session: Int, itemId: String)
    case bureau
    case actingOfficer(session: Int)
    case article4
    case informalMeeting(session: Int, itemId: String)
    case newRulesVersion
    case rule(version: String, number: Int?)
    case rulesStep(version: String, step: RulesStep)
    case chairNote(session: Int, itemId: String)
    case importAgenda(session: Int)
    /// The document states no dates for a new session: ask them, then read the file again.
    case importDates(session: Int, path: String, request: ImportRequest)
    case exportAgenda(session: Int)
    case document(session: Int, itemId: String, symbol: String)
    /// The French or Spanish version of texts of a session (one field each); `fromList`: opened
    /// from the list of missing versions, which opens again once it is saved.
    case translation(session: Int, targets: [TranslationTarget], language: DocumentLanguage, fromList: Bool)
}

/// How an import was asked for: the mode chosen (nil: let the document decide — a French or
/// Spanish version of items already there attaches as translations), dates given by the user.
public struct ImportRequest: Equatable, Sendable, Codable {
    public var mode: ImportMode?
    public var opens: Day?
    public var closes: Day?
    public init(mode: ImportMode?, opens: Day? = nil, closes: Day? = nil) { self.mode = mode; self.opens = opens; self.closes = closes }
    var dates: (Day, Day)? { opens.flatMap { o in closes.map { (o, $0) } } }
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
    /// The outcome kind changed under an edited conclusion: y puts this drafted sentence in
    /// its place, n keeps the edited one.
    public var askingToRedraft: String?
    /// New session: the opening and closing dates scpf last proposed (they follow the number
    /// until the user types others).
    public var proposedDates: [String]?

    public init(title: String, fields: [FormField], purpose: FormPurpose, note: String? = nil) {
        self.title = title; self.fields = fields; self.purpose = purpose; self.note = note
        initialValues = fields.map(\.input.text)
    }

    /// Whether any field differs from what it held when the form opened.
    public var hasChanges: Bool { fields.map(\.input.text) != initialValues }

    /// The field's value, trimmed of the spaces around it.
    public func value(_ id: FieldID) -> String { fields.first { $0.id == id }?.value ?? "" }

    /// The field's text exactly as typed (notes keep their spacing and line breaks).
    public func text(_ id: FieldID) -> String { fields.first { $0.id == id }?.input.text ?? "" }

    /// Rows a paragraph field shows at most; longer texts scroll with the cursor.
    public static let paragraphRows = 8

    /// The width, in columns, of the panel a form is drawn in on a screen `width` wide.
    public static func panelWidth(screen width: Int) -> Int { min(width - 4, 72) }

    /// The width paragraph fields wrap at (drawn under their label, across the panel).
    /// Update moves the cursor by rows of this width, so drawing and moving agree.
    public static func paragraphWidth(screen width: Int) -> Int { max(1, panelWidth(screen: width) - 5) }

}

/// A destructive action waiting for y/n.
public enum Confirmable: Equatable, Sendable {
    case deleteSession(Int)
    case deleteItem(session: Int, id: String)
    case withdrawItem(session: Int, id: String)
    case closeMeeting(session: Int)
    /// Concluding an item while delegations still wait to speak.
    case concludeItem(session: Int, itemId: String)
    case regenerateReport(session: Int)
    case importAgenda(session: Int, plan: ImportPlan, result: AgendaImport.Result)
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
