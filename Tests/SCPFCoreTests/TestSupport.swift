import Foundation
import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fixed data for every Core test: nothing depends on the clock or the time zone.
enum Fixture {
    /// The demo shows session 37 in progress on this day (a Tuesday).
    static let today = Day(2025, 10, 28)

    static func demo() -> (committee: Committee, sessions: [Session]) {
        let (committee, sessions) = DemoData.make(today: today)
        return (committee, sessions)
    }

    /// The built-in committee with Rules of Procedure: one approved version, one amendment in drafting.
    static func committee() -> Committee {
        var c = Committee.scpf()
        c.rulesOfProcedure = [
            RulesVersion(id: "rop-2008", title: "Rules of Procedure of the SCPF", state: .approved,
                         rules: [Rule(number: 1, title: "Sessions", text: "The Committee shall normally meet twice each year, and otherwise as required.")],
                         history: [RulesEvent(on: Day(2008, 5, 6), state: .drafting, detail: "Draft prepared by the Administration."),
                                   RulesEvent(on: Day(2008, 6, 10), state: .adopted, detail: "Adopted by the Committee at its second session."),
                                   RulesEvent(on: Day(2008, 6, 11), state: .submitted, detail: "Submitted to the Council."),
                                   RulesEvent(on: Day(2008, 12, 2), state: .approved, detail: "Approved by the Council.")],
                         adoptedAtSession: 2, approvalResolution: "Resolution No. 1170 (sample)"),
            RulesVersion(id: "rop-amendment-1", title: "Amendment: electronic circulation of documents", state: .drafting,
                         history: [RulesEvent(on: Day(2025, 9, 1), state: .drafting, detail: "Proposed by the Administration.")]),
        ]
        return c
    }

    /// Ten items as the SCPF's agendas usually run; numbered 1–6, 6(a) (i7), 6(b) (i8), 7 (i9), 8 (i10).
    static func items(session n: Int) -> [AgendaItem] {
        func docs(_ symbols: String...) -> [DocumentRef] { symbols.map { DocumentRef(symbol: $0) } }
        return [
            AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, purpose: .decision, documents: docs("S/\(n)/1"), minutesAllotted: 10),
            AgendaItem(id: "i2", title: "Statement by the Director General", tor: ["a"], origin: .directorGeneral, minutesAllotted: 60),
            AgendaItem(id: "i3", title: "Programme and Budget", tor: ["b", "h"], origin: .directorGeneral, purpose: .recommendation,
                       documents: docs("C/116/7", "C/116/7/Corr.1"), minutesAllotted: 90),
            AgendaItem(id: "i4", title: "Status report on outstanding contributions", tor: ["b"], origin: .council, documents: docs("S/\(n)/2"), minutesAllotted: 30),
            AgendaItem(id: "i5", title: "Report of the Office of the Inspector General", tor: ["f"], documents: docs("S/\(n)/3"), minutesAllotted: 45),
            AgendaItem(id: "i6", title: "IOM Development Fund", tor: ["b"], origin: .council, documents: docs("S/\(n)/4"), minutesAllotted: 20),
            AgendaItem(id: "i7", level: 1, title: "Line 1 allocations", tor: ["b"], minutesAllotted: 10),
            AgendaItem(id: "i8", level: 1, title: "Line 2 allocations", tor: ["b"], minutesAllotted: 10),
            AgendaItem(id: "i9", title: "Update on the Internal Governance Framework", tor: ["a", "f"], purpose: .decision,
                       documents: docs("S/\(n)/CRP/1"), minutesAllotted: 40),
            AgendaItem(id: "i10", title: "Other business", tor: ["g"], minutesAllotted: 15),
        ]
    }

    /// A small, valid data set that does not depend on DemoData: session 36 closed with its
    /// report acted on by the Council (item i9 deferred to 37), session 37 in session (agenda
    /// adopted, item 2 (i2) under consideration with a speech by mex, i9 carried over from
    /// 36), session 38 planned with a draft agenda.
    static func dataSet() -> (committee: Committee, sessions: [Session]) {
        var s36 = Session(number: 36, startDate: Day(2025, 6, 24), endDate: Day(2025, 6, 25), status: .closed,
                          attendance: ["chn", "deu", "mex"],
                          agenda: Agenda(state: .adopted, symbol: "S/36/1", issuedOn: Day(2025, 6, 3), adoptedOn: Day(2025, 6, 24),
                                         items: items(session: 36)))
        for i in s36.agenda.items.indices {
            s36.agenda.items[i].status = .concluded
            s36.agenda.items[i].outcome = Outcome(kind: .tookNote, conclusion: "The Committee took note.")
        }
        s36.agenda.items[8].status = .deferred
        s36.agenda.items[8].outcome = Outcome(kind: .deferred, deferredTo: 37, conclusion: "Deferred to the thirty-seventh session.")
        // Held sessions have officers (`scpf check` asks for them).
        s36.officers = [Officer(role: "Chairperson", name: "H.E. Ms. Laura Méndez", memberStateId: "mex")]
        s36.report = Report(state: .councilAction, adoptedOn: Day(2025, 6, 25),
                            transmittal: Transmittal(councilSession: "116th session", symbol: "C/116/14", date: Day(2025, 7, 16)),
                            councilAction: CouncilAction(kind: .tookNote, date: Day(2025, 11, 28)))

        let opening = Timestamp.whole(Day(2025, 10, 28).startDate.addingTimeInterval(10 * 3600))
        var s37 = Session(number: 37, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29), status: .inSession,
                          attendance: ["chn", "deu", "egy", "mex", "phl"],
                          agenda: Agenda(state: .adopted, symbol: "S/37/1", issuedOn: Day(2025, 10, 7), adoptedOn: Day(2025, 10, 28),
                                         items: items(session: 37)))
        s37.officers = [Officer(role: "Chairperson", name: "H.E. Ms. Laura Méndez", memberStateId: "mex")]
        s37.agenda.items[0].status = .concluded
        s37.agenda.items[0].outcome = Outcome(kind: .endorsed, conclusion: "The Committee adopted its agenda.")
        s37.agenda.items[1].status = .underConsideration
        s37.agenda.items[1].speakers = SpeakersList(
            queue: ["chn", "egy"],
            speeches: [Speech(delegation: "mex", startedAt: opening.addingTimeInterval(1500), endedAt: opening.addingTimeInterval(1690)),
                       Speech(delegation: "phl", startedAt: opening.addingTimeInterval(1700))],
            limitSeconds: 180)
        s37.agenda.items[8].origin = .previousSession
        s37.agenda.items[8].carriedOverFrom = ItemLink(session: 36, itemId: "i9")
        s37.live = LiveState(currentItemId: "i2", sessionStartedAt: opening, itemStartedAt: opening.addingTimeInterval(900))

        let s38 = Session(number: 38, startDate: Day(2026, 6, 23), endDate: Day(2026, 6, 24), agenda: Agenda(items: items(session: 38)))
        return (committee(), [s36, s37, s38])
    }

    /// A small session with three items and no history: the starting point of workflow tests.
    static func session(number: Int = 37, status: SessionStatus = .planned) -> Session {
        Session(number: number, startDate: Day(2025, 10, 28), endDate: Day(2025, 10, 29), status: status,
                agenda: Agenda(items: [
                    AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, purpose: .decision),
                    AgendaItem(id: "i2", title: "Statement by the Director General", tor: ["a"]),
                    AgendaItem(id: "i3", title: "Programme and Budget for 2026", tor: ["b", "h"], purpose: .recommendation),
                ]))
    }

    /// 10:42:00.750 UTC on the opening day: the fraction must never reach a file.
    static let time: Date = {
        let seconds: Int = Day(2025, 10, 28).ordinal * 86_400 + 10 * 3600 + 42 * 60
        return Date(timeIntervalSince1970: Double(seconds) + 0.75)
    }()
}

