import Foundation

/// The range of every whole number in the model (docs/file-format.md lists them; the JSON
/// schemas in docs/schema say the same). The loader refuses a file with a number outside its
/// range, `scpf check` reports it, the forms and the command line refuse it, so arithmetic
/// on stored numbers cannot overflow.
public enum Limits {
    /// Session numbers, and every number that names a session.
    public static let sessionNumber = 1...9999
    /// Minutes allotted to one item: at most one day.
    public static let itemMinutes = 0...1440
    /// Planned sitting minutes per day.
    public static let sittingMinutes = 1...1440
    /// A speaker's time limit, in seconds: at most one hour.
    public static let speakingSeconds = 1...3600
    public static let sessionsPerYear = 1...12
    public static let sessionLengthDays = 1...31
    public static let month = 1...12
    public static let ruleNumber = 1...9999
    public static let itemLevel = 0...2
    /// An item number kept from an imported document ("item 12", "(c)", "(iv)").
    public static let sourceNumber = 1...999
    /// Notice before the opening, in days (a rule's `noticeDays`, an agreed shorter notice).
    public static let noticeDays = 0...366

    /// One number outside its range: where it is (`agenda.items[2].minutesAllotted`) and a
    /// sentence saying what it must be.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var value: Int
        public var range: ClosedRange<Int>
        public var what: String
        public var description: String {
            "\(path) is \(value); \(what) must be from \(range.lowerBound) to \(range.upperBound)"
        }
    }

    /// "Session numbers run from 1 to 9999; 4294967297 is not one." for a typed session number.
    public static func sessionNumber(_ text: String) -> Result<Int, DomainError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let n = Int(trimmed), sessionNumber.contains(n) else {
            return .failure(DomainError("Session numbers run from \(sessionNumber.lowerBound) to \(sessionNumber.upperBound); “\(trimmed)” is not one."))
        }
        return .success(n)
    }

    public static func violations(_ s: Session) -> [Violation] {
        var v: [Violation] = []
        func check(_ path: String, _ value: Int?, _ range: ClosedRange<Int>, _ what: String) {
            if let value, !range.contains(value) { v.append(Violation(path: path, value: value, range: range, what: what)) }
        }
        check("number", s.number, sessionNumber, "a session number")
        check("sittingMinutesPerDay", s.sittingMinutesPerDay, sittingMinutes, "the sitting minutes per day")
        check("noticeAgreement.days", s.noticeAgreement?.days, noticeDays, "a number of days")
        for (i, item) in s.agenda.items.enumerated() { v += violations(item, at: "agenda.items[\(i)].") }
        return v
    }

    /// The numbers of one item; `at` prefixes each path.
    public static func violations(_ item: AgendaItem, at: String = "") -> [Violation] {
        var v: [Violation] = []
        func check(_ path: String, _ value: Int?, _ range: ClosedRange<Int>, _ what: String) {
            if let value, !range.contains(value) { v.append(Violation(path: at + path, value: value, range: range, what: what)) }
        }
        check("level", item.level, itemLevel, "the level")
        check("sourceNumber", item.sourceNumber, sourceNumber, "an item number kept from the source document")
        check("minutesAllotted", item.minutesAllotted, itemMinutes, "the minutes allotted to an item")
        check("speakers.limitSeconds", item.speakers.limitSeconds, speakingSeconds, "a speaking limit in seconds")
        check("outcome.deferredTo", item.outcome?.deferredTo, sessionNumber, "a session number")
        check("carriedOverFrom.session", item.carriedOverFrom?.session, sessionNumber, "a session number")
        return v
    }

    public static func violations(_ c: Committee) -> [Violation] {
        var v: [Violation] = []
        func check(_ path: String, _ value: Int?, _ range: ClosedRange<Int>, _ what: String) {
            if let value, !range.contains(value) { v.append(Violation(path: path, value: value, range: range, what: what)) }
        }
        let m = c.meetingPattern
        check("meetingPattern.regularSessionsPerYear", m.regularSessionsPerYear, sessionsPerYear, "the regular sessions per year")
        check("meetingPattern.defaultLengthDays", m.defaultLengthDays, sessionLengthDays, "a session's length in days")
        for (i, month) in m.evenSessionMonths.enumerated() { check("meetingPattern.evenSessionMonths[\(i)]", month, Limits.month, "a month") }
        for (i, month) in m.oddSessionMonths.enumerated() { check("meetingPattern.oddSessionMonths[\(i)]", month, Limits.month, "a month") }
        for (k, meeting) in (c.informalMeetings ?? []).enumerated() {
            for (i, link) in meeting.feeds.enumerated() { check("informalMeetings[\(k)].feeds[\(i)].session", link.session, sessionNumber, "a session number") }
        }
        for (k, item) in (c.councilItems ?? []).enumerated() {
            for (i, n) in item.sessions.enumerated() { check("councilItems[\(k)].sessions[\(i)]", n, sessionNumber, "a session number") }
        }
        for (r, version) in c.rulesOfProcedure.enumerated() {
            check("rulesOfProcedure[\(r)].adoptedAtSession", version.adoptedAtSession, sessionNumber, "a session number")
            check("rulesOfProcedure[\(r)].agendaItem.session", version.agendaItem?.session, sessionNumber, "a session number")
            for (i, rule) in version.rules.enumerated() {
                check("rulesOfProcedure[\(r)].rules[\(i)].number", rule.number, ruleNumber, "a rule number")
                check("rulesOfProcedure[\(r)].rules[\(i)].noticeDays", rule.noticeDays, noticeDays, "a number of days")
            }
            for (i, number) in (version.repeals ?? []).enumerated() { check("rulesOfProcedure[\(r)].repeals[\(i)]", number, ruleNumber, "a rule number") }
        }
        return v
    }

    /// Months lists that are empty: a session of that parity would have no usual window.
    public static func emptyMonthLists(_ c: Committee) -> [String] {
        [("meetingPattern.evenSessionMonths", c.meetingPattern.evenSessionMonths),
         ("meetingPattern.oddSessionMonths", c.meetingPattern.oddSessionMonths)].filter { $0.1.isEmpty }.map(\.0)
    }
}

/// Arithmetic on stored numbers that saturates instead of trapping, for values that did not
/// come through the loader (a test, a future field).
public extension Int {
    func saturatingAdd(_ other: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : r
    }
    func saturatingMultiply(_ other: Int) -> Int {
        let (r, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) != (other < 0) ? .min : .max) : r
    }
}
