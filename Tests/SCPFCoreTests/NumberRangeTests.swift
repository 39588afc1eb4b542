import Foundation
import Testing
@testable import SCPFCore

/// Every whole number in the model has a range (`Limits`, docs/file-format.md): the loader
/// refuses a file outside it, `check` reports it, the command line refuses it, file names
/// never truncate, and arithmetic on stored numbers cannot trap.
@Suite("Number ranges")
struct NumberRangeTests {
    /// The values that broke scpf: the ends of Int, 2³¹ and 2³² (and one more, which
    /// `String(format:)` truncated to 1), zero and minus one.
    static let hostile: [Int] = [.max, .min, 1 << 31, 1 << 32, (1 << 32) + 1, 0, -1, 10_000]

    @Test("Session file names keep every digit: 4294967297 is never session-001.json")
    func fileNames() {
        #expect(Session.fileName(number: 1) == "session-001.json")
        #expect(Session.fileName(number: 37) == "session-037.json")
        #expect(Session.fileName(number: 9999) == "session-9999.json")
        #expect(Session.fileName(number: (1 << 32) + 1) == "session-4294967297.json")
        #expect(Session.fileName(number: 1 << 31) == "session-2147483648.json")
        #expect(Session.fileName(number: .max) == "session-9223372036854775807.json")
        #expect(Session.fileName(number: .min) == "session--9223372036854775808.json")
        let names = Set(([1, 37] + Self.hostile).map { Session.fileName(number: $0) })
        #expect(names.count == 2 + Self.hostile.count)
    }

    @Test("A typed session number outside 1–9999 gets one sentence", arguments: ["0", "-1", "4294967297", "2147483648", "9223372036854775807",
                                                                                  "-9223372036854775808", "99999999999999999999", "10000", "", "x", "4.0"])
    func typedSessionNumbers(_ text: String) {
        guard case let .failure(error) = Limits.sessionNumber(text) else { Issue.record("\(text) accepted"); return }
        #expect(error.message == "Session numbers run from 1 to 9999; “\(text)” is not one.")
    }

    @Test("Typed session numbers inside the range are accepted")
    func typedGood() {
        for (text, n) in [("1", 1), ("40", 40), (" 9999 ", 9999)] {
            guard case let .success(got) = Limits.sessionNumber(text) else { Issue.record("\(text) refused"); continue }
            #expect(got == n)
        }
    }

    /// Session 37's file with one number replaced, loaded beside the other two sessions.
    func load(_ field: String, _ value: Int, in edit: (inout Session, Int) -> Void) throws -> (dir: TempDir, problems: [StoreError], sessions: [Session], path: String, before: Data) {
        let (dir, _, sessions) = try seededDirectory()
        var s = sessions[Session.index(37, in: sessions)]
        edit(&s, value)
        let path = dir.sub("sessions/session-037.json")
        let bytes = try JSONCoding.encode(s)
        try bytes.write(to: URL(fileURLWithPath: path))
        let store = try Store(root: dir.path)
        let (loaded, problems) = store.loadSessions()
        return (dir, problems, loaded, path, bytes)
    }

    @Test("The loader refuses Int.max, Int.min, 2³¹ and 2³² in every number of a session, names the field, leaves the file alone")
    func loaderRefuses() throws {
        let fields: [(String, String, (inout Session, Int) -> Void)] = [
            ("number", "a session number must be from 1 to 9999", { s, v in s.number = v }),
            ("sittingMinutesPerDay", "the sitting minutes per day must be from 1 to 1440", { s, v in s.sittingMinutesPerDay = v }),
            ("agenda.items[1].minutesAllotted", "the minutes allotted to an item must be from 0 to 1440", { s, v in s.agenda.items[1].minutesAllotted = v }),
            ("agenda.items[1].speakers.limitSeconds", "a speaking limit in seconds must be from 1 to 3600", { s, v in s.agenda.items[1].speakers.limitSeconds = v }),
            ("agenda.items[1].outcome.deferredTo", "a session number must be from 1 to 9999",
             { s, v in s.agenda.items[1].outcome = Outcome(kind: .deferred, deferredTo: v) }),
            ("agenda.items[1].level", "the level must be from 0 to 2", { s, v in s.agenda.items[1].level = v }),
        ]
        for (field, rule, edit) in fields {
            for value in Self.hostile where !(field.hasSuffix("minutesAllotted") && value == 0) && !(field.hasSuffix("level") && value == 0) {
                let r = try load(field, value, in: edit)
                #expect(r.sessions.map(\.number) == [36, 38], "\(field) = \(value)")
                guard r.problems.count == 1, case let .unreadable(path, _, _, reason) = r.problems[0] else {
                    Issue.record("\(field) = \(value): \(r.problems)"); continue
                }
                #expect(path == r.path)
                #expect(reason == "\(field) is \(value); \(rule)", "\(field) = \(value)")
                #expect(Disk.bytes(r.path) == r.before, "the file was changed")
            }
        }
    }