/// A private directory under /tmp, removed (permissions restored first) when released.
final class TempDir {
    let path: String

    init(_ label: String = "core") throws {
        var template = Array("/tmp/scpf-\(label).XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed: \(String(cString: strerror(errno)))") }
        path = String(cString: made)
    }

    deinit {
        // Tests chmod directories to 0500; give them back before removing.
        if let walker = FileManager.default.enumerator(atPath: path) {
            chmod(path, 0o700)
            for case let name as String in walker { chmod("\(path)/\(name)", 0o700) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    func sub(_ name: String) -> String { "\(path)/\(name)" }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Disk {
    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func names(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    /// Names a crashed or failed save may leave behind (`.NAME.tmp.PID`).
    static func tempFiles(_ dir: String) -> [String] {
        names(dir).filter { $0.contains(AtomicFile.tempMarker) }
    }

    /// Permission bits (e.g. 0o600) of a file or directory, nil if it does not exist.
    static func mode(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_mode) & 0o7777
    }

    /// Inode, size and modification time: changes whenever a file is replaced or rewritten.
    static func signature(_ path: String) -> [Int]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let mtime = st.st_mtimespec
        #else
        let mtime = st.st_mtim
        #endif
        return [Int(st.st_ino), Int(st.st_size), Int(mtime.tv_sec), Int(mtime.tv_nsec)]
    }

    static func inode(_ path: String) -> UInt64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return UInt64(st.st_ino)
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// True when the kernel enforces directory permissions for this process: false for root
    /// (or CAP_DAC_OVERRIDE), where a 0500 directory is still writable.
    static let permissionsEnforced: Bool = {
        var template = Array("/tmp/scpf-perm.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { return false }
        let dir = String(cString: made)
        defer { chmod(dir, 0o700); rmdir(dir) }
        chmod(dir, 0o500)
        return access(dir, W_OK) != 0
    }()
}

extension String {
    func contains(all parts: [String]) -> Bool { parts.allSatisfy { contains($0) } }
}

extension Session {
    /// The index of the session numbered `n` in a list.
    static func index(_ n: Int, in sessions: [Session]) -> Int {
        guard let i = sessions.firstIndex(where: { $0.number == n }) else { fatalError("fixture has no session \(n)") }
        return i
    }
}

/// Finds an executable SwiftPM builds with the tests: `override` (an environment variable)
/// if set, else beside the test bundle, else the package's .build/debug.
func builtProduct(_ name: String, override: String) throws -> String {
    if let path = ProcessInfo.processInfo.environment[override], !path.isEmpty { return path }
    var starts = [CommandLine.arguments.first, Bundle.main.executablePath, "/proc/self/exe"].compactMap { $0 }
    starts += Bundle.allBundles.map(\.bundlePath).filter { $0.hasSuffix(".xctest") }
    var candidates: [String] = []
    for start in starts {
        var dir = URL(fileURLWithPath: start).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent(name).path)
            dir.deleteLastPathComponent()
        }
    }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(package.appendingPathComponent(".build/debug/\(name)").path)
    var isDir: ObjCBool = false
    if let found = candidates.first(where: {
        FileManager.default.isExecutableFile(atPath: $0) && FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && !isDir.boolValue
    }) { return found }
    throw TestFailure("\(name) not found (looked in \(candidates)); build the tests with `swift build --build-tests` or set \(override)")
}
