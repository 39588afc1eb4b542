import Foundation

/// A realistic sample data set: four years of sessions with agendas typical of the SCPF,
/// a session in progress and the next one planned. Deterministic for a given `today`.
public enum DemoData {
    /// `now`, when given, times the meeting in progress as if it opened an hour ago;
    /// otherwise it opened at 10:00 UTC on its first day.
    public static func make(today: Day, now: Date? = nil) -> (Committee, [Session]) {
        var committee = Committee.scpf()
        committee.rulesOfProcedure = [.published, rulesAmendment]
        let firstYear = today.year - 3
        committee.bureaus = bureaus(from: firstYear, to: today.year)
        // Article 4 status is dated data with its source; the demo's one record is a sample.
        committee.article4Records = [Article4Record(memberStateId: "com", asAt: Day(today.year - 1, 12, 31), subject: true,
                                                    source: "status report on outstanding contributions (sample)")]
        var sessions: [Session] = []
        // Session numbers follow the real sequence: 24th in June 2019, two a year.
        var number = 24 + (firstYear - 2019) * 2
        for year in firstYear...today.year {
            for half in 0..<2 {
                let month = half == 0 ? 6 : 10
                var start = Day(year, month, half == 0 ? 23 : 28)
                while start.weekday != 1 { start = start.adding(days: 1) }
                // The most recent session is shown in progress when it fell in the last weeks.
                if start <= today, start.adding(days: 1) < today, today.ordinal - start.ordinal < 45,
                   month != 6 || Day(year, 10, 1) > today {
                    start = today
                }
                sessions.append(session(number: number, start: start, today: today, now: now))
                number += 1
            }
        }
        // The next session, planned.
        let next = Session.proposeNext(after: sessions, pattern: committee.meetingPattern, today: today)
        var planned = next
        planned.agenda = Agenda(items: standardItems(number: next.number, year: next.year, status: .pending))
        // As if the French and Spanish versions had been imported (scpf import agenda): titles
        // as IOM's French and Spanish documents write them (docs/corpus-sources.md).
        let versions: [String: [String: String]] = [
            "i1": ["fr": "Adoption de l’ordre du jour", "es": "Adopción del programa"],
            "i2": ["fr": "Déclaration du Directeur général", "es": "Declaración del Director General"],
            "i6": ["fr": "Fonds de l’OIM pour le développement"],
        ]
        for (index, item) in planned.agenda.items.enumerated() {
            planned.agenda.items[index].translations = versions[item.id]
            // The provisional agenda's title in Spanish, as the Spanish Rules call it (Artículo 5,
            // "el programa provisional"); its French title is left missing, and shows as such.
            for d in item.documents.indices where item.documents[d].title == "Provisional agenda" {
                planned.agenda.items[index].documents[d].titleTranslations = ["es": "Programa provisional"]
            }
        }
        sessions.append(planned)
        // A deferral: the last closed session defers its item on the governance framework.
        if let i = sessions.lastIndex(where: { $0.status == .closed }), let ni = sessions.firstIndex(where: { $0.number == sessions[i].number + 1 }),
           let itemIndex = sessions[i].agenda.items.firstIndex(where: { $0.title.hasPrefix("Update on the Internal") }) {
            let to = sessions[ni].number
            sessions[i].agenda.items[itemIndex].status = .deferred
            sessions[i].agenda.items[itemIndex].outcome = Outcome(kind: .deferred, deferredTo: to,
                conclusion: "The Committee decided to defer its consideration of the item to its \(Ordinal.capitalizedWords(to).lowercased()) session.")
            // The next session's agenda carries the deferred item, linked to where it came from.
            let link = ItemLink(session: sessions[i].number, itemId: sessions[i].agenda.items[itemIndex].id)
            if let target = sessions[ni].agenda.items.firstIndex(where: { $0.title.hasPrefix("Update on the Internal") }) {
                sessions[ni].agenda.items[target].carriedOverFrom = link
                sessions[ni].agenda.items[target].origin = .previousSession
            }
        }
        addUrgentDecisions(&sessions)
        addReports(&sessions, committee: committee)
        addCouncilFollowUp(&sessions, committee: &committee)
        addDocumentsAndConsultations(&sessions, committee: &committee)
        return (committee, sessions)
    }

