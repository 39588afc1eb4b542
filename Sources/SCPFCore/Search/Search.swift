/// One place a query was found: the text, where it is (session, item number, field) and the
/// matched stretches, as character offsets into `text`, for the UI and the text output to mark.
public struct SearchHit: Equatable, Sendable {
    public var kind: SearchKind
    public var field: String
    public var text: String
    /// Matched characters of `text`, sorted and not overlapping.
    public var ranges: [Range<Int>]
    /// nil for the Committee's own texts (Rules of Procedure).
    public var session: Int?
    public var itemId: String?
    /// The item's number, from `agenda.numbers`.
    public var itemNumber: String?
    public var itemTitle: String?
    public var target: SearchTarget

    /// The text cut to about `width` characters around the first match, with its ranges moved
    /// to match ("…" marks what was cut).
    public func excerpt(width: Int) -> (text: String, ranges: [Range<Int>]) {
        let chars = Array(text)
        guard chars.count > width, width > 10 else { return (text, ranges) }
        let first = ranges.first?.lowerBound ?? 0
        var start = max(0, first - width / 3)
        if start + width > chars.count { start = max(0, chars.count - width) }
        // Start at a word when one begins shortly before.
        if start > 0, let space = chars[max(0, start - 12)..<start].lastIndex(of: " ") { start = space + 1 }
        let end = min(chars.count, start + width - (start > 0 ? 1 : 0) - 1)
        let lead = start > 0 ? "…" : ""
        let tail = end < chars.count ? "…" : ""
        let shift = lead.count - start
        let shown = lead + String(chars[start..<end]) + tail
        let moved = ranges.compactMap { r -> Range<Int>? in
            let lo = max(r.lowerBound, start), hi = min(r.upperBound, end)
            return lo < hi ? (lo + shift)..<(hi + shift) : nil
        }
        return (shown, moved)
    }
}

/// The hits of one session (newest first), or of the Committee's texts (last).
public struct SearchGroup: Equatable, Sendable {
    /// nil for the Committee's own texts (Rules of Procedure).
    public var session: Int?
    /// "Thirty-seventh Session", "Rules of Procedure".
    public var title: String
    public var startDate: Day?
    public var hits: [SearchHit]
}

public struct SearchResults: Equatable, Sendable {
    public var groups: [SearchGroup] = []
    /// Every hit found, also those left out by the limit.
    public var total = 0
    public var hitCount: Int { groups.reduce(0) { $0 + $1.hits.count } }
    public var isEmpty: Bool { total == 0 }
    public init() {}
}

extension SearchIndex {
    /// Finds `query` in the record, grouped by session, newest first, items in agenda order,
    /// the Committee's texts last; at most `limit` hits (all when nil).
    public func search(_ query: SearchQuery, limit: Int? = nil) -> SearchResults {
        var results = SearchResults()
        guard !query.isEmpty else { return results }
        // Filters alone (outcome:deferred) list the items, not every text of each.
        let kinds = query.kinds ?? (query.terms.isEmpty ? [.item] : Set(SearchKind.allCases))
        let needsItem = query.tor != nil || query.outcomes != nil
        var remaining = limit ?? Int.max
        for number in sessions.keys.sorted(by: >) {
            guard let s = sessions[number] else { continue }
            if let years = query.years, !years.contains(s.year) { continue }
            if let wanted = query.sessions, !wanted.contains(number) { continue }
            var hits: [(order: Int, hit: SearchHit)] = []
            for e in s.entries where kinds.contains(e.kind) {
                if needsItem {
                    guard let id = e.itemId else { continue }
                    if let tor = query.tor, Set(s.itemTor[id] ?? []).isDisjoint(with: tor) { continue }
                    if let outcomes = query.outcomes, !(s.itemOutcome[id].map(outcomes.contains) ?? false) { continue }
                }
                guard matches(e, query) else { continue }
                results.total += 1
                guard remaining > 0 else { continue }
                remaining -= 1
                let ranges = self.ranges(e, query)
                let hit = SearchHit(kind: e.kind, field: e.field, text: e.text, ranges: ranges, session: number, itemId: e.itemId,
                                    itemNumber: e.itemIndex.map { s.itemNumbers[$0] }, itemTitle: e.itemIndex.map { s.itemTitles[$0] },
                                    target: e.target)
                hits.append((e.itemIndex ?? Int.max, hit))
            }
            if !hits.isEmpty {
                // Items in agenda order; the session's own texts (agenda, report, attendance,
                // officers) after them. The sort is stable: each item's texts keep their order.
                let ordered = hits.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.hit)
                results.groups.append(SearchGroup(session: number, title: s.source.title, startDate: s.source.startDate, hits: ordered))
            }
        }
        let committeeWanted = kinds.contains(.rule) && query.years == nil && query.sessions == nil && !needsItem
        if committeeWanted {
            var hits: [SearchHit] = []
            for e in committeeEntries {
                guard matches(e, query) else { continue }
                results.total += 1
                guard remaining > 0 else { continue }
                remaining -= 1
                hits.append(SearchHit(kind: e.kind, field: e.field, text: e.text, ranges: ranges(e, query), target: e.target))
            }
            if !hits.isEmpty { results.groups.append(SearchGroup(session: nil, title: "Rules of Procedure", startDate: nil, hits: hits)) }
        }
        return results
    }

    /// Whether every term occurs in the entry (terms on digits respect number boundaries).
    func matches(_ e: SearchEntry, _ query: SearchQuery) -> Bool {
        query.folded.allSatisfy { term in
            let digits = FoldedText.isDigit(term[0]) || FoldedText.isDigit(term[term.count - 1])
            return digits ? !e.folded.occurrences(of: term).isEmpty : FoldedText.contains(e.folded.bytes, term)
        }
    }

    /// The matched character ranges of an entry that matches, sorted and merged.
    func ranges(_ e: SearchEntry, _ query: SearchQuery) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for term in query.folded {
            for offset in e.folded.occurrences(of: term) { found.append(e.folded.characters(offset, offset + term.count)) }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in found {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}

extension SearchIndex {
    /// Parses and runs a query in one step.
    public func search(_ text: String, limit: Int? = nil) throws(SearchQueryError) -> SearchResults {
        try search(SearchQuery(parsing: text), limit: limit)
    }
}
