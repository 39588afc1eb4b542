import Foundation
import Testing

/// `scpf import agenda` never invents a date: a new session takes the document's dates, or the
/// ones given; differing dates are refused with both shown; a French version attaches.
struct ImportDatesTests {
    static let env = ImportRefusalTests.env

    static let english = """
                                                                      S/41/1
                                                                      Original: English
                                                                      10 October 2027

        STANDING COMMITTEE ON PROGRAMMES AND FINANCE
        Forty-first Session
        PROVISIONAL AGENDA
        Geneva, 26–27 October 2027

        1.   Adoption of the agenda                                    S/41/1
        2.   IOM Development Fund
             (a)  Line 1
                  (i)  National and
                       regional projects
        4.   Other business
        """

    static let french = """
                                                                      Original : anglais
        COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES
        Quarante et unième session
        Genève, 26-27 octobre 2027

        1.   Adoption de l’ordre du jour
        2.   Fonds de l’OIM pour le développement
             a)   Ligne 1
                  i)   Projets nationaux et régionaux
        4.   Questions diverses
        5.   Point sans équivalent
        """

    func run(_ scratch: ScratchDirectory, _ arguments: [String]) throws -> SpawnResult {
        try Spawn.run([try Binary.scpf(), "import", "agenda"] + arguments + ["--data", scratch.file("data")], environment: Self.env)
    }

    @Test func theDocumentsDatesAreTakenNeverInvented() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("en.txt", Self.english)
        try scratch.write("fr.txt", Self.french)
        try scratch.write("bare.txt", "1. Adoption of the agenda\n2. Other business\n")
        _ = try Spawn.run([try Binary.scpf(), "init", "--data", scratch.file("data")], environment: Self.env)

        let bare = try run(scratch, [scratch.file("bare.txt"), "--session", "42"])
        #expect(bare.status != 0)
        #expect(bare.output.contains("The document states no dates for session 42, and scpf does not invent them; nothing was imported. Give them with --opens YYYY-MM-DD --closes YYYY-MM-DD."), Comment(rawValue: bare.output))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data/sessions/session-042.json")))

        let en = try run(scratch, [scratch.file("en.txt"), "--session", "41"])
        #expect(en.status == 0, Comment(rawValue: en.output))
        #expect(en.output.contains("The document: symbol S/41/1; SCPF, session 41; meets 26–27 Oct 2027, Geneva; dated 10 October 2027"))
        #expect(en.output.contains("it was created, 26–27 Oct 2027, Geneva"))
        #expect(en.output.contains("2(a)(i)  National and regional projects"))
        #expect(en.output.contains("4        Other business"))
        #expect(en.output.contains("item 4 follows 2: numbered as in the document, 3 missing"))
        let file = try String(contentsOfFile: scratch.file("data/sessions/session-041.json"), encoding: .utf8)
        #expect(file.contains("\"startDate\" : \"2026-10-26\"") == false)
        #expect(file.contains("\"startDate\" : \"2027-10-26\"") && file.contains("\"issuedOn\" : \"2027-10-10\"") && file.contains("\"symbol\" : \"S/41/1\""))

        let fr = try run(scratch, [scratch.file("fr.txt"), "--session", "41"])
        #expect(fr.status == 0, Comment(rawValue: fr.output))
        #expect(fr.output.contains("The French version: its titles are attached to the items with the same numbers."))
        #expect(fr.output.contains("2(a)(i)  Projets nationaux et régionaux"))
        #expect(fr.output.contains("Not matched: the document's item 5 “Point sans équivalent” matches no item of session 41."))
        let translated = try String(contentsOfFile: scratch.file("data/sessions/session-041.json"), encoding: .utf8)
        #expect(translated.contains("\"fr\" : \"Adoption de l’ordre du jour\""))

        // The same document into a session that meets on other days: refused, both shown.
        let moved = Self.english.replacingOccurrences(of: "26–27 October 2027", with: "2–3 November 2027")
        try scratch.write("moved.txt", moved)
        let refused = try run(scratch, [scratch.file("moved.txt"), "--session", "41", "--replace"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("Session 41 meets 26–27 Oct 2027 but the document says 2–3 Nov 2027; nothing was imported. Add --dates-from-file"), Comment(rawValue: refused.output))
        let taken = try run(scratch, [scratch.file("moved.txt"), "--session", "41", "--replace", "--dates-from-file"])
        #expect(taken.status == 0, Comment(rawValue: taken.output))
        let after = try String(contentsOfFile: scratch.file("data/sessions/session-041.json"), encoding: .utf8)
        #expect(after.contains("\"startDate\" : \"2027-11-02\""))
    }
}

/// A tester's finding: `scpf check` said nothing of agendas sent out late.
struct CheckNoticeTests {
    @Test func checkSaysWhichAgendasWentOutWithLessNoticeThanTheRulesAsk() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        _ = try Spawn.run([try Binary.scpf(), "demo", "--data", dir], environment: ImportRefusalTests.env)
        let check = try Spawn.run([try Binary.scpf(), "check", "--data", dir], environment: ImportRefusalTests.env)
        #expect(check.status == 0, Comment(rawValue: check.output))
        #expect(check.output.contains("notice: session 39: Issued 10 days before the opening; the Rules of Procedure ask for at least two weeks."), Comment(rawValue: check.output))
        #expect(!check.output.contains("notice: session 38"))
    }
}
