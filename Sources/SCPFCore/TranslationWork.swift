/// The French and Spanish versions a session's texts still lack, and how one is entered.
/// English is the text itself and is always required; a French or Spanish version is optional
/// and, when missing, is marked (never replaced by the English).

/// One translatable text of a session.
public enum TranslationTarget: Hashable, Sendable, Codable {
    case itemTitle(itemId: String)
    case documentTitle(itemId: String, symbol: String)
    case sectionHeading(key: String)
    case sectionBody(key: String)
    case annotation(itemId: String)
}

/// A text of a session without its version in a language.
public struct MissingTranslation: Hashable, Sendable {
    public var target: TranslationTarget
    public var language: DocumentLanguage
    /// What the text is, for a list: "item 3 title", "S/37/4 title", "report: Introduction (heading)".
    public var label: String
    public var english: String
}

extension Session {
    /// Every translatable text of the session, in agenda then report order.
    public var translatableTexts: [(target: TranslationTarget, label: String)] {
        var out: [(TranslationTarget, String)] = []
        let numbers = agenda.numbers
        for (index, item) in agenda.items.enumerated() {
            out.append((.itemTitle(itemId: item.id), "item \(numbers[index]) title"))
            if item.annotation?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false {
                out.append((.annotation(itemId: item.id), "item \(numbers[index]) annotation"))
            }
            for doc in item.documents where doc.title?.trimmingCharacters(in: .whitespaces).isEmpty == false {
                out.append((.documentTitle(itemId: item.id, symbol: doc.symbol), "item \(numbers[index]) document \(doc.symbol) title"))
            }
        }
        for section in report.sections {
            out.append((.sectionHeading(key: section.key), "report section “\(section.heading)”: heading"))
            out.append((.sectionBody(key: section.key), "report section “\(section.heading)”: text"))
        }
        return out
    }

    /// The English text of a target; nil when it is gone (the item or section was removed).
    public func english(_ target: TranslationTarget) -> String? {
        switch target {
        case .itemTitle(let id): agenda.item(id)?.title
        case .annotation(let id): agenda.item(id)?.annotation
        case let .documentTitle(id, symbol): agenda.item(id)?.documents.first { $0.symbol == symbol }?.title
        case .sectionHeading(let key): report.sections.first { $0.key == key }?.heading
        case .sectionBody(let key): report.sections.first { $0.key == key }?.body
        }
    }

    /// The stored French and Spanish versions of a target.
    public func translations(_ target: TranslationTarget) -> Translations? {
        switch target {
        case .itemTitle(let id): agenda.item(id)?.translations
        case .annotation(let id): agenda.item(id)?.annotationTranslations
        case let .documentTitle(id, symbol): agenda.item(id)?.documents.first { $0.symbol == symbol }?.titleTranslations
        case .sectionHeading(let key): report.sections.first { $0.key == key }?.headingTranslations
        case .sectionBody(let key): report.sections.first { $0.key == key }?.bodyTranslations
        }
    }

    /// The texts without a version in `languages` (French and Spanish by default), by text then language.
    public func missingTranslations(in languages: [DocumentLanguage] = [.fr, .es]) -> [MissingTranslation] {
        var out: [MissingTranslation] = []
        for (target, label) in translatableTexts {
            guard let english = english(target), !english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            for language in languages where language != .en && Localized.text(english, translations(target), in: language) == nil {
                out.append(MissingTranslation(target: target, language: language, label: label, english: english))
            }
        }
        return out
    }