    static func session(number: Int, start: Day, today: Day, now: Date?) -> Session {
        let end = start.adding(days: 1)
        let status: SessionStatus = end < today ? .closed : (start <= today ? .inSession : (start.adding(days: -30) <= today ? .convened : .planned))
        let items = standardItems(number: number, year: start.year, status: status == .closed ? .concluded : .pending)
        var s = Session(number: number, startDate: start, endDate: end, venue: "Geneva", status: status,
                        agenda: Agenda(items: items))
        // The officers are the Bureau's (DemoData.bureaus); one session had an acting Rapporteur.
        if number % 4 == 1 && status == .closed {
            s.officers = [Officer(role: "Rapporteur", name: "Mr. Tomás Novák (sample)", memberStateId: "cze", acting: true)]
        }
        if status != .planned {
            s.agenda.state = .provisional
            s.agenda.symbol = "S/\(number)/1"
            s.agenda.issuedOn = start.adding(days: number % 3 == 0 ? -10 : -21)
        }
        if status == .closed || status == .inSession {
            s.agenda.state = .adopted
            s.agenda.adoptedOn = start
            s.attendance = attendanceSample(number: number)
        }
        if status == .closed {
            addSpeakers(&s)
        }
        if status == .inSession {
            if let now {
                liveDetails(&s, number: number, opening: Timestamp.whole(now.addingTimeInterval(-3600)), onItemAfter: 2700)
            } else {
                liveDetails(&s, number: number, opening: Timestamp.whole(start.startDate.addingTimeInterval(10 * 3600)), onItemAfter: 900)
            }
        }
        return s
    }

    /// Reports at every state: the session in progress drafting, the last closed one adopted,
    /// the one before transmitted, older ones with the Council's action recorded.
    static func addReports(_ sessions: inout [Session], committee: Committee) {
        let closed = sessions.indices.filter { sessions[$0].status == .closed }
        for (rank, i) in closed.reversed().enumerated() {
            var s = sessions[i]
            s.report.sections = ReportGenerator.sections(for: s, committee: committee)
            let council = s.year - 1909   // the Council's regular session that year
            let sent = Transmittal(councilSession: "\(Ordinal.suffixed(council)) session", symbol: "C/\(council)/\(s.number % 10 + 10)",
                                   date: s.endDate.adding(days: 21))
            switch rank {
            case 0:
                s.report.state = .adopted; s.report.adoptedOn = s.endDate
            case 1:
                s.report.state = .transmitted; s.report.adoptedOn = s.endDate; s.report.transmittal = sent
            default:
                s.report.state = .councilAction; s.report.adoptedOn = s.endDate; s.report.transmittal = sent
                s.report.councilAction = rank == 2
                    ? CouncilAction(kind: .approved, resolution: "Resolution No. \(1400 + s.number) (sample)", date: Day(s.year, 11, 28))
                    : CouncilAction(kind: .tookNote, date: Day(s.year, 11, 28))
            }
            // The adopted report's introduction headed in French and Spanish as IOM's reports
            // head it (docs/sources.md); its text and the other sections are left to translate.
            if rank == 0, let intro = s.report.sections.firstIndex(where: { $0.key == "introduction" }) {
                s.report.sections[intro].headingTranslations = ["fr": "Introduction", "es": "Introducción"]
            }
            sessions[i] = s
        }
        if let live = sessions.firstIndex(where: { $0.status == .inSession }) {
            sessions[live].report.sections = ReportGenerator.sections(for: sessions[live], committee: committee)
        }
    }

    /// A Bureau a year (sample names), elected at the Council's regular session at the end of
    /// the year before and serving both SCPF sessions of the year.
    static func bureaus(from first: Int, to last: Int) -> [Bureau] {
        (first...last).map { year in
            Bureau(electedOn: Day(year - 1, 11, 26), councilSession: "\(Ordinal.suffixed(year - 1 - 1909)) session", officers: [
                Officer(role: "Chairperson", name: year % 2 == 0 ? "H.E. Ms. Laura Méndez" : "H.E. Mr. Erik Solberg", memberStateId: year % 2 == 0 ? "mex" : "nor"),
                Officer(role: "First Vice-Chairperson", name: "Mr. Kwame Asante", memberStateId: "gha"),
                Officer(role: "Second Vice-Chairperson", name: "Ms. Mei Tanaka", memberStateId: "jpn"),
                Officer(role: "Rapporteur", name: "Ms. Anna Lindqvist", memberStateId: "swe"),
            ])
        }
    }

