import Foundation
import Testing
@testable import SCPFCore

/// Bad input to the importer gets one sentence and changes nothing (issue 12, point 6).
@Suite("Import bad input")
struct ImportBadInputTests {
    @Test("A PDF or a binary file is refused whole with what to do")
    func binary() {
        #expect(AgendaImport.contentProblem("%PDF-1.7\n%âãÏÓ\n1 0 obj")?.contains("This is a PDF file, not text") == true)
        #expect(AgendaImport.contentProblem("PK\u{3}\u{4}\u{0}\u{0}word/document.xml")?.contains("not plain text") == true)
        #expect(AgendaImport.contentProblem("1. Adoption of the agenda\n2. Other business\n") == nil)
        #expect(AgendaImport.contentProblem("1. Adoption de l’ordre du jour — Genève\n") == nil)
    }

    @Test("100,000 numbered lines are refused as no agenda; 999 items are imported")
    func tooManyItems() throws {
        let huge = (1...100_000).map { "\($0 % 999 + 1). Item \($0)" }.joined(separator: "\n")
        let result = AgendaImport.parse(huge)
        #expect(AgendaImport.itemCountProblem(result) == "The text holds more than 999 numbered lines; an agenda has at most 999 items, so paste only the agenda itself. Nothing was imported.")
        let most = AgendaImport.parse((1...999).map { "\($0). Item \($0)" }.joined(separator: "\n"))
        #expect(AgendaImport.itemCountProblem(most) == nil && most.items.count == 999)
        var s = Session(number: 37, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29))
        try s.importItems(most.items, mode: .append, time: Date(timeIntervalSince1970: 0))
        #expect(s.agenda.numbers.last == "999")
    }

    @Test("A 10 MB line is left out with its line number, the items around it kept")
    func longLine() {
        let text = "1. Adoption of the agenda\n" + String(repeating: "x", count: 10_000_000) + "\n2. Other business\n"
        let result = AgendaImport.parse(text)
        #expect(result.items.map(\.title) == ["Adoption of the agenda", "Other business"])
        #expect(result.unclear.map(\.line) == [2])
        #expect(result.unclear[0].description.count < 300)
    }

    @Test("Invalid UTF-8 is refused with a sentence")
    func invalidUTF8() {
        #expect(throws: DomainError("agenda.txt is not UTF-8 text; save it as plain UTF-8 text and try again.")) {
            try Exchange.decodeText(Data([0x31, 0x2E, 0x20, 0xFF, 0xFE, 0x0A]), name: "agenda.txt")
        }
    }
}
