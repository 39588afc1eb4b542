/// drafting → adopted by the Committee → submitted to the Council → approved by the Council,
/// or returned for revision → back to drafting.
public enum RulesState: String, Codable, CaseIterable, Sendable {
    case drafting, adopted, submitted, approved, returned

    public var label: String {
        switch self {
        case .drafting: "drafting"
        case .adopted: "adopted by the Committee"
        case .submitted: "submitted to the Council"
        case .approved: "approved by the Council"
        case .returned: "returned for revision"
        }
    }
}

public struct Rule: Codable, Hashable, Sendable {
    public var number: Int
    public var title: String
    public var text: String
    /// The notice this rule requires, in days before the opening (Rule 4 and Rule 5(2):
    /// "at least two weeks" = 14). The agenda's issue check takes it from the Rules in force.
    public var noticeDays: Int?
    /// The chapter heading and the text in French and Spanish ("fr", "es"); nil when none.
    public var titleTranslations: Translations?
    public var textTranslations: Translations?
    public init(number: Int, title: String, text: String, noticeDays: Int? = nil,
                titleTranslations: Translations? = nil, textTranslations: Translations? = nil) {
        self.number = number; self.title = title; self.text = text; self.noticeDays = noticeDays
        self.titleTranslations = titleTranslations; self.textTranslations = textTranslations
    }

    /// The notice a rule's text states: "at least two weeks prior to the opening" → 14,
    /// "at least 10 days before the opening" → 10; nil when it states none.
    public static func noticeStated(in text: String) -> Int? {
        let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                     "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "twenty-one": 21, "thirty": 30]
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
        var found: [Int] = []
        for i in tokens.indices where tokens[i] == "least" && i > 0 && tokens[i - 1] == "at" && i + 3 < tokens.count {
            guard let n = Int(tokens[i + 1]) ?? words[tokens[i + 1]] else { continue }
            let unit = tokens[i + 2]
            let towards = tokens[(i + 3)...].prefix(4)
            guard towards.contains("opening") else { continue }
            if unit.hasPrefix("week") { found.append(n * 7) } else if unit.hasPrefix("day") { found.append(n) }
        }
        return found.max()
    }

    /// The words scpf ships where IOM's published text could not be read.
    public static let toBeCompleted = "text to be completed"
    public var isToBeCompleted: Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().hasPrefix(Rule.toBeCompleted) }
}

/// One dated step in the history of a version.
public struct RulesEvent: Codable, Hashable, Sendable {
    public var on: Day
    public var state: RulesState
    /// Session number, resolution or reason, as a sentence.
    public var detail: String
    public init(on: Day, state: RulesState, detail: String) {
        self.on = on; self.state = state; self.detail = detail
    }
}

/// A version of the Rules of Procedure: the original or an amendment.
public struct RulesVersion: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var state: RulesState
    public var rules: [Rule]
    public var history: [RulesEvent]
    public var adoptedAtSession: Int?
    public var approvalResolution: String?
    /// The agenda item that discusses this version.
    public var agendaItem: ItemLink?
    /// An amendment: its rules replace the rules of the same number in the text in force
    /// before it (and add new ones); `repeals` removes rules. Absent or false: a complete text
    /// that replaces everything before it (how every version of schemaVersion 1 reads).
    public var amendment: Bool?
    /// Rule numbers an amendment removes.
    public var repeals: [Int]?
    /// Where the text comes from (IOM's published Rules), when it was not drafted here.
    public var source: String?
    /// Where each language's official text comes from, by code; a translated language
    /// without a source here is an unofficial translation.
    public var translationSources: [String: String]?

    public init(id: String, title: String, state: RulesState = .drafting, rules: [Rule] = [],
                history: [RulesEvent] = [], adoptedAtSession: Int? = nil,
                approvalResolution: String? = nil, agendaItem: ItemLink? = nil,
                amendment: Bool? = nil, repeals: [Int]? = nil, source: String? = nil) {
        self.id = id; self.title = title; self.state = state; self.rules = rules
        self.history = history; self.adoptedAtSession = adoptedAtSession
        self.approvalResolution = approvalResolution; self.agendaItem = agendaItem
        self.amendment = amendment; self.repeals = repeals; self.source = source
    }

    public var isAmendment: Bool { amendment ?? false }

    /// "approved by the Council on 2 December 2008 (Resolution No. 1170)", or, for a text
    /// whose approval is not on record, where it comes from.
    public var approvalPhrase: String {
        if let on = approvedOn { return "approved by the Council on \(on.long) (\(approvalResolution ?? "no resolution recorded"))" }
        return "approved by the Council (\(approvalResolution ?? "no resolution recorded"); date to be completed)\(source.map { ", text from \($0)" } ?? "")"
    }

    public var approvedOn: Day? { history.last { $0.state == .approved }?.on }
}