    /// Urgent decisions under ToR (i) (sample matters): the last two closed mid-year sessions
    /// each took one; the older one is approved by the Council (see addCouncilFollowUp), the
    /// newer one pending.
    static func addUrgentDecisions(_ sessions: inout [Session]) {
        let midYear = sessions.indices.filter { sessions[$0].status == .closed && sessions[$0].number % 2 == 0 }.suffix(2)
        for i in midYear {
            let n = sessions[i].number
            var item = AgendaItem(id: sessions[i].agenda.nextItemId(), title: "Interim financing of the relocation of a regional office (sample)",
                                  tor: ["i"], origin: .directorGeneral, purpose: .decision,
                                  documents: [DocumentRef(symbol: "S/\(n)/5")], minutesAllotted: 20)
            item.status = .concluded
            item.outcome = Outcome(kind: .urgentDecision, conclusion: "Under paragraph (i) of its terms of reference, the Committee approved the interim financing set out in document S/\(n)/5, a matter within the competence of the Council; the decision is submitted to the Council for approval at its next session.")
            let at = sessions[i].agenda.items.firstIndex { $0.title == "Other business" } ?? sessions[i].agenda.items.count
            sessions[i].agenda.items.insert(item, at: at)
            // A matter in the Committee's own competence.
            if let k = sessions[i].agenda.items.firstIndex(where: { $0.title.hasPrefix("Update on the Internal") }), sessions[i].agenda.items[k].status == .concluded {
                sessions[i].agenda.items[k].outcome = Outcome(kind: .agreed, conclusion: "The Committee agreed to the timetable for the Internal Governance Framework set out in document S/\(n)/CRP/1.")
            }
        }
    }

    /// The Council's action on each recommendation and urgent decision of the sessions whose
    /// report it acted on (sample resolution numbers), and the Council items that take up each
    /// year's sessions together.
    static func addCouncilFollowUp(_ sessions: inout [Session], committee: inout Committee) {
        for i in sessions.indices where sessions[i].report.state == .councilAction {
            let council = sessions[i].year - 1909
            guard let acted = sessions[i].report.councilAction?.date else { continue }
            let n = sessions[i].number
            for k in sessions[i].agenda.items.indices {
                guard let outcome = sessions[i].agenda.items[k].outcome, outcome.kind.awaitsCouncil else { continue }
                sessions[i].agenda.items[k].outcome?.councilAction = ItemCouncilAction(
                    result: .approved, resolution: "C/\(council)/RES/\(1400 + n * 2 + k % 2) (sample)", date: acted)
            }
        }
        var items: [CouncilItem] = []
        for year in Set(sessions.map(\.year)).sorted() {
            let reported = sessions.filter { $0.year == year && $0.report.transmittal != nil }
            guard !reported.isEmpty else { continue }
            let council = "\(Ordinal.suffixed(year - 1909)) session"
            var item = CouncilItem.proposed(year: year, sessions: reported, councilSession: council, committee: committee)
            item.documents = reported.compactMap { s in s.report.transmittal.map { DocumentRef(symbol: $0.symbol, title: "Report on the \(s.title) of the SCPF") } }
            items.append(item)
        }
        committee.councilItems = items
    }

    /// Documents with their distribution and "as at" date, a revised provisional agenda, and
    /// informal consultations whose paper feeds an item of the next sessions (sample papers).
    static func addDocumentsAndConsultations(_ sessions: inout [Session], committee: inout Committee) {
        for i in sessions.indices {
            for k in sessions[i].agenda.items.indices where sessions[i].agenda.items[k].isOutstandingContributions {
                for d in sessions[i].agenda.items[k].documents.indices {
                    sessions[i].agenda.items[k].documents[d].distribution = .general
                    sessions[i].agenda.items[k].documents[d].asAt = Day(sessions[i].year, sessions[i].startDate.month < 8 ? 3 : 9, 30)
                }
            }
        }
        // The annotated agenda: a paragraph on each substantive item (sample wording), in
        // French for the first one only, so that a --lang fr export shows both cases; the
        // reports of closed sessions carry a limited distribution.
        for i in sessions.indices {
            if sessions[i].status == .closed { sessions[i].report.distribution = .limited }
            var first = true
            for k in sessions[i].agenda.items.indices where !sessions[i].agenda.items[k].procedural && sessions[i].agenda.items[k].level == 0 {
                let title = sessions[i].agenda.items[k].title
                sessions[i].agenda.items[k].annotation = "The Committee is invited to consider the item “\(title)” and the documents before it (sample annotation)."
                if first {
                    sessions[i].agenda.items[k].annotationTranslations = ["fr": "Le Comité est invité à examiner ce point et les documents dont il est saisi (annotation d’exemple)."]
                    first = false
                }
            }
        }
        // The provisional agenda of the session before the last closed one was revised once.
        let closed = sessions.indices.filter { sessions[$0].status == .closed }
        if closed.count >= 2 {
            let i = closed[closed.count - 2]
            var s = sessions[i]
            s.agenda.state = .provisional
            if let issued = s.agenda.issuedOn, (try? s.reviseProvisionalAgenda(on: max(issued, s.startDate.adding(days: -7)))) != nil {
                s.agenda.state = .adopted
                sessions[i] = s
                sessions[i].report.sections = ReportGenerator.sections(for: s, committee: committee)
                    .map { fresh in sessions[i].report.sections.first { $0.key == fresh.key && $0.edited } ?? fresh }
            }
        }
        // Informal consultations on the governance framework feed the item in the next sessions.
        let feeds = sessions.filter { $0.status != .closed }.compactMap { s in
            s.agenda.items.first { $0.title.hasPrefix("Update on the Internal") }.map { ItemLink(session: s.number, itemId: $0.id) }
        }
        if let first = feeds.first, let s = sessions.first(where: { $0.number == first.session }) {
            let day = s.startDate.adding(days: -35)
            committee.informalMeetings = [InformalMeeting(
                id: "ic-\(day.year)-1", kind: .informalConsultation, title: "Internal Governance Framework (sample)", date: day,
                papers: [DocumentRef(symbol: "IC/\(day.year)/1", title: "Internal Governance Framework: timetable (sample)", languages: ["en"], distribution: .limited, asAt: day)],
                feeds: feeds)]
        }
    }

