/// A document listed under an agenda item, by symbol.
public struct DocumentRef: Codable, Hashable, Sendable {
    public var symbol: String
    public var title: String?
    /// The title in French and Spanish ("fr", "es"); nil when none.
    public var titleTranslations: Translations?
    /// Language versions available ("en", "fr", "es").
    public var languages: [String]
    /// General, limited or restricted, when known.
    public var distribution: Distribution?
    /// The day the document states its figures "as at" (a status report), or its date of issue.
    public var asAt: Day?
    public init(symbol: String, title: String? = nil, languages: [String] = ["en", "fr", "es"],
                distribution: Distribution? = nil, asAt: Day? = nil) {
        self.symbol = symbol; self.title = title; self.languages = languages
        self.distribution = distribution; self.asAt = asAt
    }
}

/// How widely a document is distributed, as its symbol block marks it.
public enum Distribution: String, Codable, CaseIterable, Sendable {
    case general, limited, restricted
}

/// The symbol conventions of IOM governing bodies (see docs/sources.md):
/// `S/37/4`, `S/37/4/Rev.1`, `S/37/CRP/2`, `S/37/L/1`, `SCPF/12`, `C/115/7`, `C/115/L/3`,
/// `C/115/RES/1412`, `C/Sp/7/L/1`, `MC/2334`, `MC/EX/729`, `MC/INF/287`, `IC/2011/5`, and the
/// conference room papers cited as "CRP No. 18"; any of them with `/Rev.n`, `/Add.n`,
/// `/Corr.n` in any combination.
public enum DocumentSymbol {
    public static let example = "S/37/4 (or S/37/4/Rev.1, S/37/CRP/2, C/115/7, C/115/RES/1412, MC/EX/729, IC/2011/5)"

    /// nil when valid, otherwise a sentence saying what is wrong with an example.
    public static func problem(_ symbol: String) -> String? {
        var bad: String { "“\(symbol)” is not a document symbol; write it like \(example)." }
        if let number = crpNumber(symbol) { return number > 0 ? nil : bad }
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.count <= 6 && s.allSatisfy { $0.isASCII && $0.isNumber } && s.first != "0" }
        /// `/Rev.1`, `/Add.2`, `/Corr.1` (French texts write `Rév.`), in any order and number.
        func suffixOK(_ rest: ArraySlice<String>) -> Bool {
            rest.allSatisfy { part in
                for prefix in ["Rev.", "Rév.", "Add.", "Corr."] where part.hasPrefix(prefix) {
                    return isNumber(String(part.dropFirst(prefix.count)))
                }
                return false
            }
        }
        /// `<n>` or `<SERIES>/<n>` for the given sub-series, then suffixes.
        func numbered(_ rest: ArraySlice<String>, series: Set<String>) -> Bool {
            guard let first = rest.first else { return false }
            if isNumber(first) { return suffixOK(rest.dropFirst()) }
            guard series.contains(first), rest.count >= 2, isNumber(rest[rest.startIndex + 1]) else { return false }
            return suffixOK(rest.dropFirst(2))
        }
        guard let head = parts.first else { return bad }
        let body = parts.dropFirst()
        let ok: Bool
        switch head {
        case "S":
            // S/37/4, S/37/CRP/2, S/37/L/1, S/37/INF/1
            guard let session = body.first, isNumber(session) else { return bad }
            ok = numbered(body.dropFirst(), series: ["CRP", "L", "INF"])
        case "SCPF":
            ok = numbered(body, series: ["CRP", "L", "INF"])
        case "C":
            // C/115/7, C/115/L/3, C/115/RES/1412, C/115/INF/1, C/Sp/7/L/1
            var rest = body
            if rest.first == "Sp" { rest = rest.dropFirst() }
            guard let session = rest.first, isNumber(session) else { return bad }
            ok = numbered(rest.dropFirst(), series: ["CRP", "L", "RES", "INF"])
        case "MC":
            // MC/2334, MC/INF/287, MC/EX/729, MC/EX/INF/1, MC/EX/L/1
            if body.first == "EX" { ok = numbered(body.dropFirst(), series: ["INF", "L", "CRP"]) } else { ok = numbered(body, series: ["INF", "L", "CRP"]) }
        case "IC":
            // IC/2011/5: informal consultations, by year.
            guard body.count >= 2, let year = body.first, year.count == 4, isNumber(year) else { return bad }
            ok = isNumber(body[body.startIndex + 1]) && suffixOK(body.dropFirst(2))
        default:
            ok = false
        }
        return ok ? nil : bad
    }

    public static func isValid(_ symbol: String) -> Bool { problem(symbol) == nil }

    /// 18 for "CRP No. 18" (or "CRP No.18", "CRP N° 18"), 0 for a malformed number, nil when
    /// the text is not of that form.
    static func crpNumber(_ symbol: String) -> Int? {
        for prefix in ["CRP No. ", "CRP No.", "CRP N° ", "CRP N°", "CRP n° "] where symbol.hasPrefix(prefix) {
            let digits = symbol.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else { return 0 }
            return Int(digits)
        }
        return nil
    }

    /// The next free `S/<session>/<n>` given the symbols already used.
    public static func nextFree(session: Int, used: [String]) -> String {
        let prefix = "S/\(session)/"
        let taken = used.compactMap { s -> Int? in
            guard s.hasPrefix(prefix) else { return nil }
            return Int(s.dropFirst(prefix.count).split(separator: "/").first ?? "")
        }
        return "\(prefix)\((taken.max() ?? 1) + 1)"
    }
}
