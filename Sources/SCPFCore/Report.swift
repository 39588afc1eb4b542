/// drafting → adopted by the Committee → transmitted to the Council → Council action.
public enum ReportState: String, Codable, CaseIterable, Sendable {
    case drafting, adopted, transmitted
    case councilAction = "council-action"

    public var label: String {
        switch self {
        case .drafting: "drafting"
        case .adopted: "adopted by the Committee"
        case .transmitted: "transmitted to the Council"
        case .councilAction: "Council action recorded"
        }
    }
}

public struct Transmittal: Codable, Hashable, Sendable {
    /// The Council session it goes to ("116th session").
    public var councilSession: String
    public var symbol: String
    public var date: Day
    public init(councilSession: String, symbol: String, date: Day) {
        self.councilSession = councilSession; self.symbol = symbol; self.date = date
    }
}

public enum CouncilActionKind: String, Codable, CaseIterable, Sendable {
    case tookNote = "took-note"
    case approved
    case approvedWithChanges = "approved-with-changes"
    public var label: String {
        switch self {
        case .tookNote: "took note"
        case .approved: "approved"
        case .approvedWithChanges: "approved with changes"
        }
    }
}

public struct CouncilAction: Codable, Hashable, Sendable {
    public var kind: CouncilActionKind
    public var resolution: String?
    public var date: Day
    public init(kind: CouncilActionKind, resolution: String? = nil, date: Day) {
        self.kind = kind; self.resolution = resolution; self.date = date
    }
}

/// A section of the report's text; `edited` marks text the user changed after generation,
/// which regeneration must keep.
public struct ReportSection: Codable, Hashable, Sendable {
    public var key: String
    public var heading: String
    public var body: String
    public var edited: Bool
    /// For an edited section, the generated text the edit started from (absent: not known,
    /// or not edited); when the record now generates another text, the edit may be out of date.
    public var drafted: String?
    /// The heading and the text in French and Spanish ("fr", "es"); nil when none.
    public var headingTranslations: Translations?
    public var bodyTranslations: Translations?
    public init(key: String, heading: String, body: String, edited: Bool = false, drafted: String? = nil,
                headingTranslations: Translations? = nil, bodyTranslations: Translations? = nil) {
        self.key = key; self.heading = heading; self.body = body; self.edited = edited; self.drafted = drafted
        self.headingTranslations = headingTranslations; self.bodyTranslations = bodyTranslations
    }
}

/// The session's report to the Council (ToR (h)).
public struct Report: Codable, Hashable, Sendable {
    public var state: ReportState
    public var sections: [ReportSection]
    public var adoptedOn: Day?
    public var transmittal: Transmittal?
    public var councilAction: CouncilAction?
    /// The report's distribution mark on its symbol block; nil when none is given.
    public var distribution: Distribution?

    public init(state: ReportState = .drafting, sections: [ReportSection] = [], adoptedOn: Day? = nil,
                transmittal: Transmittal? = nil, councilAction: CouncilAction? = nil) {
        self.state = state; self.sections = sections; self.adoptedOn = adoptedOn
        self.transmittal = transmittal; self.councilAction = councilAction
    }
}
