import Foundation
import Testing
@testable import SCPFCore

/// Any agenda scpf exports imports back to the same items, numbers and symbols (issue 12):
/// random agendas of three levels, with the source's numbers, wrapped words and symbols of
/// every series, through the Markdown export (provisional and annotated).
@Suite("Import round trip")
struct ImportRoundTripTests {
    static let words = ["Programme", "and", "Budget", "for", "2026", "Report", "of", "the", "Director", "General", "on",
                        "Financial", "Statement", "IOM", "Development", "Fund", "Line", "1", "national", "regional",
                        "Côte", "d'Ivoire", "Türkiye", "Développement", "Programación", "(ex-Fund", "1035)", "a", "y", "et",
                        "external", "Auditor", "human", "resources", "oversight", "–", "scale", "assessment", "*", "_", "<b>", "&"]
    static let symbols = ["S/37/4", "S/37/4/Rev.1", "S/37/CRP/2", "C/115/7", "C/115/L/3", "C/115/RES/1412", "C/Sp/7/L/1",
                          "MC/2334", "MC/EX/729", "MC/INF/287", "IC/2011/5", "SCPF/12", "C/116/7/Corr.1", "S/38/6/Add.1/Rev.2"]

    static func randomSession(_ rng: inout SplitMix64) -> Session {
        var s = Session(number: 37, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29))
        var items: [AgendaItem] = []
        var level = 0
        for i in 0..<Int.random(in: 1...14, using: &rng) {
            level = i == 0 ? 0 : Int.random(in: 0...min(2, level + 1), using: &rng)
            var title = (0..<Int.random(in: 1...8, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            if title.first == "(" || title.first == "–" || title.first == "*" { title = "Item " + title }
            // "Title –" before its symbols reads as "Title – S/37/4": a dash at the end is not a title's.
            if title.hasSuffix("–") { title += " end" }
            var item = AgendaItem(id: "i\(i + 1)", level: level, title: "Title " + title)
            item.documents = (0..<Int.random(in: 0...3, using: &rng)).map { _ in DocumentRef(symbol: symbols.randomElement(using: &rng)!) }
            if level == 0, Int.random(in: 0..<5, using: &rng) == 0 { item.sourceNumber = (items.count + 1) + Int.random(in: 1...3, using: &rng) }
            items.append(item)
        }
        s.agenda.items = items
        // Numbers that only ever go up, as a source's do.
        var top = 0
        for (index, item) in s.agenda.items.enumerated() where item.level == 0 {
            if let n = item.sourceNumber, n <= top + 1 { s.agenda.items[index].sourceNumber = nil }
            top = s.agenda.items[index].sourceNumber ?? top + 1
        }
        return s
    }

    struct Shape: Equatable, CustomStringConvertible {
        var number: String, title: String, documents: [String]
        var description: String { "\(number) \(title) \(documents)" }
    }

    static func shape(_ items: [AgendaItem]) -> [Shape] {
        let numbers = Agenda(items: items).numbers
        return items.enumerated().map { Shape(number: numbers[$0], title: $1.title, documents: $1.documents.map(\.symbol)) }
    }

    @Test("Every export that carries them imports back to the same numbers, titles and symbols",
          arguments: [(ExportFormat.md, false), (.md, true), (.html, false), (.html, true), (.json, false), (.csv, false)])
    func roundTrip(format: ExportFormat, annotated: Bool) throws {
        var rng = SplitMix64(seed: UInt64(format.rawValue.utf8.count * 7 + (annotated ? 1 : 0)))
        for round in 0..<200 {
            let s = Self.randomSession(&rng)
            let text = try AgendaExport.render(s, committee: .scpf(), format: format, annotated: annotated)
            let back = AgendaImport.parse(text)
            #expect(Self.shape(back.items) == Self.shape(s.agenda.items), "round \(round):\n\(text)\nnotes: \(back.notes)")
            if format != .csv {
                #expect(back.header.session == 37 && back.header.opens == Day(2025, 10, 28) && back.header.closes == Day(2025, 10, 29), "round \(round): \(back.header)")
            }
            if Self.shape(back.items) != Self.shape(s.agenda.items) { return }
        }
    }
}
