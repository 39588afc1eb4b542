import Foundation
import Testing
@testable import SCPFCore

/// The importer against real IOM documents (Tests/SCPFCoreTests/Corpus, sources in
/// docs/corpus-sources.md): each text with the items and header a correct reading gives.
@Suite("Import corpus")
struct ImportCorpusTests {
    struct Expected: Decodable {
        struct Header: Decodable {
            var symbol: String?, original: String?, issuedOn: String?, distribution: String?, committee: String?
            var session: Int?, special: Bool?, opens: String?, closes: String?, venue: String?
        }
        struct Item: Decodable, Equatable, CustomStringConvertible {
            var number: String, title: String, documents: [String], procedural: Bool?
            var description: String { "\(number) \(title) \(documents)\(procedural == true ? " proc" : "")" }
        }
        var language: String
        var header: Header
        var items: [Item]
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func load(_ name: String) throws -> (String, Expected) {
        let text = try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".expected.json"))
        return (text, try JSONDecoder().decode(Expected.self, from: data))
    }

    static func items(_ result: AgendaImport.Result) -> [Expected.Item] {
        var session = Session(number: 1, startDate: Day(2025, 1, 1), endDate: Day(2025, 1, 1))
        session.agenda.items = result.items
        let numbers = session.agenda.numbers
        return result.items.enumerated().map { i, item in
            Expected.Item(number: numbers[i], title: item.title, documents: item.documents.map(\.symbol), procedural: item.procedural ? true : nil)
        }
    }

    @Test("The corpus is there: 20 documents in the three languages")
    func corpusPresent() throws {
        let names = Self.names
        #expect(names.count >= 20)
        for language in ["en-", "fr-", "es-"] { #expect(names.filter { $0.hasPrefix(language) }.count >= 4, "\(language)") }
    }

    @Test("Each document gives its expected items: numbers, titles, documents, procedural", arguments: names)
    func items(name: String) throws {
        let (text, expected) = try Self.load(name)
        let result = AgendaImport.parse(text)
        let got = Self.items(result)
        #expect(got == expected.items, "\(name):\n\(zip(got, expected.items).filter { $0 != $1 }.map { "got      \($0)\nexpected \($1)" }.joined(separator: "\n"))\n\(got.count) vs \(expected.items.count) items\nnotes:\n\(result.notes.map(\.description).joined(separator: "\n"))")
    }

    @Test("Each document gives its expected header", arguments: names)
    func header(name: String) throws {
        let (text, expected) = try Self.load(name)
        let h = AgendaImport.parse(text).header
        let e = expected.header
        #expect(h.symbol == e.symbol, "\(name) symbol")
        #expect(h.original == e.original, "\(name) original")
        #expect(h.issuedOn?.iso == e.issuedOn, "\(name) issuedOn")
        #expect(h.distribution?.rawValue == e.distribution, "\(name) distribution")
        #expect(h.committee == e.committee, "\(name) committee")
        #expect(h.session == e.session, "\(name) session")
        #expect(h.special == (e.special ?? false), "\(name) special")
        #expect(h.opens?.iso == e.opens, "\(name) opens")
        #expect(h.closes?.iso == e.closes, "\(name) closes")
        #expect(h.venue == e.venue, "\(name) venue")
        #expect(h.language?.rawValue == expected.language, "\(name) language")
    }

    @Test("Every word of every line is kept: in a title, among the documents, or in a note with its line", arguments: names)
    func everyWordKept(name: String) throws {
        let (text, _) = try Self.load(name)
        let result = AgendaImport.parse(text)
        let missing = Self.lostWords(text, result)
        #expect(missing.isEmpty, "\(name): \(missing.prefix(10))")
    }

    /// Words of the source that are in no title, no document (symbol or title), no list word
    /// and no note of their line.
    static func lostWords(_ text: String, _ result: AgendaImport.Result) -> [String] {
        var kept = Set<String>()
        for item in result.items {
            kept.formUnion(item.title.split(separator: " ").map(String.init))
            for d in item.documents { kept.insert(d.symbol); kept.formUnion((d.title ?? "").split(separator: " ").map(String.init)) }
        }
        let noted = Dictionary(grouping: result.notes, by: \.line)
        var missing: [String] = []
        for (index, line) in AgendaImport.lines(of: text).enumerated() {
            let notes = (noted[index + 1] ?? []).map(\.text).joined(separator: " ")
            for word in ControlCharacters.oneLine(String(line)).split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                var w = String(word)
                if ItemMarker.read(Substring(w + " x")) != nil || w == "•" { continue }
                if let first = line.split(separator: " ").first, ItemMarker.prefixWords.contains(first.lowercased()), w.count <= 3, Int(w) != nil { continue }
                while let last = w.last, ".…·_".contains(last), w.count > 1 { w.removeLast() }
                if ItemMarker.prefixWords.contains(w.lowercased()) { continue }
                let core = SymbolScan.core(w)
                if kept.contains(w) || kept.contains(core) || notes.contains(w) || SymbolScan.isListWord(w) { continue }
                if w.allSatisfy({ ".…·_".contains($0) }) || ItemMarker.read(Substring(w + " x")) != nil { continue }
                if kept.contains(where: { $0.contains(core) && !core.isEmpty }) { continue }
                missing.append("line \(index + 1): \(w)")
            }
        }
        return missing
    }
}
