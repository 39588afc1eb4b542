/// The line-by-line state of one import: the header read so far, the items, the item being
/// continued, and the numbering the source has used at each level.
struct AgendaReader {
    typealias Note = AgendaImport.Note

    var indented = false
    var markdown = false
    private var header = DocumentHeader()
    private var sawCommittee = false
    private var items: [AgendaItem] = []
    private var itemLines: [Int] = []
    private var notes: [Note] = []
    private var nextId: Int
    /// The item later lines may continue, and the column its number starts in.
    private var open: (index: Int, markerIndent: Int, needsTitle: Bool, prefixed: Bool)?
    /// A blank line since the last line of the open item.
    private var separated = false
    /// The numbers last used at each level (the source's own).
    private var top = 0, sub = 0, third = 0
    /// The session a report is on has been read (it outweighs other session lines).
    private var sessionFromReport = false
    private var meetingFromReport = false
    /// The last header fact was of the symbol block (symbol, Original:, distribution).
    private var inSymbolBlock = false
    /// "REPORT ON THE" stood alone: the next session line is the one the report is on.
    private var reportOnPending = false
    /// The text is a contents page: entries end with a page number, a line without one wraps.
    private var contents = false
    private var lastEntryComplete = true
    /// The sub-items of the current item are numbered (i), (ii) rather than (a), (b).
    private var subIsRoman = false
    /// The last line was "SYMBOL – title" under an item, indented this far.
    private var documentTitleOpen: Int?
    /// The last header line not understood, which a wrapped name may continue.
    private var previousHeaderLine: String?

    init(firstId: Int) { nextId = firstId }

    var itemCount: Int { items.count }

