import Foundation
import Testing
@testable import SCPFCore

/// What Foundation's decoder would accept but scpf refuses, each with file, line and column,
/// the file left untouched and the other sessions still loaded.
@Suite("Strict parsing")
struct StrictParsingTests {
    /// Session 37's file as scpf writes it, changed by `edit`, loaded beside 36 and 38.
    /// Returns the line, column and reason of the one problem.
    func refused(_ edit: (String) -> String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (line: Int, column: Int, reason: String)? {
        try refusedBytes({ Data(edit($0).utf8) }, sourceLocation: sourceLocation)
    }

    func refusedBytes(_ edit: (String) -> Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> (line: Int, column: Int, reason: String)? {
        let (dir, _, sessions) = try seededDirectory()
        let text = String(decoding: try JSONCoding.encode(sessions[Session.index(37, in: sessions)]), as: UTF8.self)
        let bytes = edit(text)
        #expect(bytes != Data(text.utf8), "the edit changed nothing", sourceLocation: sourceLocation)
        let path = dir.sub("sessions/session-037.json")
        try bytes.write(to: URL(fileURLWithPath: path))
        let (loaded, problems) = try Store(root: dir.path).loadSessions()
        #expect(loaded.map(\.number) == [36, 38], sourceLocation: sourceLocation)
        #expect(Disk.bytes(path) == bytes, "the file was changed", sourceLocation: sourceLocation)
        guard problems.count == 1, case let .unreadable(p, line?, column?, reason) = problems[0], p == path else {
            Issue.record("expected one unreadable with line and column, got \(problems)", sourceLocation: sourceLocation)
            return nil
        }
        return (line, column, reason)
    }

    /// Line and column (1-based, in characters) of the first `needle` in `text`.
    func position(of needle: String, in text: String) -> (Int, Int) {
        let before = text[..<text.range(of: needle)!.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, lines.last!.count + 1)
    }

    func replacing(_ old: String, _ new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "fixture text lacks \(old)")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    @Test("A duplicate field is refused at the second one (Foundation kept the first, jq and Python the last)")
    func duplicateKey() throws {
        let edit = replacing("\"venue\" : \"Geneva\"", "\"venue\" : \"Geneva\",\n  \"venue\" : \"Bern\"")
        let r = try #require(try refused(edit))
        #expect(r.reason == "the field “venue” appears twice in the same object; keep one of them")
        let text = edit(try sessionText())
        let first = position(of: "\"venue\" : \"Geneva\"", in: text)
        #expect((r.line, r.column) == (first.0 + 1, 3))
    }

    @Test("A duplicate field spelt with an escape is the same field")
    func duplicateEscapedKey() throws {
        let r = try #require(try refused(replacing("\"venue\" : \"Geneva\"", "\"venue\" : \"Geneva\", \"v\\u0065nue\" : \"Bern\"")))
        #expect(r.reason.hasPrefix("the field “venue” appears twice"))
    }

    @Test("40.0, 4e1, 4E+1 and -0.0 where a whole number belongs are refused with line and column", arguments: ["40.0", "4e1", "4E+1", "-0.0", "360.5"])
    func fractions(_ number: String) throws {
        let edit = replacing("\"sittingMinutesPerDay\" : 360", "\"sittingMinutesPerDay\" : \(number)")
        let r = try #require(try refused(edit))
        #expect(r.reason == "the number \(number) is not a whole number scpf can store; write it without a fraction or exponent (40, not 40.0 or 4e1)")
        let at = position(of: number, in: edit(try sessionText()).replacingOccurrences(of: "\"sittingMinutesPerDay\" : ", with: "\"sittingMinutesPerDay\" : "))
        let expected = position(of: "\"sittingMinutesPerDay\" : \(number)", in: edit(try sessionText()))
        #expect(r.line == expected.0 && r.column == expected.1 + "\"sittingMinutesPerDay\" : ".count, "at \(at)")
    }

    @Test("A leading zero is not JSON")
    func leadingZero() throws {
        let r = try #require(try refused(replacing("\"sittingMinutesPerDay\" : 360", "\"sittingMinutesPerDay\" : 0360")))
        #expect(r.reason == "not valid JSON: the number 0360 starts with 0; write it without leading zeros")
    }

    @Test("A byte order mark is refused at 1:1 with what to do")
    func byteOrderMark() throws {
        let r = try #require(try refusedBytes { Data([0xEF, 0xBB, 0xBF]) + Data($0.utf8) })
        #expect((r.line, r.column) == (1, 1))
        #expect(r.reason == "the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM")
    }

    @Test("NUL, ESC, CR, DEL, C1 and a line break in a title are refused, raw or escaped, with line and column",
          arguments: [("\\u0000", "NUL"), ("\\u001b", "ESC"), ("\\r", "a carriage return (CR)"), ("\\u007f", "DEL"),
                      ("\\u009b", "U+009B"), ("\u{85}", "U+0085"), ("\\n", "a line break"), ("\\t", "a tab"), ("\\u0007", "U+0007")])
    func controlInTitle(_ control: String, _ name: String) throws {
        let (_, sessions) = Fixture.dataSet()
        let title = sessions[Session.index(37, in: sessions)].agenda.items[1].title
        let quoted = "\"title\" : \"\(title)\""
        let edit = replacing(quoted, "\"title\" : \"Budget\(control)\(title)\"")
        let r = try #require(try refused(edit))
        #expect(r.reason == "the control character \(name) in one-line text (only notes, conclusions, report sections and rule texts have line breaks); remove it")
        let at = position(of: "\"title\" : \"Budget", in: edit(try sessionText()))
        #expect(r.line == at.0 && r.column == at.1 + "\"title\" : \"Budget".count)
    }

    @Test("Line breaks and tabs are kept in notes; NUL, ESC and CR are refused there too")
    func controlInNotes() throws {
        let (dir, _, sessions) = try seededDirectory()
        var s = sessions[Session.index(37, in: sessions)]
        s.agenda.items[1].notes = "First paragraph.\n\n\tIndented second."
        let store = try Store(root: dir.path)
        try store.save(s, overwrite: true)
        let (loaded, problems) = store.loadSessions()
        #expect(problems.isEmpty)
        #expect(loaded.first { $0.number == 37 }?.agenda.items[1].notes == "First paragraph.\n\n\tIndented second.")
        for (control, name) in [("\\u0000", "NUL"), ("\\u001b", "ESC"), ("\\r", "a carriage return (CR)")] {
            let r = try #require(try refused(replacing("\"notes\" : \"\"", "\"notes\" : \"a\(control)b\"")))
            #expect(r.reason == "the control character \(name) in text; remove it")
        }
    }

    @Test("A raw control character inside quotes is not JSON")
    func rawControl() throws {
        let r = try #require(try refused(replacing("\"venue\" : \"Geneva\"", "\"venue\" : \"Gen\u{1B}eva\"")))
        #expect(r.reason == "not valid JSON: a control character (such as a line break) inside quoted text")
    }

    @Test("Invalid UTF-8 is refused with line and column", arguments: [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80], [0x80]])
    func invalidUTF8(_ bad: [UInt8]) throws {
        let r = try #require(try refusedBytes { text in
            let cut = text.range(of: "\"venue\" : \"Gen")!.upperBound
            return Data(text[..<cut].utf8) + Data(bad) + Data(text[cut...].utf8)
        })
        #expect(r.reason.hasPrefix("invalid UTF-8 (byte 0x\(String(bad[0], radix: 16, uppercase: true))); save the file as UTF-8"))
        let at = position(of: "\"venue\" : \"Gen", in: try sessionText())
        #expect(r.line == at.0 && r.column == at.1 + "\"venue\" : \"Gen".count)
    }

    @Test("A lone surrogate escape is refused; a pair is one character and loads")
    func surrogates() throws {
        let r = try #require(try refused(replacing("\"venue\" : \"Geneva\"", "\"venue\" : \"Gen\\ud800eva\"")))
        #expect(r.reason == "a lone surrogate (\\ud800) is not a character")
        #expect(JSONSyntax.firstError(in: Array("{\"venue\" : \"\\ud83d\\ude00 \u{1F600}\"}".utf8)) == nil)
    }

    @Test("Every file scpf writes passes the strict reader (the demo's committee, sessions and chair notes)")
    func ownFilesPass() throws {
        let dir = try TempDir("strict")
        let (committee, demo) = DemoData.make(today: Day(2025, 10, 28), now: Fixture.time)
        let writer = try Store(root: dir.path)
        try writer.save(committee)
        for s in demo { try writer.save(s) }
        let store = try Store(root: dir.path, readOnly: true)
        #expect(try store.loadCommittee() == committee)
        let (sessions, problems) = store.loadSessions()
        #expect(problems.isEmpty)
        #expect(sessions.count == demo.count)
    }

    @Test("What scpf would write but not read again is refused at save, and the file on disk is untouched")
    func saveRefusesWhatCannotBeRead() throws {
        let (dir, _, sessions) = try seededDirectory()
        var s = sessions[Session.index(37, in: sessions)]
        let path = dir.sub("sessions/session-037.json")
        let before = Disk.bytes(path)
        s.agenda.items[1].title = "Budget\u{1B}[2J"
        let store = try Store(root: dir.path)
        let error = #expect(throws: EncodingError.self) { try store.save(s) }
        guard case let .invalidValue(_, context)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(context.debugDescription.hasPrefix("the text to save holds the control character ESC in one-line text"))
        #expect(context.debugDescription.hasSuffix("remove it and save again"))
        #expect(Disk.bytes(path) == before)
    }

    @Test("Text coming in drops control characters: line breaks and tabs become spaces (CRLF one space), ESC, NUL, DEL and C1 go")
    func incomingTextIsCleaned() {
        #expect(ControlCharacters.oneLine("a\r\nb\tc\nd\re") == "a b c d e")
        #expect(ControlCharacters.oneLine("Bud\u{1B}[2Jget\u{0}\u{7F}\u{85}\u{9B}") == "Bud[2Jget")
        #expect(ControlCharacters.oneLine("Côte d’Ivoire 中国 😀") == "Côte d’Ivoire 中国 😀")
        let result = AgendaImport.parse("1. Adoption\u{1B}]0;pwned\u{7} of the agenda\n2. Other\u{0} business\n")
        // The importer removes a whole escape sequence (here a window-title OSC), not only its ESC.
        #expect(result.items.map(\.title) == ["Adoption of the agenda", "Other business"])
        for item in result.items {
            #expect(!item.title.unicodeScalars.contains(where: ControlCharacters.isControl))
        }
    }

    func sessionText() throws -> String {
        let (_, sessions) = Fixture.dataSet()
        return String(decoding: try JSONCoding.encode(sessions[Session.index(37, in: sessions)]), as: UTF8.self)
    }
}
