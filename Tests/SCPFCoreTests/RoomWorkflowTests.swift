import Foundation
import Testing
@testable import SCPFCore

/// Issue 15: the speakers list as chairs run it, sittings over two days, corrections after
/// closing, what closing finds unfinished, and what the report takes from the room.
@Suite("In the room")
struct RoomWorkflowTests {
    static func at(_ minutes: Int) -> Date { MeetingWorkflowTests.at(minutes) }
    static func whole(_ minutes: Int) -> Date { MeetingWorkflowTests.whole(minutes) }

    // MARK: Speakers list practice

    @Test("A closed list refuses new names, naming the delegation, and takes replies and points of order")
    func closedList() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.takeUp(itemId: "i2", at: Self.at(1))
        try s.addSpeaker("mex", itemId: "i2", name: "Mexico")
        try s.setSpeakersListClosed(true, itemId: "i2")
        #expect(s.agenda.item("i2")?.speakers.closed == true)
        Refusal.check(s, "The speakers list of item 2 is closed: reopen it to add Egypt, or give Egypt a right of reply.", remedy: .reopenSpeakersList) {
            try $0.addSpeaker("egy", itemId: "i2", name: "Egypt")
        }
        Refusal.check(s, "The speakers list of item 2 is already closed.") { try $0.setSpeakersListClosed(true, itemId: "i2") }
        try s.addInterjection("egy", kind: .reply, itemId: "i2")
        try s.addInterjection("chn", kind: .pointOfOrder, itemId: "i2")
        // The point of order goes first of all, the reply after it, the list after both.
        #expect(s.agenda.item("i2")?.speakers.interjections == [Interjection(delegation: "chn", kind: .pointOfOrder), Interjection(delegation: "egy", kind: .reply)])
        #expect(s.waiting(at: 0, itemId: "i2")?.delegation == "chn")
        #expect(s.waiting(at: 2, itemId: "i2")?.delegation == "mex")
        try s.nextSpeaker(itemId: "i2", at: Self.at(2))
        try s.nextSpeaker(itemId: "i2", at: Self.at(3))
        try s.nextSpeaker(itemId: "i2", at: Self.at(4))
        #expect(s.agenda.item("i2")?.speakers.speeches.map(\.kind) == [.pointOfOrder, .reply, nil])
        #expect(s.agenda.item("i2")?.speakers.interjections == nil)
        try s.setSpeakersListClosed(false, itemId: "i2")
        #expect(s.agenda.item("i2")?.speakers.closed == nil, "an open list writes nothing")
    }

    @Test("A duplicate names the delegation as shown and its place; removing and moving count interjections first")
    func duplicateAndPlaces() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.addSpeaker("mex", itemId: "i1", name: "Mexico")
        try s.addSpeaker("egy", itemId: "i1", name: "Egypt")
        try s.addInterjection("chn", kind: .reply, itemId: "i1")
        Refusal.check(s, "Egypt is already on the speakers list of item 1, 3rd in line.") { try $0.addSpeaker("egy", itemId: "i1", name: "Egypt") }
        Refusal.check(s, "A right of reply or point of order keeps its place ahead of the list; remove it instead.") { try $0.moveSpeaker(at: 0, by: 1, itemId: "i1") }
        try s.moveSpeaker(at: 2, by: -1, itemId: "i1")
        #expect(s.agenda.item("i1")?.speakers.queue == ["egy", "mex"])
        try s.removeSpeaker(at: 0, itemId: "i1")
        #expect(s.agenda.item("i1")?.speakers.interjections == nil)
        #expect(s.agenda.item("i1")?.speakers.waitingCount == 2)
    }

    @Test("The session's limit holds for every item until one overrides it; replies have their own")
    func limits() throws {
        var s = try MeetingWorkflowTests.opened()
        #expect(s.speakingLimit(itemId: "i1") == nil)
        try s.setSessionSpeakingLimits(statement: 180, reply: 60)
        #expect(s.speakingLimit(itemId: "i1") == 180 && s.speakingLimit(itemId: "i3") == 180)
        try s.setSpeakingLimit(seconds: 300, itemId: "i3")
        #expect(s.speakingLimit(itemId: "i3") == 300 && s.speakingLimit(itemId: "i2") == 180)
        #expect(s.speakingLimit(itemId: "i3", kind: .reply) == 60)
        Refusal.check(s, "A speaking limit is between 1 second and 60 minutes.") { try $0.setSessionSpeakingLimits(statement: 0, reply: nil) }
    }

    @Test("A second statement by the same delegation is counted")
    func secondIntervention() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.addSpeaker("mex", itemId: "i1")
        try s.nextSpeaker(itemId: "i1", at: Self.at(1))
        #expect(s.agenda.item("i1")?.speakers.statements(by: "mex") == 1)
        try s.addSpeaker("mex", itemId: "i1")
        try s.nextSpeaker(itemId: "i1", at: Self.at(2))
        #expect(s.agenda.item("i1")?.speakers.statements(by: "mex") == 2)
    }

    // MARK: Sittings

    @Test("Suspending overnight ends the speech and stops the clocks; resuming the next day is the next meeting")
    func overnight() throws {
        var s = try MeetingWorkflowTests.opened()                         // 10:00, 1st meeting
        #expect(s.sittings == [Sitting(meeting: 1, startedAt: Self.whole(0))])
        try s.addSpeaker("mex", itemId: "i1")
        try s.nextSpeaker(itemId: "i1", at: Self.at(60))
        try s.suspendMeeting(at: Self.at(120))                             // 12:00
        #expect(s.isSuspended)
        #expect(s.agenda.item("i1")?.speakers.speeches.last?.endedAt == Self.whole(120), "the speaker does not go on counting")
        Refusal.check(s, "The meeting is already suspended.") { try $0.suspendMeeting(at: Self.at(121)) }
        Refusal.check(s, "The meeting is suspended: resume it before giving the floor.", remedy: .resumeMeeting) { try $0.nextSpeaker(itemId: "i1", at: Self.at(121)) }
        // The afternoon is the 2nd meeting.
        #expect(s.proposedMeeting(resumingAt: Self.at(5 * 60)) == 2)
        // A short suspension in the morning resumes the same meeting.
        #expect(s.proposedMeeting(resumingAt: Self.at(130)) == 1)
        let nextMorning = Self.at(24 * 60)
        #expect(s.proposedMeeting(resumingAt: nextMorning) == 2)
        try s.resumeMeeting(at: nextMorning)
        #expect(!s.isSuspended && s.currentMeeting == 2)
        // The clocks count sitting time only: 2 hours yesterday and 30 minutes today, not 24 h 30.
        #expect(s.sittingSeconds(upTo: Self.at(24 * 60 + 30)) == 150 * 60)
        #expect(s.sittingSeconds(from: Self.whole(0), upTo: Self.at(24 * 60 + 30)) == 150 * 60)
        #expect(s.meetings.map(\.number) == [1, 2])
        Refusal.check(s, "The meeting is sitting; it is not suspended.") { try $0.resumeMeeting(at: Self.at(24 * 60 + 31)) }
        try s.suspendMeeting(at: Self.at(24 * 60 + 40))
        Refusal.check(s, "After the 2nd meeting comes the 2nd resumed or the 3rd; 5 does not follow.") { try $0.resumeMeeting(at: Self.at(24 * 60 + 50), meeting: 5) }
        try s.closeMeeting(at: Self.at(24 * 60 + 60))
        #expect(s.sittings?.last?.endedAt == Self.whole(24 * 60 + 40), "a suspended meeting keeps its suspension as its end")
    }

    @Test("A file written before sittings were kept still counts from the opening")
    func oldFilesKeepTheirClock() throws {
        var s = try MeetingWorkflowTests.opened()
        s.sittings = nil
        #expect(s.sittingSeconds(upTo: Self.at(30)) == 30 * 60)
        let data = try JSONCoding.encode(s)
        #expect(!String(decoding: data, as: UTF8.self).contains("sittings"))
        #expect(try JSONCoding.decode(Session.self, from: data) == s)
    }

    // MARK: Flow, closing, corrections

    @Test("Concluding remembers the item, so the next in agenda order follows it; closing lists what is unfinished")
    func conclusionAndClosing() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.takeUp(itemId: "i2", at: Self.at(5))
        try s.recordOutcome(itemId: "i2", Outcome(kind: .tookNote, conclusion: "The Committee took note."))
        try s.concludeCurrent(at: Self.at(10))
        #expect(s.live?.lastItemId == "i2")
        #expect(s.unfinishedItemIds == ["i1", "i3"])
        try s.addSpeaker("mex", itemId: "i3")
        #expect(s.speakersWaiting == 1)
    }

    @Test("After closing, an outcome is corrected with its date and the earlier text kept; the report says so")
    func correction() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.recordOutcome(itemId: "i1", Outcome(kind: .tookNote, conclusion: "The Committee took note of the item."))
        Refusal.check(s, "Session 37 is in session: record the outcome in the meeting; corrections are for a closed session.") {
            try $0.correctOutcome(itemId: "i1", Outcome(kind: .endorsed, conclusion: "x"), on: Day(2025, 10, 30))
        }
        try s.closeMeeting(at: Self.at(60))
        try s.correctOutcome(itemId: "i1", Outcome(kind: .endorsed, conclusion: "The Committee endorsed the item."), on: Day(2025, 10, 30))
        let outcome = try #require(s.agenda.item("i1")?.outcome)
        #expect(outcome.kind == .endorsed && outcome.correctedOn == Day(2025, 10, 30))
        #expect(outcome.corrections == [OutcomeCorrection(on: Day(2025, 10, 30), kind: .tookNote, conclusion: "The Committee took note of the item.")])
        // An item left without a conclusion gets one, recorded as a correction too.
        try s.correctOutcome(itemId: "i3", Outcome(kind: .noAction, conclusion: "The Committee took no action on the item."), on: Day(2025, 10, 30))
        #expect(s.agenda.item("i3")?.status == .concluded)
        #expect(s.agenda.item("i3")?.outcome?.corrections == [OutcomeCorrection(on: Day(2025, 10, 30))])
        let (committee, _) = Fixture.demo()
        let body = ReportGenerator.sections(for: s, committee: committee).first { $0.key == "item-i1" }?.body ?? ""
        #expect(body.hasSuffix("The Committee endorsed the item. (Corrected on 30 October 2025.)"))
        s.report.state = .adopted
        Refusal.check(s, "The report of session 37 is adopted by the Committee: its conclusions can no longer be corrected.") {
            try $0.correctOutcome(itemId: "i1", Outcome(kind: .tookNote, conclusion: "y"), on: Day(2025, 10, 31))
        }
    }

    @Test("The report states who spoke on an item, in order, the replies, the minute notes, and the participants")
    func reportUsesTheRoom() throws {
        let (committee, _) = Fixture.demo()
        var item = AgendaItem(id: "i9", title: "Programme and Budget")
        item.speakers.speeches = [Speech(delegation: "mex", startedAt: Self.whole(0)), Speech(delegation: "chn", startedAt: Self.whole(1)),
                                  Speech(delegation: "mex", startedAt: Self.whole(2)), Speech(delegation: "Administration", startedAt: Self.whole(3)),
                                  Speech(delegation: "egy", startedAt: Self.whole(4), kind: .reply)]
        item.notes = "Delegations asked for a breakdown by region."
        let text = ReportGenerator.room(of: item, committee: committee)
        #expect(text == "Statements were made by the delegations of Mexico and China, and by the Administration. Egypt exercised the right of reply.\n\nDelegations asked for a breakdown by region.\n\n")
        var s = try MeetingWorkflowTests.opened()
        s.attendance = ["mex", "chn"]
        let intro = ReportGenerator.sections(for: s, committee: committee)[0].body
        #expect(intro.contains("The Committee held one meeting on 28 October 2025."))
        #expect(intro.contains("\n\nMember States represented: China, Mexico."))
    }
}

