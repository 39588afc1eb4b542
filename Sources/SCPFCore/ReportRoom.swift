import Foundation

/// What happened in the room, as the draft report states it: the meetings held and the
/// delegations represented (introduction), and per item who spoke, the minute notes and
/// corrections made after closing.
extension ReportGenerator {
    /// Stands where a section has no conclusion yet; a report holding it is not adopted.
    public static let noConclusion = "[No conclusion recorded.]"

    /// The meetings and the Member States represented, appended to the introduction.
    static func room(of s: Session, committee: Committee) -> String {
        var text = ""
        let meetings = s.meetings
        if !meetings.isEmpty {
            let days = Set(meetings.map { Day($0.start) }).sorted()
            text += " The Committee held \(meetings.count == 1 ? "one meeting" : "\(meetings.count) meetings")"
            text += days.count == 1 ? " on \(days[0].long)." : ", from \(days[0].long) to \(days[days.count - 1].long)."
        }
        if !s.attendance.isEmpty {
            // The list of participants, alphabetical, as a paragraph of its own.
            let names = s.attendance.map { committee.memberState($0)?.name ?? $0 }
                .sorted { $0.compare($1, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
            text += "\n\nMember States represented: \(names.joined(separator: ", "))."
        }
        return text
    }

    /// "Statements were made by the delegations of Mexico, China and Egypt, and by the
    /// Administration." and the minute notes, as paragraphs ahead of the conclusion.
    public static func room(of item: AgendaItem, committee: Committee) -> String {
        var text = ""
        var speakers: [String] = []
        var replies: [String] = []
        var others: [String] = []
        for speech in item.speakers.speeches {
            if let state = committee.memberState(speech.delegation) {
                if speech.kind == .reply { if !replies.contains(state.name) { replies.append(state.name) } } else if !speakers.contains(state.name) { speakers.append(state.name) }
            } else if !others.contains(speech.delegation) {
                others.append(speech.delegation)
            }
        }
        func list(_ names: [String]) -> String {
            names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
        if !speakers.isEmpty || !others.isEmpty {
            var parts: [String] = []
            if !speakers.isEmpty { parts.append("the delegation\(speakers.count == 1 ? "" : "s") of \(list(speakers))") }
            if !others.isEmpty { parts.append("by \(list(others.map { $0 == "Administration" ? "the Administration" : $0 }))") }
            text += "Statements were made by " + parts.joined(separator: ", and ") + "."
            if !replies.isEmpty { text += " \(list(replies)) exercised the right of reply." }
            text += "\n\n"
        }
        let notes = item.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        if !notes.isEmpty { text += notes + "\n\n" }
        return text
    }

    /// " (Corrected on 28 November 2026.)" after a conclusion corrected after closing.
    static func correction(of outcome: Outcome) -> String {
        outcome.correctedOn.map { " (Corrected on \($0.long).)" } ?? ""
    }
}
