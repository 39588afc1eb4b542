import SCPFCore

/// Where the user was when the finder opened: Esc goes back there.
public struct FinderOrigin: Equatable, Sendable {
    var view: ViewID
    var selectedSession: Int?
    var agendaCursor: Int
    var listCursor: [ViewID: Int]
    var showRegister: Bool
}

/// One line of the finder's list: a session's heading, or a hit that leads somewhere.
public struct FinderRow: Equatable, Sendable {
    public var text: String
    /// Characters of `text` to mark (the matches).
    public var marks: [Range<Int>] = []
    public var target: SearchTarget?
    /// A session's heading (drawn bold); other rows without a target are detail lines.
    public var heading = false
    /// Only rows that lead somewhere can be selected.
    public var isHeading: Bool { target == nil }
}

/// The search over every session (Ctrl-F), or one item's history across sessions: a list
/// that scrolls, Enter goes to the selected place, Esc back to where the user was.
public struct FinderState: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case search
        /// The history of one item, named by its title.
        case history(title: String)
    }
    public var kind: Kind
    public var query = TextField()
    public var rows: [FinderRow] = []
    /// Index into `rows` of the selected hit.
    public var selected = 0
    /// How many matches there are (all of them, also those not listed) and in how many sessions.
    public var total = 0
    public var sessionsSearched = 0
    /// The query's problem (an unknown filter), one sentence.
    public var error: String?
    public var origin: FinderOrigin

    /// The most rows the list holds: the first result comes at once, however large the record.
    static let rowLimit = 500
}

extension AppState {
    var finderOrigin: FinderOrigin {
        FinderOrigin(view: view, selectedSession: selectedSession, agendaCursor: agendaCursor, listCursor: listCursor, showRegister: showRegister)
    }

    /// Ctrl-F: the search over every session. After a jump it comes back with the same query,
    /// results and selection, and Esc still returns to where the search began.
    mutating func openFinder() {
        if var kept = finder, kept.kind == .search {
            runFinderSearch(&kept)
            mode = .finder
            finder = kept
            return
        }
        var state = FinderState(kind: .search, origin: finderOrigin)
        state.query = TextField(lastGlobalSearch)
        runFinderSearch(&state)
        finder = state
        mode = .finder
    }

    /// H on an item: the same item in every session.
    mutating func openItemHistory() {
        guard let s = session, s.agenda.items.indices.contains(agendaCursor) else {
            message = .info(AppState.noSessionText)
            return
        }
        let item = s.agenda.items[agendaCursor]
        let entries = ItemHistory.entries(of: item.id, in: s.number, sessions: data.sessions)
        var state = FinderState(kind: .history(title: item.title), origin: finderOrigin)
        for e in entries {
            state.rows.append(FinderRow(text: "\(e.session) · \(e.startDate.long) · item \(e.itemNumber) \(e.title)", target: .item(session: e.session, itemId: e.itemId)))
            var detail = [e.outcome ?? e.status.label]
            if !e.documents.isEmpty { detail.append(e.documents.joined(separator: ", ")) }
            state.rows.append(FinderRow(text: "    " + detail.joined(separator: " · ")))
            if let council = e.council { state.rows.append(FinderRow(text: "    Council: \(council)")) }
            if let conclusion = e.conclusion { state.rows.append(FinderRow(text: "    " + conclusion)) }
        }
        state.total = entries.count
        state.sessionsSearched = data.sessions.count
        state.selected = state.rows.firstIndex { !$0.isHeading } ?? 0
        finder = state
        mode = .finder
    }

