import Foundation
import Testing
@testable import SCPFCore

@Suite("Day")
struct DayTests {
    @Test("Parses exactly YYYY-MM-DD and only days that exist")
    func parse() {
        #expect(Day(iso: "2025-10-28") == Day(2025, 10, 28))
        #expect(Day(iso: "2024-02-29") == Day(2024, 2, 29))
        #expect(Day(iso: "2000-02-29") == Day(2000, 2, 29))
        for bad in ["2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-10-00",
                    "2025-1-01", "25-10-28", "2025/10/28", "2025-10-28T00:00:00Z", "", "2025-10", "abcd-ef-gh"] {
            #expect(Day(iso: bad) == nil, "\(bad) should not parse")
        }
    }

    @Test("Arithmetic and weekdays need no calendar or time zone")
    func arithmetic() {
        #expect(Day(1970, 1, 1).ordinal == 0)
        #expect(Day(2025, 10, 28).ordinal == 20389)
        #expect(Day(1970, 1, 1).weekday == 3)  // Thursday
        #expect(Day(2025, 10, 28).weekday == 1)  // Tuesday
        #expect(Day(1969, 12, 29).weekday == 0)  // Monday, before the epoch
        #expect(Day(2025, 12, 31).adding(days: 1) == Day(2026, 1, 1))
        #expect(Day(2024, 2, 28).adding(days: 1) == Day(2024, 2, 29))
        #expect(Day(2024, 3, 1).adding(days: -1) == Day(2024, 2, 29))
        #expect(Day(2025, 10, 14).days(until: Day(2025, 10, 28)) == 14)
        for z in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: z).ordinal == z)
        }
        #expect(Day(2025, 10, 28) < Day(2025, 11, 1))
        #expect(Day(2025, 12, 31) < Day(2026, 1, 1))
    }

    @Test("A Date maps to its UTC day whatever the local time zone")
    func fromDate() {
        let midnight = Day(2025, 10, 28).startDate
        #expect(midnight.timeIntervalSince1970 == 20389 * 86_400)
        #expect(Day(midnight) == Day(2025, 10, 28))
        #expect(Day(midnight.addingTimeInterval(86_399)) == Day(2025, 10, 28))
        #expect(Day(midnight.addingTimeInterval(-1)) == Day(2025, 10, 27))
        #expect(Day(Date(timeIntervalSince1970: -1)) == Day(1969, 12, 31))
    }

    @Test("Text forms")
    func text() {
        #expect(Day(2025, 3, 7).iso == "2025-03-07")
        #expect(Day(2025, 10, 28).short == "28 Oct 2025")
        #expect(Day(2025, 10, 28).long == "28 October 2025")
        #expect(dayRangeText(Day(2012, 5, 15), Day(2012, 5, 15)) == "15 May 2012")
        #expect(dayRangeText(Day(2025, 10, 28), Day(2025, 10, 29)) == "28–29 Oct 2025")
        #expect(dayRangeText(Day(2025, 6, 30), Day(2025, 7, 1)) == "30 Jun–1 Jul 2025")
        #expect(dayRangeText(Day(2025, 12, 31), Day(2026, 1, 1)) == "31 Dec 2025–1 Jan 2026")
        #expect(dayRangeText(Day(2025, 10, 28), Day(2025, 10, 29), withYear: false) == "28–29 Oct")
    }

    @Test("Stored as a plain date string; a bad date is refused with the text and the form expected")
    func codable() throws {
        struct Box: Codable, Equatable { var day: Day }
        let data = try JSONCoding.encode(Box(day: Day(2008, 11, 4)))
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"day\" : \"2008-11-04\"\n}\n")
        #expect(try JSONCoding.decode(Box.self, from: data) == Box(day: Day(2008, 11, 4)))
        let error = #expect(throws: DecodingError.self) {
            try JSONCoding.decode(Box.self, from: Data(#"{"day":"2008-11-31"}"#.utf8))
        }
        #expect("\(String(describing: error))".contains("“2008-11-31” is not a date of the form YYYY-MM-DD"))
    }
}

@Suite("Timestamp")
struct TimestampTests {
    @Test("Whole-second UTC text, and back")
    func formatParse() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.format(Fixture.time) == "2025-10-28T10:42:00Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
        #expect(Timestamp.parse("2025-10-28T10:42:00Z") == Timestamp.whole(Fixture.time))
        for bad in ["2025-10-28T10:42:00", "2025-10-28T24:00:00Z", "2025-10-28 10:42:00Z", "2025-10-28T10:60:00Z",
                    "2025-02-30T10:42:00Z", "2025-10-28T10:42:00.5Z"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad) should not parse")
        }
    }
}