    mutating func read(_ raw: Substring, line n: Int) {
        var text = String(raw)
        // A terminal colour sequence pasted with the text ("ESC [31m") goes whole, said once.
        if text.unicodeScalars.contains("\u{1B}") {
            text = Self.withoutEscapeSequences(text)
            notes.append(Note(line: n, kind: .leftOut, text: "terminal control sequences removed"))
        }
        var cleaned = ControlCharacters.oneLine(text)
        if markdown { cleaned = Self.markdownText(cleaned) }
        let indent = Self.indent(of: cleaned)
        var line = AgendaImport.tidy(Substring(cleaned))
        // The bullet some sites put at the start of each page.
        if line.hasPrefix("• ") { line = AgendaImport.tidy(line.dropFirst(2)) }
        if line.isEmpty { separated = true; return }
        // No title is this long (TextLimits): a megabyte line is left out without reading it word by word.
        if line.utf8.count > 8192 { notes.append(Note(line: n, kind: .tooLong, text: line)); return }
        if HeaderLines.isPageNumber(line) {
            notes.append(Note(line: n, kind: .ignored, text: line))
            // A page number alone under a contents entry ends that entry.
            if contents, open != nil { lastEntryComplete = true }
            return
        }
        // Contents entries run together on one line by a copy from the web: one entry each.
        if contents || !items.isEmpty, Self.hasLeaderRun(line), let entries = Self.runTogetherEntries(line), entries.count > 1 {
            for entry in entries { read(Substring(entry), line: n) }
            return
        }
        let (body, page) = Self.leaders(line, contents: contents)
        if page == "" { notes.append(Note(line: n, kind: .leftOut, text: "leader dots of a contents page left out")) }
        if let marker = ItemMarker.read(Substring(body)), !(items.isEmpty && isHeaderFact(line)), !continuesTitle(marker, indent: indent) {
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
        let (level, stated, mismatch) = place(marker.parts)
        let split = SymbolScan.split(marker.rest)
        // A report's contents page lists its Introduction: not an agenda item.
        if page != nil, Self.introduction.contains(Fold.text(split.title)) {
            notes.append(Note(line: n, kind: .leftOut, text: "the report's introduction, not an agenda item, left out: \(text)"))
            return
        }
        if TextLimits.titleLengthProblem(split.title) != nil {
            notes.append(Note(line: n, kind: .tooLong, text: split.title)); open = nil; return
        }
        let expected = expectedNumber(level)
        // A number that goes back (6 after 6, 1 after 9) would repeat one: the sequence goes on.
        let value = max(stated, expected)
        let wentBack = stated < expected
        var item = AgendaItem(id: "i\(nextId)", level: level, sourceNumber: value == expected ? nil : value,
                              title: split.title, documents: split.symbols.map { DocumentRef(symbol: $0) })
        nextId += 1
        if let mismatch { notes.append(Note(line: n, kind: .numbering, text: mismatch)) }
        if wentBack {
            notes.append(Note(line: n, kind: .numbering, text: "the document numbers this item \(label(marker.parts.last!)) after \(expected - 1): numbered \(levelLabel(level, value)) here so that no number repeats"))
        }
        if !split.listWords.filter({ $0.contains(where: \.isLetter) }).isEmpty {
            notes.append(Note(line: n, kind: .leftOut, text: "words of its documents list left out: \(split.listWords.filter { $0.contains(where: \.isLetter) }.map(SymbolScan.core).joined(separator: ", "))"))
        }
        if value != expected { notes.append(Note(line: n, kind: .numbering, text: numberingNote(level: level, value: value, expected: expected))) }
        setCounter(level, value)
        if ProceduralTitles.isProcedural(split.title) { item.procedural = true; item.purpose = .decision }
        if level == 1, case .lowerRoman(let r, _)? = marker.parts.last, r == value, sub == value, !(marker.parts.count == 1 && subWasLetter(value)) {
            item.romanNumbered = true
        }
        subIsRoman = level == 1 ? item.romanNumbered == true : level == 0 ? false : subIsRoman
        items.append(item)
        itemLines.append(n)
        if let page, !page.isEmpty { notes.append(Note(line: n, kind: .leftOut, text: "page number \(page) of a contents page left out")) }
        if page != nil { contents = true }
        if contents { lastEntryComplete = page.map { !$0.isEmpty } ?? false }
        open = (items.count - 1, indent, split.title.isEmpty, marker.prefixed)
        documentTitleOpen = nil
        separated = false
    }

    /// "6. … taken under agenda" / "     item 6 of the Fortieth Session", "9. … Chair of the" /
    /// "     I. Working Group": a number that does not move the agenda on, right under an item
    /// whose title is unfinished or indented past its number, is part of that title.
    private func continuesTitle(_ marker: ItemMarker, indent: Int) -> Bool {
        guard let open, items.indices.contains(open.index), !separated, marker.parts.count == 1 else { return false }
        let n: Int
        switch marker.parts[0] {
        case .arabic(let v), .upperRoman(let v): n = v
        default: return false
        }
        guard n <= top else { return false }
        return Self.isUnfinished(items[open.index].title) || (indented && indent > open.markerIndent)
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
            // The third part of "6(b)(i)" is always a Roman numeral.
            if parts.count > 2 { return (2, thirdValue(parts[2]), mismatch) }
            return (1, second.value, mismatch)
        default:
            if items.isEmpty { return (0, top + 1, nil) }
            if parts.count > 1 { return (2, thirdValue(parts[1]), nil) }
            let part = subValue(first)
            // "(i)" right under an item with no "(a)" above: a sub-item numbered in Roman.
            if case .lowerRoman(let r, _) = first, (sub == 0 && r == 1) || subIsRoman { return (1, r, nil) }
            return (part.isRoman && sub > 0 ? 2 : 1, part.value, nil)
        }
    }

    /// Whether the sub-item just numbered `value` was read as a letter ("(i)" after "(h)").
    private func subWasLetter(_ value: Int) -> Bool { !subIsRoman && value > 1 }

    private func levelLabel(_ level: Int, _ v: Int) -> String {
        level == 0 ? "\(v)" : level == 1 ? "(\(subIsRoman ? AgendaItem.romanLower(v) : AgendaItem.subLetter(v)))" : "(\(AgendaItem.romanLower(v)))"
    }

