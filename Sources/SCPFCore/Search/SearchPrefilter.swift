import Foundation

/// Which session files can hold a match, decided from the file's bytes before it is decoded,
/// so `scpf search` reads only those (decoding is most of its time). A file is skipped only
/// when some word of the query occurs neither in the file nor in the texts the search takes
/// from elsewhere (member states' names, officers, outcome labels): a necessary condition,
/// never a false "no".
public struct SearchPrefilter: Sendable {
    /// Folded words each file must hold; empty: every file is read.
    let required: [[UInt8]]
    let sessions: Set<Int>?

    public init(query: SearchQuery, committee: Committee) {
        sessions = query.sessions
        var derived = committee.memberStates.map(\.displayName) + OutcomeKind.allCases.map(\.label)
        derived += ["deferred to session", "Provisional agenda", "speakers", "attendance", "title", "conclusion", "outcome", "minute notes", "report"]
        for bureau in committee.bureaus ?? [] { derived += bureau.officers.map { "\($0.role) \(committee.describe($0))" } }
        let vocabulary = FoldedText(derived.joined(separator: "\n"))
        var words: [[UInt8]] = []
        for term in query.terms {
            // Runs of letters, digits and the marks of symbols ("S/37/1/Rev.1", "d'Ivoire"):
            // a phrase may run over a line break the file writes as \n, and lists the search
            // joins itself ("China (中国), Egypt") put punctuation of their own between names.
            let pieces = term.split { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "." || $0 == "'" || $0 == "’" || $0 == "-") }
            for word in pieces {
                let folded = FoldedText.fold(query: String(word))
                if folded.isEmpty || FoldedText.contains(vocabulary.bytes, folded) { continue }
                words.append(folded)
            }
        }
        required = words
    }

    /// Whether the session file (its number and bytes) may hold a match.
    public func mayMatch(session number: Int?, bytes: Data) -> Bool {
        if let sessions, let number, !sessions.contains(number) { return false }
        guard !required.isEmpty else { return true }
        let folded = FoldedText(String(decoding: bytes, as: UTF8.self))
        return required.allSatisfy { FoldedText.contains(folded.bytes, $0) }
    }

    /// Nothing to decide from the bytes: every file (of the sessions asked for) is read.
    public var readsEverything: Bool { required.isEmpty }
}
