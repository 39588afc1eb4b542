/// What the head of an IOM document states: its symbol block (symbol, distribution,
/// "Original:" line, date), the body and session, the title, and the venue and dates.
public struct DocumentHeader: Equatable, Sendable {
    public var symbol: String?
    /// The language of the original as the "Original:" line names it ("English", "anglais").
    public var original: String?
    public var originalLanguage: DocumentLanguage?
    /// The language this version is written in.
    public var language: DocumentLanguage?
    public var issuedOn: Day?
    public var distribution: Distribution?
    /// "SCPF", "Council" or "Executive Committee".
    public var committee: String?
    public var session: Int?
    public var special = false
    public var opens: Day?
    public var closes: Day?
    /// As written: "Geneva", "Genève", "Ginebra".
    public var venue: String?

    public init() {}

    public var isEmpty: Bool { self == DocumentHeader() }

    /// The venue in English, as scpf stores it: "Genève" and "Ginebra" are Geneva.
    public var venueInEnglish: String? {
        guard let venue else { return nil }
        return ["geneve", "ginebra", "geneva"].contains(Fold.text(venue)) ? "Geneva" : venue
    }

    /// One line per fact read, for the preview: "symbol S/10/1", "meets 15–16 May 2012, Geneva".
    public var summary: [String] {
        var out: [String] = []
        if let symbol { out.append("symbol \(symbol)") }
        if let committee { out.append("\(committee)\(session.map { ", session \($0)" } ?? "")\(special ? " (special)" : "")") }
        else if let session { out.append("session \(session)\(special ? " (special)" : "")") }
        if let opens, let closes { out.append("meets \(dayRangeText(opens, closes))\(venue.map { ", \($0)" } ?? "")") }
        if let issuedOn { out.append("dated \(issuedOn.long)") }
        if let language { out.append("written in \(language.name)\(original.map { " (Original: \($0))" } ?? "")") }
        else if let original { out.append("Original: \(original)") }
        if let distribution { out.append("\(distribution.rawValue) distribution") }
        return out
    }
}

/// Recognises the furniture of IOM documents in English, French and Spanish.
enum HeaderLines {
    static let committees: [(String, [String])] = [
        ("SCPF", ["standing committee on programmes and finance", "comite permanent des programmes et des finances",
                  "comite permanente de programas y finanzas"]),
        ("Executive Committee", ["executive committee", "comite executif", "comite ejecutivo"]),
        ("Council", ["council", "conseil", "consejo"]),
    ]

    /// Titles and running heads that carry no item (folded, whole line).
    static let titles: Set<String> = [
        "provisional agenda", "annotated provisional agenda", "revised provisional agenda", "agenda", "annotated agenda",
        "draft provisional agenda", "revised annotated provisional agenda", "draft agenda", "provisional agenda (revised)",
        "ordre du jour provisoire", "ordre du jour provisoire annote", "ordre du jour provisoire revise", "ordre du jour",
        "projet d'ordre du jour provisoire", "ordre du jour annote",
        "programa provisional", "programa provisional anotado", "programa provisional revisado", "programa",
        "proyecto de programa provisional", "programa anotado",
        "contents", "table of contents", "table des matieres", "sommaire", "indice", "contenido",
        "page", "pages", "pagina", "paginas", "paragraphs", "paragraphes", "parrafos", "page paragraphs",
        "international organization for migration", "organisation internationale pour les migrations",
        "organizacion internacional para las migraciones", "iom", "oim",
        "report", "rapport", "informe", "report on the", "rapport sur la", "rapport du", "informe sobre la", "informe de la",
        "draft report", "projet de rapport", "proyecto de informe", "restricted", "limited", "general",
        "for information", "pour information", "para informacion", "not yet issued",
    ]

    /// The body a line names: the whole line (a running head), or, `within` a header, a line
    /// that contains the name ("Report on the Tenth Session of the Standing Committee …").
    /// "AGENDA (adopted 20 October 2025)", "AGENDA (adopted …, as revised in session)": scpf's own exports.
    static func isAgendaState(_ folded: String) -> Bool {
        folded.hasPrefix("agenda (adopted") || folded.hasPrefix("annotated agenda (adopted")
    }