    /// Sets (or, given an empty text, removes) the version of a target in `language`. English
    /// is edited where it always was; here it is refused.
    public mutating func setTranslation(_ target: TranslationTarget, language: DocumentLanguage, text: String) throws {
        guard language != .en else {
            throw DomainError("The English text is the item's own; edit it with the language set to EN.")
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        func apply(_ t: inout Translations?) {
            var all = t ?? [:]
            all[language.rawValue] = value.isEmpty ? nil : value
            t = all.isEmpty ? nil : all
        }
        switch target {
        case .itemTitle(let id):
            guard let i = agenda.items.firstIndex(where: { $0.id == id }) else { throw DomainError("That item is no longer on the agenda of session \(number).") }
            apply(&agenda.items[i].translations)
        case .annotation(let id):
            guard let i = agenda.items.firstIndex(where: { $0.id == id }) else { throw DomainError("That item is no longer on the agenda of session \(number).") }
            apply(&agenda.items[i].annotationTranslations)
        case let .documentTitle(id, symbol):
            guard let i = agenda.items.firstIndex(where: { $0.id == id }),
                  let d = agenda.items[i].documents.firstIndex(where: { $0.symbol == symbol }) else {
                throw DomainError("Document \(symbol) is no longer listed under that item of session \(number).")
            }
            apply(&agenda.items[i].documents[d].titleTranslations)
        case .sectionHeading(let key), .sectionBody(let key):
            guard let i = report.sections.firstIndex(where: { $0.key == key }) else {
                throw DomainError("The report of session \(number) has no section \(key) any more; generate the draft first (g).")
            }
            if case .sectionHeading = target { apply(&report.sections[i].headingTranslations) } else { apply(&report.sections[i].bodyTranslations) }
        }
    }
}

extension Validator {
    /// What `scpf check` says about the French and Spanish versions: a version under a code
    /// that is not "fr" or "es", or an empty one; and a translation source for an unknown language.
    public static func validateTranslations(committee c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        func check(_ t: Translations?, _ what: String) {
            for (code, text) in (t ?? [:]).sorted(by: { $0.key < $1.key }) {
                if code != "fr" && code != "es" {
                    p.append(Problem("\(what): a version is stored under “\(code)”, which is not a language scpf keeps; use fr (French) or es (Spanish) — English is the text itself."))
                } else if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    let language = DocumentLanguage(rawValue: code)?.name ?? code
                    p.append(Problem("\(what): the \(language) version is empty; write it or remove it."))
                }
            }
        }
        func checkSources(_ s: [String: String]?, _ what: String) {
            for (code, source) in (s ?? [:]).sorted(by: { $0.key < $1.key }) {
                if code != "fr" && code != "es" {
                    p.append(Problem("\(what): a translation source is given for “\(code)”, which is not a language scpf keeps; use fr or es."))
                } else if source.trimmingCharacters(in: .whitespaces).isEmpty {
                    p.append(Problem("\(what): the source of the \(DocumentLanguage(rawValue: code)?.name ?? code) translation is empty; give the document or page, or remove it to mark the translation unofficial."))
                }
            }
        }
        for t in c.termsOfReference {
            checkSources(t.translationSources, "ToR version \(t.id)")
            for item in t.items { check(item.translations, "ToR version \(t.id) item (\(item.letter))") }
        }
        for r in c.rulesOfProcedure {
            checkSources(r.translationSources, "Rules of Procedure version \(r.id)")
            for rule in r.rules {
                check(rule.titleTranslations, "Rules of Procedure version \(r.id) rule \(rule.number) title")
                check(rule.textTranslations, "Rules of Procedure version \(r.id) rule \(rule.number) text")
            }
        }
        for s in sessions {
            let numbers = s.agenda.numbers
            for (index, item) in s.agenda.items.enumerated() {
                let label = "Session \(s.number) item \(numbers[index]) (\(item.id))"
                check(item.translations, "\(label) title")
                for doc in item.documents { check(doc.titleTranslations, "\(label) document \(doc.symbol) title") }
            }
            for section in s.report.sections {
                check(section.headingTranslations, "Session \(s.number) report section \(section.key) heading")
                check(section.bodyTranslations, "Session \(s.number) report section \(section.key) text")
            }
        }
        return p
    }
}

extension ToRVersion {
    /// Where the official text in `language` comes from; nil: the translation (if any) is unofficial.
    public func officialSource(_ language: DocumentLanguage) -> String? {
        language == .en ? source : translationSources?[language.rawValue]
    }
}

extension RulesVersion {
    public func officialSource(_ language: DocumentLanguage) -> String? {
        language == .en ? source : translationSources?[language.rawValue]
    }
}
