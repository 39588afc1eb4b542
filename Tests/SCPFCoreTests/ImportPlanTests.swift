import Foundation
import Testing
@testable import SCPFCore

/// Where an imported document goes: never an invented date, the document's own dates and
/// header on a new session, its French or Spanish version attached to the same items.
@Suite("Import plan")
struct ImportPlanTests {
    static let time = Date(timeIntervalSince1970: 1_800_000_000)
    static let header = """
        S/40/1/Rev.1
        DISTRIB. LIMITADA
        Original: inglés
        1 de junio de 2027
        COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS
        Cuadragésima reunión
        Ginebra, 22 y 23 de octubre de 2027

        1. Adopción del programa
        2. Otros asuntos
        """

    @Test("A new session takes the document's dates, venue and header; a date outside the parity window is reported")
    func newSession() throws {
        let result = AgendaImport.parse(Self.header)
        let plan = try ImportPlan.make(result, into: 40, sessions: [], committee: .scpf(), mode: nil)
        #expect(plan.creating && plan.mode == .append)
        #expect(plan.session.startDate == Day(2027, 10, 22) && plan.session.endDate == Day(2027, 10, 23) && plan.session.venue == "Geneva")
        #expect(plan.warnings == ["Even-numbered sessions normally fall in May–July; session 40 starts in October."])
        let (s, unmatched) = try plan.apply(result, time: Self.time)
        #expect(unmatched.isEmpty)
        #expect(s.agenda.symbol == "S/40/1/Rev.1" && s.agenda.issuedOn == Day(2027, 6, 1))
        #expect(s.agenda.originalLanguage == .en && s.agenda.distribution == .limited)
        #expect(s.agenda.items.map(\.title) == ["Adopción del programa", "Otros asuntos"])
    }

    @Test("No dates in the document and none given: refused, nothing invented")
    func noDates() {
        let result = AgendaImport.parse("1. Adoption of the agenda\n")
        #expect(throws: ImportPlan.Refusal.noDates(session: 44)) {
            try ImportPlan.make(result, into: 44, sessions: [], committee: .scpf(), mode: nil)
        }
        let given = try? ImportPlan.make(result, into: 44, sessions: [], committee: .scpf(), mode: nil, dates: (Day(2029, 6, 26), Day(2029, 6, 27)))
        #expect(given?.session.startDate == Day(2029, 6, 26) && given?.warnings == [])
    }

    @Test("An existing session with other dates: refused with both, or updated from the file")
    func datesDiffer() throws {
        let existing = Session(number: 40, startDate: Day(2027, 6, 22), endDate: Day(2027, 6, 23))
        let result = AgendaImport.parse(Self.header)
        #expect(throws: ImportPlan.Refusal.datesDiffer(session: 40, existing: Day(2027, 6, 22)...Day(2027, 6, 23), stated: Day(2027, 10, 22)...Day(2027, 10, 23))) {
            try ImportPlan.make(result, into: 40, sessions: [existing], committee: .scpf(), mode: .append)
        }
        #expect("\(ImportPlan.Refusal.datesDiffer(session: 40, existing: Day(2027, 6, 22)...Day(2027, 6, 23), stated: Day(2027, 10, 22)...Day(2027, 10, 23)))"
                == "Session 40 meets 22–23 Jun 2027 but the document says 22–23 Oct 2027; nothing was imported.")
        let taken = try ImportPlan.make(result, into: 40, sessions: [existing], committee: .scpf(), mode: .append, datesFromFile: true)
        #expect(taken.session.startDate == Day(2027, 10, 22) && !taken.creating)
    }

    @Test("A Spanish version of items already there attaches by number; a session with items needs a mode for English")
    func translation() throws {
        var existing = Session(number: 40, startDate: Day(2027, 10, 22), endDate: Day(2027, 10, 23))
        existing.agenda.items = [AgendaItem(id: "i1", title: "Adoption of the agenda"), AgendaItem(id: "i2", title: "Statement"),
                                 AgendaItem(id: "i3", title: "Other business")]
        let result = AgendaImport.parse(Self.header)
        let plan = try ImportPlan.make(result, into: 40, sessions: [existing], committee: .scpf(), mode: nil)
        #expect(plan.mode == .translation(.es))
        let (s, unmatched) = try plan.apply(result, time: Self.time)
        #expect(s.agenda.items.map { $0.translations?["es"] } == ["Adopción del programa", "Otros asuntos", nil])
        #expect(unmatched == ["item 3 “Other business” has no Spanish title in the document"])
        #expect(s.agenda.items.map(\.title) == existing.agenda.items.map(\.title))
        #expect(throws: ImportPlan.Refusal.hasItems(session: 40, count: 3)) {
            try ImportPlan.make(AgendaImport.parse("1. Other\n"), into: 40, sessions: [existing], committee: .scpf(), mode: nil)
        }
    }
}
