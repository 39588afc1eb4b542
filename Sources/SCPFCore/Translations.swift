/// The French and Spanish versions of a text, keyed by language code ("fr", "es"). English is the
/// text itself and is never stored here. Every translatable text of the model keeps its versions
/// in a sibling field of this shape (`AgendaItem.translations` holds the title's).
public typealias Translations = [String: String]

public enum Localized {
    /// The text in `language`: the English text itself, or the stored French or Spanish version;
    /// nil when that version is missing (the caller marks it, never silently falls back to English).
    public static func text(_ english: String, _ translations: Translations?, in language: DocumentLanguage) -> String? {
        if language == .en { return english }
        guard let version = translations?[language.rawValue],
              !version.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return version
    }

    /// How a missing version is marked wherever a text is shown or printed in that language
    /// (screens and documents alike), before the English text it lacks.
    public static func missingMark(_ language: DocumentLanguage) -> String {
        "[\(language.name) version missing]"
    }

    /// The text in `language`, or the mark of a missing version.
    public static func shown(_ english: String, _ translations: Translations?, in language: DocumentLanguage) -> String {
        text(english, translations, in: language) ?? missingMark(language)
    }
}
