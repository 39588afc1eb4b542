/// What the chair keeps for an agenda item: never part of the record.
public struct ChairItemNote: Codable, Hashable, Sendable {
    public var reviewed: Bool
    /// "To raise" in the session.
    public var toRaise: Bool
    public var notes: String
    public init(reviewed: Bool = false, toRaise: Bool = false, notes: String = "") {
        self.reviewed = reviewed; self.toRaise = toRaise; self.notes = notes
    }
    public var isEmpty: Bool { !reviewed && !toRaise && notes.isEmpty }
}

/// The chair's own file, `chair.json`: reviewed marks, "to raise" flags and private
/// briefing notes per item. The secretariat's scpf never writes it, so a chair reviewing on
/// a copy of the data directory merges back by copying this one file.
public struct ChairNotes: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    /// Session number (as text) → item id → note.
    public var sessions: [String: [String: ChairItemNote]]

    public init(sessions: [String: [String: ChairItemNote]] = [:]) {
        self.schemaVersion = SchemaVersion.current
        self.sessions = sessions
    }

    public func note(session: Int, item: String) -> ChairItemNote {
        sessions[String(session)]?[item] ?? ChairItemNote()
    }

    public mutating func update(session: Int, item: String, _ change: (inout ChairItemNote) -> Void) {
        var note = self.note(session: session, item: item)
        change(&note)
        var byItem = sessions[String(session)] ?? [:]
        byItem[item] = note.isEmpty ? nil : note
        sessions[String(session)] = byItem.isEmpty ? nil : byItem
    }

    /// Reviewed items out of the agenda's items (withdrawn ones do not count).
    public func progress(_ s: Session) -> (reviewed: Int, total: Int) {
        let items = s.agenda.items.filter { $0.status != .withdrawn }
        return (items.filter { note(session: s.number, item: $0.id).reviewed }.count, items.count)
    }
}
