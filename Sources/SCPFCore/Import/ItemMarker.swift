/// The number that starts an agenda line, in every form IOM documents use: "1.", "1)",
/// "Item 1", "Item 6 Title", "Point 6", "Punto 6", "I.", "(a)", "a)", "a.", "(i)", "ii)",
/// "6(b)", "6 (b)", "6(b)(i)", "(b)(i)".
struct ItemMarker: Equatable {
    enum Part: Equatable {
        case arabic(Int)
        case upperRoman(Int)
        case letter(Int)
        /// A lower-case Roman numeral; `letter` is set when it is also one letter ("i", "v", "x").
        case lowerRoman(Int, letter: Int?)
    }

    var parts: [Part]
    /// The title that follows the marker on its line (may be empty: the title is on the next line).
    var rest: Substring
    /// Written with a word: "Item 6", "Point 6", "Punto 6".
    var prefixed = false

    static let prefixWords: Set<String> = ["item", "point", "punto", "tema"]

    /// The marker at the start of `line` (already trimmed), or nil.
    static func read(_ line: Substring) -> ItemMarker? {
        var s = line
        var hadPrefix = false
        // "Item 6", "Point 6", "Punto 6": a word, then a number.
        if let space = s.firstIndex(of: " "), prefixWords.contains(s[..<space].lowercased()) {
            let after = s[s.index(after: space)...].drop { $0 == " " }
            if let first = after.first, first.isASCII, first.isNumber || "IVXLC(".contains(first) { s = after; hadPrefix = true }
        }
        var parts: [Part] = []
        var closedByBracket = false
        while true {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            if parts.isEmpty, !digits.isEmpty {
                // Up to five digits: a 1000th item is still an item (and more than an agenda holds).
                guard digits.count <= 5, let n = Int(digits), n > 0 else { return nil }
                parts.append(.arabic(n)); s = s.dropFirst(digits.count); closedByBracket = false
                // "6 (b)": one space before a bracketed sub-item.
                if s.hasPrefix(" ("), let (_, after) = bracketed(s.dropFirst()), after.isEmpty || after.first == " " || after.first == "(" { s = s.dropFirst() }
                continue
            }
            if s.first == "(", let (part, after) = bracketed(s) {
                if case .arabic = part, !parts.isEmpty { return nil }
                parts.append(part); s = after; closedByBracket = true
                continue
            }
            if parts.isEmpty {
                // "a)", "a.", "ii)", "IV." — letters closed by a bracket or a dot.
                let letters = s.prefix { $0.isASCII && $0.isLetter }
                if !letters.isEmpty, letters.count <= 6 {
                    let after = s.dropFirst(letters.count)
                    if after.first == ")" || after.first == "." || hadPrefix && after.first == ":" {
                        let text = String(letters)
                        if let n = AgendaImport.romanValue(text) {
                            parts.append(.upperRoman(n))
                        } else if text == text.lowercased(), let part = lowerPart(text) {
                            parts.append(part)
                        } else { return nil }
                        s = after.dropFirst(); closedByBracket = true
                        // "a) " needs what follows to be a title.
                        break
                    }
                }
            }
            break
        }
        guard !parts.isEmpty else { return nil }
        // What separates the marker from the title.
        if !closedByBracket {
            if let first = s.first, first == "." || first == ")" || first == ":" {
                s = s.dropFirst()
            } else if !hadPrefix {
                // "4.Title" glued is still a marker when a letter follows the dot; a bare number is not.
                return nil
            }
        }
        if let first = s.first, first != " " {
            // "4.Missing space": accept a letter right after "N." but not "1.5" or "2012".
            guard case .arabic = parts.first, parts.count == 1, first.isLetter else { return nil }
        }
        var rest = s.drop { $0 == " " }
        // "Item 6 – Title", "1. – Title", "Item 6: Title".
        if let first = rest.first, first == "–" || first == "—" || first == "-" || first == ":", rest.dropFirst().first == " " || rest.count == 1 {
            rest = rest.dropFirst().drop { $0 == " " }
        }
        return ItemMarker(parts: parts, rest: rest, prefixed: hadPrefix)
    }

    /// "(b)", "(ii)", "(12)" at the start of `s`: the part and what follows the bracket.
    static func bracketed(_ s: Substring) -> (Part, Substring)? {
        guard s.first == "(" else { return nil }
        let inner = s.dropFirst().prefix { $0 != ")" && $0 != " " }
        guard !inner.isEmpty, inner.count <= 6, s.dropFirst(1 + inner.count).first == ")" else { return nil }
        let after = s.dropFirst(inner.count + 2)
        let text = String(inner)
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text).map { (.arabic($0), after) } }
        guard text.allSatisfy({ $0.isASCII && $0.isLowercase }), let part = lowerPart(text) else { return nil }
        return (part, after)
    }

    /// "b" → letter 2; "ii" → Roman 2; "i" → Roman 1 that may be the letter 9.
    static func lowerPart(_ text: String) -> Part? {
        let roman = AgendaImport.romanValue(text.uppercased())
        let letter: Int? = text.count == 1 ? Int(text.unicodeScalars.first!.value) - 96 : nil
        if let roman { return .lowerRoman(roman, letter: letter) }
        if let letter { return .letter(letter) }
        return nil
    }
}
