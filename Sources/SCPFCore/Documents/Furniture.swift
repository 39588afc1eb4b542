/// The fixed words of IOM's documents in English, French and Spanish. Each phrase says whether
/// its wording was found in a published IOM document (the corpus under
/// `Tests/SCPFCoreTests/Corpus/` or a page cited in docs/sources.md, "Document furniture");
/// a phrase that was not is printed marked as unofficial.
public struct Phrase: Equatable, Sendable {
    public var text: String
    /// False for wording scpf chose because no published IOM text was found.
    public var official: Bool
    public init(_ text: String, official: Bool = true) { self.text = text; self.official = official }
}

public enum Furniture {
    public enum Key: String, CaseIterable, Sendable {
        case original, contents, page, introduction, rapporteur, provisionalAgenda, annotatedAgenda, agenda
        case chairsBriefing, rulesOfProcedure, annex, listOfParticipants, participantsNote
        case council, executiveCommittee, withdrawn, deferred, supplementary, recommendations
        case distributionGeneral, distributionLimited, distributionRestricted
        case chairperson, viceChairperson, firstViceChairperson, secondViceChairperson
        case revision, documents, purpose, termsOfReference, timeAllotted, minutes, annotation, notYetIssued
        case unofficialNote, draft
    }

    /// The three versions of each phrase: (English, French, Spanish).
    static let table: [Key: (Phrase, Phrase, Phrase)] = [
        // Every report cover and agenda of the corpus.
        .original: (Phrase("Original: English"), Phrase("Original : anglais"), Phrase("Original: inglés")),
        // Report contents pages: en-mc2097-rev1, fr-scpf10, es-mc-ex-729.
        .contents: (Phrase("CONTENTS"), Phrase("TABLE DES MATIERES"), Phrase("ÍNDICE")),
        .page: (Phrase("Page"), Phrase("Page"), Phrase("Página")),
        .introduction: (Phrase("INTRODUCTION"), Phrase("INTRODUCTION"), Phrase("INTRODUCCIÓN")),
        .rapporteur: (Phrase("Rapporteur:"), Phrase("Rapporteur :"), Phrase("Relator:")),
        // en-c115 provisional agenda, fr-scpf10 and es-scpf12 layouts.
        .provisionalAgenda: (Phrase("PROVISIONAL AGENDA"), Phrase("ORDRE DU JOUR PROVISOIRE"), Phrase("PROGRAMA PROVISIONAL")),
        .annotatedAgenda: (Phrase("ANNOTATED PROVISIONAL AGENDA", official: false), Phrase("ORDRE DU JOUR PROVISOIRE ANNOTÉ", official: false),
                           Phrase("PROGRAMA PROVISIONAL ANOTADO", official: false)),
        // "Adoption of the agenda", "Adoption de l’ordre du jour", "Adopción del programa".
        .agenda: (Phrase("AGENDA"), Phrase("ORDRE DU JOUR"), Phrase("PROGRAMA")),
        .chairsBriefing: (Phrase("CHAIRPERSON’S BRIEFING", official: false), Phrase("NOTE D’INFORMATION DU PRÉSIDENT", official: false),
                          Phrase("NOTA INFORMATIVA DEL PRESIDENTE", official: false)),
        // iom.int/rules-procedure-scpf (the English title); French and Spanish not found.
        .rulesOfProcedure: (Phrase("RULES OF PROCEDURE OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
                            Phrase("RÈGLEMENT INTÉRIEUR DU COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES", official: false),
                            Phrase("REGLAMENTO DEL COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS", official: false)),
        .annex: (Phrase("ANNEX", official: false), Phrase("ANNEXE", official: false), Phrase("ANEXO", official: false)),
        .listOfParticipants: (Phrase("LIST OF PARTICIPANTS", official: false), Phrase("LISTE DES PARTICIPANTS", official: false),
                              Phrase("LISTA DE PARTICIPANTES", official: false)),
        .participantsNote: (Phrase("Member States represented at the session:", official: false),
                            Phrase("Etats Membres représentés à la session :", official: false),
                            Phrase("Estados Miembros representados en la reunión:", official: false)),
        // The tri-lingual banners "COUNCIL CONSEIL CONSEJO" and "EXECUTIVE COMMITTEE / COMITÉ EXÉCUTIF / COMITÉ EJECUTIVO".
        .council: (Phrase("COUNCIL"), Phrase("CONSEIL"), Phrase("CONSEJO")),
        .executiveCommittee: (Phrase("EXECUTIVE COMMITTEE"), Phrase("COMITÉ EXÉCUTIF"), Phrase("COMITÉ EJECUTIVO")),
        .withdrawn: (Phrase("withdrawn", official: false), Phrase("retiré", official: false), Phrase("retirado", official: false)),
        .deferred: (Phrase("deferred", official: false), Phrase("reporté", official: false), Phrase("aplazado", official: false)),
        .supplementary: (Phrase("supplementary", official: false), Phrase("supplémentaire", official: false), Phrase("suplementario", official: false)),
        .recommendations: (Phrase("RECOMMENDATIONS", official: false), Phrase("RECOMMANDATIONS", official: false), Phrase("RECOMENDACIONES", official: false)),
        // es-mc-ex-729 and es-mc2283 ("DIST. LIMITADA", "DISTRIB. LIMITADA"); the others not found.
        .distributionGeneral: (Phrase("GENERAL DISTRIBUTION", official: false), Phrase("DISTRIBUTION GÉNÉRALE", official: false), Phrase("DIST. GENERAL", official: false)),
        .distributionLimited: (Phrase("LIMITED DISTRIBUTION", official: false), Phrase("DISTRIBUTION LIMITÉE", official: false), Phrase("DIST. LIMITADA")),
        .distributionRestricted: (Phrase("RESTRICTED", official: false), Phrase("DISTRIBUTION RESTREINTE", official: false), Phrase("DIST. RESTRINGIDA", official: false)),
        // "Report of the Chairperson of the Council" (en-c115), "RAPPORT DU PRESIDENT" (fr-scpf10),
        // "PRESIDENTE DEL CONSEJO" (es-mc2334); "Second Vice-Chairperson" (en-c-sp-6).
        .chairperson: (Phrase("Chairperson"), Phrase("Président"), Phrase("Presidente")),
        .viceChairperson: (Phrase("Vice-Chairperson"), Phrase("Vice-Président", official: false), Phrase("Vicepresidente", official: false)),
        .firstViceChairperson: (Phrase("First Vice-Chairperson", official: false), Phrase("Premier Vice-Président", official: false), Phrase("Primer Vicepresidente", official: false)),
        .secondViceChairperson: (Phrase("Second Vice-Chairperson"), Phrase("Second Vice-Président", official: false), Phrase("Segundo Vicepresidente", official: false)),
        .revision: (Phrase("Rev."), Phrase("Rév."), Phrase("Rev.")),
        .documents: (Phrase("Documents", official: false), Phrase("Documents", official: false), Phrase("Documentos", official: false)),
        .purpose: (Phrase("Purpose", official: false), Phrase("Objet", official: false), Phrase("Finalidad", official: false)),
        .termsOfReference: (Phrase("Terms of reference"), Phrase("Mandat", official: false), Phrase("Mandato", official: false)),
        .timeAllotted: (Phrase("Time allotted", official: false), Phrase("Temps imparti", official: false), Phrase("Tiempo asignado", official: false)),
        .minutes: (Phrase("minutes", official: false), Phrase("minutes", official: false), Phrase("minutos", official: false)),
        .annotation: (Phrase("Annotation", official: false), Phrase("Annotation", official: false), Phrase("Anotación", official: false)),
        .notYetIssued: (Phrase("Not yet issued", official: false), Phrase("Pas encore publié", official: false), Phrase("Aún no publicado", official: false)),
        .draft: (Phrase("DRAFT", official: false), Phrase("PROJET", official: false), Phrase("PROYECTO", official: false)),
        .unofficialNote: (Phrase("† Wording not found in a published IOM document (unofficial).", official: false),
                          Phrase("† Formulation non trouvée dans un document publié de l’OIM (non officielle).", official: false),
                          Phrase("† Redacción no encontrada en un documento publicado de la OIM (no oficial).", official: false)),
    ]

    public static func phrase(_ key: Key, _ language: DocumentLanguage) -> Phrase {
        guard let row = table[key] else { return Phrase(key.rawValue, official: false) }
        switch language {
        case .en: return row.0
        case .fr: return row.1
        case .es: return row.2
        }
    }

    /// The committee's name: "Standing Committee on Programmes and Finance" (the committee's
    /// own English name), "Comité permanent des programmes et des finances" (fr-scpf10),
    /// "Comité Permanente de Programas y Finanzas" (es-scpf12).
    public static func committeeName(_ committee: Committee, _ language: DocumentLanguage) -> Phrase {
        switch language {
        case .en: return Phrase(committee.name)
        case .fr: return committee.shortName == "SCPF" ? Phrase("Comité permanent des programmes et des finances") : Phrase(committee.name, official: false)
        case .es: return committee.shortName == "SCPF" ? Phrase("Comité Permanente de Programas y Finanzas") : Phrase(committee.name, official: false)
        }
    }

    /// "Twelfth Session" (en), "Dixième session" (fr-scpf10), "Décima segunda Reunión" (es-scpf12,
    /// "DÉCIMA SEGUNDA REUNIÓN"); special and resumed sessions in French and Spanish unofficial.
    public static func session(_ s: Session, _ language: DocumentLanguage) -> Phrase {
        let words = OrdinalWriting.session(s.number, in: language)
        switch (language, s.kind) {
        case (.en, _): return Phrase(s.title)
        case (.fr, .regular): return Phrase("\(words) session")
        case (.fr, .special): return Phrase("\(words) session extraordinaire", official: false)
        case (.fr, .resumed): return Phrase("\(words) session (reprise)", official: false)
        case (.es, .regular): return Phrase("\(words) Reunión")
        case (.es, .special): return Phrase("\(words) Reunión Extraordinaria", official: false)
        case (.es, .resumed): return Phrase("\(words) Reunión (reanudada)", official: false)
        }
    }

    /// "Geneva" as "Genève" (fr-scpf10) and "Ginebra" (es-scpf12); other venues as written.
    public static func venue(_ venue: String, _ language: DocumentLanguage) -> String {
        guard venue == "Geneva" else { return venue }
        switch language {
        case .en: return venue
        case .fr: return "Genève"
        case .es: return "Ginebra"
        }
    }

    /// The report's title: "REPORT ON THE TWELFTH SESSION OF THE STANDING COMMITTEE ON
    /// PROGRAMMES AND FINANCE" (as "REPORT ON THE 103RD SESSION OF THE COUNCIL", MC/2398/Rev.1),
    /// "RAPPORT DU COMITE PERMANENT DES PROGRAMMES ET DES FINANCES SUR SA DIXIEME SESSION"
    /// (fr-scpf10), "INFORME SOBRE LA DÉCIMA SEGUNDA REUNIÓN DEL COMITÉ PERMANENTE DE
    /// PROGRAMAS Y FINANZAS" (es-mc-ex-729). Two lines, as the covers set them.
    public static func reportTitle(_ s: Session, _ committee: Committee, _ language: DocumentLanguage) -> (lines: [String], official: Bool) {
        let name = committeeName(committee, language)
        let session = self.session(s, language)
        switch language {
        case .en: return (["REPORT ON THE", "\(session.text.uppercased()) OF THE \(name.text.uppercased())"], name.official && session.official)
        case .fr: return (["RAPPORT DU", "\(name.text.uppercased()) SUR SA \(session.text.uppercased())"], name.official && session.official)
        case .es: return (["INFORME SOBRE LA \(session.text.uppercased()) DEL", name.text.uppercased()], name.official && session.official)
        }
    }

    /// An officer's role in the document's language; a role scpf has no version of stays as
    /// written, marked unofficial.
    public static func role(_ role: String, _ language: DocumentLanguage) -> Phrase {
        let key: Key?
        switch role.lowercased() {
        case "chairperson", "chair": key = .chairperson
        case "vice-chairperson": key = .viceChairperson
        case "first vice-chairperson": key = .firstViceChairperson
        case "second vice-chairperson": key = .secondViceChairperson
        case "rapporteur":
            return Phrase(language == .es ? "Relator" : "Rapporteur")
        default: key = nil
        }
        guard let key else { return Phrase(role, official: language == .en) }
        return phrase(key, language)
    }

    public static func distribution(_ d: Distribution, _ language: DocumentLanguage) -> Phrase {
        switch d {
        case .general: return phrase(.distributionGeneral, language)
        case .limited: return phrase(.distributionLimited, language)
        case .restricted: return phrase(.distributionRestricted, language)
        }
    }
}
