import Foundation
import Testing
@testable import SCPFCore

/// draft → provisional (issued) → adopted → revised, and the edits that must respect it.
@Suite("Agenda workflow")
struct AgendaWorkflowTests {
    /// Runs a step that must be refused: checks the sentence and that nothing changed.
    func refused(_ session: Session, _ expected: String, _ step: (inout Session) throws -> Void,
                 sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = session
        #expect(throws: DomainError(expected), sourceLocation: sourceLocation) { try step(&copy) }
        #expect(copy == session, "a refused step changed the session", sourceLocation: sourceLocation)
    }

    /// Session 37, convened, with its provisional agenda issued three weeks ahead.
    func issued() throws -> Session {
        var s = Fixture.session(status: .convened)
        try s.issueAgenda(on: Day(2025, 10, 7))
        return s
    }

    func adopted() throws -> Session {
        var s = try issued()
        try s.adoptAgenda(on: Day(2025, 10, 28))
        return s
    }

    // MARK: Issue and adopt

    @Test("Issuing a draft makes it provisional with symbol S/<n>/1 and the dispatch date")
    func issue() throws {
        var s = Fixture.session()
        let warning = try s.issueAgenda(on: Day(2025, 10, 14))
        #expect(warning == nil)
        #expect(s.agenda.state == .provisional)
        #expect(s.agenda.symbol == "S/37/1")
        #expect(s.agenda.issuedOn == Day(2025, 10, 14))
        #expect(Validator.validate(s, committee: .scpf(), sessionNumbers: [37]).isEmpty)
    }

    @Test("Issuing less than two weeks ahead works but warns")
    func issueLate() throws {
        var s = Fixture.session()
        let warning = try s.issueAgenda(on: Day(2025, 10, 15))
        #expect(warning == "Issued 13 days before the opening; the Rules of Procedure ask for at least two weeks.")
        #expect(s.agenda.state == .provisional)
    }

    @Test("The late-issue warning says how late, also on or after the opening day", arguments: [
        (Day(2025, 10, 27), "Issued 1 day before the opening; the Rules of Procedure ask for at least two weeks."),
        (Day(2025, 10, 28), "Issued on the opening day; the Rules of Procedure ask for at least two weeks."),
        (Day(2025, 10, 29), "Issued 1 day after the opening; the Rules of Procedure ask for at least two weeks."),
        (Day(2025, 10, 31), "Issued 3 days after the opening; the Rules of Procedure ask for at least two weeks."),
    ])
    func issueVeryLate(day: Day, expected: String) throws {
        var s = Fixture.session()
        #expect(try s.issueAgenda(on: day) == expected)
    }

    @Test("Issuing is refused for an empty agenda and for an agenda already issued")
    func issueRefused() throws {
        var empty = Fixture.session()
        empty.agenda.items = []
        refused(empty, "The agenda of session 37 has no items; add items before issuing it.") { try $0.issueAgenda(on: Day(2025, 10, 1)) }
        refused(try issued(), "The agenda of session 37 is already provisional; only a draft agenda can be issued.") {
            try $0.issueAgenda(on: Day(2025, 10, 8))
        }
        refused(try adopted(), "The agenda of session 37 is already adopted; only a draft agenda can be issued.") {
            try $0.issueAgenda(on: Day(2025, 10, 8))
        }
    }

