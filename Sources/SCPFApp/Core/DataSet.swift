import SCPFCore

/// The record the UI edits: the committee and its sessions. A value, so undo is a stack of
/// these and saving is the difference between two of them.
public struct DataSet: Equatable, Sendable {
    public var committee: Committee
    /// Sorted by number.
    public private(set) var sessions: [Session]

    public init(committee: Committee, sessions: [Session]) {
        self.committee = committee
        self.sessions = sessions.sorted { $0.number < $1.number }
    }

    public func session(_ number: Int) -> Session? { sessions.first { $0.number == number } }

    public mutating func upsert(_ session: Session) {
        sessions.removeAll { $0.number == session.number }
        sessions.append(session)
        sessions.sort { $0.number < $1.number }
    }

    public mutating func remove(session number: Int) { sessions.removeAll { $0.number == number } }

    public mutating func update(session number: Int, _ change: (inout Session) throws -> Void) throws {
        guard let index = sessions.firstIndex(where: { $0.number == number }) else {
            throw DomainError("Session \(number) does not exist.")
        }
        var copy = sessions[index]
        try change(&copy)
        sessions[index] = copy
    }

    /// Every link to session `old` (in sessions and the committee's Rules) names `new`.
    public mutating func relink(session old: Int, to new: Int) {
        committee.relink(session: old, to: new)
        for i in sessions.indices { sessions[i].relink(session: old, to: new) }
    }

    /// What must be written to turn `old` into `self` on disk.
    public func changes(since old: DataSet) -> Changes {
        var c = Changes()
        c.committee = committee != old.committee
        let oldByNumber = Dictionary(old.sessions.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let newNumbers = Set(sessions.map(\.number))
        for s in sessions where oldByNumber[s.number] != s { c.saved.insert(s.number) }
        c.deleted = Set(oldByNumber.keys).subtracting(newNumbers)
        return c
    }

    public struct Changes: Equatable, Sendable {
        public var committee = false
        public var saved: Set<Int> = []
        public var deleted: Set<Int> = []
        public var isEmpty: Bool { !committee && saved.isEmpty && deleted.isEmpty }
    }
}
