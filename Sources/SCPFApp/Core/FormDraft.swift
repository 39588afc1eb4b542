import Foundation

/// The text of an open form, kept when scpf is ended by a signal (the window closed, ssh
/// dropped, SIGTERM) so it can be restored into the same form at the next start. The
/// runtime writes it (atomically) after the signal, from the main loop, never from the
/// handler; see docs/file-format.md for the file.
public struct FormDraft: Codable, Equatable, Sendable {
    public struct Field: Codable, Equatable, Sendable {
        /// The field's identity (`FieldID`); its label is kept too, for a person reading the file.
        public var id: String?
        public var label: String
        public var text: String
        /// What the field held when the form opened.
        public var initial: String
        public var choices: [String]?
        public var help: String?
        /// A paragraph field (several rows, line breaks kept).
        public var paragraph: Bool?

        var fieldID: FieldID { id.flatMap(FieldID.init(rawValue:)) ?? FieldID.allCases.first { $0.label == label } ?? .text }
    }

    public static let formatVersion = 1
    public var version = Self.formatVersion
    public var savedAt: Date
    public var title: String
    public var purpose: FormPurpose
    public var focus: Int
    public var note: String?
    public var fields: [Field]

    public init(_ form: FormState, savedAt: Date) {
        self.savedAt = savedAt
        title = form.title
        purpose = form.purpose
        focus = form.focus
        note = form.note
        fields = form.fields.enumerated().map { i, f in
            Field(id: f.id.rawValue, label: f.label, text: f.input.text, initial: i < form.initialValues.count ? form.initialValues[i] : "",
                  choices: f.choices, help: f.help, paragraph: f.isParagraph ? true : nil)
        }
    }

    /// The form as it was, changes and all (so Esc still asks before discarding them).
    public var form: FormState {
        var form = FormState(title: title, fields: fields.map {
            FormField($0.fieldID, $0.initial, choices: $0.choices, help: $0.help, multiline: $0.paragraph == true)
        }, purpose: purpose, note: note)
        for (i, f) in fields.enumerated() { form.fields[i].input = TextField(f.text, multiline: f.paragraph == true) }
        form.focus = fields.isEmpty ? 0 : min(max(focus, 0), fields.count - 1)
        return form
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a draft file; throws when it is not one this version can restore.
    public static func decode(_ data: Data) throws -> FormDraft {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let draft = try decoder.decode(FormDraft.self, from: data)
        guard draft.version == formatVersion, !draft.fields.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "draft version \(draft.version) with \(draft.fields.count) fields"))
        }
        return draft
    }
}

/// What became of a draft offered at start-up: the runtime deletes the file once decided.
public enum DraftDecision: Equatable, Sendable {
    case restored, discarded
}

extension AppState {
    /// The draft to keep if scpf ends now: the open form, when it holds changes.
    public func draftToKeep(savedAt: Date) -> FormDraft? {
        guard case .form(let form) = mode, form.hasChanges else { return nil }
        return FormDraft(form, savedAt: savedAt)
    }

    /// Offers a draft left by an earlier run (ended by a signal) before anything else.
    public mutating func offerDraft(_ draft: FormDraft) {
        let when = Self.draftTime(draft.savedAt)
        let first = draft.fields.first { $0.text != $0.initial }?.text ?? draft.fields[0].text
        let preview = first.count > 40 ? String(first.prefix(39)) + "…" : first
        mode = .confirm(Confirmation(
            message: "A draft from \(when) of “\(draft.title)”: “\(preview)”.\nEnter restores it into the form, d discards it, Esc keeps it for the next start.",
            action: .restoreDraft(draft)))
    }

    static func draftTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "d MMM yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// Keys while a draft is offered.
    mutating func handleDraftOffer(_ key: Key, _ draft: FormDraft) {
        switch key {
        case .enter, .char("y"), .char("Y"), .char("r"):
            mode = .form(draft.form)
            draftDecision = .restored
            restoredDraftOpen = true
            message = .info("Restored the draft: Enter saves it; Esc asks before discarding it.")
        case .char("d"), .char("D"):
            mode = .normal
            draftDecision = .discarded
            pendingEffects.append(.settleDraft)
            message = .info("Discarded the draft.")
        case .escape, .char("n"), .char("N"), .ctrl("c"):
            mode = .normal
            message = .info("The draft is kept; it will be offered again at the next start.")
        default:
            message = .info("Press Enter to restore the draft into its form, d to discard it, or Esc to keep it for later.")
        }
    }
}
