/// The line-by-line state of one import: the header read so far, the items, the item being
/// continued, and the numbering the source has used at each level.
struct AgendaReader {
    typealias Note = AgendaImport.Note

    var indented = false
    private var header = DocumentHeader()
    private var sawCommittee = false
    private var items: [AgendaItem] = []
    private var itemLines: [Int] = []
    private var notes: [Note] = []
    private var nextId: Int
    /// The item later lines may continue, and the column its number starts in.
    private var open: (index: Int, markerIndent: Int, needsTitle: Bool)?
    /// A blank line since the last line of the open item.
    private var separated = false
    /// The numbers last used at each level (the source's own).
    private var top = 0, sub = 0, third = 0
    /// Words of the item titles, for telling the language when no "Original:" line does.
    private var titleWords: [String] = []

    init(firstId: Int) { nextId = firstId }

    mutating func read(_ raw: Substring, line n: Int) {
        let cleaned = ControlCharacters.oneLine(String(raw))
        let indent = Self.indent(of: cleaned)
        let line = AgendaImport.tidy(Substring(cleaned))
        if line.isEmpty { separated = true; return }
        if HeaderLines.isPageNumber(line) { notes.append(Note(line: n, kind: .ignored, text: line)); return }
        let (body, page) = Self.leaders(line)
        if let marker = ItemMarker.read(Substring(body)), !(items.isEmpty && isHeaderFact(line)) {
            startItem(marker, line: n, text: line, page: page, indent: indent)
            return
        }
        if items.isEmpty {
            readHeader(line, body: body, page: page, line: n)
            return
        }
        continueItem(line, body: body, page: page, indent: indent, line: n)
    }

    // MARK: Items

    private mutating func startItem(_ marker: ItemMarker, line n: Int, text: String, page: String?, indent: Int) {
        dropUntitled()
        let (level, value, mismatch) = place(marker.parts)
        let split = SymbolScan.split(marker.rest)
        // A report's contents page lists its Introduction: not an agenda item.
        if page != nil, ["introduction", "introduccion"].contains(Fold.text(split.title)) {
            notes.append(Note(line: n, kind: .leftOut, text: "the report's introduction, not an agenda item, left out: \(text)"))
            return
        }
        if TextLimits.titleLengthProblem(split.title) != nil {
            notes.append(Note(line: n, kind: .tooLong, text: split.title)); open = nil; return
        }
        let expected = expectedNumber(level)
        var item = AgendaItem(id: "i\(nextId)", level: level, sourceNumber: value == expected ? nil : value,
                              title: split.title, documents: split.symbols.map { DocumentRef(symbol: $0) })
        nextId += 1
        if let mismatch { notes.append(Note(line: n, kind: .numbering, text: mismatch)) }
        if value != expected { notes.append(Note(line: n, kind: .numbering, text: numberingNote(level: level, value: value, expected: expected))) }
        setCounter(level, value)
        if ProceduralTitles.isProcedural(split.title) { item.procedural = true; item.purpose = .decision }
        items.append(item)
        itemLines.append(n)
        if let page { notes.append(Note(line: n, kind: .leftOut, text: "page number \(page) of a contents page left out")) }
        open = (items.count - 1, indent, split.title.isEmpty)
        separated = false
    }

