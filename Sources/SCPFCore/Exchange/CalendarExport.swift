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
                          "UID:scpf-session-\(s.number)@\(uidHost(committee.shortName)).iom",
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
            let m = Markdown.inline
            var out = "# \(m(committee.shortName)) sessions in \(year)\n\n"
            if list.isEmpty { return out + "No sessions in \(year).\n" }
            out += "| session | kind | dates | venue | status |\n|---|---|---|---|---|\n"
            for s in list { out += "| \(m(s.title)) | \(s.kind.rawValue) | \(dayRangeText(s.startDate, s.endDate)) | \(m(s.venue)) | \(s.status.label) |\n" }
            let regular = list.filter { $0.kind == .regular && $0.year == year }.count
            let expected = committee.meetingPattern.regularSessionsPerYear
            out += "\n\(regular) of \(expected) regular sessions\(regular == expected ? "." : " — check the year plan.")\n"
            return out
        default:
            throw DomainError("The calendar exports as ics or md.")
        }
    }

    static func compact(_ d: Day) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon and comma escaped, every line
    /// break (CRLF, LF or a lone CR) written as `\n`, and the control characters TEXT may not
    /// hold (all but HTAB) left out, so no value can start a property of its own.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": if i + 1 >= scalars.count || scalars[i + 1] != "\n" { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(s)
            default: if s.value >= 0x20 && s.value != 0x7F { out.append(s) }
            }
        }
        return String(out)
    }

    /// The host part of a UID from the committee's short name: lower-case letters, digits
    /// and hyphens only (no line break, `@` or space can get into the property).
    static func uidHost(_ shortName: String) -> String {
        let kept = shortName.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return kept.isEmpty ? "committee" : String(String.UnicodeScalarView(kept))
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        var out = String.UnicodeScalarView(), count = 0
        for s in line.unicodeScalars {
            let n = UTF8.width(s)
            if count + n > 75 { out.append(contentsOf: "\r\n ".unicodeScalars); count = 1 }
            out.append(s); count += n
        }
        return String(out)
    }
}
