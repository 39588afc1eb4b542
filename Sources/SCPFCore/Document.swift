/// A document listed under an agenda item, by symbol.
public struct DocumentRef: Codable, Hashable, Sendable {
    public var symbol: String
    public var title: String?
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

/// The symbol conventions of IOM governing bodies:
/// `S/37/4`, `S/37/4/Rev.1`, `S/37/CRP/2`, `S/37/L/1`, `C/115/7`, `MC/2334`, `MC/INF/287`.
public enum DocumentSymbol {
    public static let example = "S/37/4 (or S/37/4/Rev.1, S/37/CRP/2, C/115/7, MC/2334)"

    /// nil when valid, otherwise a sentence saying what is wrong with an example.
    public static func problem(_ symbol: String) -> String? {
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) && s.first != "0" }
        func suffixOK(_ rest: ArraySlice<String>) -> Bool {
            rest.allSatisfy { part in
                for prefix in ["Rev.", "Add.", "Corr."] where part.hasPrefix(prefix) {
                    return isNumber(String(part.dropFirst(prefix.count)))
                }
                return false
            }
        }
        var bad: String { "“\(symbol)” is not a document symbol; write it like \(example)." }
        guard let head = parts.first else { return bad }
        switch head {
        case "S", "C":
            guard parts.count >= 3, isNumber(parts[1]) else { return bad }
            if parts[2] == "CRP" || parts[2] == "L" || parts[2] == "INF" {
                guard parts.count >= 4, isNumber(parts[3]), suffixOK(parts[4...]) else { return bad }
                return nil
            }
            guard isNumber(parts[2]), suffixOK(parts[3...]) else { return bad }
            return nil
        case "MC":
            guard parts.count >= 2 else { return bad }
            if parts[1] == "INF" {
                guard parts.count >= 3, isNumber(parts[2]), suffixOK(parts[3...]) else { return bad }
                return nil
            }
            guard isNumber(parts[1]), suffixOK(parts[2...]) else { return bad }
            return nil
        default:
            return bad
        }
    }

    public static func isValid(_ symbol: String) -> Bool { problem(symbol) == nil }

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
