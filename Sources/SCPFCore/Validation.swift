/// One problem found in the data: a sentence naming the object and the field.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Checks everything the type system cannot: references, uniqueness, dates, states.
/// Returns every problem found, not just the first.
public enum Validator {
    public static func validate(committee: Committee, sessions: [Session]) -> [Problem] {
        var problems = validate(committee)
        var seen: [Int: Int] = [:]
        for s in sessions { seen[s.number, default: 0] += 1 }
        for (number, count) in seen.sorted(by: { $0.key < $1.key }) where count > 1 {
            problems.append(Problem("Session \(number): \(count) sessions share this number; each session needs its own number."))
        }
        let numbers = Set(sessions.map(\.number))
        for s in sessions {
            problems += validate(s, committee: committee, sessionNumbers: numbers, allSessions: sessions)
        }
        problems += validateRulesDates(committee, sessions: sessions)
        problems += validateInformalMeetings(committee, sessions: sessions)
        problems += validateCoherence(committee, sessions: sessions)
        problems += validateTranslations(committee: committee, sessions: sessions)
        return unique(problems)
    }

    public static func validate(_ c: Committee) -> [Problem] {
        var p: [Problem] = []
        if c.schemaVersion != SchemaVersion.current {
            p.append(Problem("Committee: schemaVersion is \(c.schemaVersion); this scpf writes \(SchemaVersion.current)."))
        }
        if c.name.trimmed.isEmpty { p.append(Problem("Committee: name is empty.")) }
        if c.shortName.trimmed.isEmpty { p.append(Problem("Committee: shortName is empty.")) }
        for v in Limits.violations(c) { p.append(Problem("Committee: \(v).")) }
        for list in Limits.emptyMonthLists(c) {
            p.append(Problem("Committee: \(list) is empty; list at least one month (1–12) in which those sessions normally fall."))
        }
        var ids = Set<String>()
        for m in c.memberStates {
            if !ids.insert(m.id).inserted { p.append(Problem("Member state \(m.id): the id is used twice.")) }
            if m.name.trimmed.isEmpty { p.append(Problem("Member state \(m.id): name is empty.")) }
        }
        if c.termsOfReference.isEmpty { p.append(Problem("Committee: termsOfReference is empty; at least the 2007 terms (a)–(h) are needed.")) }
        var torIds = Set<String>()
        for t in c.termsOfReference {
            if !torIds.insert(t.id).inserted { p.append(Problem("ToR version \(t.id): the id is used twice.")) }
            var letters = Set<String>()
            for item in t.items {
                if !letters.insert(item.letter).inserted { p.append(Problem("ToR version \(t.id): item (\(item.letter)) appears twice.")) }
                if item.text.trimmed.isEmpty { p.append(Problem("ToR version \(t.id): item (\(item.letter)) has no text.")) }
            }
        }
        p += validateBureaus(c)
        p += validateMembership(c)
        var ruleIds = Set<String>()
        for r in c.rulesOfProcedure {
            if !ruleIds.insert(r.id).inserted { p.append(Problem("Rules of Procedure version \(r.id): the id is used twice.")) }
            if r.state == .approved && r.approvalResolution == nil {
                p.append(Problem("Rules of Procedure version \(r.id): approved by the Council but approvalResolution is missing."))
            }
            if r.state == .adopted && r.adoptedAtSession == nil {
                p.append(Problem("Rules of Procedure version \(r.id): adopted but adoptedAtSession is missing."))
            }
            for (a, b) in zip(r.history, r.history.dropFirst()) where b.on < a.on {
                p.append(Problem("Rules of Procedure version \(r.id): history is not in date order (\(a.on) then \(b.on))."))
            }
        }
        return p
    }

