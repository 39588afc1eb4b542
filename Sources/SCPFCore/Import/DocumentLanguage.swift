import Foundation

/// The Organization's three working languages: every governing-bodies document is issued in
/// English, French and Spanish (see docs/sources.md).
public enum DocumentLanguage: String, Codable, CaseIterable, Sendable {
    case en, fr, es

    public var name: String {
        switch self {
        case .en: "English"
        case .fr: "French"
        case .es: "Spanish"
        }
    }

    /// The words a document names a language with, in each of the three ("anglais", "inglés").
    static let names: [(DocumentLanguage, [String])] = [
        (.en, ["english", "anglais", "ingles"]),
        (.fr, ["french", "francais", "frances"]),
        (.es, ["spanish", "espagnol", "espanol"]),
    ]

    /// The language a folded word names, if it names one.
    static func named(_ folded: String) -> DocumentLanguage? {
        names.first { $0.1.contains(folded) }?.0
    }

    /// Which language a text is written in, from its most common short words; nil when the
    /// text holds too few of them to say.
    static func detect(_ foldedWords: [String]) -> DocumentLanguage? {
        let markers: [DocumentLanguage: Set<String>] = [
            .en: ["the", "of", "and", "on", "for", "to", "report", "session", "committee", "agenda", "other", "business"],
            .fr: ["le", "les", "des", "du", "et", "sur", "pour", "rapport", "session", "comite", "ordre", "jour", "questions", "divers", "l'", "d'"],
            .es: ["el", "los", "las", "del", "y", "sobre", "para", "informe", "reunion", "comite", "programa", "otros", "asuntos"],
        ]
        var score: [DocumentLanguage: Int] = [:]
        for word in foldedWords {
            for (language, set) in markers where set.contains(word) { score[language, default: 0] += 1 }
            if word.hasPrefix("l'") || word.hasPrefix("d'") { score[.fr, default: 0] += 1 }
        }
        guard let best = score.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              best.value >= 2 else { return nil }
        return best.key
    }
}

/// Items every agenda has that need no terms-of-reference heading, in the three languages
/// (folded prefixes of the title).
enum ProceduralTitles {
    static let prefixes = [
        // English
        "adoption of the agenda", "adoption of the provisional agenda", "election of officers", "election of the officers",
        "election of the bureau", "election of the chair", "election of the vice", "election of the first vice",
        "election of the second vice", "election of the rapporteur", "opening of the session",
        "opening of the meeting", "closure of the session", "closing of the session", "adoption of the report",
        "adoption of the draft report", "date of the next session",
        // French
        "adoption de l'ordre du jour", "election du bureau", "election des membres du bureau", "election du president",
        "election de la presidence", "election du vice", "election du rapporteur", "ouverture de la session",
        "cloture de la session", "adoption du rapport", "adoption du projet de rapport", "date de la prochaine session",
        // Spanish
        "adopcion del programa", "aprobacion del programa", "eleccion de la mesa", "eleccion de los miembros de la mesa",
        "eleccion del presidente", "eleccion de la presidencia", "eleccion del vicepresidente", "eleccion del relator",
        "eleccion de autoridades", "apertura de la reunion",
        "clausura de la reunion", "aprobacion del informe", "adopcion del informe", "aprobacion del proyecto de informe",
        "fecha de la proxima reunion",
    ]
    /// Phrases that are procedural only as the whole title, or joined to another procedural
    /// one ("Any other business and closure of the session"): "Otras cuestiones derivadas del
    /// informe …" is a substantive item.
    static let wholeTitles = ["other business", "any other business", "questions diverses", "autres questions",
                              "otros asuntos", "otras cuestiones", "asuntos varios", "divers"]

    static func isProcedural(_ title: String) -> Bool {
        let folded = Fold.text(title.prefix(60)).strippingEdges(".:;")
        if prefixes.contains(where: { folded.hasPrefix($0) }) { return true }
        return wholeTitles.contains { phrase in folded == phrase || [" and ", " et ", " y "].contains { folded.hasPrefix(phrase + $0) } }
    }
}
