/// The inverse of the importer's readers (`Import/OrdinalWords.swift`, `Import/DateText.swift`):
/// session ordinals and dates written the way IOM's English, French and Spanish documents
/// write them (docs/sources.md, "Document furniture").
public enum OrdinalWriting {
    /// "Twelfth", "Douzième", "Décima segunda" — capitalised, for a session (feminine in French
    /// and Spanish: "Première session", "Primera Reunión").
    public static func session(_ n: Int, in language: DocumentLanguage) -> String {
        let words: String
        switch language {
        case .en: words = Ordinal.words(n)
        case .fr: words = french(n)
        case .es: words = spanish(n)
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    // MARK: French: the cardinal with "-ième" ("Dixième", "Cent neuvième", "Quarante et unième").

    static let frenchUnits = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                              "onze", "douze", "treize", "quatorze", "quinze", "seize"]
    static let frenchTens = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"]

    /// The French cardinal, traditional spelling (hyphens below one hundred, "et un").
    static func frenchCardinal(_ n: Int) -> String {
        if n >= 100 {
            let hundreds = n / 100, rest = n % 100
            let head = hundreds == 1 ? "cent" : frenchCardinal(hundreds) + " cent" + (rest == 0 ? "s" : "")
            return rest == 0 ? head : head + " " + frenchCardinal(rest)
        }
        if n <= 16 { return frenchUnits[n] }
        if n < 20 { return "dix-" + frenchUnits[n - 10] }
        if n < 70 {
            let ten = frenchTens[n / 10], unit = n % 10
            return unit == 0 ? ten : unit == 1 ? ten + " et un" : ten + "-" + frenchUnits[unit]
        }
        if n < 80 { return n == 71 ? "soixante et onze" : "soixante-" + frenchCardinal(n - 60) }
        if n == 80 { return "quatre-vingts" }
        return "quatre-vingt-" + frenchCardinal(n - 80)
    }

    static func french(_ n: Int) -> String {
        guard n > 0, n < 1000 else { return "\(n)e" }
        if n == 1 { return "première" }
        var cardinal = frenchCardinal(n)
        if cardinal.hasSuffix("cents") || cardinal.hasSuffix("vingts") { cardinal.removeLast() }
        if cardinal.hasSuffix("cinq") { return cardinal + "uième" }
        if cardinal.hasSuffix("neuf") { return String(cardinal.dropLast()) + "vième" }
        if cardinal.hasSuffix("e") { return String(cardinal.dropLast()) + "ième" }
        return cardinal + "ième"
    }

    // MARK: Spanish ("Quinta", "Novena", "Décima segunda", "Centésima décima").

    static let spanishUnits = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"]
    static let spanishTens = ["", "décima", "vigésima", "trigésima", "cuadragésima", "quincuagésima", "sexagésima",
                              "septuagésima", "octogésima", "nonagésima"]

    static func spanish(_ n: Int) -> String {
        guard n > 0, n < 200 else { return "\(n)ª" }
        var parts: [String] = []
        if n >= 100 { parts.append("centésima") }
        let rest = n % 100
        if rest >= 10 { parts.append(spanishTens[rest / 10]) }
        if rest % 10 > 0 { parts.append(spanishUnits[rest % 10]) }
        return parts.joined(separator: " ")
    }
}

public enum DateWriting {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                               "octobre", "novembre", "décembre"]
    static let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                                "octubre", "noviembre", "diciembre"]

    /// "15 May 2012", "15 mai 2012" ("1er juillet"), "3 de junio de 2013" ("1º de julio").
    public static func day(_ d: Day, in language: DocumentLanguage) -> String {
        switch language {
        case .en: return d.long
        case .fr: return "\(d.day == 1 ? "1er" : "\(d.day)") \(frenchMonths[d.month - 1]) \(d.year)"
        case .es: return "\(d.day == 1 ? "1º" : "\(d.day)") de \(spanishMonths[d.month - 1]) de \(d.year)"
        }
    }

    /// A session's dates: one day; two days ("28 and 29 October 2025", "27 et 28 octobre 2009",
    /// "27 y 28 de octubre de 2009"); more ("26 to 29 November 2013", "du 26 au 29 novembre
    /// 2013", "del 26 al 29 de noviembre de 2013"), across months and years as well.
    public static func range(_ start: Day, _ end: Day, in language: DocumentLanguage) -> String {
        if start >= end { return day(start, in: language) }
        let twoDays = start.days(until: end) == 1
        let sameMonth = start.month == end.month && start.year == end.year
        let sameYear = start.year == end.year
        func dayNumber(_ d: Day) -> String {
            switch language {
            case .en: return "\(d.day)"
            case .fr: return d.day == 1 ? "1er" : "\(d.day)"
            case .es: return d.day == 1 ? "1º" : "\(d.day)"
            }
        }
        // The start as it reads before the end: without its month and year when they repeat.
        let first: String
        switch language {
        case .en: first = sameMonth ? dayNumber(start) : sameYear ? "\(start.day) \(Day.monthNames[start.month - 1])" : start.long
        case .fr: first = sameMonth ? dayNumber(start) : sameYear ? "\(dayNumber(start)) \(frenchMonths[start.month - 1])" : day(start, in: .fr)
        case .es: first = sameMonth ? dayNumber(start) : sameYear ? "\(dayNumber(start)) de \(spanishMonths[start.month - 1])" : day(start, in: .es)
        }
        let last = day(end, in: language)
        switch language {
        case .en: return twoDays && sameMonth ? "\(first) and \(last)" : "\(first) to \(last)"
        case .fr: return twoDays && sameMonth ? "\(first) et \(last)" : "du \(first) au \(last)"
        case .es: return twoDays && sameMonth ? "\(first) y \(last)" : "del \(first) al \(last)"
        }
    }
}