    private func thirdValue(_ part: ItemMarker.Part) -> Int {
        switch part {
        case .lowerRoman(let r, _): r
        case .letter(let l): l
        case .arabic(let n), .upperRoman(let n): n
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
        func shown(_ v: Int) -> String { levelLabel(level, v) }
        if items.isEmpty || (level == 0 && top == 0) { return "the agenda starts at item \(shown(value)): its numbers are kept" }
        let previous = expected - 1
        let after = previous < 1 ? "its item" : shown(previous)
        let missing = value - 1 > expected ? "\(shown(expected))–\(shown(value - 1))" : shown(expected)
        return "item \(shown(value)) follows \(after): numbered as in the document, \(missing) missing"
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
        if page != nil { contents = true }
        // On a contents page an entry ends with its page number: after one, a new entry starts.
        if contents, lastEntryComplete || page != nil && open == nil, !isFurnitureAfterItems(line),
           !(HeaderLines.titles.contains(Fold.text(line).strippingEdges(".,:"))), contentsEntry(line, body: body, page: page, line: n) {
            return
        }
        guard let open, items.indices.contains(open.index) else {
            notes.append(Note(line: n, kind: .unclear, text: line)); return
        }
        let index = open.index
        // A Markdown list under an item (an annotated export's purpose, ToR, documents) is no title.
        if markdown, line.hasPrefix("- ") || line.hasPrefix("* ") {
            notes.append(Note(line: n, kind: .unclear, text: line)); return
        }
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
            documentTitleOpen = indent
            return
        }
        // The wrapped second line of that document's title, indented past its symbol.
        if let column = documentTitleOpen, !separated, indent > column || Self.isUnfinished(items[index].documents.last?.title ?? ""),
           var doc = items[index].documents.last, let title = doc.title, TextLimits.titleLengthProblem(title + " " + line) == nil {
            doc.title = title + " " + line
            items[index].documents[items[index].documents.count - 1] = doc
            notes.append(Note(line: n, kind: .joined, text: line))
            return
        }
        documentTitleOpen = nil
        // An "Item 6 Title" line (a web page's listing) is a whole title; under it come its documents.
        let byLayout = !separated && (!indented || indent > open.markerIndent) && !open.prefixed
        // A contents entry ends with its page number: until then its lines wrap, blank lines or not.
        let wrappedEntry = contents && !lastEntryComplete
        guard unfinished || byLayout || wrappedEntry else {
            notes.append(Note(line: n, kind: .unclear, text: line)); return
        }
        let title = items[index].title.isEmpty ? split.title : split.title.isEmpty ? items[index].title : items[index].title + " " + split.title
        guard TextLimits.titleLengthProblem(title) == nil else {
            // The line is what is left out; the title above keeps what it had.
            notes.append(Note(line: n, kind: .tooLong, text: line)); return
        }
        if !split.listWords.filter({ $0.contains(where: \.isLetter) }).isEmpty {
            notes.append(Note(line: n, kind: .leftOut, text: "words of its documents list left out: \(split.listWords.filter { $0.contains(where: \.isLetter) }.map(SymbolScan.core).joined(separator: ", "))"))
        }
        items[index].title = title
        items[index].documents += split.symbols.map { DocumentRef(symbol: $0) }
        if open.needsTitle, ProceduralTitles.isProcedural(title) { items[index].procedural = true; items[index].purpose = .decision }
        self.open?.needsTitle = false
        notes.append(Note(line: n, kind: .joined, text: line))
        if let page, !page.isEmpty { notes.append(Note(line: n, kind: .leftOut, text: "page number \(page) of a contents page left out")) }
        if contents { lastEntryComplete = page.map { !$0.isEmpty } ?? false }
        separated = false
    }

