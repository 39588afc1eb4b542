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
    public init(number: Int, title: String, text: String) {
        self.number = number; self.title = title; self.text = text
    }
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

    public init(id: String, title: String, state: RulesState = .drafting, rules: [Rule] = [],
                history: [RulesEvent] = [], adoptedAtSession: Int? = nil,
                approvalResolution: String? = nil, agendaItem: ItemLink? = nil) {
        self.id = id; self.title = title; self.state = state; self.rules = rules
        self.history = history; self.adoptedAtSession = adoptedAtSession
        self.approvalResolution = approvalResolution; self.agendaItem = agendaItem
    }

    public var approvedOn: Day? { history.last { $0.state == .approved }?.on }
}

extension Array where Element == RulesVersion {
    /// The most recently approved version is in force.
    public var inForce: RulesVersion? {
        filter { $0.state == .approved }.max { ($0.approvedOn ?? Day(1, 1, 1)) < ($1.approvedOn ?? Day(1, 1, 1)) }
    }
}