    public static func validate(_ s: Session, committee: Committee, sessionNumbers: Set<Int>,
                                allSessions: [Session] = []) -> [Problem] {
        var p: [Problem] = []
        let name = "Session \(s.number)"
        if s.schemaVersion != SchemaVersion.current {
            p.append(Problem("\(name): schemaVersion is \(s.schemaVersion); this scpf writes \(SchemaVersion.current)."))
        }
        // Items' numbers are reported with the item's label, in validateAgenda.
        for v in Limits.violations(s) where !v.path.hasPrefix("agenda.items") { p.append(Problem("\(name): \(v).")) }
        if s.endDate < s.startDate { p.append(Problem("\(name): endDate \(s.endDate) is before startDate \(s.startDate).")) }
        if s.venue.trimmed.isEmpty { p.append(Problem("\(name): venue is empty.")) }
        for id in s.attendance where committee.memberState(id) == nil {
            p.append(Problem("\(name): attendance lists “\(id)”, which is not a member state of the Committee."))
        }
        if Set(s.attendance).count != s.attendance.count { p.append(Problem("\(name): attendance lists a member state twice.")) }
        // One officer per role: the report names one Rapporteur, one Chairperson.
        var roles = Set<String>()
        for officer in s.officers where !roles.insert(officer.role.trimmed.lowercased()).inserted {
            p.append(Problem("\(name): officers list the role “\(officer.role)” twice; keep one (an acting officer replaces the Bureau's for that role)."))
        }
        p += validateAgenda(s, committee: committee, sessionNumbers: sessionNumbers, allSessions: allSessions)
        p += validateReport(s)
        p += validateFollowUp(s, committee: committee)
        p += validateDates(s)
        p += validateAttendance(s, committee: committee)
        p += validateProvisionalRevisions(s)
        if let live = s.live, let current = live.currentItemId, s.agenda.item(current) == nil {
            p.append(Problem("\(name): live.currentItemId “\(current)” is not an item of its agenda."))
        }
        p += validateSittings(s, name: name)
        return p
    }

    /// Sittings in order, each ending after it starts, meeting numbers going up by one at most.
    static func validateSittings(_ s: Session, name: String) -> [Problem] {
        var p: [Problem] = []
        let sittings = s.sittings ?? []
        for (i, sitting) in sittings.enumerated() {
            if let end = sitting.endedAt, end < sitting.startedAt {
                p.append(Problem("\(name): sittings[\(i)] (\(Ordinal.suffixed(sitting.meeting)) meeting) ends before it starts."))
            }
            if i > 0 {
                let before = sittings[i - 1]
                if sitting.startedAt < (before.endedAt ?? .distantFuture) {
                    p.append(Problem("\(name): sittings[\(i)] starts before the sitting before it has ended."))
                }
                if sitting.meeting != before.meeting && sitting.meeting != before.meeting + 1 {
                    p.append(Problem("\(name): sittings[\(i)] is the \(Ordinal.suffixed(sitting.meeting)) meeting after the \(Ordinal.suffixed(before.meeting)); meetings are numbered in order."))
                }
            } else if sitting.meeting < 1 {
                p.append(Problem("\(name): sittings[0] is meeting \(sitting.meeting); the first meeting is 1."))
            }
        }
        if let last = s.live?.lastItemId, s.agenda.item(last) == nil {
            p.append(Problem("\(name): live.lastItemId “\(last)” is not an item of its agenda."))
        }
        return p
    }

    /// An item title longer than a page (TextLimits.maxTitleCharacters).
    static func titleLengthProblems(_ item: AgendaItem, label: String) -> [Problem] {
        TextLimits.titleLengthProblem(item.title).map { [Problem("\(label): \($0)")] } ?? []
    }

