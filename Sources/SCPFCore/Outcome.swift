/// The Committee decides by consensus; outcomes are recorded in its own vocabulary.
public enum OutcomeKind: String, Codable, CaseIterable, Sendable {
    case tookNote = "took-note"
    case recommendedApproval = "recommended-approval"
    case endorsed
    case requestedInformation = "requested-information"
    case deferred
    case referredToCouncil = "referred-to-council"
    case noAction = "no-action"

    public var label: String {
        switch self {
        case .tookNote: "took note"
        case .recommendedApproval: "recommended to the Council for approval"
        case .endorsed: "endorsed"
        case .requestedInformation: "requested further information"
        case .deferred: "deferred"
        case .referredToCouncil: "referred to the Council"
        case .noAction: "no action"
        }
    }

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

public struct Outcome: Codable, Hashable, Sendable {
    public var kind: OutcomeKind
    /// For `deferred`: the session the item goes to.
    public var deferredTo: Int?
    /// The conclusion as it will read in the report.
    public var conclusion: String
    /// Corrections made after the session closed, oldest first, each keeping what it replaced.
    public var corrections: [OutcomeCorrection]?
    public init(kind: OutcomeKind, deferredTo: Int? = nil, conclusion: String = "", corrections: [OutcomeCorrection]? = nil) {
        self.kind = kind; self.deferredTo = deferredTo; self.conclusion = conclusion; self.corrections = corrections
    }

    /// The day of the last correction, when the outcome was corrected after closing.
    public var correctedOn: Day? { corrections?.last?.on }

    /// "deferred to session 38", "took note".
    public var label: String {
        if kind == .deferred, let n = deferredTo { return "deferred to session \(n)" }
        return kind.label
    }
}