    @Test("A number beyond 64 bits is refused with its line and column")
    func beyond64Bits() throws {
        let (dir, _, sessions) = try seededDirectory()
        var text = String(decoding: try JSONCoding.encode(sessions[Session.index(37, in: sessions)]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"sittingMinutesPerDay\" : 360", with: "\"sittingMinutesPerDay\" : 9223372036854775808")
        try Disk.write(text, to: dir.sub("sessions/session-037.json"))
        let (_, problems) = try Store(root: dir.path).loadSessions()
        guard case let .unreadable(_, line, column, reason)? = problems.first else { Issue.record("\(problems)"); return }
        #expect(line != nil && column != nil)
        #expect(reason.contains("9223372036854775808") && reason.contains("not a whole number scpf can store"))
    }

    @Test("The loader refuses a committee whose pattern numbers are out of range")
    func committeeLoader() throws {
        let (dir, committee, _) = try seededDirectory()
        for (value, reason) in [(Int.max, "meetingPattern.oddSessionMonths[0] is 9223372036854775807; a month must be from 1 to 12"),
                                (Int.min, "meetingPattern.oddSessionMonths[0] is -9223372036854775808; a month must be from 1 to 12"),
                                (1 << 32, "meetingPattern.oddSessionMonths[0] is 4294967296; a month must be from 1 to 12")] {
            var c = committee
            c.meetingPattern.oddSessionMonths = [value]
            try JSONCoding.encode(c).write(to: URL(fileURLWithPath: dir.sub("committee.json")))
            let error = #expect(throws: StoreError.self) { try Store(root: dir.path, readOnly: true).loadCommittee() }
            guard case let .unreadable(_, _, _, got)? = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(got == reason)
        }
    }

    @Test("check reports every out-of-range number of sessions built in memory, and the arithmetic saturates instead of trapping")
    func validatorAndArithmetic() {
        let committee = Committee.scpf()
        for value in [Int.max, Int.min, 1 << 31, 1 << 32] {
            var s = Fixture.session()
            s.sittingMinutesPerDay = value
            s.agenda.items[0].minutesAllotted = value
            s.agenda.items[1].minutesAllotted = value
            s.agenda.items[1].speakers.limitSeconds = value
            let messages = Validator.validate(s, committee: committee, sessionNumbers: [37]).map(\.message)
            #expect(messages.contains("Session 37: sittingMinutesPerDay is \(value); the sitting minutes per day must be from 1 to 1440."))
            #expect(messages.contains { $0.hasSuffix("minutesAllotted is \(value); the minutes allotted to an item must be from 0 to 1440.") })
            #expect(messages.contains { $0.hasSuffix("speakers.limitSeconds is \(value); a speaking limit in seconds must be from 1 to 3600.") })
            // These trapped (SIGILL) before.
            if value.magnitude > 1 << 40 {
                #expect(s.agenda.totalMinutes == (value > 0 ? Int.max : Int.min))
                #expect(s.plannedMinutes == (value > 0 ? Int.max : Int.min))
            } else {
                #expect(s.agenda.totalMinutes >= 2 * value)
                #expect(s.plannedMinutes == value * s.lengthDays)
            }
        }
        #expect(Int.max.saturatingMultiply(60) == .max)
        #expect(Int.min.saturatingMultiply(4) == .min)
        #expect(Int.min.saturatingMultiply(-1) == .max)
        #expect(Int.max.saturatingAdd(1) == .max)
        #expect(Int.min.saturatingAdd(-1) == .min)
        #expect(40.saturatingMultiply(60) == 2400)
    }

    @Test("A month list that is empty or holds a month outside 1–12 is reported, and proposing a session with it does not crash")
    func committeeMonths() {
        for (even, odd, expected) in [
            ([Int](), [10, 11], "Committee: meetingPattern.evenSessionMonths is empty; list at least one month (1–12) in which those sessions normally fall."),
            ([5, 6], [Int](), "Committee: meetingPattern.oddSessionMonths is empty; list at least one month (1–12) in which those sessions normally fall."),
            ([0, 6], [10], "Committee: meetingPattern.evenSessionMonths[0] is 0; a month must be from 1 to 12."),
            ([6], [13], "Committee: meetingPattern.oddSessionMonths[0] is 13; a month must be from 1 to 12."),
            ([Int.max], [Int.min], "Committee: meetingPattern.evenSessionMonths[0] is 9223372036854775807; a month must be from 1 to 12."),
        ] {
            var c = Committee.scpf()
            c.meetingPattern.evenSessionMonths = even
            c.meetingPattern.oddSessionMonths = odd
            #expect(Validator.validate(c).map(\.message).contains(expected))
            for number in [38, 39] {
                let s = Session.proposeNext(after: [], pattern: c.meetingPattern, today: Day(2026, 1, 1), number: number)
                #expect(s.number == number)
                #expect((1...12).contains(s.startDate.month))
                var moved = s
                moved.startDate = Day(2026, 2, 3)
                _ = moved.dateWindowWarning(pattern: c.meetingPattern)
            }
        }
        var ok = Committee.scpf().meetingPattern
        #expect(Session(number: 38, startDate: Day(2026, 2, 3), endDate: Day(2026, 2, 4)).dateWindowWarning(pattern: ok)
                == "Even-numbered sessions normally fall in May–July; session 38 starts in February.")
        ok.evenSessionMonths = []
        #expect(Session(number: 38, startDate: Day(2026, 2, 3), endDate: Day(2026, 2, 4)).dateWindowWarning(pattern: ok) == nil)
    }
}