    static func validateAgenda(_ s: Session, committee: Committee, sessionNumbers: Set<Int>,
                               allSessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        let a = s.agenda
        let name = "Session \(s.number) agenda"
        switch a.state {
        case .draft: break
        case .provisional, .adopted, .revised:
            if a.symbol == nil { p.append(Problem("\(name): it is \(a.state.label) but has no symbol (S/\(s.number)/1).")) }
            if a.issuedOn == nil { p.append(Problem("\(name): it is \(a.state.label) but has no issuedOn date.")) }
        }
        if (a.state == .adopted || a.state == .revised) && a.adoptedOn == nil {
            p.append(Problem("\(name): it is \(a.state.label) but has no adoptedOn date."))
        }
        if let symbol = a.symbol, let problem = DocumentSymbol.problem(symbol) {
            p.append(Problem("\(name): symbol — \(problem)"))
        }
        let tor = committee.torInForce(on: s.startDate)
        let letters = Set(tor?.letters ?? [])
        var ids = Set<String>()
        let numbers = a.numbers
        for (index, item) in a.items.enumerated() {
            let label = "Session \(s.number) item \(numbers[index]) (\(item.id))"
            if !ids.insert(item.id).inserted { p.append(Problem("\(label): id is used by another item.")) }
            if item.title.trimmed.isEmpty { p.append(Problem("\(label): title is empty.")) }
            p += titleLengthProblems(item, label: label)
            if !Limits.itemLevel.contains(item.level) { p.append(Problem("\(label): level must be 0 (item), 1 (sub-item, 6(b)) or 2 (6(b)(i)), not \(item.level).")) }
            if index > 0, item.level > s.agenda.items[index - 1].level + 1 {
                p.append(Problem("\(label): level \(item.level) right under an item of level \(s.agenda.items[index - 1].level); a sub-item can be only one level below the item above it."))
            }
            // The level has its own sentence above.
            for v in Limits.violations(item) where v.path != "level" { p.append(Problem("\(label): \(v).")) }
            if index == 0 && item.level > 0 { p.append(Problem("\(label): the first item cannot be a sub-item.")) }
            for letter in item.tor where !letters.contains(letter) {
                p.append(Problem("\(label): ToR heading (\(letter)) is not in the terms of reference in force on \(s.startDate)."))
            }
            for doc in item.documents {
                if let problem = DocumentSymbol.problem(doc.symbol) { p.append(Problem("\(label): document \(problem)")) }
            }
            if let outcome = item.outcome, outcome.kind == .deferred {
                if let to = outcome.deferredTo {
                    if to <= s.number { p.append(Problem("\(label): deferred to session \(to), which is not a later session.")) }
                } else {
                    p.append(Problem("\(label): outcome is deferred but deferredTo names no session."))
                }
            }
            if let link = item.carriedOverFrom {
                if !sessionNumbers.contains(link.session) {
                    p.append(Problem("\(label): carriedOverFrom refers to session \(link.session), which does not exist."))
                } else if let source = allSessions.first(where: { $0.number == link.session }), source.agenda.item(link.itemId) == nil {
                    p.append(Problem("\(label): carriedOverFrom refers to item \(link.itemId) of session \(link.session), which does not exist."))
                }
            }
            for speech in item.speakers.speeches {
                if let end = speech.endedAt, end < speech.startedAt {
                    p.append(Problem("\(label): a speech by \(speech.delegation) ends before it starts."))
                }
            }
        }
        let considering = a.items.filter { $0.status == .underConsideration }
        if considering.count > 1 {
            p.append(Problem("\(name): \(considering.count) items are under consideration at once; only one can be."))
        }
        return p
    }

    /// The chair's notes must point at items that exist (a stale note is reported, not lost).
    public static func validate(_ notes: ChairNotes, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        for (key, items) in notes.sessions.sorted(by: { (Int($0.key) ?? 0, $0.key) < (Int($1.key) ?? 0, $1.key) }) {
            guard let number = Int(key), let s = sessions.first(where: { $0.number == number }) else {
                p.append(Problem("chair.json: notes for session \(key), which does not exist."))
                continue
            }
            for id in items.keys.sorted() where s.agenda.item(id) == nil {
                p.append(Problem("chair.json: a note on item \(id) of session \(number), which is not on its agenda."))
            }
        }
        return p
    }

    static func validateReport(_ s: Session) -> [Problem] {
        var p: [Problem] = []
        let r = s.report, name = "Session \(s.number) report"
        let order: [ReportState] = [.drafting, .adopted, .transmitted, .councilAction]
        let rank = order.firstIndex(of: r.state) ?? 0
        if rank >= 1 && r.adoptedOn == nil { p.append(Problem("\(name): its state is \(r.state.rawValue) but it has no adoptedOn date.")) }
        if rank >= 2 && r.transmittal == nil { p.append(Problem("\(name): its state is \(r.state.rawValue) but it has no transmittal.")) }
        if rank >= 3 && r.councilAction == nil { p.append(Problem("\(name): its state is \(r.state.rawValue) but councilAction is missing.")) }
        if rank >= 1 && s.status != .closed && s.status != .inSession {
            p.append(Problem("\(name): it is \(r.state.label) but the session is only \(s.status.label)."))
        }
        return p
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