@Suite("Ordinal")
struct OrdinalTests {
    @Test("Words as the Committee writes them", arguments: [
        (1, "first"), (2, "second"), (3, "third"), (9, "ninth"), (11, "eleventh"), (12, "twelfth"), (19, "nineteenth"),
        (20, "twentieth"), (21, "twenty-first"), (37, "thirty-seventh"), (40, "fortieth"), (99, "ninety-ninth"),
        (100, "one hundredth"), (101, "one hundred and first"), (115, "one hundred and fifteenth"), (999, "nine hundred and ninety-ninth"),
    ])
    func words(_ n: Int, _ expected: String) {
        #expect(Ordinal.words(n) == expected)
    }

    @Test("Numeric suffixes, including 11th–13th")
    func suffixes() {
        let expected = [1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd",
                        23: "23rd", 101: "101st", 111: "111th", 112: "112th", 113: "113th", 0: "0th", 1000: "1000th"]
        for (n, text) in expected { #expect(Ordinal.suffixed(n) == text) }
        #expect(Ordinal.words(0) == "0th")
        #expect(Ordinal.words(1000) == "1000th")
    }

    @Test("Session titles")
    func titles() {
        #expect(Ordinal.capitalizedWords(37) == "Thirty-seventh")
        var s = Fixture.session()
        #expect(s.title == "Thirty-seventh Session")
        #expect(s.shortTitle == "37th session")
        s.kind = .special
        #expect(s.title == "Thirty-seventh (Special) Session")
        s.kind = .resumed
        #expect(s.title == "Thirty-seventh (Resumed) Session")
        #expect(Session(number: 3, startDate: Day(2008, 11, 4), endDate: Day(2008, 11, 5)).fileName == "session-003.json")
        #expect(Session(number: 1234, startDate: Day(2008, 11, 4), endDate: Day(2008, 11, 5)).fileName == "session-1234.json")
    }
}

@Suite("Document symbols")
struct DocumentSymbolTests {
    @Test("Valid symbols of IOM governing bodies", arguments: [
        "S/26/4", "S/37/1", "S/37/4/Rev.1", "S/37/4/Add.2", "S/37/4/Corr.1", "S/37/4/Rev.1/Corr.2", "S/37/CRP/2",
        "S/37/L/1", "S/37/L/1/Rev.1", "S/37/INF/3", "C/115/7", "C/115/7/Corr.1", "MC/2334", "MC/INF/287",
    ])
    func valid(_ symbol: String) {
        #expect(DocumentSymbol.isValid(symbol))
        #expect(DocumentSymbol.problem(symbol) == nil)
    }

    @Test("Invalid symbols get a sentence with an example", arguments: [
        "", "S", "S/37", "S/37/", "S/037/4", "S/37/04", "s/37/4", "X/37/4", "S/37/CRP", "S/37/CRP/x", "S/37/4/Rev",
        "S/37/4/Rev.0", "S/37/4/Rev.1a", "S/37/4/Draft.1", "S/٣٧/4", "S/37/4 ", "MC", "MC/INF", "MC/INF/0", "S//4",
    ])
    func invalid(_ symbol: String) {
        #expect(!DocumentSymbol.isValid(symbol))
        #expect(DocumentSymbol.problem(symbol) == "“\(symbol)” is not a document symbol; write it like \(DocumentSymbol.example).")
    }

    @Test("The next free session document number skips the agenda and revisions")
    func nextFree() {
        #expect(DocumentSymbol.nextFree(session: 37, used: []) == "S/37/2")
        #expect(DocumentSymbol.nextFree(session: 37, used: ["S/37/1", "S/37/4", "S/37/4/Rev.1", "S/37/CRP/9", "S/38/12", "C/115/7"]) == "S/37/5")
        #expect(DocumentSymbol.nextFree(session: 3, used: ["S/37/8"]) == "S/3/2")
    }
}

@Suite("Agenda numbering")
struct AgendaNumberingTests {
    @Test("Numbers come from order and level: 1, 2, 2(a), 2(b), 3")
    func numbers() {
        var agenda = Agenda(items: [0, 0, 1, 1, 0].enumerated().map { AgendaItem(id: "i\($0.offset + 1)", level: $0.element, title: "T") })
        #expect(agenda.numbers == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(agenda.number(of: "i4") == "2(b)")
        #expect(agenda.number(of: "i9") == nil)
        #expect(agenda.nextItemId() == "i6")
        agenda.items[0].level = 1  // a stray first sub-item still numbers as a main item
        #expect(agenda.numbers == ["1", "2", "2(a)", "2(b)", "3"])
        #expect(AgendaItem.subLetter(1) == "a")
        #expect(AgendaItem.subLetter(26) == "z")
        #expect(AgendaItem.subLetter(27) == "aa")
        #expect(Agenda().nextItemId() == "i1")
    }

