import Foundation

/// `scpf search` output: text for people (each match between [ and ]),
/// JSON with stable fields for scripts (docs/user-guide.md, "Search").
public enum SearchOutput {
    /// Groups under their session's line, each hit "  item 3 · title: …[match]…".
    public static func text(_ results: SearchResults, width: Int = 100) -> String {
        var out = ""
        for group in results.groups {
            let date = group.startDate.map { " · \($0.long)" } ?? ""
            out += group.session.map { "Session \($0) — \(group.title)\(date)\n" } ?? "\(group.title)\n"
            for hit in group.hits {
                let (shown, ranges) = hit.excerpt(width: width)
                out += "  " + place(hit) + ": " + marked(shown, ranges) + "\n"
            }
        }
        let shown = results.hitCount
        out += results.total == shown ? "\(shown) match\(shown == 1 ? "" : "es")\n" : "\(shown) of \(results.total) matches (--limit)\n"
        return out
    }

    /// "item 3(a) · title (fr)", "S/37/1", "attendance".
    public static func place(_ hit: SearchHit) -> String {
        if let number = hit.itemNumber { return "item \(number) · \(hit.field)" }
        return hit.field
    }

    /// The text with each matched stretch between [ and ].
    public static func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return text }
        var out = "", next = 0
        let chars = Array(text)
        for r in ranges where r.lowerBound >= next && r.upperBound <= chars.count {
            out += String(chars[next..<r.lowerBound]) + "[" + String(chars[r]) + "]"
            next = r.upperBound
        }
        return out + String(chars[next...])
    }

    struct JSONDocument: Encodable {
        var query: String
        var total: Int
        var shown: Int
        var results: [JSONHit]
    }

    struct JSONHit: Encodable {
        var session: Int?
        var sessionTitle: String?
        var date: String?
        var item: String?
        var itemId: String?
        var itemTitle: String?
        var kind: String
        var field: String
        var text: String
        /// [start, end) character offsets into `text`.
        var matches: [[Int]]
    }

    public static func json(_ results: SearchResults, query: String) throws -> String {
        var hits: [JSONHit] = []
        for group in results.groups {
            for hit in group.hits {
                hits.append(JSONHit(session: group.session, sessionTitle: group.session == nil ? nil : group.title, date: group.startDate?.iso,
                                    item: hit.itemNumber, itemId: hit.itemId, itemTitle: hit.itemTitle, kind: hit.kind.rawValue,
                                    field: hit.field, text: hit.text, matches: hit.ranges.map { [$0.lowerBound, $0.upperBound] }))
            }
        }
        let doc = JSONDocument(query: query, total: results.total, shown: hits.count, results: hits)
        return String(decoding: try JSONCoding.encode(doc), as: UTF8.self)
    }
}