@Suite("In the room: the briefing states the meetings")
struct BriefingMeetingsTests {
    @Test func meetingsInTheBriefing() throws {
        var s = try MeetingWorkflowTests.opened()
        try s.suspendMeeting(at: MeetingWorkflowTests.at(120))
        try s.resumeMeeting(at: MeetingWorkflowTests.at(24 * 60 - 30))
        #expect(s.meetingsSentence == "1st meeting: 28 October 2025, 10:00–12:00; 2nd meeting: 29 October 2025, from 09:30.")
        let (committee, _) = Fixture.demo()
        let md = try BriefingScript.render(s, committee: committee, notes: ChairNotes(), format: .md)
        #expect(md.contains("Meetings: 1st meeting: 28 October 2025, 10:00–12:00; 2nd meeting: 29 October 2025, from 09:30."))
    }
}

@Suite("In the room: scpf check reads the sittings")
struct SittingValidationTests {
    @Test func sittingsOutOfOrderAreReported() throws {
        var s = try MeetingWorkflowTests.opened()
        let t0 = MeetingWorkflowTests.whole(0)
        s.sittings = [Sitting(meeting: 1, startedAt: t0, endedAt: t0.addingTimeInterval(600)),
                      Sitting(meeting: 3, startedAt: t0.addingTimeInterval(300))]
        let problems = Validator.validateSittings(s, name: "session-037.json").map(\.message)
        #expect(problems == ["session-037.json: sittings[1] starts before the sitting before it has ended.",
                             "session-037.json: sittings[1] is the 3rd meeting after the 1st; meetings are numbered in order."])
        try s.suspendMeeting(at: MeetingWorkflowTests.at(1))
        s.sittings = [Sitting(meeting: 1, startedAt: t0, endedAt: t0.addingTimeInterval(60))]
        #expect(Validator.validateSittings(s, name: "x").isEmpty)
    }
}
