import Foundation

/// One intervention on an item, with its recorded start and end.
public struct Speech: Codable, Hashable, Sendable {
    /// Member state id, or a free name for observers and the Administration.
    public var delegation: String
    public var startedAt: Date
    public var endedAt: Date?
    public init(delegation: String, startedAt: Date, endedAt: Date? = nil) {
        self.delegation = delegation; self.startedAt = startedAt; self.endedAt = endedAt
    }
    public var seconds: Int? { endedAt.map { Int($0.timeIntervalSince(startedAt)) } }
}

/// The speakers list of an item: who waits, who spoke (in order, for how long).
public struct SpeakersList: Codable, Hashable, Sendable {
    public var queue: [String]
    public var speeches: [Speech]
    /// Per-speaker time limit in seconds, when the chair sets one.
    public var limitSeconds: Int?
    public init(queue: [String] = [], speeches: [Speech] = [], limitSeconds: Int? = nil) {
        self.queue = queue; self.speeches = speeches; self.limitSeconds = limitSeconds
    }
}