    /// A report's own sections on its contents page, folded: its Introduction, and the
    /// attendance sections that come with it; none is an agenda item.
    static let introduction: Set<String> = ["introduction", "introduccion"]
    static let reportSections: Set<String> = introduction.union(["attendance", "participation", "participacion", "asistencia", "presence"])

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
        // A symbol block flattened onto one line ("MC/2334 Original: inglés 25 de noviembre de
        // 2011", "DIST. LIMITADA MC/2334 …"): each fact is read on its own.
        let parts = Self.headerSegments(line)
        if parts.count > 1 {
            let before = notes.count
            for part in parts { readHeaderPart(part, body: part, page: nil, line: n); inSymbolBlock = true }
            // One note for the line: header when every part was a fact, otherwise what was not.
            let added = notes[before...]
            let unclear = added.filter { $0.kind == .unclear }.map(\.text)
            notes.removeSubrange(before...)
            notes.append(Note(line: n, kind: unclear.isEmpty ? .header : .unclear, text: unclear.isEmpty ? line : unclear.joined(separator: " ")))
            return
        }
        readHeaderPart(line, body: body, page: page, line: n)
    }

    /// Splits a header line before each symbol, "Original" and distribution mark, and after the
    /// language an "Original:" names.
    static func headerSegments(_ line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [line] }
        var segments: [[String]] = []
        var originalHasLanguage = false
        for word in words {
            let folded = Fold.text(word)
            let startsFact = SymbolScan.isSymbol(word) || folded.hasPrefix("original") || folded == "dist." || folded == "distrib."
            let afterLanguage = originalHasLanguage && word != ":"
            if segments.isEmpty || startsFact || afterLanguage { segments.append([]); originalHasLanguage = false }
            segments[segments.count - 1].append(word)
            if let first = segments[segments.count - 1].first, Fold.text(first).hasPrefix("original"), DocumentLanguage.named(folded) != nil {
                originalHasLanguage = true
            }
        }
        let out = segments.map { $0.joined(separator: " ") }
        // Only a line made of facts is split: a title that mentions a symbol stays whole.
        return out.count > 1 && out.allSatisfy(isHeaderFactText) ? out : [line]
    }

    static func isHeaderFactText(_ text: String) -> Bool {
        let split = SymbolScan.split(text)
        if split.title.isEmpty && !split.symbols.isEmpty { return true }
        if HeaderLines.original(text) != nil { return true }
        if HeaderLines.distribution(Fold.text(text)) != nil { return true }
        if let found = DateText.find(in: text), found.otherWords == 0, found.before.isEmpty { return true }
        return false
    }

    private mutating func readHeaderPart(_ line: String, body: String, page: String?, line n: Int) {
        let wasSymbolBlock = inSymbolBlock
        inSymbolBlock = false
        let folded = Fold.text(line)
        func read() { notes.append(Note(line: n, kind: .header, text: line)) }
        func skip() { notes.append(Note(line: n, kind: .ignored, text: line)) }
        let split = SymbolScan.split(line)
        if split.title.isEmpty, let symbol = split.symbols.first {
            if header.symbol == nil { header.symbol = symbol; read() } else { skip() }
            inSymbolBlock = true
            return
        }
        if let (text, language, writtenIn) = HeaderLines.original(line) {
            header.original = text; header.originalLanguage = language; header.language = writtenIn; read()
            inSymbolBlock = true
            return
        }
        if let distribution = HeaderLines.distribution(folded) { header.distribution = distribution; read(); inSymbolBlock = true; return }
        let reportPhrases = ["report on the", "rapport sur la", "rapport du", "rapport de la", "informe sobre la", "informe del", "informe de la"]
        let isReportTitle = reportPhrases.contains { folded.hasPrefix($0) }
        let committee = HeaderLines.committee(folded, within: true)
        let session = OrdinalWords.session(in: line)
        if committee != nil || session != nil {
            // The session a report is on ("Report on the Tenth Session …", or the line after
            // "REPORT ON THE") outweighs the session line of the body it goes to.
            let decisive = isReportTitle || reportOnPending || committee != nil
            if let committee, header.committee == nil || (decisive && session != nil) { header.committee = committee }
            if let session {
                if let number = session.number, header.session == nil || (decisive && !sessionFromReport) {
                    header.session = number
                    if decisive { sessionFromReport = true }
                }
                if session.special { header.special = true }
            }
            reportOnPending = isReportTitle && session == nil
            sawCommittee = true
            read(); return
        }
        if isReportTitle { reportOnPending = true; skip(); return }
        // "15 and 16 May 2023 (private meeting)": a remark in brackets after the dates.
        var dateLine = line
        if line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex { dateLine = String(line[..<open]) }
        if let found = DateText.find(in: dateLine), found.otherWords <= 1 {
            // The date of the symbol block is the document's; the others are the meeting's.
            let isMeeting = !wasSymbolBlock && (!found.before.isEmpty || sawCommittee || header.session != nil || header.issuedOn != nil)
            if isMeeting, header.opens == nil || (sessionFromReport && !meetingFromReport) {
                header.opens = found.start; header.closes = found.end
                if !found.before.isEmpty { header.venue = found.before }
                if sessionFromReport { meetingFromReport = true }
            } else if header.issuedOn == nil, found.start == found.end {
                header.issuedOn = found.start
            } else if header.opens == nil {
                header.opens = found.start; header.closes = found.end
            }
            read(); return
        }
        if ["geneva", "geneve", "ginebra"].contains(folded.strippingEdges(".,")) { header.venue = line.strippingEdges(".,"); read(); return }
        if HeaderLines.titles.contains(folded.strippingEdges(".,:")) || HeaderLines.isLanguageName(folded) || HeaderLines.isOfficerLine(folded)
            || HeaderLines.isRule(line) || HeaderLines.isAgendaState(folded) {
            if ["contents", "table of contents", "table des matieres", "sommaire", "indice", "contenido"].contains(folded.strippingEdges(".,:")) { contents = true }
            skip(); return
        }
        if contentsEntry(line, body: body, page: page, line: n) { return }
        // "STANDING COMMITTEE" / "ON PROGRAMMES AND FINANCE": a name wrapped over two lines.
        if header.committee == nil, let previous = previousHeaderLine, let committee = HeaderLines.committee(Fold.text(previous + " " + line)) {
            header.committee = committee
            sawCommittee = true
            if let i = notes.lastIndex(where: { $0.line == n - 1 || $0.text == previous }), notes[i].kind == .unclear { notes[i].kind = .header }
            read(); return
        }
        previousHeaderLine = line
        notes.append(Note(line: n, kind: .unclear, text: line))
    }

    /// An entry of a report's contents page without a number ("Attendance ……… 1",
    /// "ADOPTION OF THE AGENDA... 1"): the report's own sections are left out, others are items.
    /// Whether the line was read as such an entry.
    private mutating func contentsEntry(_ line: String, body: String, page: String?, line n: Int) -> Bool {
        guard page != nil || (contents && !items.isEmpty && lastEntryComplete) || (contents && items.isEmpty) else { return false }
        let folded = Fold.text(body).strippingEdges(".,:…")
        if Self.reportSections.contains(folded) {
            notes.append(Note(line: n, kind: .leftOut, text: "a section of the report, not an agenda item, left out: \(line)"))
            lastEntryComplete = true
            return true
        }
        guard page != nil || contents else { return false }
        let marker = ItemMarker(parts: [.arabic(top + 1)], rest: Substring(body))
        startItem(marker, line: n, text: line, page: page, indent: 0)
        lastEntryComplete = page != nil
        return true
    }

    /// The furniture a document repeats at the head of its pages, once items have begun.
    private func isFurnitureAfterItems(_ line: String) -> Bool {
        let folded = Fold.text(line)
        if HeaderLines.original(line) != nil || HeaderLines.distribution(folded) != nil || HeaderLines.isRule(line) { return true }
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

    /// The text without ESC sequences: CSI ("ESC [ 3 1 m"), OSC ("ESC ] … BEL"), and ESC + one character.
    static func withoutEscapeSequences(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            guard s == "\u{1B}" else { out.append(s); continue }
            guard let kind = scalars.first else { break }
            scalars = scalars.dropFirst()
            if kind == "[" {
                while let c = scalars.first { scalars = scalars.dropFirst(); if (0x40...0x7E).contains(c.value) { break } }
            } else if kind == "]" {
                while let c = scalars.first { scalars = scalars.dropFirst(); if c == "\u{07}" || c == "\u{1B}" { break } }
            }
        }
        return String(out)
    }

    /// A line of Markdown as text: heading marks, backslash escapes, the entities of `<>&`
    /// and the emphasis of "*(supplementary)*" go; the words stay.
    static func markdownText(_ line: String) -> String {
        var s = Substring(line)
        if s.hasPrefix("#") { s = s.drop { $0 == "#" }; if s.first == " " { s = s.dropFirst() } }
        var out = ""
        var escaped = false
        for ch in s {
            if escaped { out.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            out.append(ch)
        }
        if out.hasSuffix(" *(supplementary)*") { out.removeLast(" *(supplementary)*".count) }
        if out.hasSuffix("  ") { out = String(out.dropLast(2)) }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Columns of leading blank space (a tab reaches the next multiple of eight).
    static func indent(of line: String) -> Int {
        var column = 0
        for ch in line.unicodeScalars {
            if ch == " " || ch == "\u{00A0}" { column += 1 } else if ch == "\t" { column = (column / 8 + 1) * 8 } else { break }
        }
        return column
    }

    /// A contents-page entry: "Adoption of the agenda ........ 3" → the text and "3"; leader
    /// dots with no number give "". On a page known to be contents, ". 4" and ".. 2" count too.
    static func leaders(_ line: String, contents: Bool = false) -> (String, String?) {
        // Only a line ending in a digit or a leader can be a contents entry.
        guard let last = line.unicodeScalars.last, last.properties.numericType != nil || last == "." || last == "…" || last == "_" else { return (line, nil) }
        let scalars = Array(line.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.numericType != nil { end -= 1 }
        let page = String(String.UnicodeScalarView(scalars[end...]))
        guard page.count <= 4, end > 0 else { return (line, nil) }
        var i = end
        var dots = 0
        while i > 0, [".", "…", "·", " ", "\u{00A0}", "_"].contains(scalars[i - 1]) {
            if scalars[i - 1] == "." || scalars[i - 1] == "·" || scalars[i - 1] == "_" { dots += 1 }
            if scalars[i - 1] == "…" { dots += 3 }
            i -= 1
        }
        let needed = contents && !page.isEmpty ? 1 : 3
        guard dots >= needed, i > 0, page.isEmpty || i < end else { return (line, nil) }
        // "delegations. 4" on a contents page; but "Rev.1" or "2012." are no leaders.
        if page.isEmpty && dots < 3 { return (line, nil) }
        return (String(String.UnicodeScalarView(scalars[..<i])), page)
    }

    /// A run of three leader dots or more with text after it (checked on bytes: every line passes here).
    static func hasLeaderRun(_ line: String) -> Bool {
        var run = 0
        var sawRun = false
        var afterRun = false
        for byte in line.utf8 {
            if byte == UInt8(ascii: ".") { run += 1 } else if byte == 0xA6 { run += 3 } else if byte != 0xE2 && byte != 0x80 {
                if run >= 3 { sawRun = true }
                run = 0
                // Text after a run of leaders: entries ran together.
                if sawRun, byte != UInt8(ascii: " "), !(byte >= 0x30 && byte <= 0x39) { afterRun = true }
            }
            if afterRun { return true }
        }
        return false
    }

    /// "APERTURA DE LA REUNIÓN….……… CREDENCIALES …….", "… LES MEMBRES…... 3 a) Conséquences":
    /// entries a copy from the web ran together, split after each run of leaders (and the page
    /// number that follows it).
    static func runTogetherEntries(_ line: String) -> [String]? {
        let chars = Array(line)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            guard chars[i] == "." || chars[i] == "…" else { i += 1; continue }
            var run = 0, j = i
            while j < chars.count, chars[j] == "." || chars[j] == "…" || chars[j] == " " && j + 1 < chars.count && (chars[j + 1] == "." || chars[j + 1] == "…") {
                if chars[j] != " " { run += chars[j] == "…" ? 3 : 1 }
                j += 1
            }
            guard run >= 3 else { i = j; continue }
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            var page = k
            while page < chars.count, chars[page].isNumber { page += 1 }
            var next = page
            while next < chars.count, chars[next] == " " { next += 1 }
            let hasPage = page > k
            // Something must follow: a page number then text, or (six leaders or more) text.
            if next < chars.count, next > page || !hasPage, hasPage || run >= 6, hasPage ? next > page : true {
                let end = hasPage ? page : j
                out.append(String(chars[start..<end]))
                start = hasPage ? next : k
                i = start
                continue
            }
            i = j
        }
        if start < chars.count { out.append(String(chars[start...])) }
        let trimmed = out.map { AgendaImport.tidy(Substring($0)) }.filter { !$0.isEmpty }
        return trimmed.count > 1 ? trimmed : nil
    }

    // MARK: The result

    mutating func finish() -> AgendaImport.Result {
        dropUntitled()
        if header.language == nil {
            header.language = DocumentLanguage.detect(items.flatMap { Fold.words($0.title) })
        }
        return AgendaImport.Result(header: header, items: items, notes: notes.sorted { $0.line < $1.line })
    }
}
