import Foundation
import Testing
@testable import SCPFCore

/// The Council's Bureau, elected for a year, gives every SCPF session of its year its officers;
/// a session's own officer of a role is an acting officer; the report names its Rapporteur.
@Suite("Bureau and Rapporteur")
struct BureauTests {
    static func committee() -> Committee {
        var c = Committee.scpf()
        c.bureaus = [
            Bureau(electedOn: Day(2024, 11, 26), councilSession: "115th session", officers: [
                Officer(role: "Chairperson", name: "Chair 2025", memberStateId: "mex"),
                Officer(role: "First Vice-Chairperson", name: "First 2025"),
                Officer(role: "Second Vice-Chairperson", name: "Second 2025"),
                Officer(role: "Rapporteur", name: "Rapporteur 2025", memberStateId: "swe")]),
            Bureau(electedOn: Day(2025, 11, 25), councilSession: "116th session", officers: [
                Officer(role: "Chairperson", name: "Chair 2026"),
                Officer(role: "Rapporteur", name: "Rapporteur 2026")]),
        ]
        return c
    }

    @Test("A session takes the officers of the Bureau in office on its opening day; a one-year term until the next election")
    func officersByDate() {
        let c = Self.committee()
        let june = Session(number: 36, startDate: Day(2025, 6, 24), endDate: Day(2025, 6, 25))
        let october = Fixture.session()  // 2025-10-28
        let next = Session(number: 38, startDate: Day(2026, 6, 23), endDate: Day(2026, 6, 24))
        #expect(c.officers(for: june).map(\.name) == ["Chair 2025", "First 2025", "Second 2025", "Rapporteur 2025"])
        #expect(c.officers(for: october) == c.officers(for: june), "the same officers serve both sessions of the year")
        #expect(c.officers(for: next).map(\.name) == ["Chair 2026", "Rapporteur 2026"])
        let before = Session(number: 30, startDate: Day(2022, 6, 1), endDate: Day(2022, 6, 2), officers: [Officer(role: "Chairperson", name: "Own")])
        #expect(c.officers(for: before).map(\.name) == ["Own"], "with no Bureau on record, the session's own officers")
        #expect(c.bureau(on: Day(2025, 11, 25))?.councilSession == "116th session")
    }

    @Test("A session's own officer of a role is an acting officer for that session only")
    func actingOfficer() {
        let c = Self.committee()
        var s = Fixture.session()
        s.officers = [Officer(role: "rapporteur", name: "Acting Rapporteur", memberStateId: "civ"), Officer(role: "Secretary", name: "Extra")]
        #expect(c.officers(for: s).map(\.name) == ["Chair 2025", "First 2025", "Second 2025", "Acting Rapporteur", "Extra"])
        #expect(c.rapporteur(for: s)?.name == "Acting Rapporteur")
        #expect(c.describe(c.rapporteur(for: s)!) == "Acting Rapporteur (Côte d'Ivoire)")
    }

    @Test("The report names the Bureau's officers and its Rapporteur on the cover")
    func reportNamesRapporteur() throws {
        let c = Self.committee()
        let s = Fixture.session()
        let intro = ReportGenerator.sections(for: s, committee: c)[0].body
        #expect(intro.contains("The session was chaired by Chair 2025 (Mexico)."))
        #expect(intro.contains("Rapporteur 2025 (Sweden) as Rapporteur"))
        let md = try ReportExport.render(s, committee: c, format: .md)
        #expect(md.contains("*Draft*\n\nRapporteur: Rapporteur 2025 (Sweden)\n\n"))
        let html = try ReportExport.render(s, committee: c, format: .html)
        #expect(html.contains("<p class=\"centre\">Rapporteur: Rapporteur 2025 (Sweden)</p>"))
        #expect(!(try ReportExport.render(s, committee: .scpf(), format: .md)).contains("Rapporteur:"), "no Rapporteur on record, none named")
    }

    @Test("scpf check: a role held twice, an officer from no member state, two Bureaus elected the same day")
    func checks() {
        var c = Self.committee()
        c.bureaus![1].officers.append(Officer(role: "Chairperson", name: "Again", memberStateId: "xxx"))
        c.bureaus!.append(Bureau(electedOn: Day(2025, 11, 25), officers: []))
        #expect(Validator.validate(c).map(\.message) == [
            "Bureau elected on 2025-11-25: the role Chairperson is held twice.",
            "Bureau elected on 2025-11-25: the Chairperson comes from “xxx”, which is not a member state of the Committee.",
            "Bureau elected on 2025-11-25: another Bureau is recorded as elected that day; keep one.",
        ])
    }

    @Test("The demo has a Bureau a year and an acting Rapporteur")
    func demo() {
        let (c, sessions) = Fixture.demo()
        #expect((c.bureaus ?? []).count >= 4)
        #expect(sessions.contains { $0.officers.contains { $0.isActing && $0.role == "Rapporteur" } })
        for s in sessions { #expect(c.rapporteur(for: s) != nil) }
    }
}