    /// The level of an item and its number at that level, from its marker and the items above.
    private func place(_ parts: [ItemMarker.Part]) -> (level: Int, value: Int, mismatch: String?) {
        func subValue(_ part: ItemMarker.Part) -> (isRoman: Bool, value: Int) {
            switch part {
            case .letter(let l): return (false, l)
            case let .lowerRoman(r, letter):
                guard let letter else { return (true, r) }
                // "(i)" after "(h)" is the ninth letter; after "(a)", or under "(ii)"'s siblings, a numeral.
                if third > 0, r == third + 1 { return (true, r) }
                if sub > 0, letter == sub + 1 { return (false, letter) }
                return (sub > 0, sub > 0 ? r : letter)
            case .arabic(let n), .upperRoman(let n): return (false, n)
            }
        }
        guard let first = parts.first else { return (0, top + 1, nil) }
        switch first {
        case .arabic(let n), .upperRoman(let n):
            guard parts.count > 1 else { return (0, n, nil) }
            let mismatch = n == top ? nil : "numbered \(n)\(parts.dropFirst().map { "(\(label($0)))" }.joined()) under item \(top): kept under item \(top)"
            if items.isEmpty { return (0, n, nil) }
            let second = subValue(parts[1])
            if parts.count > 2 { return (2, subValue(parts[2]).value, mismatch) }
            return (1, second.value, mismatch)
        default:
            if items.isEmpty { return (0, top + 1, nil) }
            if parts.count > 1 { return (2, subValue(parts[1]).value, nil) }
            let part = subValue(first)
            return (part.isRoman && sub > 0 ? 2 : 1, part.value, nil)
        }
    }

    private func label(_ part: ItemMarker.Part) -> String {
        switch part {
        case .arabic(let n), .upperRoman(let n): "\(n)"
        case .letter(let l): AgendaItem.subLetter(l)
        case .lowerRoman(let r, _): AgendaItem.romanLower(r)
        }
    }

    private func expectedNumber(_ level: Int) -> Int { level == 0 ? top + 1 : level == 1 ? sub + 1 : third + 1 }

    private mutating func setCounter(_ level: Int, _ value: Int) {
        switch level {
        case 0: top = value; sub = 0; third = 0
        case 1: sub = value; third = 0
        default: third = value
        }
    }

    private func numberingNote(level: Int, value: Int, expected: Int) -> String {
        func shown(_ v: Int) -> String { level == 0 ? "\(v)" : level == 1 ? "(\(AgendaItem.subLetter(v)))" : "(\(AgendaItem.romanLower(v)))" }
        if items.isEmpty || (level == 0 && top == 0) { return "the agenda starts at item \(shown(value)): its numbers are kept" }
        if value > expected {
            return "item \(shown(value)) follows \(shown(expected - 1 < 1 ? expected : expected - 1)): numbered as in the document, \(shown(expected))\(value - expected > 1 ? "–\(shown(value - 1))" : "") missing"
        }
        return "item \(shown(value)) comes after \(shown(expected - 1)): numbered as in the document"
    }

    /// An item whose marker stood alone and no title followed is left out, with its line.
    private mutating func dropUntitled() {
        guard let open, open.needsTitle, items.indices.contains(open.index), items[open.index].title.isEmpty else { return }
        let item = items.remove(at: open.index)
        let line = itemLines.remove(at: open.index)
        let docs = item.documents.map(\.symbol).joined(separator: ", ")
        notes.append(Note(line: line, kind: .unclear, text: "an item number with no title\(docs.isEmpty ? "" : " (documents \(docs))")"))
        self.open = nil
    }

