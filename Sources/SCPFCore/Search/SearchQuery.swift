/// What a search over the whole record finds, by kind (the `kind:` filter).
public enum SearchKind: String, CaseIterable, Codable, Sendable {
    /// Agenda item titles, in every language the record holds.
    case item
    /// Document symbols and titles (the agenda's own and those listed under items).
    case document
    /// Outcomes and their conclusions (other than recommendations to the Council).
    case outcome
    /// Recommendations to the Council and urgent decisions: their conclusions.
    case recommendation
    /// Minute notes taken in the room.
    case notes
    /// Sections of the report to the Council.
    case report
    /// Rules of Procedure: titles and texts of every version.
    case rule
    /// Delegations on speakers lists and in attendance.
    case delegation
    /// Officers of each session.
    case officer

    public var label: String {
        switch self {
        case .item: "item"
        case .document: "document"
        case .outcome: "outcome"
        case .recommendation: "recommendation"
        case .notes: "minute notes"
        case .report: "report"
        case .rule: "Rules of Procedure"
        case .delegation: "delegation"
        case .officer: "officer"
        }
    }
}

/// A bad query: one sentence saying what is wrong and what to write instead.
public struct SearchQueryError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A parsed query: words (any order), quoted phrases, and filters.
///
///     development fund "took note" year:2024 session:38 tor:b outcome:deferred kind:document
///
/// Words and phrases must all occur in the same text (a title, a conclusion, a document's
/// symbol and title …), case and accents ignored; a filter takes one value or several
/// separated by commas (`kind:item,document`).
public struct SearchQuery: Equatable, Sendable {
    /// Words and phrases as typed (for highlighting and messages).
    public var terms: [String] = []
    /// The same, folded.
    var folded: [[UInt8]] = []
    public var years: Set<Int>?
    public var sessions: Set<Int>?
    public var tor: Set<String>?
    public var outcomes: Set<OutcomeKind>?
    public var kinds: Set<SearchKind>?

    public static let filterNames = ["year", "session", "tor", "outcome", "kind"]
    public static let syntax = "words in any order, \"a phrase\", year:2024, session:38, tor:b, outcome:deferred, kind:document"

    public var isEmpty: Bool { terms.isEmpty && years == nil && sessions == nil && tor == nil && outcomes == nil && kinds == nil }

    public init() {}

    public init(parsing text: String) throws(SearchQueryError) {
        var tokens: [(text: String, quoted: Bool)] = []
        var current = "", inQuote = false, quoteOpened = false
        func flush(quoted: Bool) {
            let t = current.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { tokens.append((t, quoted)) }
            current = ""
        }
        for ch in text {
            if ch == "\"" || ch == "“" || ch == "”" {
                if inQuote { flush(quoted: true); inQuote = false } else { flush(quoted: false); inQuote = true; quoteOpened = true }
            } else if !inQuote && (ch == " " || ch == "\t" || ch == "\n") {
                flush(quoted: false)
            } else {
                current.append(ch)
            }
        }
        if inQuote {
            throw SearchQueryError("The phrase \(quoteOpened ? "opened with \" " : "")is not closed: end it with a second \" (\"took note\").")
        }
        flush(quoted: false)
        for token in tokens {
            if !token.quoted, let colon = token.text.firstIndex(of: ":"), colon != token.text.startIndex {
                let name = token.text[..<colon].lowercased()
                let value = String(token.text[token.text.index(after: colon)...])
                if name.allSatisfy({ $0.isLetter }), !value.isEmpty {
                    try apply(filter: name, value: value)
                    continue
                }
            }
            let word = token.quoted ? token.text : token.text.trimmingCharacters(in: CharacterSet(charactersIn: ",;:!?()[]"))
            guard !word.isEmpty else { continue }
            terms.append(word)
            folded.append(FoldedText.fold(query: word))
        }
    }

    private mutating func apply(filter name: String, value: String) throws(SearchQueryError) {
        let values = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        func numbers(_ what: String, example: String) throws(SearchQueryError) -> Set<Int> {
            var out = Set<Int>()
            for v in values {
                guard let n = Int(v), n > 0 else { throw SearchQueryError("\(name):\(value) — \(what) is a number (\(name):\(example)).") }
                out.insert(n)
            }
            return out
        }
        switch name {
        case "year": years = try numbers("a year", example: "2024")
        case "session": sessions = try numbers("a session", example: "38")
        case "tor":
            var out = Set<String>()
            for v in values {
                let letter = v.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()"))
                guard letter.count == 1, "abcdefghi".contains(letter) else {
                    throw SearchQueryError("tor:\(value) — a terms-of-reference item is a letter from a to i (tor:b).")
                }
                out.insert(letter)
            }
            tor = out
        case "outcome":
            var out = Set<OutcomeKind>()
            for v in values {
                let key = v.lowercased()
                guard let kind = OutcomeKind.allCases.first(where: { $0.rawValue == key || $0.label == key }) else {
                    throw SearchQueryError("outcome:\(v) is not an outcome; use one of \(OutcomeKind.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                out.insert(kind)
            }
            outcomes = out
        case "kind":
            var out = Set<SearchKind>()
            for v in values {
                guard let kind = SearchKind(rawValue: v.lowercased()) else {
                    throw SearchQueryError("kind:\(v) is not a kind; use one of \(SearchKind.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                out.insert(kind)
            }
            kinds = out
        default:
            throw SearchQueryError("\(name): is not a filter; use year:, session:, tor:, outcome: or kind: (or put the text in quotes to search for it).")
        }
    }
}

import Foundation