/// The command line refuses a session number outside 1–9999 with one sentence, writes
/// nothing, and exits 1.
@Suite("Number ranges on the command line")
struct CommandLineNumberTests {
    static let values = ["0", "-1", "4294967297", "2147483648", "9223372036854775807", "-9223372036854775808", "10000"]

    @Test("import and every export with --session out of range", arguments: [
        ["import", "agenda", "agenda.txt"], ["export", "agenda"], ["export", "report"], ["export", "briefing"],
    ])
    func refused(_ command: [String]) throws {
        let scpf = try SecurityTests.scpfBinary()
        let (dir, _, _) = try seededDirectory()
        let agenda = dir.sub("agenda.txt")
        try Disk.write("1. Adoption of the agenda\n2. Other business\n", to: agenda)
        let before = Disk.names(dir.sub("sessions"))
        let bytes = Disk.bytes(dir.sub("sessions/session-037.json"))
        for value in Self.values {
            let stderr = dir.sub("stderr")
            let args = command.map { $0 == "agenda.txt" ? agenda : $0 } + ["--data", dir.path, "--session", value, "--output", dir.sub("out.md")]
            let child = try ChildProcess(scpf, command.first == "import" ? Array(args.dropLast(2)) : args, stderrPath: stderr)
            #expect(child.wait() == .exited(1), "\(command) --session \(value)")
            let message = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            #expect(message == "Error: Session numbers run from 1 to 9999; “\(value)” is not one.\n", "\(command) --session \(value)")
            #expect(Disk.names(dir.sub("sessions")) == before, "\(command) --session \(value) wrote a file")
            #expect(!FileManager.default.fileExists(atPath: dir.sub("out.md")))
        }
        #expect(Disk.bytes(dir.sub("sessions/session-037.json")) == bytes)
    }

    @Test("check fails on unknown fields, one line per field with its file and path, without --strict")
    func checkFailsOnUnknownFields() throws {
        let scpf = try SecurityTests.scpfBinary()
        let (dir, _, _) = try seededDirectory()
        let path = dir.sub("sessions/session-037.json")
        var text = try #require(Disk.bytes(path).map { String(decoding: $0, as: UTF8.self) })
        text = text.replacingOccurrences(of: "\"venue\" : \"Geneva\"", with: "\"venue\" : \"Geneva\",\n  \"webcast\" : true")
        try Disk.write(text, to: path)
        let committee = dir.sub("committee.json")
        var ctext = try #require(Disk.bytes(committee).map { String(decoding: $0, as: UTF8.self) })
        ctext = ctext.replacingOccurrences(of: "\"shortName\" : \"SCPF\"", with: "\"shortName\" : \"SCPF\",\n  \"logo\" : \"x.png\"")
        try Disk.write(ctext, to: committee)
        let out = dir.sub("out")
        let child = try ChildProcess("/bin/sh", ["-c", "exec \"$0\" check --data \"$1\" 1>&2", scpf, dir.path], stderrPath: out)
        #expect(child.wait() == .exited(1))
        let lines = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        #expect(lines.contains("\(path): field webcast is not one this scpf knows, and a save would drop it; remove it, or update scpf."), "\(lines)")
        #expect(lines.contains("\(committee): field logo is not one this scpf knows, and a save would drop it; remove it, or update scpf."), "\(lines)")
    }

    @Test("check fails on a session file holding 4294967297 and names the file and field")
    func checkNamesIt() throws {
        let scpf = try SecurityTests.scpfBinary()
        let (dir, _, sessions) = try seededDirectory()
        var s = sessions[Session.index(37, in: sessions)]
        s.number = (1 << 32) + 1
        let path = dir.sub("sessions/session-4294967297.json")
        try JSONCoding.encode(s).write(to: URL(fileURLWithPath: path))
        let out = dir.sub("out")
        let child = try ChildProcess("/bin/sh", ["-c", "exec \"$0\" check --data \"$1\" 1>&2", scpf, dir.path], stderrPath: out)
        #expect(child.wait() == .exited(1))
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(text.contains("\(path): number is 4294967297; a session number must be from 1 to 9999."), "\(text)")
    }
}