    @Test("Adopting needs an issued agenda and a convened session")
    func adopt() throws {
        refused(Fixture.session(status: .convened),
                "The agenda of session 37 is still a draft: issue the provisional agenda before adopting it.") {
            try $0.adoptAgenda(on: Day(2025, 10, 28))
        }
        var planned = Fixture.session(status: .planned)
        try planned.issueAgenda(on: Day(2025, 10, 1))
        refused(planned, "Session 37 is only planned; the agenda is adopted at the session, once it is convened.") {
            try $0.adoptAgenda(on: Day(2025, 10, 28))
        }
        let s = try adopted()
        #expect(s.agenda.state == .adopted)
        #expect(s.agenda.adoptedOn == Day(2025, 10, 28))
        #expect(s.agenda.revisions.isEmpty)
        refused(s, "The agenda of session 37 is already adopted; changes made now are recorded as revisions.") {
            try $0.adoptAgenda(on: Day(2025, 10, 29))
        }
        var revised = s
        try revised.insertItem(AgendaItem(id: "i4", title: "Other business"), at: 3, time: Fixture.time)
        refused(revised, "The agenda of session 37 is already adopted; changes made now are recorded as revisions.") {
            try $0.adoptAgenda(on: Day(2025, 10, 29))
        }
    }

    // MARK: Adding items

    @Test("An item added to a draft is ordinary; one added after issue is supplementary")
    func supplementary() throws {
        var draft = Fixture.session()
        try draft.insertItem(AgendaItem(id: "i4", title: "Other business"), at: 3, time: Fixture.time)
        #expect(draft.agenda.items[3].supplementary == false)
        #expect(draft.agenda.revisions.isEmpty)

        var provisional = try issued()
        try provisional.insertItem(AgendaItem(id: "i4", title: "Election of officers"), at: 1, time: Fixture.time)
        #expect(provisional.agenda.items.map(\.id) == ["i1", "i4", "i2", "i3"])
        #expect(provisional.agenda.items[1].supplementary)
        #expect(provisional.agenda.state == .provisional, "before adoption an addition is not a revision")
        #expect(provisional.agenda.revisions.isEmpty)
    }

