import Foundation

/// Interventions that go ahead of the speakers list: a right of reply, a point of order.
public enum InterventionKind: String, Codable, CaseIterable, Sendable {
    case reply = "right-of-reply"
    case pointOfOrder = "point-of-order"

    public var label: String {
        switch self {
        case .reply: "right of reply"
        case .pointOfOrder: "point of order"
        }
    }

    /// The mark shown before the name on the speakers list.
    public var mark: String {
        switch self {
        case .reply: "RoR"
        case .pointOfOrder: "PoO"
        }
    }
}

/// One intervention on an item, with its recorded start and end.
public struct Speech: Codable, Hashable, Sendable {
    /// Member state id, or a free name for observers and the Administration.
    public var delegation: String
    public var startedAt: Date
    public var endedAt: Date?
    /// A right of reply or a point of order; nil for a statement from the speakers list.
    public var kind: InterventionKind?
    public init(delegation: String, startedAt: Date, endedAt: Date? = nil, kind: InterventionKind? = nil) {
        self.delegation = delegation; self.startedAt = startedAt; self.endedAt = endedAt; self.kind = kind
    }
    public var seconds: Int? { endedAt.map { Int($0.timeIntervalSince(startedAt)) } }
}

/// A right of reply or point of order waiting ahead of the speakers list.
public struct Interjection: Codable, Hashable, Sendable {
    public var delegation: String
    public var kind: InterventionKind
    public init(delegation: String, kind: InterventionKind) { self.delegation = delegation; self.kind = kind }
}

/// The speakers list of an item: who waits, who spoke (in order, for how long).
public struct SpeakersList: Codable, Hashable, Sendable {
    public var queue: [String]
    public var speeches: [Speech]
    /// Per-speaker time limit in seconds for this item, overriding the session's.
    public var limitSeconds: Int?
    /// The chair closed the list: no one more is added (rights of reply and points of
    /// order still are). Absent when open.
    public var closed: Bool?
    /// Rights of reply and points of order, taken before the queue, in order.
    public var interjections: [Interjection]?
    public init(queue: [String] = [], speeches: [Speech] = [], limitSeconds: Int? = nil,
                closed: Bool? = nil, interjections: [Interjection]? = nil) {
        self.queue = queue; self.speeches = speeches; self.limitSeconds = limitSeconds
        self.closed = closed; self.interjections = interjections
    }

    public var isClosed: Bool { closed == true }
    public var waitingInterjections: [Interjection] { interjections ?? [] }
    /// Everyone waiting: interjections first, then the list.
    public var waitingCount: Int { waitingInterjections.count + queue.count }

    /// The speech in progress, if anyone has the floor.
    public var onTheFloor: Speech? {
        guard let last = speeches.last, last.endedAt == nil else { return nil }
        return last
    }

    /// How many statements (not replies or points of order) the delegation made already.
    public func statements(by delegation: String) -> Int {
        speeches.filter { $0.delegation == delegation && $0.kind == nil }.count
    }
}
