/// Where the documents read the French and Spanish versions of the record's texts. Each
/// accessor returns the text in `language`, or nil when that version is missing (the document
/// then prints the English text marked "[French version missing]").
///
/// The translation fields of documents, report sections, ToR items and Rules are added on
/// another branch (names agreed: `DocumentRef.titleTranslations`, `ReportSection.
/// headingTranslations` and `bodyTranslations`, `ToRItem.translations`, `Rule.titleTranslations`
/// and `textTranslations`); until they are here, those accessors know English only. Wiring
/// them in is a change to this file alone: replace `nil` by the field.
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
        return Localized.text(title, nil /* document.titleTranslations */, in: language)
    }

    public static func heading(of section: ReportSection, _ language: DocumentLanguage) -> String? {
        Localized.text(section.heading, nil /* section.headingTranslations */, in: language)
    }

    public static func body(of section: ReportSection, _ language: DocumentLanguage) -> String? {
        Localized.text(section.body, nil /* section.bodyTranslations */, in: language)
    }

    public static func torText(_ item: ToRItem, _ language: DocumentLanguage) -> String? {
        Localized.text(item.text, nil /* item.translations */, in: language)
    }

    public static func ruleTitle(_ rule: Rule, _ language: DocumentLanguage) -> String? {
        Localized.text(rule.title, nil /* rule.titleTranslations */, in: language)
    }

    public static func ruleText(_ rule: Rule, _ language: DocumentLanguage) -> String? {
        Localized.text(rule.text, nil /* rule.textTranslations */, in: language)
    }
}

extension DocText {
    /// `version` when there is one, otherwise `english` marked missing in `language`.
    static func version(_ version: String?, english: String, _ language: DocumentLanguage) -> DocText {
        version.map { DocText($0) } ?? DocText(english, missing: language)
    }
}