    private mutating func continueItem(_ line: String, body: String, page: String?, indent: Int, line n: Int) {
        guard let open, items.indices.contains(open.index) else {
            notes.append(Note(line: n, kind: .unclear, text: line)); return
        }
        let index = open.index
        let unfinished = open.needsTitle || Self.isUnfinished(items[index].title)
        if !unfinished, isFurnitureAfterItems(line) { notes.append(Note(line: n, kind: .ignored, text: line)); return }
        let split = SymbolScan.split(body)
        if split.title.isEmpty, !split.symbols.isEmpty {
            // The document's own symbol repeated at the head of a page is furniture, unless it
            // is the agenda itself listed under "Adoption of the agenda".
            if split.symbols == [header.symbol], !items[index].procedural || !separated {
                if items[index].documents.map(\.symbol).contains(header.symbol ?? "") || !items[index].procedural {
                    notes.append(Note(line: n, kind: .ignored, text: line)); return
                }
            }
            items[index].documents += split.symbols.map { DocumentRef(symbol: $0) }
            notes.append(Note(line: n, kind: .joined, text: line))
            separated = false
            return
        }
        // "S/10/3 – Financial Report for the Year Ended 31 December 2011" under an item: a document and its title.
        if split.leading, !split.title.isEmpty, !open.needsTitle, split.symbols.count == 1 {
            items[index].documents.append(DocumentRef(symbol: split.symbols[0], title: split.title))
            notes.append(Note(line: n, kind: .joined, text: line))
            separated = false
            return
        }
        let byLayout = !separated && (!indented || indent > open.markerIndent)
        guard unfinished || byLayout else {
            notes.append(Note(line: n, kind: .unclear, text: line)); return
        }
        let title = items[index].title.isEmpty ? split.title : split.title.isEmpty ? items[index].title : items[index].title + " " + split.title
        guard TextLimits.titleLengthProblem(title) == nil else {
            notes.append(Note(line: n, kind: .tooLong, text: title)); return
        }
        items[index].title = title
        items[index].documents += split.symbols.map { DocumentRef(symbol: $0) }
        if open.needsTitle, ProceduralTitles.isProcedural(title) { items[index].procedural = true; items[index].purpose = .decision }
        self.open?.needsTitle = false
        notes.append(Note(line: n, kind: .joined, text: line))
        if let page { notes.append(Note(line: n, kind: .leftOut, text: "page number \(page) of a contents page left out")) }
        separated = false
    }

    /// Words that leave a title unfinished when a line ends with them, in the three languages.
    static let openEndings: Set<String> = [
        "and", "or", "of", "the", "for", "on", "in", "to", "a", "an", "with", "by", "from", "at", "its", "their", "into",
        "et", "ou", "de", "du", "des", "la", "le", "les", "l'", "d'", "pour", "sur", "en", "aux", "au", "a", "par", "dans",
        "y", "o", "e", "u", "del", "los", "las", "el", "para", "sobre", "con", "por", "al", "su", "sus", "entre",
    ]

    static func isUnfinished(_ title: String) -> Bool {
        guard let last = title.last else { return true }
        if ",;:–-—(/&".contains(last) { return true }
        if title.filter({ $0 == "(" }).count > title.filter({ $0 == ")" }).count { return true }
        let word = Fold.text(title.split(separator: " ").last ?? "")
        return openEndings.contains(word) || word.hasSuffix("'")
    }

    // MARK: Header and furniture

    /// A line before the first item that states a fact of the header and only looks numbered
    /// ("15 May 2012" never does; "10. Tenth Session" might): kept for the header.
    private func isHeaderFact(_ line: String) -> Bool {
        HeaderLines.original(line) != nil || (DateText.find(in: line).map { $0.otherWords == 0 } ?? false && !line.contains("."))
    }

