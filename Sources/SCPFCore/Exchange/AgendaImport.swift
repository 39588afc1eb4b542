/// Reads a provisional agenda pasted from a document: numbered lines ("1.", "IV.",
/// "Item 3:"), sub-items ("(a)", "a)"), document symbols anywhere in a line. Page furniture
/// and blank lines are skipped; anything unclear is reported, never silently guessed.
public enum AgendaImport {
    public struct Note: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable { case ignored, joined, unclear }
        public var line: Int
        public var kind: Kind
        public var text: String
        public var description: String {
            switch kind {
            case .ignored: "line \(line): skipped (page furniture): \(text)"
            case .joined: "line \(line): joined to the item above as a continuation: \(text)"
            case .unclear: "line \(line): not understood, left out: \(text)"
            }
        }
    }

    public struct Result: Equatable, Sendable {
        public var items: [AgendaItem]
        public var notes: [Note]
        public var unclear: [Note] { notes.filter { $0.kind == .unclear } }
    }

    static let proceduralTitles = ["adoption of the agenda", "election of", "opening of the session",
                                   "closure of the session", "adoption of the report", "adoption of the draft report"]

    public static func parse(_ text: String, firstId: Int = 1) -> Result {
        var items: [AgendaItem] = []
        var notes: [Note] = []
        var nextId = firstId
        var lastWasItem = false
        // Any line end: "\r\n" from Windows is one Character in Swift, so split on isNewline.
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let line = ControlCharacters.oneLine(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { lastWasItem = false; continue }
            let symbolsOnly = extractSymbols(line)
            if lastWasItem, symbolsOnly.0.isEmpty, !symbolsOnly.1.isEmpty, let last = items.indices.last {
                items[last].documents += symbolsOnly.1.map { DocumentRef(symbol: $0) }
                notes.append(Note(line: lineNumber, kind: .joined, text: line))
                continue
            }
            if isFurniture(line) {
                notes.append(Note(line: lineNumber, kind: .ignored, text: line))
                continue
            }
            if let (level, rest) = numbered(line) {
                let (title, symbols) = extractSymbols(rest)
                guard !title.isEmpty else {
                    notes.append(Note(line: lineNumber, kind: .unclear, text: line)); continue
                }
                var item = AgendaItem(id: "i\(nextId)", level: items.isEmpty ? 0 : level, title: title,
                                      documents: symbols.map { DocumentRef(symbol: $0) })
                nextId += 1
                let lower = title.lowercased()
                if proceduralTitles.contains(where: { lower.hasPrefix($0) }) { item.procedural = true; item.purpose = .decision }
                items.append(item)
                lastWasItem = true
                continue
            }
            // A line right under an item that starts in lower case, or is only symbols,
            // continues that item (a title wrapped in the source document).
            let (rest, symbols) = extractSymbols(line)
            if lastWasItem, let last = items.indices.last,
               rest.isEmpty || rest.first.map({ $0.isLowercase || $0 == "(" }) == true {
                if !rest.isEmpty { items[last].title += " " + rest }
                items[last].documents += symbols.map { DocumentRef(symbol: $0) }
                notes.append(Note(line: lineNumber, kind: .joined, text: line))
                continue
            }
            notes.append(Note(line: lineNumber, kind: .unclear, text: line))
            lastWasItem = false
        }
        return Result(items: items, notes: notes)
    }

    /// Headers, footers and page numbers that appear in pasted documents.
    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.hasPrefix("page ") && lower.contains(where: \.isNumber) { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " || $0 == "–" }) { return true }   // "- 2 -"
        let furniture = ["provisional agenda", "annotated provisional agenda", "original:", "english", "french", "spanish",
                         "standing committee on programmes and finance", "international organization for migration"]
        if furniture.contains(where: { lower == $0 || (lower.hasPrefix($0) && $0.hasSuffix(":")) }) { return true }
        if lower.hasSuffix(" session") && !lower.contains(" of ") && line.split(separator: " ").count <= 4 { return true }
        let (rest, symbols) = extractSymbols(line)
        if !symbols.isEmpty && rest.isEmpty { return true }   // a symbol alone: the document's own symbol
        if Day(iso: line) != nil { return true }
        let months = Day.monthNames.map { $0.lowercased() }
        let words = lower.split(separator: " ")
        if words.count <= 4, words.contains(where: { months.contains(String($0)) }), words.contains(where: { Int($0) != nil }) { return true }
        return false
    }

    /// "1." "1)" "IV." "Item 3:" → level 0; "(a)" "a)" "a." → level 1. Returns the rest of the line.
    static func numbered(_ line: String) -> (Int, String)? {
        var s = Substring(line)
        if s.lowercased().hasPrefix("item ") { s = s.dropFirst(5) }
        // Arabic numerals.
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = s.dropFirst(digits.count)
            if let rest = afterMarker(after) { return (0, rest) }
        }
        // Sub-items: "(a)", "a)", "a.".
        if s.hasPrefix("("), s.count >= 3 {
            let letter = s.dropFirst().prefix { $0.isLetter && $0.isLowercase }
            let after = s.dropFirst(1 + letter.count)
            if (1...2).contains(letter.count), after.hasPrefix(")"), !isRoman(String(letter)) || letter.count == 1 {
                return (1, String(after.dropFirst()).trimmingCharacters(in: .whitespaces))
            }
        }
        let letter = s.prefix { $0.isLetter && $0.isLowercase }
        if letter.count == 1, let rest = afterMarker(s.dropFirst(1), markers: [")", "."]) { return (1, rest) }
        // Roman numerals (upper case, as agendas write them).
        let roman = s.prefix { "IVXLC".contains($0) }
        if !roman.isEmpty, romanValue(String(roman)) != nil, let rest = afterMarker(s.dropFirst(roman.count)) {
            return (0, rest)
        }
        return nil
    }

    private static func afterMarker(_ s: Substring, markers: [Character] = [".", ")", ":"]) -> String? {
        guard let first = s.first, markers.contains(first) else { return nil }
        let rest = s.dropFirst()
        guard rest.first == " " || rest.isEmpty else { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    static func isRoman(_ s: String) -> Bool { romanValue(s.uppercased()) != nil }

    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }

    /// Pulls valid document symbols out of a line; returns the remaining title, tidied.
    static func extractSymbols(_ line: String) -> (String, [String]) {
        var symbols: [String] = []
        var kept: [Substring] = []
        for word in line.split(separator: " ") {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "()[],;"))
            let core = trimmed.hasSuffix(".") && !trimmed.contains("Rev.") ? String(trimmed.dropLast()) : trimmed
            if DocumentSymbol.isValid(core) { symbols.append(core) } else { kept.append(word) }
        }
        var title = kept.joined(separator: " ")
        for junk in ["()", "( )", "(and)", "( and )", "(see )"] { title = title.replacingOccurrences(of: junk, with: "") }
        while let last = title.last, " ,;–-:(".contains(last) || (last == "(" ) { title.removeLast() }
        title = title.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
        if title.hasSuffix(" and") { title = String(title.dropLast(4)) }
        if title.hasSuffix("(") { title.removeLast() }
        return (title.trimmingCharacters(in: .whitespaces), symbols)
    }
}

import Foundation

public enum ImportMode: String, CaseIterable, Sendable { case replace, append }

extension Session {
    /// Puts imported items on the agenda: `replace` only on a draft agenda; `append` adds
    /// after the existing items (supplementary once the agenda is issued). Ids are renumbered
    /// so they never collide with existing ones.
    public mutating func importItems(_ items: [AgendaItem], mode: ImportMode, time: Date) throws {
        var copy = self
        if mode == .replace {
            guard agenda.state == .draft else {
                throw DomainError("The agenda of session \(number) is already \(agenda.state.label); it cannot be replaced. Use append, or withdraw items one by one.")
            }
            copy.agenda.items = []
        }
        for item in items {
            var item = item
            item.id = copy.agenda.nextItemId()
            try copy.insertItem(item, at: copy.agenda.items.count, time: time)
        }
        self = copy
    }
}
