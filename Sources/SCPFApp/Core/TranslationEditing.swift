import SCPFCore

/// The language toggle and the French and Spanish versions of a session's texts: the list of
/// what is missing (M), and the form that writes one version (Enter there, or e in a view
/// toggled to FR or ES).
extension AppState {
    /// The views whose texts are shown in the chosen language.
    static let languageViews: Set<ViewID> = [.agenda, .tor, .reports, .rules]

    mutating func toggleLanguage() {
        let all = DocumentLanguage.allCases
        language = all[(all.firstIndex(of: language)! + 1) % all.count]
        let missing = session.map { $0.missingTranslations(in: [language]).count } ?? 0
        switch language {
        case .en: message = .info("Texts in English.")
        default:
            let note = view == .tor || view == .rules ? "" : " \(missing) text\(missing == 1 ? "" : "s") of this session still lack\(missing == 1 ? "s" : "") it (\(Keymap.key(of: .missingTranslations, in: view) ?? ":") lists them)."
            message = .info("Texts in \(language.name); e edits the \(language.name) version.\(note)")
        }
    }

    /// The list of texts of the selected session without a French or Spanish version.
    mutating func openMissingTranslations() {
        guard let s = session else { return noSession() }
        let missing = s.missingTranslations()
        guard !missing.isEmpty else {
            message = .info("Every text of session \(s.number) has its French and Spanish versions.")
            return
        }
        let options = missing.map { m in
            PickOption(id: Self.missingId(m), label: "\(m.language.rawValue.uppercased())  \(m.label): \(m.english.split(separator: "\n").first.map(String.init) ?? "")")
        }
        mode = .picker(PickerState(title: "Missing versions · session \(s.number) (\(missing.count)) · Enter writes one",
                                   options: options, purpose: .missingTranslation(session: s.number)))
    }

    /// A stable id for a list entry: the language and the position of its text in the session.
    static func missingId(_ m: MissingTranslation) -> String {
        "\(m.language.rawValue)|\(m.target.idText)"
    }

    mutating func openMissingTranslationForm(_ number: Int, id: String) {
        guard let s = data.session(number),
              let m = s.missingTranslations().first(where: { Self.missingId($0) == id }) else {
            message = .info("That text has its version now, or is gone.")
            return
        }
        openTranslationForm(number, [m.target], language: m.language, fromList: true)
    }

    /// The form for the versions of `targets` in `language` (the language shown by default).
    mutating func openTranslationForm(_ number: Int, _ targets: [TranslationTarget], language chosen: DocumentLanguage? = nil, fromList: Bool) {
        let language = chosen ?? self.language
        guard let s = data.session(number), language != .en else { return }
        var fields: [FormField] = []
        var english: [String] = []
        for target in targets {
            guard let text = s.english(target) else { continue }
            let current = s.translations(target)?[language.rawValue] ?? ""
            switch target {
            case .sectionBody: fields.append(.paragraph(.text, current))
            case .annotation: fields.append(.paragraph(.annotation, current))
            default: fields.append(FormField(.title, current))
            }
            english.append(text.split(separator: "\n").first.map(String.init) ?? text)
        }
        guard !fields.isEmpty else { message = .info("That text is gone."); return }
        let what = Self.describe(targets.first!, in: s)
        mode = .form(FormState(title: "\(language.name) version · \(what)", fields: fields,
                               purpose: .translation(session: number, targets: targets, language: language, fromList: fromList),
                               note: "English: \(english.joined(separator: " / ")). Leave it empty to remove the \(language.name) version."))
    }

    static func describe(_ target: TranslationTarget, in s: Session) -> String {
        switch target {
        case .itemTitle(let id): "item \(s.agenda.number(of: id) ?? id)"
        case .annotation(let id): "item \(s.agenda.number(of: id) ?? id) annotation"
        case let .documentTitle(id, symbol): "\(symbol) (item \(s.agenda.number(of: id) ?? id))"
        case .sectionHeading(let key), .sectionBody(let key): "report: \(s.report.sections.first { $0.key == key }?.heading ?? key)"
        }
    }

    mutating func submitTranslationForm(_ form: FormState, session number: Int, targets: [TranslationTarget], language: DocumentLanguage, fromList: Bool) -> String? {
        var values: [(TranslationTarget, String)] = []
        for target in targets {
            switch target {
            case .sectionBody: values.append((target, form.value(.text)))
            case .annotation: values.append((target, form.value(.annotation)))
            default: values.append((target, form.value(.title)))
            }
        }
        let described = data.session(number).map { Self.describe(targets[0], in: $0) } ?? ""
        guard edit("\(language.name) version of \(described) saved", { data in
            try data.update(session: number) { s in
                for (target, text) in values { try s.setTranslation(target, language: language, text: text) }
            }
        }) else { return message?.text }
        if fromList, data.session(number).map({ !$0.missingTranslations().isEmpty }) == true {
            let saved = message
            let previous = selectedSession
            selectedSession = number
            openMissingTranslations()
            selectedSession = previous
            message = saved
        }
        return nil
    }
}

extension TranslationTarget {
    var idText: String {
        switch self {
        case .itemTitle(let id): "item|\(id)"
        case .annotation(let id): "annotation|\(id)"
        case let .documentTitle(id, symbol): "doc|\(id)|\(symbol)"
        case .sectionHeading(let key): "heading|\(key)"
        case .sectionBody(let key): "body|\(key)"
        }
    }
}

extension AppState {
    /// " · FR" after a pane's title while the texts are shown in French or Spanish.
    var languageTag: String { language == .en ? "" : " · \(language.rawValue.uppercased())" }
}

extension AppState {
    /// Whether the text shown in the chosen language is IOM's official one, and from where.
    func translationStatus(translated: Bool, source: String?) -> String {
        guard translated else { return "No \(language.name) text: every article is marked missing." }
        if let source { return "\(language.name) text: official, as IOM publishes it (\(source))." }
        return "\(language.name) text: unofficial translation (entered by the secretariat)."
    }
}
