/// A member state of the Organization. Every member state may attend the Committee.
public struct MemberState: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: ISO 3166-1 alpha-3 code in lower case ("civ", "chn").
    public var id: String
    /// English name as used in the Committee's documents.
    public var name: String
    /// The name in the state's own script, shown beside the English name ("中国").
    public var localName: String?
    /// The undated Article 4 flag of schemaVersion 1, read so that old files load and dropped
    /// by the upgrade (Migration); Article 4 status is a dated record (`Committee.article4Records`).
    public var article4: Bool?
    /// The day the state was admitted to the Organization; membership at a session's date
    /// follows from it (absent: taken as a member). None is built in.
    public var admittedOn: Day?

    public init(id: String, name: String, localName: String? = nil, article4: Bool? = nil, admittedOn: Day? = nil) {
        self.id = id; self.name = name; self.localName = localName; self.article4 = article4
        self.admittedOn = admittedOn
    }

    /// "China (中国)"
    public var displayName: String {
        guard let local = localName, !local.isEmpty, local != name else { return name }
        return "\(name) (\(local))"
    }
}

/// How often the Committee normally meets, and when.
public struct MeetingPattern: Codable, Hashable, Sendable {
    public var regularSessionsPerYear: Int
    /// Months (1–12) in which even-numbered regular sessions normally fall.
    public var evenSessionMonths: [Int]
    /// Months in which odd-numbered regular sessions normally fall.
    public var oddSessionMonths: [Int]
    public var defaultVenue: String
    public var defaultLengthDays: Int

    public init(regularSessionsPerYear: Int = 2, evenSessionMonths: [Int] = [5, 6, 7],
                oddSessionMonths: [Int] = [10, 11], defaultVenue: String = "Geneva",
                defaultLengthDays: Int = 2) {
        self.regularSessionsPerYear = regularSessionsPerYear
        self.evenSessionMonths = evenSessionMonths
        self.oddSessionMonths = oddSessionMonths
        self.defaultVenue = defaultVenue
        self.defaultLengthDays = defaultLengthDays
    }

    public func months(forSession number: Int) -> [Int] {
        number % 2 == 0 ? evenSessionMonths : oddSessionMonths
    }
}

/// The Committee: names, members, terms of reference with their history, meeting pattern,
/// and its Rules of Procedure. Stored in `committee.json`.
public struct Committee: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var name: String
    public var shortName: String
    /// The body the Committee reports to.
    public var parentBody: String
    public var meetingPattern: MeetingPattern
    public var memberStates: [MemberState]
    public var termsOfReference: [ToRVersion]
    public var rulesOfProcedure: [RulesVersion]
    /// The Council's items that take up the year's sessions together, with their documents.
    public var councilItems: [CouncilItem]?
    /// The Council's Bureaus, each elected for a year, which act as the SCPF's Bureau.
    public var bureaus: [Bureau]?
    /// Article 4 status as dated records, each citing its document; none is built in.
    public var article4Records: [Article4Record]?
    /// Informal consultations and working groups on SCPF matters, with their papers.
    public var informalMeetings: [InformalMeeting]?

    public init(schemaVersion: Int = SchemaVersion.current, name: String, shortName: String,
                parentBody: String, meetingPattern: MeetingPattern, memberStates: [MemberState],
                termsOfReference: [ToRVersion], rulesOfProcedure: [RulesVersion]) {
        self.schemaVersion = schemaVersion; self.name = name; self.shortName = shortName
        self.parentBody = parentBody; self.meetingPattern = meetingPattern
        self.memberStates = memberStates; self.termsOfReference = termsOfReference
        self.rulesOfProcedure = rulesOfProcedure
    }

    public func memberState(_ id: String) -> MemberState? { memberStates.first { $0.id == id } }

    public func torInForce(on day: Day) -> ToRVersion? { termsOfReference.inForce(on: day) }

    /// The built-in SCPF as established in 2007, with the 2013 amendment of its ToR.
    public static func scpf() -> Committee {
        Committee(
            name: "Standing Committee on Programmes and Finance",
            shortName: "SCPF",
            parentBody: "Council",
            meetingPattern: MeetingPattern(),
            memberStates: MemberStates.builtIn,
            termsOfReference: [.original2007, .amendment2013],
            rulesOfProcedure: [.published])
    }
}

public enum SchemaVersion {
    /// The version this build writes and the newest it reads; older files are upgraded in
    /// memory as they load (`Migration`).
    public static let current = 3
}

extension Committee {
    /// The notice the Rules of Procedure in force at the session's opening require before it,
    /// in days; nil when no rule in force states one.
    public func noticeDays(for session: Session) -> Int? {
        rulesOfProcedure.noticeDays(on: session.startDate)
    }
}
