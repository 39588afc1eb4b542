/// Reads a provisional agenda pasted from a document: numbered lines ("1.", "IV.",
/// "Item 3:"), sub-items ("(a)", "a)"), document symbols anywhere in a line. Page furniture
/// and blank lines are skipped; anything unclear is reported, never silently guessed.
public enum AgendaImport {
    public struct Note: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable { case ignored, joined, unclear, tooLong }
        public var line: Int
        public var kind: Kind
        public var text: String
        public var description: String {
            switch kind {
            case .ignored: "line \(line): skipped (page furniture): \(text)"
            case .joined: "line \(line): joined to the item above as a continuation: \(text)"
            case .unclear: "line \(line): not understood, left out: \(Self.shown(text))"
            case .tooLong: "line \(line): left out: its \(TextLimits.titleLengthProblem(text) ?? "title is too long"): \(Self.shown(text))"
            }
        }

        /// The line as quoted in a note: long lines are cut so a note stays one screen line.
        static func shown(_ text: String) -> String {
            text.utf8.count <= 120 ? text : String(text.prefix(100)) + "…"
        }
    }

    public struct Result: Equatable, Sendable {
        public var items: [AgendaItem]
        public var notes: [Note]
        public var unclear: [Note] { notes.filter { $0.kind == .unclear || $0.kind == .tooLong } }
    }

    /// The largest text the importer reads: a pasted agenda is a few kilobytes.
    public static let maxBytes = 16 * 1024 * 1024

    /// nil when `byteCount` bytes may be imported, otherwise the sentence to show.
    public static func sizeProblem(byteCount: Int) -> String? {
        guard byteCount > maxBytes else { return nil }
        return "The text to import is \(byteCount / (1024 * 1024)) MiB; agendas of up to \(maxBytes / (1024 * 1024)) MiB are imported, so paste only the agenda itself."
    }

    static let proceduralTitles = ["adoption of the agenda", "election of", "opening of the session",
                                   "closure of the session", "adoption of the report", "adoption of the draft report"]

    public static func parse(_ text: String, firstId: Int = 1) -> Result {
        var items: [AgendaItem] = []
        var notes: [Note] = []
        var nextId = firstId
        var lastWasItem = false
        // Any line end: "\r\n" from Windows is one Character in Swift, so split on isNewline.
        for (index, rawLine) in lines(of: text).enumerated() {
            let lineNumber = index + 1
            let line = tidy(Substring(ControlCharacters.oneLine(String(rawLine))))
            if line.isEmpty { lastWasItem = false; continue }
            let symbolsOnly = extractSymbols(line)
            if lastWasItem, symbolsOnly.0.isEmpty, !symbolsOnly.1.isEmpty, let last = items.indices.last {
                items[last].documents += symbolsOnly.1.map { DocumentRef(symbol: $0) }
                notes.append(Note(line: lineNumber, kind: .joined, text: line))
                continue
            }
            if isFurniture(line, symbols: symbolsOnly) {
                notes.append(Note(line: lineNumber, kind: .ignored, text: line))
                continue
            }
            if let (level, rest) = numbered(line) {
                let (title, symbols) = extractSymbols(rest)
                guard !title.isEmpty else {
                    notes.append(Note(line: lineNumber, kind: .unclear, text: line)); continue
                }
                guard TextLimits.titleLengthProblem(title) == nil else {
                    notes.append(Note(line: lineNumber, kind: .tooLong, text: title)); lastWasItem = false; continue
                }
                var item = AgendaItem(id: "i\(nextId)", level: items.isEmpty ? 0 : level, title: title,
                                      documents: symbols.map { DocumentRef(symbol: $0) })
                nextId += 1
                let lower = title.prefix(40).lowercased()
                if proceduralTitles.contains(where: { lower.hasPrefix($0) }) { item.procedural = true; item.purpose = .decision }
                items.append(item)
                lastWasItem = true
                continue
            }
            // A line right under an item that starts in lower case, or is only symbols,
            // continues that item (a title wrapped in the source document).
            let (rest, symbols) = symbolsOnly
            if lastWasItem, let last = items.indices.last,
               rest.isEmpty || rest.first.map({ $0.isLowercase || $0 == "(" }) == true {
                if !rest.isEmpty {
                    let joined = items[last].title + " " + rest
                    guard TextLimits.titleLengthProblem(joined) == nil else {
                        notes.append(Note(line: lineNumber, kind: .tooLong, text: joined)); lastWasItem = false; continue
                    }
                    items[last].title = joined
                }
                items[last].documents += symbols.map { DocumentRef(symbol: $0) }
                notes.append(Note(line: lineNumber, kind: .joined, text: line))
                continue
            }
            notes.append(Note(line: lineNumber, kind: .unclear, text: line))
            lastWasItem = false
        }
        return Result(items: items, notes: notes)
    }

    /// The lines of `text`, split where `Character.isNewline` would split (LF, VT, FF, CR,
    /// CRLF as one, NEL, U+2028, U+2029), by walking bytes instead of grapheme clusters.
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex, i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            var next = u.index(after: i)
            var isBreak = false
            switch b {
            case 0x0A, 0x0B, 0x0C: isBreak = true
            case 0x0D:
                isBreak = true
                if next < u.endIndex, u[next] == 0x0A { next = u.index(after: next) }
            case 0xC2:
                if next < u.endIndex, u[next] == 0x85 { isBreak = true; next = u.index(after: next) }
            case 0xE2:
                let n2 = next < u.endIndex ? u.index(after: next) : next
                if n2 < u.endIndex, u[next] == 0x80, u[n2] == 0xA8 || u[n2] == 0xA9 { isBreak = true; next = u.index(after: n2) }
            default: break
            }
            if isBreak { out.append(text[start..<i]); start = next }
            i = next
        }
        out.append(text[start..<u.endIndex])
        return out
    }

    /// Tabs as spaces, spaces and tabs trimmed at both ends (without Foundation: it is the
    /// hot path of a large import).
    static func tidy(_ raw: Substring) -> String {
        // Most lines start and end with a printable ASCII byte and hold no tab: no work.
        if let f = raw.utf8.first, let l = raw.utf8.last, f > 0x20, f < 0x7F, l > 0x20, l < 0x7F, !raw.utf8.contains(9) {
            return String(raw)
        }
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isWhitespace }
        guard let start = raw.firstIndex(where: { !isBlank($0) }), let end = raw.lastIndex(where: { !isBlank($0) }) else { return "" }
        let core = raw[start...end]
        return core.utf8.contains(9) ? String(core.map { $0 == "\t" ? " " : $0 }) : String(core)
    }

    static let lowerMonths = Day.monthNames.map { $0.lowercased() }

    /// Headers, footers and page numbers that appear in pasted documents.
    static func isFurniture(_ line: String) -> Bool { isFurniture(line, symbols: extractSymbols(line)) }

    static func isFurniture(_ line: String, symbols extracted: (String, [String])) -> Bool {
        let (rest, symbols) = extracted
        if !symbols.isEmpty && rest.isEmpty { return true }   // a symbol alone: the document's own symbol
        // Page furniture is short: a long line is never a header, footer or page number.
        if line.utf8.count > 160 { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("page ") && lower.contains(where: \.isNumber) { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " || $0 == "–" }) { return true }   // "- 2 -"
        let furniture = ["provisional agenda", "annotated provisional agenda", "original:", "english", "french", "spanish",
                         "standing committee on programmes and finance", "international organization for migration"]
        if furniture.contains(where: { lower == $0 || (lower.hasPrefix($0) && $0.hasSuffix(":")) }) { return true }
        if lower.hasSuffix(" session") && !lower.contains(" of ") && line.split(separator: " ").count <= 4 { return true }
        if line.utf8.count == 10, Day(iso: line) != nil { return true }
        let months = lowerMonths
        let words = lower.split(separator: " ")
        if words.count <= 4, words.contains(where: { months.contains(String($0)) }), words.contains(where: { Int($0) != nil }) { return true }
        return false
    }

    /// "1." "1)" "IV." "Item 3:" → level 0; "(a)" "a)" "a." → level 1. Returns the rest of the line.
    static func numbered(_ line: String) -> (Int, String)? {
        var s = Substring(line)
        if s.prefix(5).lowercased() == "item " { s = s.dropFirst(5) }
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
                return (1, tidy(after.dropFirst()))
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
        return tidy(rest)
    }

    static func isRoman(_ s: String) -> Bool { romanValue(s.uppercased()) != nil }

    /// The value of a Roman numeral written in its one canonical form (I–CCCXCIX, as
    /// agendas number items), or nil: "VV", "IC", "IIII" and "IIIIIIII" are not numerals.
    static func romanValue(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 12 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        guard (1...399).contains(total), roman(total) == s else { return nil }
        return total
    }

    /// The canonical Roman numeral of 1...399.
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }

    static func hasDoubleSpace(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for byte in s.utf8 {
            if byte == 0x20 && previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// Pulls valid document symbols out of a line; returns the remaining title, tidied.
    static func extractSymbols(_ line: String) -> (String, [String]) {
        // Every symbol has a slash: a line without one keeps all its words (already single-
        // spaced when it comes tidied, as every caller passes it).
        if !line.utf8.contains(UInt8(ascii: "/")) { return tidyTitle(hasDoubleSpace(line) ? line.split(separator: " ").joined(separator: " ") : line, []) }
        var symbols: [String] = []
        var kept: [Substring] = []
        let punctuation: Set<UInt8> = Set("()[],;".utf8)
        // Split on the space byte: a space is never inside a multi-byte UTF-8 sequence, and
        // bytes are much faster to walk than grapheme clusters.
        for bytes in line.utf8.split(separator: 0x20) {
            let word = Substring(bytes)
            // Every symbol has a slash: most words are answered without building anything.
            guard word.utf8.contains(UInt8(ascii: "/")) else { kept.append(word); continue }
            // Brackets and separators around the symbol are ASCII: trim them as bytes.
            let u = word.utf8
            var lo = u.startIndex, hi = u.endIndex
            while lo < hi, punctuation.contains(u[lo]) { lo = u.index(after: lo) }
            while hi > lo, punctuation.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
            let trimmed = String(Substring(u[lo..<hi]))
            let core = trimmed.hasSuffix(".") && !trimmed.contains("Rev.") ? String(trimmed.dropLast()) : trimmed
            if DocumentSymbol.isValid(core) { symbols.append(core) } else { kept.append(word) }
        }
        return tidyTitle(kept.joined(separator: " "), symbols)
    }

    /// What is left of a line once its symbols are out: empty brackets, dangling "and" and
    /// separators at the end removed.
    static func tidyTitle(_ joined: String, _ symbols: [String]) -> (String, [String]) {
        var title = joined
        if title.utf8.contains(UInt8(ascii: "(")) {
            for junk in ["()", "( )", "(and)", "( and )", "(see )"] { title = title.replacingOccurrences(of: junk, with: "") }
        }
        while let last = title.last, " ,;–-:(".contains(last) || (last == "(" ) { title.removeLast() }
        if hasDoubleSpace(title) { title = title.replacingOccurrences(of: "  ", with: " ") }
        title = tidy(Substring(title))
        if title.hasSuffix(" and") { title = String(title.dropLast(4)) }
        if title.hasSuffix("(") { title.removeLast() }
        return (tidy(Substring(title)), symbols)
    }
}

import Foundation

public enum ImportMode: String, CaseIterable, Sendable { case replace, append }

extension Session {
    /// Puts imported items on the agenda: `replace` only on a draft agenda; `append` adds
    /// after the existing items (supplementary once the agenda is issued). Ids are renumbered
    /// so they never collide with existing ones, nor with `avoiding` (ids the chair's notes name).
    public mutating func importItems(_ items: [AgendaItem], mode: ImportMode, time: Date, avoiding: Set<String> = []) throws {
        var copy = self
        if mode == .replace {
            guard agenda.state == .draft else {
                throw DomainError("The agenda of session \(number) is already \(agenda.state.label); it cannot be replaced. Use append, or withdraw items one by one.")
            }
            copy.agenda.items = []
        }
        for item in items {
            var item = item
            item.id = copy.agenda.nextItemId(avoiding: avoiding)
            try copy.insertItem(item, at: copy.agenda.items.count, time: time)
        }
        self = copy
    }
}
