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
        if position == 0 { item.level = 0 }
        agenda.items.insert(item, at: position)
        let label = agenda.numbers[position]
        recordRevision(.added, itemId: item.id, detail: "Added item \(label) “\(item.title)”.", at: time)
    }

    public mutating func replaceItem(_ item: AgendaItem, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == item.id }) else {
            throw DomainError("Item \(item.id) is not on the agenda of session \(number).")
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
            throw DomainError("Item \(id) is not on the agenda of session \(number).")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        if agenda.state == .draft {
            agenda.items.remove(at: index)
            if let first = agenda.items.first, first.level != 0 { agenda.items[0].level = 0 }
            return
        }
        let label = agenda.numbers[index]
        if agenda.items[index].status == .withdrawn {
            throw DomainError("Item \(label) “\(agenda.items[index].title)” is already withdrawn; it stays on the record as withdrawn.")
        }
        agenda.items[index].status = .withdrawn
        recordRevision(.withdrawn, itemId: id, detail: "Withdrew item \(label) “\(agenda.items[index].title)”.", at: time)
    }

    /// Moves an item one place up or down. A main item moves with its sub-items past the
    /// neighbouring item and its sub-items; a sub-item moves among its siblings only.
    public mutating func moveItem(id: String, by offset: Int, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("Item \(id) is not on the agenda of session \(number).")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        let items = agenda.items
        let before = agenda.numbers[index]
        func blockEnd(_ start: Int) -> Int {
            var end = start + 1
            while end < items.count && items[end].level == 1 { end += 1 }
            return end
        }
        if items[index].level == 1 && index > 0 {
            let target = index + offset
            guard target >= 0, target < items.count, items[target].level == 1 else {
                throw DomainError("“\(items[index].title)” is already the \(offset < 0 ? "first" : "last") sub-item of its item; make it a main item first.")
            }
            agenda.items.swapAt(index, target)
        } else {
            let end = blockEnd(index)
            let block = Array(items[index..<end])
            if offset < 0 {
                guard let previousStart = items[..<index].lastIndex(where: { $0.level == 0 }) else {
                    throw DomainError("The item is already first on the agenda.")
                }
                agenda.items.removeSubrange(index..<end)
                agenda.items.insert(contentsOf: block, at: previousStart)
            } else {
                guard end < items.count else { throw DomainError("The item is already last on the agenda.") }
                let nextEnd = blockEnd(end)
                agenda.items.removeSubrange(index..<end)
                agenda.items.insert(contentsOf: block, at: index + (nextEnd - end))
            }
        }
        guard let newIndex = agenda.items.firstIndex(where: { $0.id == id }) else { return }
        recordRevision(.moved, itemId: id, detail: "Moved item \(before) “\(agenda.items[newIndex].title)” to \(agenda.numbers[newIndex]).", at: time)
    }

    public mutating func setLevel(id: String, level: Int, time: Date) throws {
        guard let index = agenda.items.firstIndex(where: { $0.id == id }) else {
            throw DomainError("Item \(id) is not on the agenda of session \(number).")
        }
        if level == 1 && index == 0 { throw DomainError("The first item cannot be a sub-item: there is no item above it.") }
        if level == agenda.items[index].level {
            throw DomainError(level == 1 ? "The item is already a sub-item." : "The item is already a main item.")
        }
        guard status != .closed else { throw DomainError("Session \(number) is closed; its agenda can no longer change.") }
        let before = agenda.numbers[index]
        agenda.items[index].level = level
        recordRevision(.moved, itemId: id, detail: "Renumbered item \(before) “\(agenda.items[index].title)” as \(agenda.numbers[index]).", at: time)
    }
}