    private mutating func readHeader(_ line: String, body: String, page: String?, line n: Int) {
        let folded = Fold.text(line)
        func read() { notes.append(Note(line: n, kind: .header, text: line)) }
        func skip() { notes.append(Note(line: n, kind: .ignored, text: line)) }
        let split = SymbolScan.split(line)
        if split.title.isEmpty, let symbol = split.symbols.first {
            if header.symbol == nil { header.symbol = symbol; read() } else { skip() }
            return
        }
        if let (text, language, writtenIn) = HeaderLines.original(line) {
            header.original = text; header.originalLanguage = language; header.language = writtenIn; read(); return
        }
        if let distribution = HeaderLines.distribution(folded) { header.distribution = distribution; read(); return }
        let committee = HeaderLines.committee(folded)
        let session = OrdinalWords.session(in: line)
        if committee != nil || session != nil {
            if let committee, header.committee == nil { header.committee = committee }
            if let session {
                if header.session == nil, let number = session.number { header.session = number }
                if session.special { header.special = true }
            }
            sawCommittee = true
            read(); return
        }
        if let found = DateText.find(in: line), found.otherWords <= 1 {
            let isMeeting = !found.before.isEmpty || sawCommittee || header.session != nil || header.issuedOn != nil
            if isMeeting, header.opens == nil {
                header.opens = found.start; header.closes = found.end
                if !found.before.isEmpty { header.venue = found.before }
            } else if header.issuedOn == nil, found.start == found.end {
                header.issuedOn = found.start
            } else if header.opens == nil {
                header.opens = found.start; header.closes = found.end
            }
            read(); return
        }
        if ["geneva", "geneve", "ginebra"].contains(folded.strippingEdges(".,")) { header.venue = line.strippingEdges(".,"); read(); return }
        if HeaderLines.titles.contains(folded.strippingEdges(".,:")) || HeaderLines.isLanguageName(folded) || HeaderLines.isOfficerLine(folded) {
            skip(); return
        }
        if page != nil, ["introduction", "introduccion"].contains(Fold.text(body)) {
            notes.append(Note(line: n, kind: .leftOut, text: "the report's introduction, not an agenda item, left out: \(line)"))
            return
        }
        notes.append(Note(line: n, kind: .unclear, text: line))
    }

    /// The furniture a document repeats at the head of its pages, once items have begun.
    private func isFurnitureAfterItems(_ line: String) -> Bool {
        let folded = Fold.text(line)
        if HeaderLines.original(line) != nil || HeaderLines.distribution(folded) != nil { return true }
        let stripped = folded.strippingEdges(".,:")
        if HeaderLines.titles.contains(stripped) || HeaderLines.isLanguageName(folded) { return true }
        if let committee = HeaderLines.committee(folded), committee == header.committee || header.committee == nil,
           stripped.count < 60 { return true }
        if let session = OrdinalWords.session(in: line), session.number == header.session, Fold.words(line).count <= 5 { return true }
        if let found = DateText.find(in: line), found.otherWords == 0,
           (found.start == header.issuedOn && found.end == header.issuedOn) || (found.start == header.opens && found.end == header.closes) {
            return true
        }
        return false
    }

    // MARK: Layout

    /// Columns of leading blank space (a tab reaches the next multiple of eight).
    static func indent(of line: String) -> Int {
        var column = 0
        for ch in line.unicodeScalars {
            if ch == " " || ch == "\u{00A0}" { column += 1 } else if ch == "\t" { column = (column / 8 + 1) * 8 } else { break }
        }
        return column
    }

    /// A contents-page entry: "Adoption of the agenda ........ 3" → the text and "3".
    static func leaders(_ line: String) -> (String, String?) {
        let scalars = Array(line.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.numericType != nil || "ivxlc".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        guard end < scalars.count, end > 0 else { return (line, nil) }
        let page = String(String.UnicodeScalarView(scalars[end...]))
        guard page.allSatisfy(\.isNumber) || AgendaImport.romanValue(page.uppercased()) != nil else { return (line, nil) }
        var i = end
        var dots = 0
        while i > 0, [".", "…", "·", " ", "\u{00A0}", "_"].contains(scalars[i - 1]) {
            if scalars[i - 1] == "." || scalars[i - 1] == "·" || scalars[i - 1] == "_" { dots += 1 }
            if scalars[i - 1] == "…" { dots += 3 }
            i -= 1
        }
        guard dots >= 3, i > 0 else { return (line, nil) }
        return (String(String.UnicodeScalarView(scalars[..<i])), page)
    }

    // MARK: The result

    mutating func finish() -> AgendaImport.Result {
        dropUntitled()
        if header.language == nil {
            header.language = DocumentLanguage.detect(items.flatMap { Fold.words($0.title) })
        }
        _ = titleWords
        return AgendaImport.Result(header: header, items: items, notes: notes.sorted { $0.line < $1.line })
    }
}
