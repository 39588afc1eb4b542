import Foundation

/// The agenda's state machine and the edits that must respect it. Each method either
/// applies the whole change or throws a `DomainError` and changes nothing.
extension Session {
    /// The notice scpf assumes when it is not given one: the two weeks of Rules 4 and 5(2) as
    /// IOM publishes them. The App and the exports pass the notice of the Rules in force
    /// (`committee.noticeDays(for:)`).
    public static let minimumNoticeDays = 14

    /// Issues the provisional agenda as `S/<n>/1`; returns a warning when issued with less
    /// notice than `noticeDays` (the Rules in force; nil: no rule states one) and than any
    /// shorter period the members agreed.
    @discardableResult
    public mutating func issueAgenda(on day: Day, noticeDays: Int? = Session.minimumNoticeDays) throws -> String? {
        guard agenda.state == .draft else {
            throw DomainError("The agenda of session \(number) is already \(agenda.state.label); only a draft agenda can be issued.")
        }
        guard !agenda.items.isEmpty else {
            throw DomainError("The agenda of session \(number) has no items; add items before issuing it.")
        }
        agenda.state = .provisional
        agenda.symbol = "S/\(number)/1"
        agenda.issuedOn = day
        return noticeShortfall(noticeDays: noticeDays)
    }

    /// "two weeks" for 14 days, "21 days" otherwise.
    public static func describeNotice(_ days: Int) -> String {
        let weeks = ["", "one week", "two weeks", "three weeks", "four weeks"]
        if days % 7 == 0, days > 0, days / 7 < weeks.count { return weeks[days / 7] }
        return "\(days) day\(days == 1 ? "" : "s")"
    }

    /// A sentence when the provisional agenda went out with less notice than the Rules ask
    /// (`noticeDays`) and than a shorter period the members agreed (Rule 4); nil when in time,
    /// not yet issued, or when no rule states a notice.
    public func noticeShortfall(noticeDays: Int?) -> String? {
        guard let issued = agenda.issuedOn, let required = noticeDays else { return nil }
        let notice = issued.days(until: startDate)
        guard notice < required else { return nil }
        let when = notice > 0 ? "\(notice) day\(notice == 1 ? "" : "s") before the opening"
            : notice == 0 ? "on the opening day" : "\(-notice) day\(notice == -1 ? "" : "s") after the opening"
        if let agreed = noticeAgreement {
            if notice >= agreed.days { return nil }
            return "Issued \(when); the members agreed to a shorter period of \(Session.describeNotice(agreed.days)), and even that was not met."
        }
        return "Issued \(when); the Rules of Procedure ask for at least \(Session.describeNotice(required))."
    }

