import Foundation
import Testing
@testable import SCPFCore

/// The year calendar as iCalendar (RFC 5545), read back by an independent parser:
/// Python's `icalendar` package (`pip install icalendar`; `.ci/run` installs it).
@Suite("Year calendar")
struct CalendarTests {
    /// 27 November 2026, 11:00:00 UTC.
    static let stamp = Date(timeIntervalSince1970: Double(Day(2026, 11, 27).ordinal * 86_400 + 11 * 3600))

    /// A special session whose venue is long, not ASCII, and has the characters TEXT escapes.
    static let venue = "Palais des Nations, Salle XVII; Genève — Conférence spéciale « Mobilité humaine », 会議場・国際移住機関の特別会合のための長い会場名"

    static func sessions() -> (Committee, [Session]) {
        let (committee, demo) = ReportFixture.demo()
        var special = Session(number: 41, kind: .special, startDate: Day(2026, 12, 15), endDate: Day(2026, 12, 15), venue: venue)
        special.agenda.items = [AgendaItem(id: "i1", title: "Urgent matter", tor: ["i"])]
        return (committee, demo + [special])
    }

    static func ics() throws -> String {
        let (committee, sessions) = Self.sessions()
        return try CalendarExport.render(year: 2026, sessions: sessions, committee: committee, format: .ics, stamp: stamp)
    }

    @Test("An independent parser (Python icalendar) reads every event with its dates, UID and DTSTAMP")
    func independentParser() throws {
        let text = try Self.ics()
        let dir = try TempDir("ics")
        let file = dir.sub("scpf-2026.ics")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let parsed = try ICalendarReader.read(file)

        #expect(parsed["errors"] as? [String] == [])
        #expect(parsed["version"] as? String == "2.0")
        #expect(parsed["prodid"] as? String == "-//IOM SCPF//scpf//EN")
        let events = try #require(parsed["events"] as? [[String: String]])
        #expect(events.map { $0["uid"] } == ["scpf-session-38@scpf.iom", "scpf-session-39@scpf.iom", "scpf-session-41@scpf.iom"])
        #expect(events.map { $0["dtstart"] } == ["2026-06-23", "2026-11-27", "2026-12-15"])
        #expect(events.map { $0["dtend"] } == ["2026-06-25", "2026-11-29", "2026-12-16"], "DTEND is the day after the last day")
        #expect(events.allSatisfy { $0["dtstartType"] == "date" && $0["dtendType"] == "date" }, "whole-day events")
        #expect(events.allSatisfy { $0["dtstamp"] == "2026-11-27T11:00:00+00:00" })
        #expect(events.map { $0["summary"] } == ["SCPF Thirty-eighth Session", "SCPF Thirty-ninth Session", "SCPF Forty-first (Special) Session"])
        #expect(events.map { $0["location"] } == ["Geneva", "Geneva", Self.venue], "escaping and folding undone by the parser give the venue back")
        #expect(events.map { $0["status"] } == ["CONFIRMED", "CONFIRMED", "TENTATIVE"])
        #expect(events[0]["description"] == "Regular session of the Standing Committee on Programmes and Finance. Status: closed; agenda adopted (S/38/1).")
        #expect(events[2]["description"] == "Special session of the Standing Committee on Programmes and Finance. Status: planned; agenda draft.")
    }

    @Test("Every line ends in CRLF, is at most 75 octets, and folding never splits a UTF-8 character")
    func linesAndFolding() throws {
        let bytes = Array(try Self.ics().utf8)
        #expect(bytes.suffix(2) == [13, 10])
        // Split on CRLF; no other CR or LF may appear.
        var lines: [[UInt8]] = [], current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 {
                lines.append(current); current = []; i += 2; continue
            }
            #expect(bytes[i] != 13 && bytes[i] != 10, "bare CR or LF at byte \(i)")
            current.append(bytes[i]); i += 1
        }
        #expect(current.isEmpty, "text after the last CRLF")
        var sawMultibyteFold = false
        for (n, line) in lines.enumerated() {
            #expect(line.count <= 75, "line \(n + 1) has \(line.count) octets")
            #expect(String(bytes: line, encoding: .utf8) != nil, "line \(n + 1) is not valid UTF-8 on its own: a character was split")
            if n + 1 < lines.count, lines[n + 1].first == 32, let next = String(bytes: lines[n + 1].dropFirst(), encoding: .utf8),
               let first = next.first {
                let width = String(first).utf8.count
                // The fold came early because the next character would not fit.
                if width > 1, line.count + width > 75, line.count < 75 { sawMultibyteFold = true }
            }
        }
        #expect(sawMultibyteFold, "the long venue should force a fold before a multi-byte character")

