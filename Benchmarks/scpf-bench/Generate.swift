import Foundation
import SCPFCore

/// Deterministic synthetic history: `years` years ending in 2025, two regular sessions a
/// year (June, even-numbered; October, odd-numbered), 40 agenda entries each (a quarter of
/// them sub-items), ToR letters, documents, speakers with speeches, outcomes, notes,
/// attendance and officers with non-ASCII names. Every session is closed except the last,
/// which is in session with an item under consideration, so every view has something to
/// draw. Nothing depends on the clock: the same `years` always gives the same bytes.
enum Synthetic {
    static let lastYear = 2025
    static let itemsPerSession = 40

    /// Delegations that take the floor, non-ASCII names first.
    static let speakers = ["civ", "chn", "jpn", "kor", "egy", "tur", "vnm", "ukr", "grc", "geo",
                           "arm", "mng", "tha", "irn", "isr", "jor", "mar", "mex", "deu", "bra",
                           "phl", "gha", "swe", "can"]

    static let titles = [
        "Statement by the Director General",
        "Programme and Budget: revision of the Administrative Part",
        "Status report on outstanding contributions to the Administrative Part of the Budget",
        "Report of the Office of the Inspector General",
        "IOM Development Fund",
        "Update on the Internal Governance Framework",
        "Human resources: geographical representation and gender parity",
        "Report on the work of the Independent Audit and Oversight Advisory Committee",
        "Migration, environment and climate change: operational update",
        "Data protection and the use of new technologies in migration management",
        "Réforme du financement : mise à jour sur les contributions volontaires",
        "Revisión del marco de resultados estratégicos",
        "Investment income and the Operational Support Income reserve",
        "Evaluation policy and the biennial evaluation plan",
        "Other business",
    ]

    static let conclusions = [
        "The Committee took note of the document and requested regular updates.",
        "The Committee recommended that the Council approve the proposal set out in the document.",
        "The Committee endorsed the approach described, subject to the comments made.",
        "The Committee requested further information before its next session.",
        "No action was required.",
    ]

    static func committee() -> Committee {
        var c = Committee.scpf()
        c.rulesOfProcedure = [
            RulesVersion(
                id: "rop-2008", title: "Rules of Procedure of the SCPF", state: .approved,
                rules: (1...12).map { Rule(number: $0, title: "Rule \($0)", text: "The Committee shall proceed as set out in this rule; délégations may request the floor through the Chairperson (n° \($0)).") },
                history: [RulesEvent(on: Day(2008, 5, 6), state: .drafting, detail: "Draft prepared by the Administration."),
                          RulesEvent(on: Day(2008, 6, 10), state: .adopted, detail: "Adopted by the Committee."),
                          RulesEvent(on: Day(2008, 6, 11), state: .submitted, detail: "Submitted to the Council."),
                          RulesEvent(on: Day(2008, 12, 2), state: .approved, detail: "Approved by the Council.")],
                adoptedAtSession: 2, approvalResolution: "Resolution No. 1170 (synthetic)"),
        ]
        return c
    }

    static func sessions(years: Int) -> [Session] {
        let memberIds = MemberStates.builtIn.map(\.id)
        var out: [Session] = []
        let firstYear = lastYear - years + 1
        var number = 2
        for year in firstYear...lastYear {
            for month in [6, 10] {
                var start = Day(year, month, 20)
                while start.weekday != 1 { start = start.adding(days: 1) }
                out.append(session(number: number, start: start, memberIds: memberIds,
                                   first: out.isEmpty, live: year == lastYear && month == 10))
                number += 1
            }
        }
        return out
    }

