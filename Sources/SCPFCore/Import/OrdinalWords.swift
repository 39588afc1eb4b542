/// Reads the ordinal of a session as the three languages write it: "Tenth", "Thirty-seventh",
/// "Hundred and First", "10th"; "Dixième", "Trente-septième", "Cent unième", "37e";
/// "Décima", "Trigésima séptima", "Centésima décima quinta", "10ª".
enum OrdinalWords {
    static let englishUnits: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let englishOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100,
    ]
    static let frenchUnits: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
        "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    ]
    /// French ordinals are the cardinal with "-ième": the stems that change spelling.
    static let frenchStems: [String: String] = [
        "un": "un", "deux": "deux", "trois": "trois", "quatr": "quatre", "cinqu": "cinq", "six": "six", "sept": "sept",
        "huit": "huit", "neuv": "neuf", "dix": "dix", "onz": "onze", "douz": "douze", "treiz": "treize",
        "quatorz": "quatorze", "quinz": "quinze", "seiz": "seize", "vingt": "vingt", "trent": "trente",
        "quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante", "cent": "cent",
    ]
    static let spanishStems: [String: Int] = [
        "primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "septim": 7, "setim": 7,
        "octav": 8, "noven": 9, "non": 9, "decim": 10, "undecim": 11, "duodecim": 12, "vigesim": 20, "trigesim": 30,
        "cuadragesim": 40, "quincuagesim": 50, "sexagesim": 60, "septuagesim": 70, "octogesim": 80,
        "nonagesim": 90, "centesim": 100,
    ]

    /// The value of folded, hyphen-split words that end an ordinal ("thirty", "seventh"), or nil.
    static func value(_ words: [String]) -> Int? {
        guard let last = words.last else { return nil }
        if words.count == 1, let n = digits(last) { return n }
        return english(words) ?? french(words) ?? spanish(words)
    }

    /// "10th", "37e", "37eme", "10a", "1er", "1o" → the number.
    static func digits(_ word: String) -> Int? {
        let number = word.prefix { $0.isNumber }
        guard !number.isEmpty, number.count <= 3, let n = Int(number), n > 0 else { return nil }
        let suffix = word.dropFirst(number.count)
        return ["th", "st", "nd", "rd", "e", "eme", "ieme", "er", "re", "a", "o", "ª", "º"].contains(String(suffix)) ? n : nil
    }

    static func english(_ words: [String]) -> Int? {
        guard let last = words.last, let end = englishOrdinals[last] else { return nil }
        var total = 0, current = 0
        for word in words.dropLast() where word != "and" {
            if word == "hundred" { current = max(current, 1) * 100; total += current; current = 0 }
            else if let n = englishUnits[word] { current += n } else { return nil }
        }
        if end == 100 { return total + max(current, 1) * 100 }
        return total + current + end
    }

    static func french(_ words: [String]) -> Int? {
        guard let last = words.last else { return nil }
        var lastValue: String
        if last == "premier" || last == "premiere" { lastValue = "un" }
        else if last == "second" || last == "seconde" { lastValue = "deux" }
        else if last.hasSuffix("ieme"), let stem = frenchStems[String(last.dropLast(4))] { lastValue = stem }
        else { return nil }
        return frenchCardinal(words.dropLast().filter { $0 != "et" } + [lastValue])
    }

    static func frenchCardinal(_ words: [String]) -> Int? {
        var total = 0, current = 0
        var previous: String?
        for word in words {
            guard let n = frenchUnits[word] else { return nil }
            if word == "cent" { total += max(current, 1) * 100; current = 0 }
            else if (word == "vingt" || word == "vingts"), previous == "quatre" { current = current - 4 + 80 }
            else { current += n }
            previous = word
        }
        return total + current
    }

    static func spanish(_ words: [String]) -> Int? {
        var total = 0
        for word in words where word != "y" {
            var w = word
            guard w.hasSuffix("a") || w.hasSuffix("o") || w == "primer" || w == "tercer" else { return nil }
            if w != "primer" && w != "tercer" { w.removeLast() }
            // "decimoquinta", "decimotercera": ten and a unit in one word.
            if w.hasPrefix("decimo"), w.count > 6, let unit = spanishStems[String(w.dropFirst(6))] {
                total += 10 + unit; continue
            }
            if w.hasPrefix("vigesimo"), w.count > 8, let unit = spanishStems[String(w.dropFirst(8))] {
                total += 20 + unit; continue
            }
            guard let n = spanishStems[w] else { return nil }
            total += n
        }
        return total > 0 ? total : nil
    }

    /// The session number a heading states: "Tenth Session", "Dixième session",
    /// "Décima Reunión", "Report on the Tenth Session …", "Hundred and First Session".
    /// Returns the number and whether it is a special session.
    static func session(in line: String) -> (number: Int?, special: Bool)? {
        let words = Fold.text(line).split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "ª" || $0 == "º") }.map(String.init)
        let keywords: Set<String> = ["session", "reunion", "sesion"]
        // A session line is a heading, not a sentence that mentions a session.
        guard words.count <= 14, let index = words.firstIndex(where: { keywords.contains($0) }) else { return nil }
        let specialWords: Set<String> = ["special", "extraordinaire", "extraordinaria"]
        let special = words.contains { specialWords.contains($0) }
        // The ordinal is right before the keyword (skipping "special"/"(Special)"); Spanish
        // may put it after ("Reunión Extraordinaria"), English numbers may follow ("Session 10").
        var end = index
        while end > 0, specialWords.contains(words[end - 1]) { end -= 1 }
        var number: Int?
        for length in stride(from: min(6, end), through: 1, by: -1) {
            let candidate = Array(words[(end - length)..<end]).flatMap { $0.split(separator: "-").map(String.init) }
            if let n = value(candidate) { number = n; break }
        }
        // "Session 10" as a heading of its own, never "Apertura de la reunión …… 1" (a page number).
        if number == nil, words.count <= 4, index + 1 == words.count - 1, !line.contains("…"), !line.contains(".."),
           let n = Int(words[index + 1]), n > 0, n < 1000 { number = n }
        if number == nil && !special { return nil }
        return (number, special)
    }
}
