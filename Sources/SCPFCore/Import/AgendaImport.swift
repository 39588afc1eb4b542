/// Reads an agenda pasted from an IOM document — a provisional or annotated agenda, a page of
/// the governing-bodies website, the contents page of a report — in English, French or
/// Spanish: the header it states (`DocumentHeader`) and its items, with their own numbers
/// (three levels, "6(b)(i)") and the document symbols attached to them.
///
/// Every word of an item line ends up in a title, among the documents, or in a note that
/// says, with its line number, what was left out and why. Whether a line continues the title
/// above is decided by layout — no blank line and no marker in between, the line indented
/// under the title, or the title above unfinished ("…of the", "…and") — never by letter case.
public enum AgendaImport {
    public struct Note: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            /// Page furniture: page numbers, running heads, a repeated symbol block.
            case ignored
            /// A fact of the header, read into `DocumentHeader`.
            case header
            /// Continues the item above (its title or its documents).
            case joined
            /// A whole line left out: not understood.
            case unclear
            /// A whole line left out: the title would be too long.
            case tooLong
            /// Part of a line left out: leader dots and a page number of a contents page.
            case leftOut
            /// The source's numbering: a different start, a gap, a number out of order.
            case numbering
        }
        public var line: Int
        public var kind: Kind
        public var text: String
        public var description: String {
            switch kind {
            case .ignored: "line \(line): skipped (page furniture): \(Self.shown(text))"
            case .header: "line \(line): read as the header: \(Self.shown(text))"
            case .joined: "line \(line): joined to the item above as a continuation: \(Self.shown(text))"
            case .unclear: "line \(line): not understood, left out: \(Self.shown(text))"
            case .tooLong: "line \(line): left out: \(TextLimits.titleLengthProblem(text).map { "its \($0)" } ?? "the title it continues would be longer than 2,000 characters"): \(Self.shown(text))"
            case .leftOut: "line \(line): \(text)"
            case .numbering: "line \(line): \(text)"
            }
        }

        /// The line as quoted in a note: long lines are cut so a note stays one screen line.
        static func shown(_ text: String) -> String {
            text.utf8.count <= 120 ? text : String(text.prefix(100)) + "…"
        }
    }

    public struct Result: Equatable, Sendable {
        public var header: DocumentHeader
        public var items: [AgendaItem]
        public var notes: [Note]
        /// Whole lines left out: what the user must look at.
        public var unclear: [Note] { notes.filter { $0.kind == .unclear || $0.kind == .tooLong } }
        /// Notes worth showing (everything but furniture and header lines, which are summarised).
        public var shownNotes: [Note] { notes.filter { $0.kind != .ignored && $0.kind != .header && $0.kind != .joined } }
    }

    /// The largest text the importer reads: a pasted agenda is a few kilobytes.
    public static let maxBytes = 16 * 1024 * 1024

    /// nil when `byteCount` bytes may be imported, otherwise the sentence to show.
    public static func sizeProblem(byteCount: Int) -> String? {
        guard byteCount > maxBytes else { return nil }
        return "The text to import is \(byteCount / (1024 * 1024)) MiB; agendas of up to \(maxBytes / (1024 * 1024)) MiB are imported, so paste only the agenda itself."
    }

    /// The most items an imported agenda may hold: a real one has a few dozen, so more means
    /// the text is not an agenda (and numbering stays within three digits).
    public static let maxItems = 999

    /// nil when `result` may be put on a session, otherwise the sentence to show.
    public static func itemCountProblem(_ result: Result) -> String? {
        guard result.items.count > maxItems else { return nil }
        return "The text holds more than \(maxItems) numbered lines; an agenda has at most \(maxItems) items, so paste only the agenda itself. Nothing was imported."
    }

    /// nil when `text` looks like text, otherwise the sentence to show: a PDF or a Word
    /// file saved under a .txt name is refused whole rather than read as garbage.
    public static func contentProblem(_ text: String) -> String? {
        let sample = text.utf8.prefix(8192)
        if sample.starts(with: Array("%PDF".utf8)) {
            return "This is a PDF file, not text: open it, copy the agenda and paste it into a .txt file (or run pdftotext on it), then import that."
        }
        let nul = sample.filter { $0 == 0 }.count
        if nul > 0 || text.unicodeScalars.prefix(8192).filter({ $0 == "\u{FFFD}" }).count > 16 {
            return "This file is not plain text (it holds binary data, as a Word or PDF file does): save the agenda as plain text (UTF-8) and import that."
        }
        return nil
    }

    public static func parse(_ text: String, firstId: Int = 1) -> Result {
        if let export = parseExport(text, firstId: firstId) { return export }
        let all = lines(of: text)
        var reader = AgendaReader(firstId: firstId)
        // A document whose lines carry indentation is read by it: a line directly under an item
        // continues it only when indented past the item's number.
        reader.indented = all.contains { line in
            guard let first = line.unicodeScalars.first, first == " " || first == "\t" else { return false }
            return line.unicodeScalars.contains { $0 != " " && $0 != "\t" }
        }
        // A Markdown file (scpf's own export, say): headings and escapes are its syntax, not words.
        reader.markdown = all.contains { $0.hasPrefix("# ") || $0.hasPrefix("## ") }
        for (index, raw) in all.enumerated() {
            reader.read(raw, line: index + 1)
            // More items than an agenda holds: enough has been read to refuse it.
            if reader.itemCount > maxItems { break }
        }
        return reader.finish()
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

}

import Foundation

public enum ImportMode: String, CaseIterable, Sendable, Codable { case replace, append }

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
