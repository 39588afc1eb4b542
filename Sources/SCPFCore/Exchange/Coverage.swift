import Foundation

/// Which terms of reference each session exercised: for each ToR letter in force, the
/// agenda items that addressed it (withdrawn and deferred items did not).
public struct CoverageRow: Equatable, Sendable {
    public var session: Int
    public var title: String
    public var torVersion: String
    /// Letter → item numbers on that session's agenda ("5", "6(a)").
    public var items: [String: [String]]
    /// Letters in force for that session (old sessions keep the ToR that applied to them).
    public var lettersInForce: [String]
}

public enum Coverage {
    public static func rows(year: Int, sessions: [Session], committee: Committee) -> [CoverageRow] {
        sessions.filter { $0.year == year }.sorted { $0.number < $1.number }.map { s in
            let tor = committee.torInForce(on: s.startDate)
            let numbers = s.agenda.numbers
            var items: [String: [String]] = [:]
            for (i, item) in s.agenda.items.enumerated() where item.status != .withdrawn && item.status != .deferred {
                for letter in item.tor { items[letter, default: []].append(numbers[i]) }
            }
            return CoverageRow(session: s.number, title: s.title, torVersion: tor?.id ?? "", items: items,
                               lettersInForce: tor?.letters ?? [])
        }
    }

    /// All letters of all versions, in order, so a matrix spanning an amendment has one column each.
    public static func allLetters(_ committee: Committee) -> [String] {
        var seen: [String] = []
        for v in committee.termsOfReference.sorted(by: { $0.effectiveFrom < $1.effectiveFrom }) {
            for l in v.letters where !seen.contains(l) { seen.append(l) }
        }
        return seen
    }

    public static func render(year: Int, sessions: [Session], committee: Committee, format: ExportFormat) throws -> String {
        let rows = rows(year: year, sessions: sessions, committee: committee)
        let letters = allLetters(committee)
        func cell(_ row: CoverageRow, _ letter: String) -> String {
            guard row.lettersInForce.contains(letter) else { return "n/a" }
            return row.items[letter].map { $0.joined(separator: " ") } ?? "—"
        }
        switch format {
        case .md:
            var out = "# Terms of reference exercised in \(year)\n\n"
            if rows.isEmpty { return out + "No sessions in \(year).\n" }
            out += "| session | " + letters.map { "(\(Markdown.inline($0)))" }.joined(separator: " | ") + " |\n"
            out += "|---|" + letters.map { _ in "---" }.joined(separator: "|") + "|\n"
            for row in rows { out += "| \(row.session) | " + letters.map { Markdown.inline(cell(row, $0)) }.joined(separator: " | ") + " |\n" }
            let unused = letters.filter { l in rows.contains { $0.lettersInForce.contains(l) } && rows.allSatisfy { $0.items[l] == nil } }
            out += "\n" + (unused.isEmpty ? "Every term of reference in force was exercised." :
                "Not exercised in \(year): " + unused.map { "(\($0))" }.joined(separator: ", ") + ".") + "\n"
            out += "\nCells list the agenda items under each term; n/a: not in the terms of reference in force for that session.\n"
            return out
        case .csv:
            var out = CSV.row(["session"] + letters)
            for row in rows { out += CSV.row(["\(row.session)"] + letters.map { cell(row, $0) }) }
            return out
        case .json:
            struct Entry: Encodable { var session: Int; var title: String; var torVersion: String; var lettersInForce: [String]; var items: [String: [String]] }
            struct Doc: Encodable { var year: Int; var letters: [String]; var sessions: [Entry] }
            let doc = Doc(year: year, letters: letters, sessions: rows.map {
                Entry(session: $0.session, title: $0.title, torVersion: $0.torVersion, lettersInForce: $0.lettersInForce, items: $0.items)
            })
            return String(decoding: try JSONCoding.encode(doc), as: UTF8.self)
        default:
            throw DomainError("Coverage exports as md, csv or json.")
        }
    }
}