    /// Records that the members agreed to a shorter notice than the Rules ask (Rule 4:
    /// "unless the members agree to a shorter period"); `days` 0 removes the record.
    public mutating func recordNoticeAgreement(_ agreement: NoticeAgreement?) throws {
        if let a = agreement {
            guard Limits.noticeDays.contains(a.days) else {
                throw DomainError("A notice of \(a.days) days is outside \(Limits.noticeDays.lowerBound)–\(Limits.noticeDays.upperBound); give the days the members agreed.")
            }
            guard !a.record.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DomainError("Say where the members' agreement is recorded (a document symbol or a sentence): it is part of the record.")
            }
        }
        noticeAgreement = agreement
    }

    /// Adopts the agenda at the session.
    public mutating func adoptAgenda(on day: Day) throws {
        switch agenda.state {
        case .draft:
            throw DomainError("The agenda of session \(number) is still a draft: issue the provisional agenda before adopting it.")
        case .adopted, .revised:
            throw DomainError("The agenda of session \(number) is already adopted; changes made now are recorded as revisions.")
        case .provisional:
            break
        }
        if status == .planned {
            throw DomainError("Session \(number) is only planned; the agenda is adopted at the session, once it is convened.")
        }
        if status == .closed {
            throw DomainError("Session \(number) is closed; its agenda can no longer be adopted.")
        }
        agenda.state = .adopted
        agenda.adoptedOn = day
    }

    /// Records a change to an adopted agenda so the report can say how it was revised.
    mutating func recordRevision(_ change: AgendaRevision.Change, itemId: String, detail: String, at time: Date) {
        guard agenda.state == .adopted || agenda.state == .revised else { return }
        agenda.state = .revised
        agenda.revisions.append(AgendaRevision(at: Timestamp.whole(time), change: change, itemId: itemId, detail: detail))
    }

    public mutating func insertItem(_ item: AgendaItem, at index: Int, time: Date) throws {
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        var item = item
        if agenda.items.contains(where: { $0.id == item.id }) {
            throw DomainError("Item id \(item.id) is already on the agenda of session \(number); each item needs its own id.")
        }
        if agenda.state != .draft { item.supplementary = true }
        let position = min(max(index, 0), agenda.items.count)
        agenda.items.insert(item, at: position)
        agenda.normalizeLevels()
        let label = agenda.numbers[position]
        recordRevision(.added, itemId: item.id, detail: "Added item \(label) “\(item.title)”.", at: time)
    }

    public mutating func replaceItem(_ item: AgendaItem, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == item.id }) else {
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
        }
        guard status != .closed || agenda.items[index].title == item.title else {
            throw DomainError("Session \(number) is closed; its agenda can no longer change.")
        }
        let old = agenda.items[index]
        agenda.items[index] = item
        if old.title != item.title {
            recordRevision(.retitled, itemId: item.id, detail: "Item \(agenda.numbers[index]) retitled from “\(old.title)” to “\(item.title)”.", at: time)
        }
    }

    /// Deletes a draft item; on an issued agenda the item is withdrawn instead, so the
    /// record keeps it.
    public mutating func removeItem(id: String, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        if agenda.state == .draft {
            agenda.items.remove(at: index)
            agenda.normalizeLevels()
            return
        }
        let label = agenda.numbers[index]
        if agenda.items[index].status == .withdrawn {
            throw DomainError("Item \(label) “\(agenda.items[index].title)” is already withdrawn; it stays on the record as withdrawn.")
        }
        agenda.items[index].status = .withdrawn
        recordRevision(.withdrawn, itemId: id, detail: "Withdrew item \(label) “\(agenda.items[index].title)”.", at: time)
    }

    /// Moves an item one place up or down. An item moves with the sub-items under it past
    /// the neighbouring item of its level (and that one's sub-items), within its parent only.
    public mutating func moveItem(id: String, by offset: Int, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        let items = agenda.items
        let levels = agenda.displayLevels
        let level = levels[index]
        let before = agenda.numbers[index]
        /// The end of the block that starts at `start`: the item and everything deeper under it.
        func blockEnd(_ start: Int) -> Int {
            var end = start + 1
            while end < items.count && levels[end] > levels[start] { end += 1 }
            return end
        }
        let end = blockEnd(index)
        let block = Array(items[index..<end])
        let parentName = level == 0 ? "agenda" : "item"
        if offset < 0 {
            // The previous sibling: the nearest item above at this level, with nothing shallower between.
            var previous = index - 1
            while previous >= 0 && levels[previous] > level { previous -= 1 }
            guard previous >= 0, levels[previous] == level else {
                throw DomainError(level == 0 ? "The item is already first on the agenda."
                    : "“\(items[index].title)” is already the first sub-item of its \(parentName); make it a main item first.")
            }
            agenda.items.removeSubrange(index..<end)
            agenda.items.insert(contentsOf: block, at: previous)
        } else {
            guard end < items.count, levels[end] == level else {
                throw DomainError(level == 0 ? "The item is already last on the agenda."
                    : "“\(items[index].title)” is already the last sub-item of its \(parentName); make it a main item first.")
            }
            let nextEnd = blockEnd(end)
            agenda.items.removeSubrange(index..<end)
            agenda.items.insert(contentsOf: block, at: index + (nextEnd - end))
        }
        guard let newIndex = agenda.items.firstIndex(where: { $0.id == id }) else { return }
        recordRevision(.moved, itemId: id, detail: "Moved item \(before) “\(agenda.items[newIndex].title)” to \(agenda.numbers[newIndex]).", at: time)
    }

    /// Sets an item's level (0 item, 1 sub-item, 2 sub-item of a sub-item); an item can be at
    /// most one level below the item above it.
    public mutating func setLevel(id: String, level: Int, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("The item is no longer on the agenda of session \(number) (it was removed, or the file changed meanwhile).")
        }
        guard Limits.itemLevel.contains(level) else {
            throw DomainError("Agendas have three levels of numbering (6, 6(b), 6(b)(i)); an item cannot go deeper.")
        }
        if level > 0 && index == 0 { throw DomainError("The first item cannot be a sub-item: there is no item above it.") }
        let current = agenda.displayLevels[index]
        if level == current {
            throw DomainError(level == 0 ? "The item is already a main item." : level == 1 ? "The item is already a sub-item." : "The item is already at the third level, like 6(b)(i).")
        }
        if index > 0, level > agenda.displayLevels[index - 1] + 1 {
            throw DomainError("The item above is \(agenda.numbers[index - 1]): a sub-item can be only one level below the item above it.")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        let before = agenda.numbers[index]
        agenda.items[index].level = level
        agenda.items[index].sourceNumber = nil
        recordRevision(.moved, itemId: id, detail: "Renumbered item \(before) “\(agenda.items[index].title)” as \(agenda.numbers[index]).", at: time)
    }
}
