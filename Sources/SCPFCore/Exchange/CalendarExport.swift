import Foundation

/// The year's sessions as an iCalendar file (RFC 5545) or Markdown.
public enum CalendarExport {
    public static func render(year: Int, sessions: [Session], committee: Committee, format: ExportFormat, stamp: Date) throws -> String {
        let list = sessions.filter { $0.year == year || $0.endDate.year == year }.sorted { $0.startDate < $1.startDate }
        switch format {
        case .ics:
            var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IOM SCPF//scpf//EN", "CALSCALE:GREGORIAN",
                         "X-WR-CALNAME:\(escape(committee.shortName)) \(year)"]
            let dtstamp = Timestamp.format(stamp).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            for s in list {
                lines += ["BEGIN:VEVENT",
                          "UID:scpf-session-\(s.number)@\(committee.shortName.lowercased()).iom",
                          "DTSTAMP:\(dtstamp)",
                          "DTSTART;VALUE=DATE:\(compact(s.startDate))",
                          "DTEND;VALUE=DATE:\(compact(s.endDate.adding(days: 1)))",
                          "SUMMARY:\(escape("\(committee.shortName) \(s.title)"))",
                          "LOCATION:\(escape(s.venue))",
                          "DESCRIPTION:\(escape("\(s.kind.rawValue.capitalized) session of the \(committee.name). Status: \(s.status.label); agenda \(s.agenda.state.label)\(s.agenda.symbol.map { " (\($0))" } ?? "")."))",
                          "STATUS:\(s.status == .planned ? "TENTATIVE" : "CONFIRMED")",
                          "END:VEVENT"]
            }
            lines.append("END:VCALENDAR")
            return lines.map(fold).joined(separator: "\r\n") + "\r\n"
        case .md:
            var out = "# \(committee.shortName) sessions in \(year)\n\n"
            if list.isEmpty { return out + "No sessions in \(year).\n" }
            out += "| session | kind | dates | venue | status |\n|---|---|---|---|---|\n"
            for s in list { out += "| \(s.title) | \(s.kind.rawValue) | \(dayRangeText(s.startDate, s.endDate)) | \(s.venue) | \(s.status.label) |\n" }
            let regular = list.filter { $0.kind == .regular && $0.year == year }.count
            let expected = committee.meetingPattern.regularSessionsPerYear
            out += "\n\(regular) of \(expected) regular sessions\(regular == expected ? "." : " — check the year plan.")\n"
            return out
        default:
            throw DomainError("The calendar exports as ics or md.")
        }
    }

    static func compact(_ d: Day) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line {
            let n = String(ch).utf8.count
            if count + n > 75 { out += "\r\n "; count = 1 }
            out.append(ch); count += n
        }
        return out
    }
}
