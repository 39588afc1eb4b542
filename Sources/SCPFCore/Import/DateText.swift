/// Dates as IOM documents write them, in English, French and Spanish: "15 May 2012",
/// "1–2 November 2011", "30 June – 1 July 2015", "29-30 octobre 2013", "1er juillet 2014",
/// "27 y 28 de octubre de 2009", "del 30 de junio al 1 de julio de 2015", "May 15, 2012".
public enum DateText {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            ["january", "janvier", "enero"], ["february", "fevrier", "febrero"], ["march", "mars", "marzo"],
            ["april", "avril", "abril"], ["may", "mai", "mayo"], ["june", "juin", "junio"],
            ["july", "juillet", "julio"], ["august", "aout", "agosto"], ["september", "septembre", "septiembre", "setiembre"],
            ["october", "octobre", "octubre"], ["november", "novembre", "noviembre"], ["december", "decembre", "diciembre"],
        ]
        for (index, words) in names.enumerated() { for word in words { table[word] = index + 1 } }
        // Abbreviations, with or without their full stop: "Oct. 2027", "déc.", "sept".
        let short = [["jan", "janv", "ene"], ["feb", "fev", "fevr"], ["mar"], ["apr", "avr", "abr"], [], ["jun"],
                     ["jul", "juil"], ["aug", "ago"], ["sep", "sept", "set"], ["oct"], ["nov"], ["dec", "dic"]]
        for (index, words) in short.enumerated() { for word in words where table[word] == nil { table[word] = index + 1 } }
        return table
    }()

    /// Words that may sit between the parts of a date without breaking it.
    static let joiners: Set<String> = ["and", "to", "et", "au", "y", "al", "a", "de", "del", "from", "du", "le", "el", "of", "the", "from"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]

    /// A date or a range of dates found in `line`, with the words before it (a venue, say).
    public struct Found: Equatable, Sendable {
        public var start: Day
        public var end: Day
        /// The text before the first date word, trimmed of separators ("Geneva").
        public var before: String
        /// Words of the line that are neither date nor the text before it.
        public var otherWords: Int
    }

    /// The first date or date range in `line`, or nil. A range needs its parts in order.
    private struct Part { var day: Int?; var month: Int?; var year: Int? }

    public static func find(in line: String) -> Found? {
        var parts: [Part] = []
        var pendingMonth: Int?
        var firstDateWord: String.Index?
        var other = 0
        var ended = false
        // Words with their position in the original line, so the text before can be kept as written.
        var words: [(String, Range<String.Index>)] = []
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c.isLetter || c.isNumber {
                var j = i
                while j < line.endIndex, line[j].isLetter || line[j].isNumber || line[j] == "º" || line[j] == "°" || line[j] == "ª" { j = line.index(after: j) }
                words.append((Fold.text(line[i..<j]), i..<j))
                i = j
            } else { i = line.index(after: i) }
        }
        for (word, range) in words {
            if ended { other += 1; continue }
            var w = word
            for suffix in ["er", "st", "nd", "rd", "th", "o", "º", "°", "ª"] where w.count > suffix.count && w.hasSuffix(suffix) && w.dropLast(suffix.count).allSatisfy(\.isNumber) {
                w = String(w.dropLast(suffix.count))
            }
            if let n = Int(w), w.count <= 2, (1...31).contains(n) {
                parts.append(Part(day: n, month: pendingMonth)); pendingMonth = nil
                firstDateWord = firstDateWord ?? range.lowerBound
            } else if let n = Int(w), w.count == 4, (1900...2199).contains(n) {
                guard !parts.isEmpty else { other += 1; continue }
                for k in parts.indices where parts[k].year == nil { parts[k].year = n }
            } else if let m = months[w] {
                if let k = parts.indices.last(where: { parts[$0].month == nil }) {
                    for j in parts.indices where j <= k && parts[j].month == nil { parts[j].month = m }
                } else {
                    pendingMonth = m
                    firstDateWord = firstDateWord ?? range.lowerBound
                }
            } else if firstDateWord != nil, joiners.contains(w) || weekdays.contains(w) {
                continue
            } else if weekdays.contains(w) {
                continue
            } else if firstDateWord != nil {
                // A word that is no date: a date already complete ends here; a half-read one is dropped.
                if parts.contains(where: { $0.year != nil }) { ended = true; other += 1 } else {
                    parts = []; pendingMonth = nil; firstDateWord = nil; other += 1
                }
            } else {
                other += 1
            }
        }
        let complete = parts.filter { $0.day != nil && $0.month != nil && $0.year != nil }
        guard var first = complete.first, let last = complete.last, let startIndex = firstDateWord,
              day(last) != nil else { return nil }
        // "30 December 2027 – 2 January 2028": the one year written is the end's.
        if let m1 = first.month, let m2 = last.month, m1 > m2, first.year == last.year, let y = first.year { first.year = y - 1 }
        guard let start = day(first), let end = day(last), start <= end, start.days(until: end) <= 31 else { return nil }
        let beforeText = String(line[..<startIndex]).strippingEdges(",;:–-")
        let beforeWords = Fold.words(beforeText).filter { !weekdays.contains($0) }
        // A venue is a few words ("Geneva", "Conference Centre Varembé (CCV), Geneva"); more is a sentence.
        // A place has no digits or symbols, and more than four words only with a comma before the city.
        let isPlace = !beforeText.contains(where: { $0.isNumber || $0 == "/" }) && (beforeWords.count <= 4 || beforeText.contains(","))
        guard beforeWords.count <= 8, beforeWords.isEmpty || isPlace else { return Found(start: start, end: end, before: "", otherWords: other) }
        // "Genève, du lundi 28 …": the venue is the place before the date — after a building's
        // name and its comma, the city ("…Varembé (CCV), Geneva").
        let segments = beforeText.split(separator: ",").map { String($0).strippingEdges(",;:–-") }.filter { !$0.isEmpty }
        let place = segments.last { !Fold.words($0).allSatisfy { weekdays.contains($0) || joiners.contains($0) } } ?? ""
        var venueText = segments.count > 1 ? place : String(segments.first ?? "")
        // "Genève du lundi": the venue stops at the first word that belongs to the date.
        if let cut = venueText.split(separator: " ").firstIndex(where: { joiners.contains(Fold.text($0)) || weekdays.contains(Fold.text($0)) }) {
            venueText = venueText.split(separator: " ")[..<cut].joined(separator: " ")
        }
        let venue = beforeWords.isEmpty ? "" : venueText.strippingEdges(",;:–-")
        return Found(start: start, end: end, before: venue, otherWords: max(0, other - Fold.words(beforeText).count))
    }

    private static func day(_ p: Part) -> Day? {
        guard let d = p.day, let m = p.month, let y = p.year, d <= Day.daysIn(month: m, year: y) else { return nil }
        return Day(y, m, d)
    }
}

extension String {
    /// The text without `set`'s characters and white space at either end.
    func strippingEdges(_ set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) || f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) || l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