    /// Runs the finder's query over the index (brought up to the record first).
    mutating func runFinderSearch(_ state: inout FinderState) {
        searchIndex.update(committee: data.committee, sessions: data.sessions)
        let previous = state.rows.indices.contains(state.selected) ? state.rows[state.selected].target : nil
        state.rows = []; state.total = 0; state.error = nil
        state.sessionsSearched = data.sessions.count
        let text = state.query.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { state.selected = 0; return }
        let results: SearchResults
        do { results = try searchIndex.search(text, limit: FinderState.rowLimit) } catch {
            state.error = error.message
            state.selected = 0
            return
        }
        state.total = results.total
        for group in results.groups {
            let date = group.startDate.map { " · \($0.long)" } ?? ""
            state.rows.append(FinderRow(text: group.session.map { "\($0) · \(group.title)\(date)" } ?? group.title, heading: true))
            for hit in group.hits {
                let lead = "  \(SearchOutput.place(hit)): "
                let (shown, ranges) = hit.excerpt(width: max(20, width - 6 - lead.count))
                state.rows.append(FinderRow(text: lead + shown, marks: ranges.map { ($0.lowerBound + lead.count)..<($0.upperBound + lead.count) },
                                            target: hit.target))
            }
        }
        state.selected = previous.flatMap { t in state.rows.firstIndex { $0.target == t } } ?? (state.rows.firstIndex { !$0.isHeading } ?? 0)
    }

    mutating func handleFinder(_ key: Key) {
        guard var state = finder else { mode = .normal; return }
        switch key {
        case .escape:
            returnFromFinder(state.origin)
            return
        case .enter:
            guard state.rows.indices.contains(state.selected), let target = state.rows[state.selected].target else {
                message = .info(state.rows.isEmpty ? "Nothing to go to: type what to find." : "Choose a match with ↑↓ first.")
                return
            }
            mode = .normal
            go(to: target)
            if state.kind == .search { lastGlobalSearch = state.query.text }
            finder = state
            return
        case .up, .ctrl("p"): moveFinder(&state, by: -1)
        case .down, .ctrl("n"): moveFinder(&state, by: 1)
        case .pageUp: moveFinder(&state, by: -max(1, height - 8))
        case .pageDown: moveFinder(&state, by: max(1, height - 8))
        default:
            guard state.kind == .search else {
                message = .info("\(key) does nothing here: ↑↓ choose, Enter goes to the item, Esc goes back.")
                return
            }
            let before = state.query.text
            if state.query.handle(key) {
                if state.query.text != before { runFinderSearch(&state) }
            } else {
                message = .info("\(key) does nothing in the search: type what to find, ↑↓ choose, Enter goes there, Esc goes back.")
            }
        }
        finder = state
    }

    mutating func moveFinder(_ state: inout FinderState, by step: Int) {
        let targets = state.rows.indices.filter { !state.rows[$0].isHeading }
        guard !targets.isEmpty else { return }
        let position = targets.firstIndex(of: state.selected) ?? 0
        state.selected = targets[min(max(position + step, 0), targets.count - 1)]
    }

    /// Esc: back to the view, session and line the user left, the search forgotten.
    mutating func returnFromFinder(_ origin: FinderOrigin) {
        if case .search = finder?.kind { lastGlobalSearch = finder?.query.text ?? lastGlobalSearch }
        mode = .normal
        finder = nil
        view = origin.view
        selectedSession = origin.selectedSession.flatMap { data.session($0) != nil ? $0 : nil } ?? selectedSession
        agendaCursor = origin.agendaCursor
        listCursor = origin.listCursor
        showRegister = origin.showRegister
        detailFocus = false
        clampSelection()
    }

    /// Shows the place a hit came from.
    mutating func go(to target: SearchTarget) {
        detailFocus = false
        switch target {
        case .session(let n):
            selectedSession = n
            view = .sessions
        case .item(let n, let id):
            selectedSession = n
            view = .agenda
            agendaCursor = data.session(n)?.agenda.items.firstIndex { $0.id == id } ?? 0
        case .reportSection(let n, _):
            selectedSession = n
            showRegister = false
            view = .reports
        case .rule(let version, _):
            listCursor[.rules] = data.committee.rulesOfProcedure.firstIndex { $0.id == version } ?? 0
            view = .rules
        }
        clampSelection()
    }

    /// Sessions read in the background while the finder is open are searched as they arrive.
    mutating func refreshFinder() {
        guard mode == .finder, var state = finder, state.kind == .search else { return }
        runFinderSearch(&state)
        finder = state
    }
}
