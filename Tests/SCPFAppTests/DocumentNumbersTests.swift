import Testing
@testable import SCPFApp
@testable import SCPFCore

/// Issue 13: the numbers of the agenda as adopted are the same on the Agenda and Meeting
/// screens and in every document export, withdrawn and deferred items included.
@MainActor @Suite struct DocumentNumbersTests {
    @Test func theScreensAndTheDocumentsNumberAlike() throws {
        let (committee, sessionsMade) = DemoData.make(today: Day(fixedNow))
        var sessions = sessionsMade
        let at = try #require(sessions.firstIndex { $0.number == 39 })
        // Withdraw 6(b) and defer 7, as the room does; the numbers stay those of the agenda.
        sessions[at].agenda.items[7].status = .withdrawn
        sessions[at].agenda.items[8].status = .deferred
        let h = Harness(data: DataSet(committee: committee, sessions: sessions))
        let s = try #require(h.state.data.session(39))
        #expect(s.agenda.items[7].title == "Line 2 allocations" && s.agenda.items[8].title == "Update on the Internal Governance Framework")
        let numbers = s.agenda.numbers, levels = s.agenda.displayLevels

        h.type(.char("2"))
        let agendaScreen = h.screen(width: 140, height: 40)
        for (index, item) in s.agenda.items.enumerated() {
            #expect(agendaScreen.contains("\(numbers[index]) ") && agendaScreen.contains(String(item.title.prefix(20))), "Agenda view: \(numbers[index])")
        }
        h.type(.char("3"))
        let meeting = h.screen(width: 140, height: 40)
        let current = try #require(s.live?.currentItemId.flatMap { s.agenda.number(of: $0) })
        #expect(meeting.contains("ITEM \(current) of \(numbers.count)"))

        let agenda = IOMDocuments.agenda(s, committee: h.state.data.committee, annotated: false, language: .fr)
        var markers: [String] = []
        for block in agenda.blocks { if case let .item(marker, _, _, _) = block { markers.append(marker) } }
        #expect(markers == zip(numbers, levels).map { IOMDocuments.marker(number: $0, level: $1, .fr) })
        let report = IOMDocuments.report(s, committee: h.state.data.committee, language: .en)
        #expect(report.contents.filter { $0.level == 0 && !$0.marker.isEmpty }.map(\.marker)
                == zip(numbers, levels).filter { $0.1 == 0 }.map { "\(Roman.upper(Int($0.0)!))." })
        #expect(report.contents.contains { $0.marker == "b)" && $0.text.text.hasSuffix("(withdrawn)") })
        #expect(report.contents.contains { $0.text.text.hasSuffix("(deferred)") })
    }
}
