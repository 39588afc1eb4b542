/// Finds the document symbols attached to an agenda line: at its right margin, in brackets
/// at its end ("(S/10/3)", "[C/118/7, C/118/7/Corr.1]"), in a trailing documents list
/// ("(documents S/10/3 and S/10/4)"), or leading it ("MC/2337 – Programme and Budget").
/// A symbol inside a sentence stays in the title: nothing is taken from the middle.
enum SymbolScan {
    struct Split: Equatable {
        /// The words of the title, as written, single-spaced.
        var title: String
        var symbols: [String]
        /// The words that only introduced or joined the symbols ("documents", "and", "–").
        var listWords: [String]
        /// The line began with its symbol and a dash: "MC/2337 – Programme and Budget".
        var leading: Bool
    }

    /// Words that introduce or join a list of documents, in the three languages (folded).
    static let listWords: Set<String> = ["document", "documents", "doc", "doc.", "docs", "docs.", "documento", "documentos",
                                         "see", "voir", "vease", "and", "et", "y", "or", "ou", "o", ",", ";", "–", "-", "—", ":",
                                         "document:", "documents:", "documento:", "documentos:", "cf.", "ref.", "also",
                                         "resolution", "resolution:", "resolucion", "resolucion:", "resolutions", "resolutions:"]
    static let dashes: Set<String> = ["–", "-", "—", ":"]

    /// Brackets and separators stripped from a word before it is read as a symbol.
    static func core(_ word: String) -> String {
        var s = Substring(word)
        while let f = s.first, "([{".contains(f) { s = s.dropFirst() }
        // Closing brackets, separators, a footnote mark ("S/41/12*") and a full stop that ends
        // the sentence ("(document S/41/3)."), but not the one of "Rev." and its kin.
        while let l = s.last, ")]},;:*".contains(l) || (l == "." && !(s.hasSuffix("Rev.") || s.hasSuffix("Add.") || s.hasSuffix("Corr."))) {
            s = s.dropLast()
        }
        return String(s)
    }

