import Foundation

/// A session's number is its identity in links (deferrals, carried-over items, the Rules
/// version an item discusses) and in the chair's notes; renumbering must carry them along
/// so that nothing points at the old number, or worse, at a different session later given it.
extension Session {
    /// Links in this session that name session `old` now name `new`.
    public mutating func relink(session old: Int, to new: Int) {
        for i in agenda.items.indices {
            if agenda.items[i].carriedOverFrom?.session == old { agenda.items[i].carriedOverFrom?.session = new }
            if agenda.items[i].outcome?.deferredTo == old {
                agenda.items[i].outcome?.deferredTo = new
                // The drafted sentence names the session in words: it follows too.
                if let text = agenda.items[i].outcome?.conclusion {
                    agenda.items[i].outcome?.conclusion = text.replacingOccurrences(
                        of: "its \(Ordinal.words(old)) session", with: "its \(Ordinal.words(new)) session")
                }
            }
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
        if var meetings = informalMeetings {
            for k in meetings.indices {
                meetings[k].feeds = meetings[k].feeds.map { $0.session == old ? ItemLink(session: new, itemId: $0.itemId) : $0 }
            }
            informalMeetings = meetings
        }
        if var items = councilItems {
            for k in items.indices { items[k].sessions = items[k].sessions.map { $0 == old ? new : $0 } }
            councilItems = items
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

extension Array where Element == Session {
    /// Why session `old` cannot be renumbered `new`: a deferral would then run backwards
    /// (an item is only ever deferred to a later session). Nil when the numbering stays coherent.
    public func renumberingProblem(from old: Int, to new: Int) -> String? {
        for s in self where s.number != old {
            for item in s.agenda.items {
                if item.carriedOverFrom?.session == old, new >= s.number {
                    return "Session \(s.number) took up “\(item.title)” deferred from session \(old), so that session must keep a number below \(s.number)."
                }
                if item.outcome?.deferredTo == old, new <= s.number {
                    return "Session \(s.number) deferred “\(item.title)” to session \(old), so that session must keep a number above \(s.number)."
                }
            }
        }
        guard let session = first(where: { $0.number == old }) else { return nil }
        for item in session.agenda.items {
            if let from = item.carriedOverFrom?.session, from != old, new <= from {
                return "“\(item.title)” was deferred to this session from session \(from): its number must stay above \(from)."
            }
            if let to = item.outcome?.deferredTo, to != old, new >= to {
                return "“\(item.title)” was deferred from this session to session \(to): its number must stay below \(to)."
            }
        }
        return nil
    }
}
