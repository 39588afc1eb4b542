import Foundation

/// scpf's own agenda exports read back: JSON and CSV carry the numbers, titles and symbols as
/// fields, HTML as nested lists; each comes back to the same items (the Markdown export is
/// text the ordinary reader reads).
extension AgendaImport {
    /// The reading of an export, or nil when `text` is not one.
    static func parseExport(_ text: String, firstId: Int) -> Result? {
        let start = text.drop { $0.isWhitespace }
        if start.hasPrefix("{"), let result = json(text, firstId: firstId) { return result }
        if start.hasPrefix("number,title,"), let result = csv(text, firstId: firstId) { return result }
        if start.hasPrefix("<!DOCTYPE html>"), text.contains("<ol class=\"agenda\">") { return html(text, firstId: firstId) }
        return nil
    }

    struct ExportedItem { var number: String; var title: String; var documents: [String] }

    /// Items with the levels and kept numbers their numbers say ("6", "6(b)", "6(b)(i)"),
    /// read the way a document's numbers are, titles and symbols taken as they are.
    static func items(_ exported: [ExportedItem], firstId: Int) -> [AgendaItem] {
        let lines = exported.map { e -> String in e.number.contains("(") ? "\(e.number) x" : "\(e.number). x" }
        var reader = AgendaReader(firstId: firstId)
        for (index, line) in lines.enumerated() {
            reader.read(Substring(line), line: index + 1)
            // Every line starts an item: none continues the one above.
            reader.read("", line: index + 1)
        }
        var items = reader.finish().items
        guard items.count == exported.count else { return [] }
        for index in items.indices {
            items[index].title = exported[index].title
            items[index].documents = exported[index].documents.map { DocumentRef(symbol: $0) }
            items[index].procedural = ProceduralTitles.isProcedural(exported[index].title)
            items[index].purpose = items[index].procedural ? .decision : .information
        }
        return items
    }

    private struct JSONExport: Decodable {
        struct Item: Decodable { var number: String; var title: String; var documents: [String]? }
        var committee: String?
        var session: Int?
        var venue: String?
        var startDate: String?
        var endDate: String?
        var symbol: String?
        var issuedOn: String?
        var items: [Item]
    }

    static func json(_ text: String, firstId: Int) -> Result? {
        guard let export = try? JSONDecoder().decode(JSONExport.self, from: Data(text.utf8)) else { return nil }
        var header = DocumentHeader()
        header.committee = export.committee == "SCPF" ? "SCPF" : export.committee
        header.session = export.session
        header.venue = export.venue
        header.opens = export.startDate.flatMap(Day.init(iso:))
        header.closes = export.endDate.flatMap(Day.init(iso:))
        header.symbol = export.symbol
        header.issuedOn = export.issuedOn.flatMap(Day.init(iso:))
        header.language = .en
        let exported = export.items.map { ExportedItem(number: $0.number, title: $0.title, documents: $0.documents ?? []) }
        return Result(header: header, items: items(exported, firstId: firstId), notes: [])
    }

    static func csv(_ text: String, firstId: Int) -> Result? {
        let rows = csvRows(text)
        guard let head = rows.first, let number = head.firstIndex(of: "number"), let title = head.firstIndex(of: "title") else { return nil }
        let documents = head.firstIndex(of: "documents")
        /// A field that began with a formula character was written with a leading `'`.
        func value(_ field: String) -> String {
            guard field.hasPrefix("'"), let next = field.unicodeScalars.dropFirst().first, CSV.formulaStarts.contains(next) else { return field }
            return String(field.dropFirst())
        }
        let exported = rows.dropFirst().filter { $0.count > max(number, title) }.map { row in
            ExportedItem(number: value(row[number]), title: value(row[title]),
                         documents: documents.map { row.count > $0 ? row[$0].split(separator: " ").map(String.init) : [] } ?? [])
        }
        return Result(header: DocumentHeader(), items: items(exported, firstId: firstId), notes: [])
    }

    /// RFC 4180 rows: quoted fields with doubled quotes, CR LF or LF between rows.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        while let s = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if s == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(s) }
                continue
            }
            switch s {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(s)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The HTML export as text: its head as lines, its nested list as numbered lines.
    static func html(_ text: String, firstId: Int) -> Result {
        var lines: [String] = []
        var line = ""
        var counters = [0, 0, 0]
        var depth = -1
        var skipping = 0          // inside an annotation list (<ul>) or the page's <style>/<title>
        var inList = false
        var i = text.startIndex
        func flush() {
            let t = AgendaImport.tidy(Substring(line))
            if !t.isEmpty { lines.append(t) }
            line = ""
        }
        while i < text.endIndex {
            if text[i] == "<", let close = text[i...].firstIndex(of: ">") {
                let tag = String(text[text.index(after: i)..<close])
                let name = tag.split(separator: " ").first.map { $0.lowercased() } ?? ""
                switch name {
                case "style", "title", "ul": skipping += 1
                case "/style", "/title", "/ul": skipping = max(0, skipping - 1)
                case "ol":
                    if tag.contains("class=\"agenda\"") { inList = true }
                    if inList { flush(); depth += 1; if depth < 3 { counters[depth] = 0 } }
                case "/ol":
                    if inList { flush(); depth -= 1; if depth < 0 { inList = false } }
                case "li":
                    if inList, depth >= 0, depth < 3, skipping == 0 {
                        flush()
                        var value = counters[depth] + 1
                        if let range = tag.range(of: "value=\""), let end = tag[range.upperBound...].firstIndex(of: "\""),
                           let v = Int(tag[range.upperBound..<end]) { value = v }
                        counters[depth] = value
                        for deeper in (depth + 1)..<3 { counters[deeper] = 0 }
                        // The whole number ("6(b)(i)"): "(i)" alone could be a ninth letter.
                        let letter = AgendaItem.subLetter(depth >= 1 ? counters[1] : 0)
                        line = depth == 0 ? "\(value). " : depth == 1 ? "\(counters[0])(\(letter)) " : "\(counters[0])(\(letter))(\(AgendaItem.romanLower(value))) "
                    }
                case "br", "/p", "p", "/div", "div", "/h1", "h1", "/li", "/span":
                    if skipping == 0 { flush() }
                case "em", "/em": break
                default: break
                }
                i = text.index(after: close)
                continue
            }
            if skipping == 0 { line.append(text[i]) }
            i = text.index(after: i)
        }
        flush()
        let decoded = lines.map {
            $0.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: " (supplementary)", with: "")
        }
        var reader = AgendaReader(firstId: firstId)
        for (index, line) in decoded.enumerated() {
            reader.read(Substring(line), line: index + 1)
            reader.read("", line: index + 1)
        }
        return reader.finish()
    }
}