        // Unfolding (CRLF + one space) gives back the logical LOCATION line, escaped per §3.3.11.
        let unfolded = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        let location = "LOCATION:Palais des Nations\\, Salle XVII\\; Genève — Conférence spéciale « Mobilité humaine »\\, 会議場・国際移住機関の特別会合のための長い会場名"
        #expect(unfolded.components(separatedBy: "\r\n").contains(location))
        #expect(unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("LOCATION:") }.count == 3)
        #expect(lines.filter { $0.first == 32 }.count >= 2, "the venue spans several physical lines")
    }

    @Test("Folding at the 75-octet boundary")
    func foldBoundary() {
        let ascii75 = String(repeating: "x", count: 75)
        #expect(CalendarExport.fold(ascii75) == ascii75)
        #expect(CalendarExport.fold(ascii75 + "y") == ascii75 + "\r\n y")
        // 74 octets then a two-octet character: it cannot share the first line.
        let e = String(repeating: "x", count: 74) + "é"
        #expect(CalendarExport.fold(e) == String(repeating: "x", count: 74) + "\r\n é")
        // A three-octet character ending exactly at octet 75 stays.
        let k = String(repeating: "x", count: 72) + "会"
        #expect(CalendarExport.fold(k) == k)
        // Continuation lines hold 74 octets after the leading space.
        let long = String(repeating: "a", count: 75 + 74 + 3)
        #expect(CalendarExport.fold(long) == String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 74) + "\r\n aaa")
    }

    @Test("TEXT values escape backslash, semicolon, comma and newline")
    func textEscaping() {
        #expect(CalendarExport.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
    }

    @Test("Markdown lists the year's sessions and counts the regular ones; other formats are refused")
    func markdown() throws {
        let (committee, sessions) = Self.sessions()
        let md = try CalendarExport.render(year: 2026, sessions: sessions, committee: committee, format: .md, stamp: Self.stamp)
        #expect(md == """
            # SCPF sessions in 2026

            | session | kind | dates | venue | status |
            |---|---|---|---|---|
            | Thirty-eighth Session | regular | 23–24 Jun 2026 | Geneva | closed |
            | Thirty-ninth Session | regular | 27–28 Nov 2026 | Geneva | in session |
            | Forty-first (Special) Session | special | 15 Dec 2026 | \(Self.venue) | planned |

            2 of 2 regular sessions.

            """)
        let lonely = try CalendarExport.render(year: 2027, sessions: sessions, committee: committee, format: .md, stamp: Self.stamp)
        #expect(lonely.hasSuffix("\n1 of 2 regular sessions — check the year plan.\n"))
        #expect(try CalendarExport.render(year: 1990, sessions: sessions, committee: committee, format: .md, stamp: Self.stamp)
                == "# SCPF sessions in 1990\n\nNo sessions in 1990.\n")
        let empty = try CalendarExport.render(year: 1990, sessions: sessions, committee: committee, format: .ics, stamp: Self.stamp)
        #expect(empty == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IOM SCPF//scpf//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:SCPF 1990\r\nEND:VCALENDAR\r\n")
        for format in [ExportFormat.csv, .json, .html] {
            #expect(throws: DomainError("The calendar exports as ics or md.")) {
                try CalendarExport.render(year: 2026, sessions: sessions, committee: committee, format: format, stamp: Self.stamp)
            }
        }
    }

    @Test("A session spanning the new year is in both years' calendars")
    func spanningYears() throws {
        let committee = Committee.scpf()
        let s = Session(number: 50, kind: .special, startDate: Day(2030, 12, 31), endDate: Day(2031, 1, 1))
        for year in [2030, 2031] {
            let ics = try CalendarExport.render(year: year, sessions: [s], committee: committee, format: .ics, stamp: Self.stamp)
            #expect(ics.contains("\r\nDTSTART;VALUE=DATE:20301231\r\nDTEND;VALUE=DATE:20310102\r\n"))
        }
    }
}

/// Runs Python's icalendar over a file and returns what it read, as JSON.
enum ICalendarReader {
    static let script = #"""
    import json, sys
    try:
        import icalendar
    except ImportError as error:
        print("The calendar tests need Python's icalendar package: pip install icalendar  [" + str(error) + "]")
        sys.exit(3)
    import datetime
    with open(sys.argv[1], "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    errors = []
    for component in cal.walk():
        errors += [str(e) for e in getattr(component, "errors", [])]
    def when(event, name):
        value = event.get(name)
        return None if value is None else value.dt
    def kind(value):
        return "datetime" if isinstance(value, datetime.datetime) else ("date" if isinstance(value, datetime.date) else "none")
    events = []
    for event in cal.walk("VEVENT"):
        start, end, stamp = when(event, "DTSTART"), when(event, "DTEND"), when(event, "DTSTAMP")
        events.append({
            "uid": str(event.get("UID")), "summary": str(event.get("SUMMARY")), "location": str(event.get("LOCATION")),
            "description": str(event.get("DESCRIPTION")), "status": str(event.get("STATUS")),
            "dtstart": start.isoformat(), "dtstartType": kind(start), "dtend": end.isoformat(), "dtendType": kind(end),
            "dtstamp": stamp.isoformat() if stamp is not None else "missing",
        })
    print(json.dumps({"version": str(cal.get("VERSION")), "prodid": str(cal.get("PRODID")), "errors": errors, "events": events}))
    """#

    static func read(_ path: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TestFailure("Could not start python3 (\(error)). The calendar tests need Python 3 with icalendar: pip install icalendar")
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        switch process.terminationStatus {
        case 0: break
        case 3: throw TestFailure(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case 127: throw TestFailure("python3 was not found. The calendar tests need Python 3 with icalendar: pip install icalendar")
        default: throw TestFailure("icalendar could not read the file (status \(process.terminationStatus)):\n\(errors)\(text)")
        }
        guard let doc = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            throw TestFailure("Unexpected output from the icalendar reader: \(text)")
        }
        return doc
    }
}
