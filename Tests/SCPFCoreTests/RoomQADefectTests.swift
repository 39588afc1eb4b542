import Foundation
import Testing
@testable import SCPFCore

/// Defects a tester found running a two-day session, each kept fixed.
@Suite("Room: defects found by QA")
struct RoomQADefectTests {
    @Test("Deferring an item and its sub-items keeps them under it in the next session")
    func deferredSubItemsKeepTheirParent() throws {
        var source = Session(number: 40, startDate: Day(2027, 6, 22), endDate: Day(2027, 6, 23), status: .inSession)
        source.agenda = Agenda(state: .adopted, symbol: "S/40/1", issuedOn: Day(2027, 6, 1), adoptedOn: Day(2027, 6, 22), items: [
            AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, status: .concluded),
            AgendaItem(id: "i6", title: "IOM Development Fund", tor: ["b"]),
            AgendaItem(id: "i7", level: 1, title: "Line 1 allocations", tor: ["b"]),
            AgendaItem(id: "i8", level: 1, title: "Line 2 allocations", tor: ["b"]),
            AgendaItem(id: "i9", title: "Other business", tor: ["g"]),
        ])
        var target = Session(number: 41, startDate: Day(2027, 10, 26), endDate: Day(2027, 10, 27))
        target.agenda.items = [AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true), AgendaItem(id: "i2", title: "Other business")]
        let time = Date(timeIntervalSince1970: 1_813_000_000)
        for id in ["i6", "i7", "i8"] { try Deferral.apply(itemId: id, from: &source, to: &target, at: time) }
        #expect(target.agenda.items.map(\.title) == ["Adoption of the agenda", "IOM Development Fund", "Line 1 allocations", "Line 2 allocations", "Other business"])
        #expect(target.agenda.numbers == ["1", "2", "2(a)", "2(b)", "3"])
        // A sub-item deferred alone goes to the next session as an item of its own.
        var alone = Session(number: 42, startDate: Day(2028, 6, 20), endDate: Day(2028, 6, 21))
        var s2 = source
        s2.agenda.items[2].status = .pending
        s2.agenda.items[2].outcome = nil
        try Deferral.apply(itemId: "i7", from: &s2, to: &alone, at: time)
        #expect(alone.agenda.numbers == ["1"])
    }
}

@Suite("Planning: the year of a session number")
struct SessionAnchorYearTests {
    @Test("Two sessions a year from the 34th and 35th of 2024")
    func years() {
        #expect([34, 35, 36, 37, 40, 41, 42, 45, 33, 32, 1].map(SessionAnchor.year(of:)) == [2024, 2024, 2025, 2025, 2027, 2027, 2028, 2029, 2023, 2023, 2007])
    }
}
