import Foundation

/// A recurring item across sessions: "Programme and Budget for 2025" at one session is
/// "Programme and Budget for 2026" at the next; "Status report on outstanding contributions …
/// as at 31 March 2024" comes every year under a new symbol. The same item is found by its
/// title (in any language the record holds, years, dates, numbers and ordinals left out) or by
/// the series of its documents (their titles, read the same way).
public struct HistoryEntry: Equatable, Sendable {
    public var session: Int
    public var sessionTitle: String
    public var startDate: Day
    public var itemId: String
    /// From `agenda.numbers`.
    public var itemNumber: String
    public var title: String
    public var documents: [String]
    public var status: ItemStatus
    /// "took note", "deferred to session 38"; nil when none was recorded.
    public var outcome: String?
    public var conclusion: String?
    /// Whether the Council acted on the recommendation: "approved (C/115/RES/1413, 28 November 2024)",
    /// "awaiting the Council's action", or nil when nothing went to the Council.
    public var council: String?
}

public enum ItemHistory {
    /// The same item in every session, newest first; the item itself is among them.
    public static func entries(of itemId: String, in session: Int, sessions: [Session]) -> [HistoryEntry] {
        guard let s = sessions.first(where: { $0.number == session }), let item = s.agenda.item(itemId) else { return [] }
        let titleKeys = keys(of: item)
        let documentKeys = Set(item.documents.compactMap { $0.title.map(seriesKey) }.filter(isDistinctive))
        var out: [HistoryEntry] = []
        for other in sessions.sorted(by: { $0.number > $1.number }) {
            let numbers = other.agenda.numbers
            for (index, candidate) in other.agenda.items.enumerated() {
                let same = (other.number == session && candidate.id == itemId)
                    || !keys(of: candidate).isDisjoint(with: titleKeys)
                    || candidate.documents.contains { $0.title.map { documentKeys.contains(seriesKey($0)) } ?? false }
                guard same else { continue }
                out.append(entry(candidate, number: numbers[index], in: other))
                break
            }
        }
        return out
    }

    /// The newest item whose title (in any language) holds every word of `text`, for
    /// `scpf export history --item "…"`; an exact title match wins over a partial one.
    public static func find(_ text: String, in sessions: [Session]) -> (session: Int, itemId: String)? {
        let wanted = Fold.words(text)
        guard !wanted.isEmpty else { return nil }
        let sorted = sessions.sorted { $0.number > $1.number }
        let whole = Fold.words(text).joined(separator: " ")
        for exact in [true, false] {
            for s in sorted {
                for item in s.agenda.items {
                    let titles = [item.title] + (item.translations.map { Array($0.values) } ?? [])
                    let hit = titles.contains { title in
                        let words = Fold.words(title)
                        return exact ? words.joined(separator: " ") == whole : wanted.allSatisfy { w in words.contains { $0.hasPrefix(w) } }
                    }
                    if hit { return (s.number, item.id) }
                }
            }
        }
        return nil
    }

    static func entry(_ item: AgendaItem, number: String, in s: Session) -> HistoryEntry {
        var council: String?
        if let outcome = item.outcome, outcome.kind.awaitsCouncil {
            if let action = outcome.councilAction {
                council = action.result.label + " (" + ([action.resolution].compactMap { $0 } + [action.date.long]).joined(separator: ", ") + ")"
            } else {
                council = "awaiting the \(s.receivingBody)'s action"
            }
        }
        let conclusion = item.outcome?.conclusion.trimmingCharacters(in: .whitespacesAndNewlines)
        return HistoryEntry(session: s.number, sessionTitle: s.title, startDate: s.startDate, itemId: item.id, itemNumber: number,
                            title: item.title, documents: item.documents.map(\.symbol), status: item.status,
                            outcome: item.outcome?.label, conclusion: conclusion?.isEmpty == false ? conclusion : nil, council: council)
    }

    /// The keys of an item's titles in every language it has.
    static func keys(of item: AgendaItem) -> Set<String> {
        let titles = [item.title] + (item.translations.map { Array($0.values) } ?? [])
        return Set(titles.map(seriesKey).filter(isDistinctive))
    }

    /// A key too short says nothing ("Other business" is procedural, but "Report" alone is too
    /// common to tie two items together).
    static func isDistinctive(_ key: String) -> Bool { key.split(separator: " ").count >= 2 || key.count >= 12 }

    /// A title with what changes from one year to the next left out: years, dates, numbers,
    /// ordinals ("thirty-seventh", "37th") and the small words of the three languages.
    public static func seriesKey(_ title: String) -> String {
        Fold.words(title.replacingOccurrences(of: "-", with: " "))
            .filter { word in
                guard let first = word.unicodeScalars.first else { return false }
                if CharacterSet.decimalDigits.contains(first) { return false }
                return !ignored.contains(word)
            }
            .joined(separator: " ")
    }

    static let ignored: Set<String> = {
        var words: Set<String> = [
            "the", "of", "and", "for", "on", "at", "as", "in", "a", "an", "to", "by", "from", "its",
            "le", "la", "les", "l'", "de", "des", "du", "d'", "et", "pour", "sur", "au", "aux", "en",
            "el", "los", "las", "del", "y", "para", "sobre", "al", "a", "en",
            "session", "sessions", "reunion", "year", "annee", "ano",
            "hundred", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ]
        for n in 1...99 { for w in Ordinal.words(n).split(separator: "-") { words.insert(String(w)) } }
        for m in Day.monthNames { words.insert(m.lowercased()) }
        words.formUnion(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
                         "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"])
        // Words that make a title like "first", "second" from Ordinal also include "second" in
        // "Second Vice-Chairperson": such titles are procedural and rarely recur by themselves.
        return words
    }()
}

/// `scpf export history`: one recurring item's history as Markdown or CSV.
public enum HistoryExport {
    public static func markdown(_ entries: [HistoryEntry], committee: Committee) -> String {
        guard let newest = entries.first else { return "" }
        var out = "# \(Markdown.inline(newest.title))\n\n"
        out += "History of the item in the sessions of the \(Markdown.inline(committee.name)), newest first.\n\n"
        out += "| Session | Date | Item | Title | Documents | Outcome | Conclusion | Council |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for e in entries {
            let cells = [String(e.session), e.startDate.iso, e.itemNumber, e.title, e.documents.joined(separator: ", "),
                         e.outcome ?? e.status.label, e.conclusion ?? "", e.council ?? ""]
            out += "| " + cells.map(Markdown.inline).joined(separator: " | ") + " |\n"
        }
        return out
    }

    public static func csv(_ entries: [HistoryEntry]) -> String {
        var out = CSV.row(["session", "date", "item", "title", "documents", "status", "outcome", "conclusion", "council"])
        for e in entries {
            out += CSV.row([String(e.session), e.startDate.iso, e.itemNumber, e.title, e.documents.joined(separator: " "),
                            e.status.rawValue, e.outcome ?? "", e.conclusion ?? "", e.council ?? ""])
        }
        return out
    }
}