    /// "Corr.1", "Add.1", "Rev.2" standing alone after a symbol: that symbol's corrigendum.
    static func suffixAlone(_ word: String) -> String? {
        let c = core(word)
        for prefix in ["Rev.", "Add.", "Corr."] where c.hasPrefix(prefix) {
            let digits = c.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return c }
        }
        return nil
    }

    static func isSymbol(_ word: String) -> Bool {
        let c = core(word)
        return c.utf8.contains(UInt8(ascii: "/")) || c.hasPrefix("CRP N") ? DocumentSymbol.isValid(c) : false
    }

    /// Words of a text, with "CRP No. 18" kept as one word.
    static func words(_ text: Substring) -> [String] {
        var out: [String] = []
        let raw: [String] = text.split(whereSeparator: { (c: Character) in c == " " || c == "\t" }).map { String($0) }
        var i = 0
        while i < raw.count {
            if core(raw[i]) == "CRP", i + 2 < raw.count, ["No.", "N°", "n°"].contains(raw[i + 1]) {
                out.append("\(raw[i]) \(raw[i + 1]) \(raw[i + 2])"); i += 3; continue
            }
            if core(raw[i]) == "CRP", i + 1 < raw.count, raw[i + 1].hasPrefix("No.") || raw[i + 1].hasPrefix("N°"), raw[i + 1].count > 3 {
                out.append("\(raw[i]) \(raw[i + 1])"); i += 2; continue
            }
            // "S/41/10/Rev. 1": the number of a revision written after a space.
            if i + 1 < raw.count, ["/Rev.", "/Rév.", "/Add.", "/Corr."].contains(where: { raw[i].hasSuffix($0) }),
               let first = raw[i + 1].first, first.isNumber, core(raw[i + 1]).allSatisfy(\.isNumber) {
                out.append(raw[i] + raw[i + 1]); i += 2; continue
            }
            out.append(raw[i]); i += 1
        }
        return out
    }

    static func isListWord(_ word: String) -> Bool {
        let c = core(word)
        return listWords.contains(Fold.text(c.isEmpty ? word : c))
    }

    static func split(_ text: some StringProtocol) -> Split {
        let text = Substring(text)
        var tokens = words(text)
        // "S/41/11 and Corr.1", "S/41/5, Add.1": a suffix alone after a symbol is that symbol's.
        for i in tokens.indices {
            guard let suffix = suffixAlone(tokens[i]) else { continue }
            var j = i - 1
            while j >= 0, isListWord(tokens[j]) { j -= 1 }
            guard j >= 0, j < i - 0, isSymbol(tokens[j]) else { continue }
            let base = core(tokens[j]).split(separator: "/").prefix { !$0.hasPrefix("Rev.") && !$0.hasPrefix("Add.") && !$0.hasPrefix("Corr.") }
            let opening = tokens[i].prefix { "([{".contains($0) }
            let closing = tokens[i].reversed().prefix { ")]},;:.".contains($0) }.reversed()
            tokens[i] = String(opening) + base.joined(separator: "/") + "/" + suffix + String(closing)
        }
        var symbols: [String] = []
        var joiners: [String] = []
        var leading = false
        // "Resolution: C/115/RES/1412 – …", "Documents : S/10/3": a label before the symbol.
        if tokens.count >= 2, ["resolution:", "resolucion:", "document:", "documents:", "documento:", "documentos:"].contains(Fold.text(tokens[0])) || (tokens.count >= 3 && tokens[1] == ":" && ["resolution", "resolucion", "document", "documents", "documento", "documentos"].contains(Fold.text(tokens[0]))) {
            let labelCount = tokens[1] == ":" ? 2 : 1
            if isSymbol(tokens[labelCount]) { joiners += tokens.prefix(labelCount); tokens.removeFirst(labelCount) }
        }
        // Leading: "MC/2337 – Title", "S/10/3: Title".
        if tokens.count >= 2, isSymbol(tokens[0]) {
            if dashes.contains(tokens[1]) {
                symbols.append(core(tokens[0])); joiners.append(tokens[1]); tokens.removeFirst(2); leading = true
            } else if tokens[0].hasSuffix(":") {
                symbols.append(core(tokens[0])); tokens.removeFirst(); leading = true
            }
        }
        // Trailing: symbols, bracketed groups of symbols and list words, from the end inwards.
        var trailing: [String] = []
        var trailingJoiners: [String] = []
        while let last = tokens.last {
            if last.hasSuffix(")") || last.hasSuffix("]") || last.hasSuffix("),") || last.hasSuffix(").") {
                // The bracket's opening word.
                guard let open = tokens.lastIndex(where: { $0.hasPrefix("(") || $0.hasPrefix("[") }) else { break }
                let group = Array(tokens[open...])
                let found = group.filter(isSymbol)
                guard !found.isEmpty, group.allSatisfy({ isSymbol($0) || isListWord($0) }) else { break }
                trailing.insert(contentsOf: found.map(core), at: 0)
                trailingJoiners.insert(contentsOf: group.filter { !isSymbol($0) }, at: 0)
                tokens.removeSubrange(open...)
                continue
            }
            if isSymbol(last) {
                trailing.insert(core(last), at: 0); tokens.removeLast()
                // "S/10/3 and S/10/4", "S/10/3, S/10/4": a joiner counts only between symbols.
                while tokens.count >= 2, isListWord(tokens[tokens.count - 1]), isSymbol(tokens[tokens.count - 2]) {
                    trailingJoiners.insert(tokens.removeLast(), at: 0)
                    trailing.insert(core(tokens.removeLast()), at: 0)
                }
                continue
            }
            break
        }
        if !trailing.isEmpty {
            // "Title – S/10/3", "Title (documents: S/10/3)": the separator or introducing words before them.
            // Only a separator: a word before the symbols ("Report on documents S/41/8") is the title's.
            while let last = tokens.last, ["–", "-", "—", ":"].contains(last) {
                trailingJoiners.insert(tokens.removeLast(), at: 0)
            }
            // A comma or semicolon glued to the last title word only separated it from the symbols.
            if let last = tokens.last, let end = last.last, end == "," || end == ";" {
                tokens[tokens.count - 1] = String(last.dropLast())
            }
        }
        return Split(title: tokens.joined(separator: " "), symbols: symbols + trailing,
                     listWords: joiners + trailingJoiners, leading: leading)
    }
}

