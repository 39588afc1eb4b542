import Foundation

public enum SessionKind: String, Codable, CaseIterable, Sendable {
    case regular, special, resumed
}

/// planned → convened → in session → closed.
public enum SessionStatus: String, Codable, CaseIterable, Sendable {
    case planned, convened
    case inSession = "in-session"
    case closed

    public var label: String {
        switch self {
        case .planned: "planned"
        case .convened: "convened"
        case .inSession: "in session"
        case .closed: "closed"
        }
    }

    public var next: SessionStatus? {
        switch self {
        case .planned: .convened
        case .convened: .inSession
        case .inSession: .closed
        case .closed: nil
        }
    }
}

public struct Officer: Codable, Hashable, Sendable {
    /// "Chairperson", "Vice-Chairperson", "Rapporteur".
    public var role: String
    public var name: String
    /// Member state the officer comes from, when there is one.
    public var memberStateId: String?
    /// An acting officer: a session's own officer who acts for the Bureau's in this role
    /// (absent: not acting).
    public var acting: Bool?
    public init(role: String, name: String, memberStateId: String? = nil, acting: Bool? = nil) {
        self.role = role; self.name = name; self.memberStateId = memberStateId; self.acting = acting
    }

    public var isActing: Bool { acting == true }

    /// "Rapporteur", "Rapporteur (acting)".
    public var roleTitle: String { isActing ? "\(role) (acting)" : role }
}

/// The members' agreement to a shorter notice than the Rules ask (Rule 4: "unless the members
/// agree to a shorter period").
public struct NoticeAgreement: Codable, Hashable, Sendable {
    /// The notice agreed, in days before the opening.
    public var days: Int
    public var agreedOn: Day?
    /// Where it is recorded: a document symbol or a sentence.
    public var record: String
    public init(days: Int, agreedOn: Day? = nil, record: String) {
        self.days = days; self.agreedOn = agreedOn; self.record = record
    }
}

/// Where the meeting stands in the room; lets a restarted scpf resume the meeting.
public struct LiveState: Codable, Hashable, Sendable {
    public var currentItemId: String?
    public var sessionStartedAt: Date?
    public var itemStartedAt: Date?
    /// The item concluded (or deferred) last: the next item in agenda order follows it.
    public var lastItemId: String?
    public init(currentItemId: String? = nil, sessionStartedAt: Date? = nil, itemStartedAt: Date? = nil,
                lastItemId: String? = nil) {
        self.currentItemId = currentItemId; self.sessionStartedAt = sessionStartedAt
        self.itemStartedAt = itemStartedAt; self.lastItemId = lastItemId
    }
}

/// A stretch of one meeting of the session (1st meeting, 2nd meeting …) between its
/// opening or resumption and its suspension or close. A meeting suspended and resumed has
/// several sittings with the same number.
public struct Sitting: Codable, Hashable, Sendable {
    /// The meeting's number in the session: 1 for the 1st meeting.
    public var meeting: Int
    public var startedAt: Date
    /// Suspended or closed; nil while the sitting goes on.
    public var endedAt: Date?
    public init(meeting: Int, startedAt: Date, endedAt: Date? = nil) {
        self.meeting = meeting; self.startedAt = startedAt; self.endedAt = endedAt
    }

    /// Seconds of this sitting up to `time` (or its end).
    public func seconds(upTo time: Date) -> Int {
        let end = min(endedAt ?? time, time)
        return max(0, Int(end.timeIntervalSince(startedAt)))
    }

    /// Seconds of this sitting that fall after `from`, up to `time`.
    public func seconds(from: Date, upTo time: Date) -> Int {
        let start = max(startedAt, from)
        let end = min(endedAt ?? time, time)
        return max(0, Int(end.timeIntervalSince(start)))
    }
}

/// One session of the Committee, stored in `sessions/session-NNN.json`.
public struct Session: Codable, Hashable, Sendable, Identifiable {
    public var schemaVersion: Int
    /// Unique across all sessions; regular, special and resumed sessions share one sequence.
    public var number: Int
    public var kind: SessionKind
    public var startDate: Day
    public var endDate: Day
    public var venue: String
    public var officers: [Officer]
    public var status: SessionStatus
    /// Member state ids represented at the session, sorted.
    public var attendance: [String]
    /// Planned sitting time per day, for the agenda's time budget.
    public var sittingMinutesPerDay: Int
    public var agenda: Agenda
    public var report: Report
    public var live: LiveState?
    /// Default time limit per statement in seconds for every item (an item may override it).
    public var speakingLimitSeconds: Int?
    /// Time limit for a right of reply or a point of order, in seconds.
    public var replyLimitSeconds: Int?
    /// The meetings of the session as they sat, in order (absent before the meeting opens).
    public var sittings: [Sitting]?
    /// A shorter notice the members agreed to (Rule 4), absent when none.
    public var noticeAgreement: NoticeAgreement?

