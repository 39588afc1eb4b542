/// A session's number is its identity in links (deferrals, carried-over items, the Rules
/// version an item discusses) and in the chair's notes; renumbering must carry them along
/// so that nothing points at the old number, or worse, at a different session later given it.
extension Session {
    /// Links in this session that name session `old` now name `new`.
    public mutating func relink(session old: Int, to new: Int) {
        for i in agenda.items.indices {
            if agenda.items[i].carriedOverFrom?.session == old { agenda.items[i].carriedOverFrom?.session = new }
            if agenda.items[i].outcome?.deferredTo == old { agenda.items[i].outcome?.deferredTo = new }
        }
    }
}

extension Committee {
    /// Rules versions that name session `old` (adopted at it, discussed under one of its
    /// items) now name `new`.
    public mutating func relink(session old: Int, to new: Int) {
        for i in rulesOfProcedure.indices {
            if rulesOfProcedure[i].adoptedAtSession == old { rulesOfProcedure[i].adoptedAtSession = new }
            if rulesOfProcedure[i].agendaItem?.session == old { rulesOfProcedure[i].agendaItem?.session = new }
        }
    }
}

extension ChairNotes {
    /// The chair's notes on session `old` move to `new` (replacing none: the caller has
    /// checked that `new` is free).
    public mutating func relink(session old: Int, to new: Int) {
        guard let notes = sessions.removeValue(forKey: String(old)) else { return }
        sessions[String(new)] = notes
    }

    /// Item ids the chair's notes name in a session: never handed out to a new item there.
    public func itemIds(session: Int) -> Set<String> {
        Set(sessions[String(session)]?.keys.map { $0 } ?? [])
    }
}