extension Array where Element == RulesVersion {
    /// The most recently approved version is in force.
    public var inForce: RulesVersion? {
        filter { $0.state == .approved }.max { ($0.approvedOn ?? Day(1, 1, 1)) < ($1.approvedOn ?? Day(1, 1, 1)) }
    }

    /// The approved versions in the order they took effect (a version without a dated approval,
    /// such as the published text scpf ships, first), up to `day` when given.
    public func approvedInOrder(upTo day: Day? = nil) -> [RulesVersion] {
        let approved = enumerated().filter { $0.element.state == .approved }
            .filter { day == nil || ($0.element.approvedOn ?? Day(1, 1, 1)) <= day! }
        return approved.sorted { a, b in
            let x = a.element.approvedOn ?? Day(1, 1, 1), y = b.element.approvedOn ?? Day(1, 1, 1)
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
    }

    /// The consolidated text in force (on `day`, or now): each approved complete text replaces
    /// everything before it, each approved amendment replaces the rules it amends, adds new ones
    /// and removes those it repeals. Sorted by rule number.
    public func consolidated(on day: Day? = nil) -> [Rule] {
        var rules: [Int: Rule] = [:]
        for version in approvedInOrder(upTo: day) {
            if !version.isAmendment { rules = [:] }
            for rule in version.rules { rules[rule.number] = rule }
            for number in version.repeals ?? [] { rules[number] = nil }
        }
        return rules.values.sorted { $0.number < $1.number }
    }

    /// Which version each rule of the consolidated text comes from.
    public func consolidatedSources(on day: Day? = nil) -> [Int: String] {
        var from: [Int: String] = [:]
        for version in approvedInOrder(upTo: day) {
            if !version.isAmendment { from = [:] }
            for rule in version.rules { from[rule.number] = version.title }
            for number in version.repeals ?? [] { from[number] = nil }
        }
        return from
    }

    /// The notice the Rules in force on `day` require before the opening, in days: the longest
    /// `noticeDays` of their rules; nil when no rule in force states one.
    public func noticeDays(on day: Day? = nil) -> Int? {
        consolidated(on: day).compactMap(\.noticeDays).max()
    }
}

extension RulesVersion {
    /// IOM's published Rules of Procedure of the SCPF (https://iom.int/rules-procedure-scpf),
    /// Rules 1–8 verbatim; Rule 9 (officers) as "text to be completed", because the copy of the
    /// page scpf was built from ends inside it. The Council's approving resolution and its date
    /// are not on the page: "to be completed" too.
    /// IOM's French and Spanish texts ship as its official translations (PublishedTranslations).
    public static let published = PublishedTranslations.translatingRules(RulesVersion(
        id: "rules-published",
        title: "Rules of Procedure (as published by IOM)",
        state: .approved,
        rules: [
            Rule(number: 1, title: "I – Sessions", text: """
                1. The Standing Committee on Programmes and Finance shall meet normally twice a year, and otherwise as may be required, for the proper discharge of its functions, at the request of:
                • The Council;
                • One third of its members;
                • Its Chairperson;
                • The Director General, after consultation with the Chairperson.
                2. Membership in the Standing Committee is open to all Member States of the Organization.
                """),
            Rule(number: 2, title: "I – Sessions", text: "The meetings of the Standing Committee shall be held in Geneva."),
            Rule(number: 3, title: "I – Sessions", text: "The meetings of the Standing Committee shall be held in private."),
            Rule(number: 4, title: "I – Sessions", text: "The Administration shall notify the members of the date of the first meeting of each session. Such notification shall be sent at least two weeks prior to the opening date of the session, unless the members agree to a shorter period.", noticeDays: 14),
            Rule(number: 5, title: "II – Agenda", text: """
                1. The provisional agenda for each session shall be prepared by the Administration, after consultation with the Chairperson and the members of the Standing Committee, and shall include the items proposed by:
                • the Council;
                • the Standing Committee, at a previous session;
                • any member of the Standing Committee;
                • the Director General.
                2. The provisional agenda and the main documents for the session shall be communicated by the Administration to all members at least two weeks prior to the opening of the session, without prejudice to the provisions of Rule 4.
                """, noticeDays: 14),
            Rule(number: 6, title: "II – Agenda", text: """
                1. At the beginning of each session, the Standing Committee shall adopt its agenda for the session.
                2. The Standing Committee may revise the agenda while in session.
                """),
            Rule(number: 7, title: "III – Credentials", text: "A communication from a Member State to the Administration announcing the names of its representatives shall be deemed sufficient credentials."),
            Rule(number: 8, title: "IV – Experts", text: "The Standing Committee may, as deemed useful for its work, invite experts to attend its meetings."),
            Rule(number: 9, title: "V – Officers", text: "text to be completed (IOM's page gives Rule 9 on the Bureau; the copy scpf was built from ends inside it)."),
        ],
        history: [],
        approvalResolution: "resolution to be completed",
        source: "https://iom.int/rules-procedure-scpf"))
}