    static func committee(_ folded: String, within: Bool = false) -> String? {
        let stripped = folded.strippingEdges(".,:*")
        for (name, forms) in committees where forms.contains(where: { stripped == $0 || stripped.hasSuffix(" " + $0) && stripped.count < $0.count + 20 }) {
            return name
        }
        guard within, Fold.words(stripped).count <= 14 else { return nil }
        let words = " " + Fold.words(stripped).joined(separator: " ") + " "
        for (name, forms) in committees where forms.contains(where: { words.contains(" \($0) ") }) {
            // "Council" inside a long sentence is not the body of the header.
            if name == "Council" && !(words.contains(" session ") || words.contains(" reunion ")) { continue }
            return name
        }
        return nil
    }

    /// A rule of underscores or dashes between header blocks.
    static func isRule(_ line: String) -> Bool {
        line.count >= 5 && line.allSatisfy { "_-–—=•*".contains($0) || $0 == " " }
    }

    static func distribution(_ folded: String) -> Distribution? {
        let f = folded.replacingOccurrences(of: ".", with: " ")
        let words = Set(f.split(separator: " ").map(String.init))
        let distributionWord = words.contains { $0.hasPrefix("distrib") || $0 == "dist" }
        if words.contains(where: { $0.hasPrefix("restrict") || $0.hasPrefix("restreint") || $0.hasPrefix("restringid") }) && words.count <= 3 { return .restricted }
        if distributionWord, words.contains(where: { $0.hasPrefix("limit") }) { return .limited }
        if distributionWord, words.contains(where: { $0.hasPrefix("general") }) { return .general }
        return nil
    }

    /// "Original: English", "Original : anglais", "ORIGINAL: INGLÉS".
    static func original(_ line: String) -> (String, DocumentLanguage?, DocumentLanguage?)? {
        let folded = Fold.text(line)
        guard folded.hasPrefix("original") else { return nil }
        let rest = line.dropFirst("original".count).drop { $0 == " " || $0 == ":" || $0 == "\u{00A0}" }
        let words = Fold.words(rest)
        guard words.count == 1, let first = words.first else { return nil }
        let named = DocumentLanguage.named(first)
        // The word tells both the language of the original and the language it is written in.
        let writtenIn: DocumentLanguage?
        switch first {
        case "english", "french", "spanish": writtenIn = .en
        case "anglais", "francais", "espagnol": writtenIn = .fr
        case "ingles", "frances", "espanol": writtenIn = .es
        default: writtenIn = nil
        }
        return (String(rest), named, writtenIn)
    }

    /// "- 2 -", "Page 2", "Page 2 of 5", "Página 2", "2".
    static func isPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 24 else { return false }
        // "(2)": the page marker of a copy from the web.
        if line.first == "(", line.last == ")", line.count <= 5, line.dropFirst().dropLast().allSatisfy(\.isNumber), line.count > 2 { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " || $0 == "–" || $0 == "—" || $0 == "/" }) { return line.contains(where: \.isNumber) }
        let words = Fold.words(line)
        guard let first = words.first, ["page", "pagina", "p"].contains(first), words.count <= 4 else { return false }
        // "Page 2", "Page 2 of 5", "Página i" (a contents page numbered in Roman).
        return words.dropFirst().allSatisfy { Int($0) != nil || ["of", "de", "sur"].contains($0) || AgendaImport.romanValue($0.uppercased()) != nil }
    }

    /// A line naming only a language: "English", "FRANÇAIS".
    static func isLanguageName(_ folded: String) -> Bool {
        DocumentLanguage.named(folded.strippingEdges("()")) != nil
    }

    /// "Rapporteur: Mr X", "Relator:", "Chairperson:" — officers in a report's head.
    static func isOfficerLine(_ folded: String) -> Bool {
        ["rapporteur", "relator", "relatora", "chairperson", "president", "presidente", "presidenta", "vice-chairperson",
         "vice-president", "vicepresidente"].contains { folded.hasPrefix($0 + ":") || folded.hasPrefix($0 + " :") || folded == $0 }
    }
}