    @Test("Time budget and ToR labels")
    func budget() {
        let agenda = Agenda(items: [AgendaItem(id: "i1", title: "A", procedural: true, minutesAllotted: 10),
                                    AgendaItem(id: "i2", title: "B", tor: ["b", "h"], minutesAllotted: 50),
                                    AgendaItem(id: "i3", title: "C")])
        #expect(agenda.totalMinutes == 60)
        #expect(agenda.items.map(\.torLabel) == ["proc", "(b)(h)", ""])
        #expect(Fixture.session().plannedMinutes == 720)
        #expect(Fixture.session().lengthDays == 2)
    }
}

@Suite("Session status and planning")
struct SessionTests {
    @Test("Status moves one step at a time: planned → convened → in session → closed")
    func legalSteps() throws {
        var s = Fixture.session(status: .planned)
        try s.advanceStatus(to: .convened)
        #expect(s.status == .convened)
        try s.advanceStatus(to: .inSession)
        #expect(s.status == .inSession)
        try s.advanceStatus(to: .closed)
        #expect(s.status == .closed)
    }

    @Test("Illegal steps are refused with a sentence and change nothing", arguments: [
        (SessionStatus.planned, SessionStatus.inSession, "Session 37 is planned: it can only move to convened next, not to in session."),
        (.planned, .closed, "Session 37 is planned: it can only move to convened next, not to closed."),
        (.convened, .planned, "Session 37 is convened: it can only move to in session next, not to planned."),
        (.inSession, .convened, "Session 37 is in session: it can only move to closed next, not to convened."),
        (.planned, .planned, "Session 37 is already planned."),
        (.inSession, .inSession, "Session 37 is already in session."),
        (.closed, .closed, "Session 37 is already closed."),
        (.closed, .planned, "Session 37 is closed: a closed session cannot change status."),
        (.closed, .inSession, "Session 37 is closed: a closed session cannot change status."),
    ])
    func illegalSteps(from: SessionStatus, to: SessionStatus, message: String) {
        var s = Fixture.session(status: from)
        #expect(throws: DomainError(message)) { try s.advanceStatus(to: to) }
        #expect(s.status == from)
    }

    func session(_ n: Int, _ start: Day, _ end: Day, kind: SessionKind = .regular) -> Session {
        Session(number: n, kind: kind, startDate: start, endDate: end)
    }

    @Test("The next even-numbered session is proposed in June, on a Tuesday, after the last one")
    func proposeEven() {
        let (committee, sessions) = Fixture.dataSet()
        let upTo37 = sessions.filter { $0.number <= 37 }
        let next = Session.proposeNext(after: upTo37, pattern: committee.meetingPattern, today: Fixture.today)
        #expect(next.number == 38)
        #expect(next.startDate == Day(2026, 6, 23))
        #expect(next.endDate == Day(2026, 6, 24))
        #expect(next.venue == "Geneva")
        #expect(next.status == .planned && next.kind == .regular)
    }

