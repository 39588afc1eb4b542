/// One document as IOM issues it, whatever it is printed as: the symbol block, the cover, the
/// contents and the body as blocks. `DocumentMarkdown` and `DocumentHTML` print it; the
/// builders (`IOMDocuments`) make it from the record.
public struct IOMDocument: Equatable, Sendable {
    public var language: DocumentLanguage
    /// "S/37/1", "S/37/1/Rev.1", "S/37/L/1"; nil when none has been given yet.
    public var symbol: String?
    public var distribution: Phrase?
    public var original: Phrase
    /// The date of issue, written in the document's language.
    public var date: Phrase
    /// The body the document goes to and its session, above the rule ("COUNCIL", "116th Session").
    public var banner: [Phrase]
    /// The title block, one phrase per line.
    public var title: [Phrase]
    /// Venue and dates under the title, one line each.
    public var place: [Phrase]
    /// "Rapporteur: Ms Anna Lindqvist (Sweden)".
    public var rapporteur: DocText?
    /// A contents page (the report) from the section headings.
    public var hasContents: Bool
    public var blocks: [Block]

    public init(language: DocumentLanguage, symbol: String?, distribution: Phrase?, original: Phrase, date: Phrase,
                banner: [Phrase], title: [Phrase], place: [Phrase], rapporteur: DocText? = nil,
                hasContents: Bool = false, blocks: [Block] = []) {
        self.language = language; self.symbol = symbol; self.distribution = distribution; self.original = original
        self.date = date; self.banner = banner; self.title = title; self.place = place
        self.rapporteur = rapporteur; self.hasContents = hasContents; self.blocks = blocks
    }

    /// The symbol as the running page header shows it.
    public var headerSymbol: String { symbol ?? "" }

    /// True when some furniture of the document is not from a published IOM text.
    public var usesUnofficialWording: Bool {
        let phrases = [original, date] + (distribution.map { [$0] } ?? []) + banner + title + place
        if phrases.contains(where: { !$0.official }) { return true }
        return blocks.contains { $0.usesUnofficialWording }
    }

    /// The entries of the contents page: every section heading.
    public var contents: [(marker: String, text: DocText, level: Int)] {
        var out: [(String, DocText, Int)] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if case let .section(marker, heading, level, children) = block {
                    out.append((marker, heading, level))
                    walk(children)
                } else if case let .annex(heading, _) = block {
                    out.append(("", heading, 0))
                }
            }
        }
        walk(blocks)
        return out
    }
}

/// A text in the document's language, or — when that version is missing — the English text
/// marked "[French version missing]". `official` is false for scpf's own wording.
public struct DocText: Equatable, Sendable {
    public var text: String
    /// The language whose version is missing (the text is then the English one), or nil.
    public var missing: DocumentLanguage?
    public var official: Bool
    public init(_ text: String, missing: DocumentLanguage? = nil, official: Bool = true) {
        self.text = text; self.missing = missing; self.official = official
    }
    public init(_ phrase: Phrase) { self.init(phrase.text, official: phrase.official) }

    /// The version of `english` in `language` (from `translations`), or English marked missing.
    public static func localized(_ english: String, _ translations: Translations?, _ language: DocumentLanguage) -> DocText {
        if let text = Localized.text(english, translations, in: language) { return DocText(text) }
        return DocText(english, missing: language)
    }
}

public indirect enum Block: Equatable, Sendable {
    /// A heading with its content: "III." level 0 (Roman), "a)" level 1.
    case section(marker: String, heading: DocText, level: Int, blocks: [Block])
    /// A paragraph, numbered ("12.") when `number` is set.
    case paragraph(number: Int?, text: [DocText])
    /// An agenda entry: its marker ("3.", "(a)"), level, title and what follows it.
    case item(marker: String, level: Int, title: [DocText], details: [Block])
    /// A list of label/value rows (an annotation's purpose, documents, time).
    case table(rows: [(label: DocText, value: [DocText])])
    case annex(heading: DocText, blocks: [Block])

    var usesUnofficialWording: Bool {
        switch self {
        case let .section(_, heading, _, blocks): return !heading.official || blocks.contains { $0.usesUnofficialWording }
        case let .paragraph(_, text): return text.contains { !$0.official }
        case let .item(_, _, title, details): return title.contains { !$0.official } || details.contains { $0.usesUnofficialWording }
        case let .table(rows): return rows.contains { !$0.label.official || $0.value.contains { !$0.official } }
        case let .annex(heading, blocks): return !heading.official || blocks.contains { $0.usesUnofficialWording }
        }
    }

    public static func == (a: Block, b: Block) -> Bool {
        switch (a, b) {
        case let (.section(m1, h1, l1, b1), .section(m2, h2, l2, b2)): return m1 == m2 && h1 == h2 && l1 == l2 && b1 == b2
        case let (.paragraph(n1, t1), .paragraph(n2, t2)): return n1 == n2 && t1 == t2
        case let (.item(m1, l1, t1, d1), .item(m2, l2, t2, d2)): return m1 == m2 && l1 == l2 && t1 == t2 && d1 == d2
        case let (.table(r1), .table(r2)):
            return r1.count == r2.count && zip(r1, r2).allSatisfy { $0.label == $1.label && $0.value == $1.value }
        case let (.annex(h1, b1), .annex(h2, b2)): return h1 == h2 && b1 == b2
        default: return false
        }
    }
}

/// Roman numerals for the report's sections: "I", "II", "IV", "XII".
public enum Roman {
    public static func upper(_ n: Int) -> String { AgendaItem.romanLower(n).uppercased() }
}
