import SCPFCore

/// The chair's review: reviewed marks, "to raise" flags and private notes, kept in
/// chair.json and never in the record.
extension AppState {
    /// Indices of the selected session's items that pass the review filter.
    var reviewIndices: [Int] {
        guard let s = session else { return [] }
        return s.agenda.items.indices.filter { i in
            let item = s.agenda.items[i]
            guard item.status != .withdrawn else { return false }
            let note = chair.note(session: s.number, item: item.id)
            switch reviewFilter {
            case .all: return true
            case .notReviewed: return !note.reviewed
            case .toRaise: return note.toRaise
            case .decision: return item.purpose != .information
            }
        }
    }

    mutating func moveReviewCursor(_ delta: Int) {
        let indices = reviewIndices
        guard !indices.isEmpty else { return }
        let position = indices.firstIndex(of: agendaCursor) ?? indices.firstIndex { $0 > agendaCursor } ?? 0
        agendaCursor = indices[min(max(position + delta, 0), indices.count - 1)]
    }

    mutating func performReview(_ action: Action) {
        if action == .cycleReviewFilter {
            let all = ReviewFilter.allCases
            reviewFilter = all[((all.firstIndex(of: reviewFilter) ?? 0) + 1) % all.count]
            moveReviewCursor(0)
            message = .info("Showing \(reviewFilter.label).")
            return
        }
        guard let s = session, reviewIndices.contains(agendaCursor) else {
            message = .info(session == nil ? "No session selected: \(press(.showSessions)) and choose one." : "No item here: \(press(.cycleReviewFilter, in: .review)) to change the filter.")
            return
        }
        let item = s.agenda.items[agendaCursor]
        let number = s.agenda.numbers[agendaCursor]
        switch action {
        case .toggleReviewed:
            let reviewed = !chair.note(session: s.number, item: item.id).reviewed
            editChair("Item \(number) \(reviewed ? "reviewed" : "not reviewed")") { $0.update(session: s.number, item: item.id) { $0.reviewed = reviewed } }
            // The mark stays on the item marked (a following ! flags the same item); only the
            // "not reviewed" filter, which now hides it, moves on to the next one shown.
            if reviewFilter == .notReviewed { moveReviewCursor(0) }
        case .toggleToRaise:
            let raise = !chair.note(session: s.number, item: item.id).toRaise
            editChair("Item \(number) \(raise ? "flagged to raise" : "no longer flagged")") { $0.update(session: s.number, item: item.id) { $0.toRaise = raise } }
        case .chairNote:
            if let reason = chairReadOnlyReason { message = .error("Read-only: \(reason) Nothing was changed."); return }
            mode = .form(FormState(title: "Your note on item \(number)", fields: [.paragraph(.note, chair.note(session: s.number, item: item.id).notes)],
                                   purpose: .chairNote(session: s.number, itemId: item.id),
                                   note: "Private: kept in chair.json, never in the record."))
        default:
            break
        }
    }
}