    @Test("After adoption an added item is recorded as a revision with a whole-second time")
    func addAfterAdoption() throws {
        var s = try adopted()
        try s.insertItem(AgendaItem(id: "i4", title: "Election of officers"), at: 1, time: Fixture.time)
        #expect(s.agenda.state == .revised)
        #expect(s.agenda.items[1].supplementary)
        #expect(s.agenda.revisions == [AgendaRevision(at: Timestamp.whole(Fixture.time), change: .added, itemId: "i4",
                                                      detail: "Added item 2 “Election of officers”.")])
        #expect(s.agenda.revisions[0].at.timeIntervalSince1970 == 1_761_648_120)
    }

    @Test("An item inserted first is never a sub-item, and positions are clamped")
    func insertPositions() throws {
        var s = Fixture.session()
        try s.insertItem(AgendaItem(id: "i4", level: 1, title: "Opening"), at: -3, time: Fixture.time)
        #expect(s.agenda.items.first?.id == "i4")
        #expect(s.agenda.items.first?.level == 0)
        try s.insertItem(AgendaItem(id: "i5", level: 1, title: "Line 1"), at: 99, time: Fixture.time)
        #expect(s.agenda.items.last?.id == "i5")
        #expect(s.agenda.numbers == ["1", "2", "3", "4", "4(a)"])
    }

    // MARK: Changing and removing items

    @Test("A retitled item is a revision after adoption; other edits are not")
    func retitle() throws {
        var s = try adopted()
        var item = s.agenda.items[2]
        item.minutesAllotted = 90
        try s.replaceItem(item, time: Fixture.time)
        #expect(s.agenda.revisions.isEmpty)
        #expect(s.agenda.state == .adopted)
        item.title = "Programme and Budget for 2026 (revised)"
        try s.replaceItem(item, time: Fixture.time)
        #expect(s.agenda.state == .revised)
        #expect(s.agenda.revisions.map(\.change) == [.retitled])
        #expect(s.agenda.revisions.last?.detail ==
                "Item 3 retitled from “Programme and Budget for 2026” to “Programme and Budget for 2026 (revised)”.")
        refused(s, "The item is no longer on the agenda of session 37 (it was removed, or the file changed meanwhile).") {
            try $0.replaceItem(AgendaItem(id: "i9", title: "Ghost"), time: Fixture.time)
        }
    }

    @Test("A draft item is deleted; after issue it is withdrawn and stays on the record")
    func withdrawInsteadOfDelete() throws {
        var draft = Fixture.session()
        try draft.removeItem(id: "i2", time: Fixture.time)
        #expect(draft.agenda.items.map(\.id) == ["i1", "i3"])

        var provisional = try issued()
        try provisional.removeItem(id: "i2", time: Fixture.time)
        #expect(provisional.agenda.items.map(\.id) == ["i1", "i2", "i3"])
        #expect(provisional.agenda.items[1].status == .withdrawn)
        #expect(provisional.agenda.revisions.isEmpty)

        var s = try adopted()
        try s.removeItem(id: "i2", time: Fixture.time)
        #expect(s.agenda.items.count == 3)
        #expect(s.agenda.items[1].status == .withdrawn)
        #expect(s.agenda.state == .revised)
        #expect(s.agenda.revisions.map(\.detail) == ["Withdrew item 2 “Statement by the Director General”."])
        #expect(s.agenda.revisions.map(\.change) == [.withdrawn])
        refused(s, "The item is no longer on the agenda of session 37 (it was removed, or the file changed meanwhile).") { try $0.removeItem(id: "i7", time: Fixture.time) }
        // Withdrawing twice would record the same revision twice.
        refused(s, "Item 2 “Statement by the Director General” is already withdrawn; it stays on the record as withdrawn.") {
            try $0.removeItem(id: "i2", time: Fixture.time)
        }
        refused(provisional, "Item 2 “Statement by the Director General” is already withdrawn; it stays on the record as withdrawn.") {
            try $0.removeItem(id: "i2", time: Fixture.time)
        }
    }

    @Test("Deleting the first draft item promotes a following sub-item to a main item")
    func deleteFirst() throws {
        var s = Fixture.session()
        s.agenda.items[1].level = 1
        try s.removeItem(id: "i1", time: Fixture.time)
        #expect(s.agenda.items.first?.level == 0)
        #expect(s.agenda.numbers == ["1", "2"])
    }

    @Test("Moving an item is recorded after adoption; moving past either end is refused")
    func move() throws {
        var s = try adopted()
        try s.moveItem(id: "i2", by: 1, time: Fixture.time)
        #expect(s.agenda.items.map(\.id) == ["i1", "i3", "i2"])
        #expect(s.agenda.revisions.map(\.detail) == ["Moved item 2 “Statement by the Director General” to 3."])
        #expect(s.agenda.state == .revised)
        refused(s, "The item is already first on the agenda.") { try $0.moveItem(id: "i1", by: -1, time: Fixture.time) }
        refused(s, "The item is already last on the agenda.") { try $0.moveItem(id: "i2", by: 1, time: Fixture.time) }
        refused(s, "The item is no longer on the agenda of session 37 (it was removed, or the file changed meanwhile).") { try $0.moveItem(id: "i8", by: 1, time: Fixture.time) }
    }

    @Test("Sub-item levels: the first item cannot be one, and a no-op change is refused")
    func levels() throws {
        var s = Fixture.session()
        refused(s, "The first item cannot be a sub-item: there is no item above it.") { try $0.setLevel(id: "i1", level: 1, time: Fixture.time) }
        refused(s, "The item is already a main item.") { try $0.setLevel(id: "i2", level: 0, time: Fixture.time) }
        try s.setLevel(id: "i3", level: 1, time: Fixture.time)
        #expect(s.agenda.numbers == ["1", "2", "2(a)"])
        refused(s, "The item is already a sub-item.") { try $0.setLevel(id: "i3", level: 1, time: Fixture.time) }
        refused(s, "The item is no longer on the agenda of session 37 (it was removed, or the file changed meanwhile).") { try $0.setLevel(id: "i5", level: 1, time: Fixture.time) }
    }

    @Test("A closed session's agenda cannot change, except for edits that keep the title")
    func closed() throws {
        var s = try adopted()
        try s.advanceStatus(to: .inSession)
        try s.advanceStatus(to: .closed)
        let message = "Session 37 is closed; its agenda can no longer change."
        refused(s, message) { try $0.insertItem(AgendaItem(id: "i4", title: "Late"), at: 1, time: Fixture.time) }
        refused(s, message) { try $0.removeItem(id: "i2", time: Fixture.time) }
        refused(s, message) { try $0.moveItem(id: "i2", by: 1, time: Fixture.time) }
        var retitled = s.agenda.items[1]
        retitled.title = "Another title"
        refused(s, message) { try $0.replaceItem(retitled, time: Fixture.time) }
        var noted = s.agenda.items[1]
        noted.notes = "Correction to the minute notes."
        try s.replaceItem(noted, time: Fixture.time)
        #expect(s.agenda.items[1].notes == "Correction to the minute notes.")
        #expect(s.agenda.revisions.isEmpty)
    }

    @Test("Revisions accumulate in order and survive a save")
    func revisionsPersist() throws {
        var s = try adopted()
        try s.insertItem(AgendaItem(id: "i4", title: "Other business"), at: 3, time: Fixture.time)
        try s.moveItem(id: "i4", by: -1, time: Fixture.time.addingTimeInterval(60))
        try s.removeItem(id: "i2", time: Fixture.time.addingTimeInterval(120))
        #expect(s.agenda.revisions.map(\.change) == [.added, .moved, .withdrawn])
        let back = try Loader.decode(Session.self, from: JSONCoding.encode(s), path: s.fileName)
        #expect(back.agenda == s.agenda)
        #expect(Validator.validate(back, committee: .scpf(), sessionNumbers: [37]).isEmpty)
    }
}

