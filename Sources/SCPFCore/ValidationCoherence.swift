import Foundation

/// Checks that the record agrees with itself across sessions, the Bureau, the Council's items
/// and informal meetings. One sentence per problem, naming the session (or object), the field
/// and what to do.
extension Validator {
    static func validateCoherence(_ c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        for s in sessions.sorted(by: { $0.number < $1.number }) {
            p += validateSpeechAndDocumentDates(s)
            p += validateOfficersHeld(s, committee: c)
            p += validateTransmittalCouncil(s, committee: c)
            p += validateDraftRestatesRecord(s, committee: c)
        }
        p += validateBureauElections(c, sessions: sessions)
        p += validateCouncilItemYears(c, sessions: sessions)
        p += validateInformalPaperYears(c)
        return p
    }

    /// Speeches made within the session's dates; documents "as at" a day before it opens.
    static func validateSpeechAndDocumentDates(_ s: Session) -> [Problem] {
        var p: [Problem] = []
        let numbers = s.agenda.numbers
        let range = "\(s.startDate) to \(s.endDate)"
        for (index, item) in s.agenda.items.enumerated() {
            let label = "Session \(s.number) item \(numbers[index]) (\(item.id))"
            for (k, speech) in item.speakers.speeches.enumerated() {
                let day = Day(speech.startedAt)
                if day < s.startDate || day > s.endDate {
                    p.append(Problem("\(label): speakers.speeches[\(k)] by \(speech.delegation) is dated \(day), outside the session's dates (\(range)); correct the speech's startedAt or the session's dates."))
                }
            }
            for doc in item.documents {
                if let asAt = doc.asAt, asAt > s.startDate {
                    p.append(Problem("\(label): document \(doc.symbol) is “as at” \(asAt), after the session opened (\(s.startDate)); a document for the session states its figures as at a day before — correct its asAt date."))
                }
            }
        }
        return p
    }

    /// A session held (in session or closed) has officers: the Bureau in office or its own.
    static func validateOfficersHeld(_ s: Session, committee c: Committee) -> [Problem] {
        guard s.status == .inSession || s.status == .closed, c.officers(for: s).isEmpty else { return [] }
        return [Problem("Session \(s.number): it is \(s.status.label) but has no officers (no Bureau in office on \(s.startDate), no officers of its own); record the Bureau the Council elected (“Record the Bureau” in the Sessions view) or the session's acting officers.")]
    }

    /// The report goes to the Council session whose Council item takes it up.
    static func validateTransmittalCouncil(_ s: Session, committee c: Committee) -> [Problem] {
        guard let t = s.report.transmittal, let item = c.councilItem(for: s.number) else { return [] }
        func norm(_ text: String) -> String { text.trimmed.lowercased() }
        guard norm(t.councilSession) != norm(item.councilSession) else { return [] }
        return [Problem("Session \(s.number) report: transmittal.councilSession is the \(t.councilSession), but the Council item “\(item.title)” that takes it up is at the \(item.councilSession); correct one of them so both name the same Council session.")]
    }

    /// A draft report's generated, unedited sections state the record as it is (a file written
    /// by another tool, or before a change made elsewhere, may lag behind).
    static func validateDraftRestatesRecord(_ s: Session, committee c: Committee) -> [Problem] {
        guard s.report.state == .drafting, !s.report.sections.isEmpty else { return [] }
        let fresh = Dictionary(ReportGenerator.sections(for: s, committee: c).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let stale = s.report.sections.filter { section in
            guard !section.edited, let now = fresh[section.key] else { return false }
            return now.body != section.body || now.heading != section.heading
        }
        guard !stale.isEmpty else { return [] }
        let names = stale.map { "“\($0.heading)”" }.joined(separator: ", ")
        return [Problem("Session \(s.number) report: the generated section\(stale.count == 1 ? "" : "s") \(names) no longer state\(stale.count == 1 ? "s" : "") the record (officers, dates, agenda or outcomes changed since); regenerate the draft (g in the Reports view).")]
    }

    /// The Council elects the Bureau at its own session, not during an SCPF session.
    static func validateBureauElections(_ c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        for b in c.bureaus ?? [] {
            for s in sessions.sorted(by: { $0.number < $1.number }) where s.startDate <= b.electedOn && b.electedOn <= s.endDate {
                p.append(Problem("Bureau elected on \(b.electedOn): that day falls within session \(s.number) (\(s.startDate) to \(s.endDate)), a session it would serve; the Council elects the Bureau at its own session — correct electedOn."))
            }
        }
        return p
    }

    /// A Council item takes up the sessions of one year.
    static func validateCouncilItemYears(_ c: Committee, sessions: [Session]) -> [Problem] {
        var p: [Problem] = []
        for item in c.councilItems ?? [] {
            let found = item.sessions.sorted().compactMap { n in sessions.first { $0.number == n } }
            let years = Set(found.map(\.year))
            guard years.count > 1 else { continue }
            let list = found.map { "\($0.number) in \($0.year)" }.joined(separator: ", ")
            p.append(Problem("Council item “\(item.title)” (\(item.councilSession)): its sessions are of different years (\(list)); a Council item takes up one year's sessions — correct its sessions."))
        }
        return p
    }

    /// An `IC/yyyy/n` paper bears the year of the informal meeting it was issued for.
    static func validateInformalPaperYears(_ c: Committee) -> [Problem] {
        var p: [Problem] = []
        for m in c.informalMeetings ?? [] {
            for paper in m.papers {
                let parts = paper.symbol.split(separator: "/")
                guard parts.count >= 3, parts[0] == "IC", let year = Int(parts[1]), year != m.date.year else { continue }
                p.append(Problem("Informal meeting \(m.id): paper \(paper.symbol) is numbered for \(year), but the meeting was held on \(m.date); correct the paper's symbol or the meeting's date."))
            }
        }
        return p
    }

    /// The same sentence once, in the order first found.
    static func unique(_ problems: [Problem]) -> [Problem] {
        var seen = Set<Problem>()
        return problems.filter { seen.insert($0).inserted }
    }
}
