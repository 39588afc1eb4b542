/// Where the documents read the French and Spanish versions of the record's texts. Each
/// accessor returns the text in `language`, or nil when that version is missing (the document
/// then prints the English text marked "[French version missing]").
///
public enum DocumentTexts {
    public static func itemTitle(_ item: AgendaItem, _ language: DocumentLanguage) -> String? {
        Localized.text(item.title, item.translations, in: language)
    }

    public static func annotation(_ item: AgendaItem, _ language: DocumentLanguage) -> String? {
        guard let annotation = item.annotation, !annotation.isEmpty else { return nil }
        return Localized.text(annotation, item.annotationTranslations, in: language)
    }

    public static func documentTitle(_ document: DocumentRef, _ language: DocumentLanguage) -> String? {
        guard let title = document.title else { return nil }
        return Localized.text(title, document.titleTranslations, in: language)
    }

    public static func heading(of section: ReportSection, _ language: DocumentLanguage) -> String? {
        Localized.text(section.heading, section.headingTranslations, in: language)
    }

    public static func body(of section: ReportSection, _ language: DocumentLanguage) -> String? {
        Localized.text(section.body, section.bodyTranslations, in: language)
    }

    public static func torText(_ item: ToRItem, _ language: DocumentLanguage) -> String? {
        Localized.text(item.text, item.translations, in: language)
    }

    public static func ruleTitle(_ rule: Rule, _ language: DocumentLanguage) -> String? {
        Localized.text(rule.title, rule.titleTranslations, in: language)
    }

    public static func ruleText(_ rule: Rule, _ language: DocumentLanguage) -> String? {
        Localized.text(rule.text, rule.textTranslations, in: language)
    }
}

extension DocText {
    /// `version` when there is one, otherwise `english` marked missing in `language`.
    static func version(_ version: String?, english: String, _ language: DocumentLanguage) -> DocText {
        version.map { DocText($0) } ?? DocText(english, missing: language)
    }
}
