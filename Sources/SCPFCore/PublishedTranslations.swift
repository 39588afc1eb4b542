/// The French and Spanish texts IOM publishes of the terms of reference and the Rules of
/// Procedure, shipped as the translations of the built-in versions (docs/sources.md, "French
/// and Spanish texts"; the stored copies are under Tests/SCPFCoreTests/Published/). What could
/// not be read is shipped as the language's "to be completed" mark, never invented.
public enum PublishedTranslations {
    public static let torFrenchSource = "https://www.iom.int/fr/mandat-du-comite-permanent-des-programmes-et-des-finances"
    public static let rulesFrenchSource = "https://iom.int/fr/reglement-du-comite-permanent-des-programmes-et-des-finances"
    public static let rulesSpanishSource = "https://www.iom.int/es/reglamento-del-cppf"

    /// The mark shipped where the published text of a language could not be read.
    public static func toBeCompleted(_ language: DocumentLanguage) -> String {
        switch language {
        case .en: Rule.toBeCompleted
        case .fr: "texte à compléter"
        case .es: "texto por completar"
        }
    }

    /// IOM's French page of the 2013 terms, (a)–(i) in its order. (d) reads "Donseiller" on
    /// the page; scpf ships "Conseiller" (docs/sources.md says so).
    public static let tor2013French: [String: String] = [
        "a": "Examiner et réviser la politique, les programmes et les activités de l’Organisation, les rapports annuels du Directeur général, y compris le Rapport financier et le Rapport du Directeur général sur les travaux de l’Organisation, et tous rapports spéciaux ;",
        "b": "Examiner et réviser toute question administrative, financière et budgétaire ;",
        "c": "Examiner toute question dont il serait spécifiquement saisi par le Conseil, y compris la Révision du Programme et Budget et le barème des quotes-parts pour l’année suivante, et prendre à ce propos toute mesure jugée nécessaire ;",
        "d": "Conseiller le Directeur général sur toute question qu’il souhaiterait lui soumettre ;",
        "e": "Soumettre de sa propre initiative des conseils ou des propositions au Conseil ou au Directeur général ;",
        "f": "Réexaminer à intervalles réguliers les méthodes de consultation, de prise en compte du retour d’information et de supervision, en vue d’améliorer la capacité de réponse et de favoriser la transparence et l’ouverture à tous ;",
        "g": "Examiner toute autre question relevant de son mandat ;",
        "h": "Transmettre au Conseil des rapports et, le cas échéant, des recommandations sur les affaires traitées ;",
        "i": "Prendre, entre les sessions du Conseil, toute décision urgente sur des questions relevant de la compétence du Conseil, qui sera soumise à l’approbation de ce dernier à sa session suivante.",
    ]

    /// Chapter headings by rule number, as the pages' tables of contents spell them.
    public static let rulesTitles: [DocumentLanguage: [Int: String]] = [
        .fr: [1: "I – Sessions", 2: "I – Sessions", 3: "I – Sessions", 4: "I – Sessions"],
        .es: [1: "I – Reuniones", 2: "I – Reuniones", 3: "I – Reuniones", 4: "I – Reuniones",
              5: "II – Programa", 6: "II – Programa", 7: "III – Credenciales", 8: "IV – Expertos", 9: "V – Mesa"],
    ]

    /// The articles read whole from IOM's pages; the others ship as "to be completed".
    public static let rulesTexts: [DocumentLanguage: [Int: String]] = [
        .fr: [
            1: """
                1. Le Comité permanent des programmes et des finances se réunit en règle générale deux fois par an, et plus souvent si nécessaire, pour s’acquitter de ses fonctions, à la demande :
                • du Conseil;
                • d’un tiers de ses membres;
                • de son Président;
                • du Directeur général après consultation du Président.
                2. Tous les Etats Membres de l’Organisation ont la qualité de membre du Comité permanent.
                """,
            2: "Les réunions du Comité permanent se tiennent à Genève.",
            3: "Les réunions du Comité permanent sont privées.",
        ],
        .es: [
            1: """
                1. El Comité Permanente se reunirá por regla general dos veces al año y, aparte de ello, siempre que sea necesario para el ejercicio eficaz de sus funciones, a petición de:
                • el Consejo;
                • un tercio de sus miembros;
                • su Presidente;
                • el Director General, previa consulta con el Presidente.
                2. El Comité Permanente está abierto a la participación de todos los Estados Miembros de la Organización.
                """,
            2: "Las reuniones del Comité Permanente se celebrarán en Ginebra.",
            3: "Las reuniones del Comité Permanente se celebrarán en privado.",
            4: "La Administración notificará a los miembros la fecha de la primera sesión de cada reunión. Dicha notificación se enviará por lo menos dos semanas antes de la fecha de apertura de la reunión, a no ser que los miembros acuerden que se haga con menos antelación.",
            5: """
                1. La Administración, previa consulta con el Presidente y los miembros del Comité Permanente, formulará el programa provisional de cada reunión, que contendrá los temas propuestos por:
                • el Consejo;
                • el Comité Permanente, en una reunión anterior;
                • cualquier miembro del Comité Permanente;
                • el Director General.
                2. La Administración enviará el programa provisional y los documentos principales de la reunión a todos los miembros por lo menos dos semanas antes de la fecha de apertura de la reunión, sin perjuicio de las disposiciones del Artículo 4.
                """,
            6: """
                1. Al principio de cada reunión, el Comité Permanente adoptará el correspondiente programa.
                2. El Comité Permanente podrá revisar el programa durante la reunión.
                """,
        ],
    ]

    /// The 2013 terms with IOM's French text, marked official with its source. No Spanish text
    /// of the terms was found: the Spanish versions are absent (missing, not unofficial).
    static func translating2013(_ version: ToRVersion) -> ToRVersion {
        var v = version
        for i in v.items.indices {
            if let fr = tor2013French[v.items[i].letter] { v.items[i].translations = ["fr": fr] }
        }
        v.translationSources = ["fr": torFrenchSource]
        return v
    }

    /// The published Rules with IOM's French and Spanish texts, marked official with their
    /// sources; an article not read ships as the language's "to be completed" mark.
    static func translatingRules(_ version: RulesVersion) -> RulesVersion {
        var v = version
        for i in v.rules.indices {
            let n = v.rules[i].number
            var titles: Translations = [:], texts: Translations = [:]
            for language in [DocumentLanguage.fr, .es] {
                if let t = rulesTitles[language]?[n] { titles[language.rawValue] = t }
                texts[language.rawValue] = rulesTexts[language]?[n] ?? toBeCompleted(language)
            }
            v.rules[i].titleTranslations = titles.isEmpty ? nil : titles
            v.rules[i].textTranslations = texts
        }
        v.translationSources = ["fr": rulesFrenchSource, "es": rulesSpanishSource]
        return v
    }
}