    @Test("The next odd-numbered session is proposed in October")
    func proposeOdd() {
        let pattern = MeetingPattern()
        let after38 = Session.proposeNext(after: [session(38, Day(2026, 6, 23), Day(2026, 6, 24))], pattern: pattern, today: Fixture.today)
        #expect(after38.number == 39)
        #expect(after38.startDate == Day(2026, 10, 20))
        // No sessions yet: where the real series is (the 35th was the autumn session of
        // 2024), so in March 2025 the 36th, in June.
        let first = Session.proposeNext(after: [], pattern: pattern, today: Day(2025, 3, 1))
        #expect(first.number == 36)
        #expect(first.startDate == Day(2025, 6, 24))
        #expect(SessionAnchor.nextNumber(onOrAfter: Day(2025, 10, 1), pattern: pattern) == 37)
        #expect(SessionAnchor.nextNumber(onOrAfter: Day(2025, 11, 1), pattern: pattern) == 38, "the 37th met in October")
        #expect(SessionAnchor.nextNumber(onOrAfter: Day(2026, 12, 2), pattern: pattern) == 40)
        // A session already held in this year's window: the proposal comes after it, still in
        // October–November, on a Tuesday.
        let afterSpecial = Session.proposeNext(after: [session(40, Day(2026, 10, 21), Day(2026, 10, 22), kind: .special)],
                                               pattern: pattern, today: Fixture.today)
        #expect(afterSpecial.number == 41)
        #expect(afterSpecial.startDate > Day(2026, 10, 22))
        #expect((10...11).contains(afterSpecial.startDate.month))
        #expect(afterSpecial.startDate.weekday == 1)
        // "today" counts too: nothing is proposed in a year already past.
        let late = Session.proposeNext(after: [session(38, Day(2020, 6, 23), Day(2020, 6, 24))], pattern: pattern, today: Day(2025, 3, 1))
        #expect(late.number == 39)
        #expect(late.startDate.year >= 2025)
    }

    @Test("Proposals chained over thirty years keep the pattern: even May–July, odd October–November, in order")
    func proposeChain() {
        let pattern = MeetingPattern()
        var sessions: [Session] = []
        for _ in 0..<60 {
            let next = Session.proposeNext(after: sessions, pattern: pattern, today: Day(2025, 1, 1))
            let months = next.number % 2 == 0 ? 5...7 : 10...11
            #expect(months.contains(next.startDate.month), "session \(next.number) starts \(next.startDate)")
            #expect(next.startDate.weekday == 1, "session \(next.number) does not start on a Tuesday")
            #expect(next.dateWindowWarning(pattern: pattern) == nil)
            if let last = sessions.last { #expect(last.endDate < next.startDate) }
            sessions.append(next)
        }
        #expect(sessions.map(\.number) == Array(36...95))
        #expect(sessions.last?.year == 2054)
    }

    @Test("Dates outside the usual window give a warning for regular sessions only")
    func windowWarning() {
        let pattern = MeetingPattern()
        var s = session(38, Day(2026, 10, 20), Day(2026, 10, 21))
        #expect(s.dateWindowWarning(pattern: pattern) == "Even-numbered sessions normally fall in May–July; session 38 starts in October.")
        s.kind = .special
        #expect(s.dateWindowWarning(pattern: pattern) == nil)
        let odd = session(39, Day(2027, 6, 1), Day(2027, 6, 2))
        #expect(odd.dateWindowWarning(pattern: pattern) == "Odd-numbered sessions normally fall in October–November; session 39 starts in June.")
        // The real record: 3rd session 4–5 Nov 2008, 10th session 15 May 2012.
        #expect(session(3, Day(2008, 11, 4), Day(2008, 11, 5)).dateWindowWarning(pattern: pattern) == nil)
        #expect(session(10, Day(2012, 5, 15), Day(2012, 5, 15)).dateWindowWarning(pattern: pattern) == nil)
    }
}

@Suite("Terms of reference and Rules of Procedure in force")
struct InForceTests {
    @Test("Old sessions keep the ToR that applied to them")
    func tor() {
        let versions: [ToRVersion] = [.original2007, .amendment2013]
        #expect(versions.inForce(on: Day(2012, 5, 15))?.id == "tor-2007")
        #expect(versions.inForce(on: Day(2013, 11, 25))?.id == "tor-2007")
        #expect(versions.inForce(on: Day(2013, 11, 26))?.id == "tor-2013")
        #expect(versions.inForce(on: Day(2000, 1, 1))?.id == "tor-2007", "before any version the earliest applies")
        #expect(ToRVersion.original2007.letters == ["a", "b", "c", "d", "e", "f", "g", "h"])
        #expect(ToRVersion.amendment2013.letters.last == "i")
    }

    @Test("The most recently approved Rules of Procedure are in force")
    func rules() {
        let committee = Fixture.committee()
        #expect(committee.rulesOfProcedure.inForce?.id == "rop-2008")
        var later = committee.rulesOfProcedure[1]
        later.state = .approved
        later.history.append(RulesEvent(on: Day(2026, 12, 1), state: .approved, detail: "Approved."))
        #expect((committee.rulesOfProcedure + [later]).inForce?.id == "rop-amendment-1")
        #expect([RulesVersion]().inForce == nil)
    }
}