    static func session(number n: Int, start: Day, memberIds: [String], first: Bool, live: Bool) -> Session {
        let end = start.adding(days: 1)
        let base = Timestamp.whole(start.startDate.addingTimeInterval(10 * 3600))
        let letters = ["a", "b", "c", "d", "e", "f", "g", "h"]
        let kinds: [OutcomeKind] = [.tookNote, .recommendedApproval, .endorsed, .requestedInformation, .noAction]
        let currentIndex = 5
        var items: [AgendaItem] = []
        var t = base
        for k in 0..<itemsPerSession {
            let id = "i\(k + 1)"
            let level = (k % 5 == 3 || k % 5 == 4) ? 1 : 0
            if k == 0 {
                items.append(AgendaItem(id: id, title: "Adoption of the agenda", procedural: true, purpose: .decision,
                                        documents: [DocumentRef(symbol: "S/\(n)/1", title: "Provisional agenda")],
                                        minutesAllotted: 10, status: .concluded,
                                        outcome: Outcome(kind: .endorsed, conclusion: "The Committee adopted its agenda as set out in document S/\(n)/1.")))
                continue
            }
            let title = level == 1 ? "Sub-item \(k): \(titles[(k + n) % titles.count].lowercased())"
                                   : "\(titles[(k + n) % titles.count]) (\(k))"
            var docs = [DocumentRef(symbol: "S/\(n)/\(k + 1)", title: "Document on item \(k + 1)")]
            if k % 3 == 0 { docs.append(DocumentRef(symbol: "S/\(n)/\(k + 1)/Rev.1", languages: ["en", "fr"])) }
            if k % 7 == 0 { docs.append(DocumentRef(symbol: "S/\(n)/CRP/\(k / 7 + 1)", title: "Conference room paper")) }
            var tor = [letters[k % letters.count]]
            if k % 4 == 0 { tor.append(letters[(k + 3) % letters.count]) }
            var item = AgendaItem(id: id, level: level, title: title, tor: tor,
                                  origin: [ItemOrigin.council, .directorGeneral, .memberState, .previousSession][k % 4],
                                  originDetail: k % 4 == 2 ? speakers[(k + n) % speakers.count] : nil,
                                  purpose: [ItemPurpose.information, .decision, .recommendation][k % 3],
                                  documents: docs, minutesAllotted: 10 + (k * 7 + n) % 50)
            // Closed sessions: every item done. The live session: items before the current
            // one done, the current one under consideration, the rest pending.
            let done = !live || k < currentIndex
            if done || k == currentIndex {
                var speeches: [Speech] = []
                let count = 3 + (k + n) % 6
                for j in 0..<count {
                    let length = Double(90 + (j * 37 + k * 11 + n) % 150)
                    let ongoing = !done && j == count - 1
                    speeches.append(Speech(delegation: speakers[(j * 5 + k + n) % speakers.count], startedAt: t,
                                           endedAt: ongoing ? nil : t.addingTimeInterval(length)))
                    t = t.addingTimeInterval(length + 20)
                }
                item.speakers = SpeakersList(queue: done ? [] : ["chn", "civ", "jpn", "tur", "kor", "egy"],
                                             speeches: speeches, limitSeconds: 180)
                item.notes = "Plusieurs délégations — dont la Côte d'Ivoire, la Türkiye et le Japon (日本) — ont salué le document et demandé des mises à jour régulières (item \(k + 1))."
            }
            if done {
                if k == 7 && !live {
                    item.status = .deferred
                    item.outcome = Outcome(kind: .deferred, deferredTo: n + 1,
                                           conclusion: "The Committee decided to defer its consideration of the item to its next session.")
                } else {
                    let kind = kinds[(k + n) % kinds.count]
                    item.status = .concluded
                    item.outcome = Outcome(kind: kind, conclusion: conclusions[kinds.firstIndex(of: kind)!])
                }
            } else if k == currentIndex {
                item.status = .underConsideration
            }
            if k == 7 && !first {
                item.carriedOverFrom = ItemLink(session: n - 1, itemId: id)
                item.origin = .previousSession
            }
            items.append(item)
        }
        var agenda = Agenda(state: .adopted, symbol: "S/\(n)/1", issuedOn: start.adding(days: -21),
                            adoptedOn: start, items: items)
        agenda.revisions = [AgendaRevision(at: base.addingTimeInterval(600), change: .retitled, itemId: "i3",
                                           detail: "Retitled item 3 at the request of the Chairperson.")]
        var s = Session(number: n, startDate: start, endDate: end, venue: n % 9 == 0 ? "Genève (Palais des Nations)" : "Geneva",
                        status: live ? .inSession : .closed,
                        attendance: memberIds.enumerated().filter { ($0.offset * 7 + n) % 4 != 0 }.map(\.element).sorted(),
                        agenda: agenda)
        s.officers = [Officer(role: "Chairperson", name: "H.E. Ms. Laura Méndez Ñúñez", memberStateId: "mex"),
                      Officer(role: "Vice-Chairperson", name: "Mr. Nguyễn Văn Minh", memberStateId: "vnm"),
                      Officer(role: "Rapporteur", name: "Ms. Αικατερίνη Παπαδοπούλου", memberStateId: "grc")]
        if live {
            s.live = LiveState(currentItemId: "i\(currentIndex + 1)", sessionStartedAt: base,
                               itemStartedAt: base.addingTimeInterval(5400))
            s.report = Report(state: .drafting)
        } else {
            let sections = ["Opening", "Adoption of the agenda", "Consideration of the items", "Recommendations to the Council"].enumerated().map { i, heading in
                ReportSection(key: "s\(i + 1)", heading: heading,
                              body: "The \(Ordinal.capitalizedWords(n)) Session of the Committee met in Geneva on \(dayRangeText(start, end)). The Committee considered the items listed in document S/\(n)/1 and agreed on the conclusions set out below; délégations took the floor on each item.",
                              edited: i == 2)
            }
            s.report = Report(state: .councilAction, sections: sections, adoptedOn: end,
                              transmittal: Transmittal(councilSession: "\(Ordinal.suffixed(n + 100)) session",
                                                       symbol: "C/\(n + 100)/\(n % 9 + 2)", date: end.adding(days: 14)),
                              councilAction: CouncilAction(kind: .tookNote, date: end.adding(days: 40)))
        }
        return s
    }

    /// Writes the set through `Store`, so the files are exactly what scpf writes.
    static func write(years: Int, to dir: String) throws -> (sessions: Int, bytes: Int) {
        if let names = try? FileManager.default.contentsOfDirectory(atPath: dir),
           names.contains(where: { $0 != ".lock" }) {
            throw BenchError("\(dir) is not empty; generate into a new directory")
        }
        let store = try Store(root: dir)
        try store.save(committee(), overwrite: true)
        let all = sessions(years: years)
        for s in all { try store.save(s, overwrite: true) }
        var bytes = 0
        for path in [store.committeePath] + store.sessionFileNames().map({ "\(store.sessionsDir)/\($0)" }) {
            bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        return (all.count, bytes)
    }
}