/// Ids the chair's notes name are never handed to a deferred or imported item.
@Suite struct ItemIdentityTests {
    let time = Date(timeIntervalSince1970: 1_800_000_000)

    func session(_ n: Int, items: Int) -> Session {
        var s = Session(number: n, startDate: Day(2027, 5, 1), endDate: Day(2027, 5, 2))
        for i in 1...items { s.agenda.items.append(AgendaItem(id: "i\(i)", title: "Item \(i)", procedural: true)) }
        return s
    }

    @Test func aDeferredItemAvoidsIdsTheChairNamed() throws {
        var source = session(40, items: 3), target = session(41, items: 2)
        let next = target.agenda.nextItemId()
        try Deferral.apply(itemId: "i2", from: &source, to: &target, at: time, avoiding: [next])
        let carried = try #require(target.agenda.items.first { $0.carriedOverFrom != nil })
        #expect(carried.id != next)
        #expect(Set(target.agenda.items.map(\.id)).count == target.agenda.items.count)
    }

    @Test func importedItemsAvoidIdsTheChairNamed() throws {
        var target = session(41, items: 2)
        let next = target.agenda.nextItemId()
        try target.importItems([AgendaItem(id: "x", title: "New", procedural: true)], mode: .append, time: time, avoiding: [next])
        #expect(target.agenda.items.last?.id != next)
        #expect(target.agenda.items.last?.title == "New")
    }

    @Test func relinkingMovesEveryLinkToTheNewNumber() {
        var s = session(41, items: 1)
        s.agenda.items[0].carriedOverFrom = ItemLink(session: 40, itemId: "i2")
        s.agenda.items[0].outcome = Outcome(kind: .deferred, deferredTo: 40)
        s.relink(session: 40, to: 140)
        #expect(s.agenda.items[0].carriedOverFrom?.session == 140)
        #expect(s.agenda.items[0].outcome?.deferredTo == 140)
        var notes = ChairNotes()
        notes.update(session: 40, item: "i1") { $0.reviewed = true }
        notes.relink(session: 40, to: 140)
        #expect(notes.note(session: 140, item: "i1").reviewed && notes.sessions["40"] == nil)
        #expect(notes.itemIds(session: 140) == ["i1"])
    }
}