    public var id: Int { number }

    public init(number: Int, kind: SessionKind = .regular, startDate: Day, endDate: Day,
                venue: String = "Geneva", officers: [Officer] = [], status: SessionStatus = .planned,
                attendance: [String] = [], sittingMinutesPerDay: Int = 360,
                agenda: Agenda = Agenda(), report: Report = Report(), live: LiveState? = nil) {
        self.schemaVersion = SchemaVersion.current
        self.number = number; self.kind = kind; self.startDate = startDate; self.endDate = endDate
        self.venue = venue; self.officers = officers; self.status = status
        self.attendance = attendance; self.sittingMinutesPerDay = sittingMinutesPerDay
        self.agenda = agenda; self.report = report; self.live = live
    }

    /// "Thirty-seventh Session", "Thirty-eighth (Special) Session".
    public var title: String {
        let words = Ordinal.capitalizedWords(number)
        switch kind {
        case .regular: return "\(words) Session"
        case .special: return "\(words) (Special) Session"
        case .resumed: return "\(words) (Resumed) Session"
        }
    }

    public var shortTitle: String { "\(Ordinal.suffixed(number)) session" }
    public var year: Int { startDate.year }
    public var lengthDays: Int { startDate.days(until: endDate) + 1 }
    public var plannedMinutes: Int { lengthDays.saturatingMultiply(sittingMinutesPerDay) }
    public var fileName: String { Session.fileName(number: number) }

    /// `session-037.json`: at least three digits, never truncated (`String(format:)` cut
    /// numbers of 2³¹ and more on Linux, so 4294967297 became `session-001.json`).
    public static func fileName(number: Int) -> String {
        let digits = String(number.magnitude)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        return "session-\(number < 0 ? "-" : "")\(padded).json"
    }

    /// Moves the status one step forward, or explains why not.
    public mutating func advanceStatus(to target: SessionStatus) throws {
        guard target != status else {
            throw DomainError("Session \(number) is already \(target.label).")
        }
        guard status.next == target else {
            if let next = status.next {
                throw DomainError("Session \(number) is \(status.label): it can only move to \(next.label) next, not to \(target.label).")
            }
            throw DomainError("Session \(number) is closed: a closed session cannot change status.")
        }
        status = target
    }
}

extension Session {
    /// Proposes the next session: the number after the highest, in the pattern's window for
    /// that number (even: May–July, odd: October–November), after the last session.
    /// `number` overrides the next number (the user typed another one).
    public static func proposeNext(after sessions: [Session], pattern: MeetingPattern, today: Day, number wanted: Int? = nil) -> Session {
        // With no session yet, the series starts where the real committee is (SessionAnchor).
        let number = wanted ?? sessions.map(\.number).max().map { $0.saturatingAdd(1) } ?? SessionAnchor.nextNumber(onOrAfter: today, pattern: pattern)
        let last = sessions.max { $0.startDate < $1.startDate }?.endDate ?? today
        let months = pattern.months(forSession: number).filter(Limits.month.contains)
        let month = months.isEmpty ? 6 : months[(months.count - 1) / 2]
        // The first year whose window for this number falls after the last session.
        var year = max(last.year, today.year)
        func candidate(_ year: Int) -> Day {
            var day = Day(year, month, 20)
            while day.weekday != 1 { day = day.adding(days: 1) }  // the Committee often opens on a Tuesday
            return day
        }
        var start = candidate(year)
        while start <= last || start < today { year += 1; start = candidate(year) }
        let end = start.adding(days: max(pattern.defaultLengthDays, 1) - 1)
        return Session(number: number, startDate: start, endDate: end, venue: pattern.defaultVenue)
    }

    /// A sentence when the dates fall outside the usual window for the session's number.
    public func dateWindowWarning(pattern: MeetingPattern) -> String? {
        guard kind == .regular else { return nil }
        let months = pattern.months(forSession: number).filter(Limits.month.contains)
        guard let first = months.first, let last = months.last, Limits.month.contains(startDate.month),
              !months.contains(startDate.month) else { return nil }
        let parity = number % 2 == 0 ? "Even" : "Odd"
        return "\(parity)-numbered sessions normally fall in \(Day.monthNames[first - 1])–\(Day.monthNames[last - 1]); session \(number) starts in \(Day.monthNames[startDate.month - 1])."
    }
}
