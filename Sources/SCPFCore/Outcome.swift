/// The Committee decides by consensus; outcomes are recorded in its own vocabulary.
public enum OutcomeKind: String, Codable, CaseIterable, Sendable {
    case tookNote = "took-note"
    case recommendedApproval = "recommended-approval"
    case endorsed
    case requestedInformation = "requested-information"
    case deferred
    case referredToCouncil = "referred-to-council"
    case noAction = "no-action"
    /// Matters in the Committee's own competence.
    case agreed, decided, approved
    /// An urgent decision under ToR (i) (since 2013): taken between sessions of the Council on a
    /// matter within the Council's competence, submitted for the Council's approval at its next
    /// session, pending until then.
    case urgentDecision = "urgent-decision"

    public var label: String {
        switch self {
        case .tookNote: "took note"
        case .recommendedApproval: "recommended to the Council for approval"
        case .endorsed: "endorsed"
        case .requestedInformation: "requested further information"
        case .deferred: "deferred"
        case .referredToCouncil: "referred to the Council"
        case .noAction: "no action"
        case .agreed: "agreed"
        case .decided: "decided"
        case .approved: "approved"
        case .urgentDecision: "urgent decision under ToR (i)"
        }
    }

    /// Outcomes in the Committee's own competence: nothing goes to the Council for approval.
    public var isOwnCompetence: Bool { self == .agreed || self == .decided || self == .approved }

    /// Outcomes the Council acts on, each by its own action: recommendations and urgent decisions.
    public var awaitsCouncil: Bool { isRecommendation || self == .urgentDecision }

    /// Outcomes that become recommendations in the report to the Council.
    public var isRecommendation: Bool { self == .recommendedApproval || self == .referredToCouncil }
}

/// An outcome as it stood before a correction made after the session closed.
public struct OutcomeCorrection: Codable, Hashable, Sendable {
    /// The day of the correction.
    public var on: Day
    /// The outcome before it (absent: the item had none, it was recorded after closing).
    public var kind: OutcomeKind?
    public var conclusion: String?
    public init(on: Day, kind: OutcomeKind? = nil, conclusion: String? = nil) {
        self.on = on; self.kind = kind; self.conclusion = conclusion
    }
}

/// What the Council did with one recommendation or one urgent decision.
public enum ItemCouncilResult: String, Codable, CaseIterable, Sendable {
    case approved
    case approvedWithChanges = "approved-with-changes"
    case tookNote = "took-note"
    case rejected
    public var label: String {
        switch self {
        case .approved: "approved"
        case .approvedWithChanges: "approved with changes"
        case .tookNote: "took note"
        case .rejected: "did not approve"
        }
    }
}

/// The Council's action on one recommendation or urgent decision (resolution `C/115/RES/1413`).
public struct ItemCouncilAction: Codable, Hashable, Sendable {
    public var result: ItemCouncilResult
    public var resolution: String?
    public var date: Day
    public init(result: ItemCouncilResult, resolution: String? = nil, date: Day) {
        self.result = result; self.resolution = resolution; self.date = date
    }
}

public struct Outcome: Codable, Hashable, Sendable {
    public var kind: OutcomeKind
    /// For `deferred`: the session the item goes to.
    public var deferredTo: Int?
    /// The conclusion as it will read in the report.
    public var conclusion: String
    /// Corrections made after the session closed, oldest first, each keeping what it replaced.
    public var corrections: [OutcomeCorrection]?
    /// For a recommendation or an urgent decision: what the Council did with it, once it acted.
    public var councilAction: ItemCouncilAction?
    public init(kind: OutcomeKind, deferredTo: Int? = nil, conclusion: String = "", corrections: [OutcomeCorrection]? = nil,
                councilAction: ItemCouncilAction? = nil) {
        self.kind = kind; self.deferredTo = deferredTo; self.conclusion = conclusion; self.corrections = corrections
        self.councilAction = councilAction
    }

    /// The day of the last correction, when the outcome was corrected after closing.
    public var correctedOn: Day? { corrections?.last?.on }

    /// "deferred to session 38", "took note".
    public var label: String {
        if kind == .deferred, let n = deferredTo { return "deferred to session \(n)" }
        return kind.label
    }
}