    /// The session in progress: item 1 concluded, item 2 under consideration with speakers.
    /// `onItemAfter`: seconds from the opening to when item 2 was taken up; the speeches follow.
    static func liveDetails(_ s: inout Session, number: Int, opening: Date, onItemAfter item: Double) {
        s.agenda.items[0].status = .concluded
        s.agenda.items[0].outcome = Outcome(kind: .endorsed, conclusion: "The Committee adopted its agenda as set out in document S/\(number)/1.")
        s.agenda.items[1].status = .underConsideration
        s.agenda.items[1].speakers = SpeakersList(
            queue: ["chn", "egy", "civ"],
            speeches: [Speech(delegation: "mex", startedAt: opening.addingTimeInterval(item + 600), endedAt: opening.addingTimeInterval(item + 790)),
                       Speech(delegation: "phl", startedAt: opening.addingTimeInterval(item + 800))],
            limitSeconds: 180)
        s.live = LiveState(currentItemId: s.agenda.items[1].id, sessionStartedAt: opening,
                           itemStartedAt: opening.addingTimeInterval(item))
        s.sittings = [Sitting(meeting: 1, startedAt: opening)]
    }

    static func standardItems(number n: Int, year: Int, status: ItemStatus) -> [AgendaItem] {
        let even = n % 2 == 0
        func docs(_ k: Int...) -> [DocumentRef] { k.map { DocumentRef(symbol: "S/\(n)/\($0)") } }
        var items: [AgendaItem] = [
            AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, purpose: .decision,
                       documents: [DocumentRef(symbol: "S/\(n)/1", title: "Provisional agenda")], minutesAllotted: 10),
            AgendaItem(id: "i2", title: "Statement by the Director General", tor: ["a"], origin: .directorGeneral,
                       minutesAllotted: 60),
        ]
        if even {
            items.append(AgendaItem(id: "i3", title: "Financial Report for the year ended 31 December \(year - 1)", tor: ["b", "h"],
                                    origin: .directorGeneral, purpose: .recommendation,
                                    documents: [DocumentRef(symbol: "C/\(year - 1909)/3", title: "Financial Report")], minutesAllotted: 60))
        } else {
            items.append(AgendaItem(id: "i3", title: "Programme and Budget for \(year + 1)", tor: ["b", "h"], origin: .directorGeneral,
                                    purpose: .recommendation,
                                    documents: [DocumentRef(symbol: "C/\(year - 1909)/7", title: "Programme and Budget for \(year + 1)"),
                                                DocumentRef(symbol: "C/\(year - 1909)/7/Corr.1")], minutesAllotted: 90))
        }
        items += [
            AgendaItem(id: "i4", title: "Status report on outstanding contributions to the Administrative Part of the Budget",
                       tor: ["b"], origin: .council, documents: docs(2), minutesAllotted: 30),
            AgendaItem(id: "i5", title: "Report of the Office of the Inspector General", tor: ["f"], origin: .directorGeneral,
                       documents: docs(3), minutesAllotted: 45),
            AgendaItem(id: "i6", title: "IOM Development Fund", tor: ["b"], origin: .council, documents: docs(4), minutesAllotted: 20),
            AgendaItem(id: "i7", level: 1, title: "Line 1 allocations", tor: ["b"], minutesAllotted: 10),
            AgendaItem(id: "i8", level: 1, title: "Line 2 allocations", tor: ["b"], minutesAllotted: 10),
            AgendaItem(id: "i9", title: "Update on the Internal Governance Framework", tor: ["a", "f"], origin: .previousSession,
                       purpose: .decision, documents: [DocumentRef(symbol: "S/\(n)/CRP/1")], minutesAllotted: 40),
            AgendaItem(id: "i10", title: "Other business", tor: ["g"], minutesAllotted: 15),
        ]
        for i in items.indices {
            items[i].status = status
            if status == .concluded { items[i].outcome = outcome(for: items[i], session: n) }
        }
        return items
    }

    static func outcome(for item: AgendaItem, session n: Int) -> Outcome {
        let docs = item.documents.map(\.symbol).joined(separator: ", ")
        if item.procedural { return Outcome(kind: .endorsed, conclusion: "The Committee adopted its agenda as set out in document S/\(n)/1.") }
        if item.purpose == .recommendation {
            return Outcome(kind: .recommendedApproval,
                           conclusion: "The Committee recommended that the Council approve the \(item.title) (\(docs)).")
        }
        if item.title == "Other business" { return Outcome(kind: .noAction, conclusion: "No other business was raised.") }
        let ref = docs.isEmpty ? "the statement" : "document \(docs)"
        return Outcome(kind: .tookNote, conclusion: "The Committee took note of \(ref).")
    }

    static func attendanceSample(number: Int) -> [String] {
        let ids = MemberStates.builtIn.map(\.id)
        return ids.enumerated().filter { ($0.offset * 7 + number) % 5 != 0 }.map(\.element).sorted()
    }

    static func addSpeakers(_ s: inout Session) {
        let base = Timestamp.whole(s.startDate.startDate.addingTimeInterval(10 * 3600))
        let delegations = ["mex", "phl", "civ", "deu", "chn", "egy", "bra", "jpn"]
        for (k, index) in s.agenda.items.indices.enumerated() where !s.agenda.items[index].procedural && k % 2 == 1 {
            var t = base.addingTimeInterval(Double(k) * 3600)
            var speeches: [Speech] = []
            for j in 0..<(3 + k % 3) {
                let length = Double(120 + (j * 37 + k * 11) % 90)
                speeches.append(Speech(delegation: delegations[(j + k) % delegations.count], startedAt: t, endedAt: t.addingTimeInterval(length)))
                t = t.addingTimeInterval(length + 15)
            }
            s.agenda.items[index].speakers = SpeakersList(speeches: speeches, limitSeconds: 180)
            s.agenda.items[index].notes = "Several delegations welcomed the document and asked for regular updates."
        }
    }

    static let rulesAmendment = RulesVersion(
        id: "rop-amendment-1", title: "Amendment (sample): electronic communication of documents", state: .submitted,
        rules: [Rule(number: 5, title: "II – Agenda", text: """
            1. The provisional agenda for each session shall be prepared by the Administration, after consultation with the Chairperson and the members of the Standing Committee, and shall include the items proposed by:
            • the Council;
            • the Standing Committee, at a previous session;
            • any member of the Standing Committee;
            • the Director General.
            2. The provisional agenda and the main documents for the session shall be communicated by the Administration to all members, electronically or otherwise, at least two weeks prior to the opening of the session, without prejudice to the provisions of Rule 4.
            """, noticeDays: 14)],
        history: [RulesEvent(on: Day(2026, 5, 4), state: .drafting, detail: "Proposed by the Administration."),
                  RulesEvent(on: Day(2026, 6, 24), state: .adopted, detail: "Adopted by the Committee at its thirty-eighth session."),
                  RulesEvent(on: Day(2026, 7, 1), state: .submitted, detail: "Submitted to the Council for approval.")],
        adoptedAtSession: 38, amendment: true)
}

extension DemoData {
    /// The chair's review of the session in progress (or the next one): several items
    /// reviewed, one flagged to raise, private notes.
    public static func chairNotes(for sessions: [Session]) -> ChairNotes {
        var notes = ChairNotes()
        guard let s = sessions.first(where: { $0.status == .inSession }) ?? sessions.last else { return notes }
        for (i, item) in s.agenda.items.enumerated() where i < 5 {
            notes.update(session: s.number, item: item.id) { $0.reviewed = true }
        }
        if s.agenda.items.count > 2 {
            notes.update(session: s.number, item: s.agenda.items[2].id) {
                $0.toRaise = true
                $0.notes = "Ask the Administration to present the regional breakdown before proposing the recommendation."
            }
        }
        if s.agenda.items.count > 1 {
            notes.update(session: s.number, item: s.agenda.items[1].id) { $0.notes = "Thank the Director General; keep to 60 minutes." }
        }
        return notes
    }
}
