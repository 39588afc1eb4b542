import Foundation
import Testing
@testable import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with posix_spawn: standard input and output to /dev/null,
/// standard error to a file, no blocked signals, every signal at its default action.
struct ChildProcess {
    let pid: pid_t

    enum End: Equatable { case exited(Int32), signalled(Int32) }

    init(_ program: String, _ arguments: [String], stderrPath: String) throws {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw TestFailure("cannot start \(program): \(String(cString: strerror(rc)))") }
        self.pid = pid
    }

    /// How the child ended, without waiting; nil while it runs.
    func poll() -> End? {
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        return r == pid ? Self.decode(status) : nil
    }

    func kill(_ signal: Int32 = SIGKILL) { _ = sendSignal(pid, signal) }

    func wait() -> End {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return Self.decode(status)
    }

    static func decode(_ status: Int32) -> End {
        status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }
}

/// `kill(2)` under a name that does not clash with the method.
private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.kill(pid, signal)
    #else
    Darwin.kill(pid, signal)
    #endif
}

/// Finds the `scpf-savetorture` helper: SCPF_SAVETORTURE_BIN, else next to the test bundle
/// (SwiftPM builds it with the tests), else the package's .build/debug.
enum SaveTorture {
    static func binary() throws -> String { try builtProduct("scpf-savetorture", override: "SCPF_SAVETORTURE_BIN") }
}

/// Crash safety: a process killed with SIGKILL at any instant of a save leaves every file
/// parseable and equal to either the old or the new version, its lock does not block the
/// next instance, and the next writer to open the directory removes its temp files.
///
/// CI runs 200 kills (a few seconds); SCPF_CRASH_ITERATIONS=1000 is the documented long run.
@Suite("Crash safety")
struct CrashTests {
    static var iterations: Int {
        ProcessInfo.processInfo.environment["SCPF_CRASH_ITERATIONS"].flatMap(Int.init) ?? 200
    }

    /// Two versions of each file, different in content and length.
    static func versions() throws -> [(name: String, a: Data, b: Data)] {
        let (committee, all) = Fixture.dataSet()
        var committeeB = committee
        committeeB.name = "Standing Committee on Programmes and Finance (version B)"
        committeeB.memberStates.append(MemberState(id: "zzz", name: "Member state added in version B", localName: "版本乙"))
        var out = [(name: "committee.json", a: try JSONCoding.encode(committee), b: try JSONCoding.encode(committeeB))]
        for n in [36, 37] {
            let a = all[Session.index(n, in: all)]
            var b = a
            b.venue = "Geneva (version B)"
            for i in b.agenda.items.indices { b.agenda.items[i].notes += String(repeating: " Minute note of version B.", count: 60) }
            out.append((name: "sessions/\(a.fileName)", a: try JSONCoding.encode(a), b: try JSONCoding.encode(b)))
        }
        return out
    }

    /// Seeds `data` with version A of every file and writes both versions to `variants`.
    static func prepare(_ dir: TempDir) throws -> (data: String, variants: String, files: [(name: String, a: Data, b: Data)]) {
        let data = dir.sub("data"), variants = dir.sub("variants")
        try FileManager.default.createDirectory(atPath: variants, withIntermediateDirectories: true)
        let files = try versions()
        for f in files {
            let base = (f.name as NSString).lastPathComponent
            try f.a.write(to: URL(fileURLWithPath: "\(variants)/a-\(base)"))
            try f.b.write(to: URL(fileURLWithPath: "\(variants)/b-\(base)"))
        }
        // Version A on disk, written by a store that is then released.
        let store = try Store(root: data)
        try store.save(try JSONCoding.decode(Committee.self, from: files[0].a))
        for f in files.dropFirst() { try store.save(try JSONCoding.decode(Session.self, from: f.a)) }
        return (data, variants, files)
    }

    @Test("A writer in another process makes a second instance read-only, naming its pid; once it is killed the lock is free")
    func lockOfKilledProcess() throws {
        let dir = try TempDir("crash")
        let (data, variants, files) = try Self.prepare(dir)
        let before = files.map { Disk.signature("\(data)/\($0.name)") }
        let child = try ChildProcess(try SaveTorture.binary(), [data, variants], stderrPath: dir.sub("child-stderr.txt"))
        // Once it has saved something it holds the lock.
        let deadline = Date().addingTimeInterval(10)
        while files.map({ Disk.signature("\(data)/\($0.name)") }) == before && Date() < deadline {
            if let end = child.poll() {
                let stderr = (try? String(contentsOfFile: dir.sub("child-stderr.txt"), encoding: .utf8)) ?? ""
                Issue.record("the child ended by itself (\(end)): \(stderr)")
                return
            }
            usleep(200)
        }
        let second = Result { try Store(root: data) }
        child.kill(SIGKILL)
        #expect(child.wait() == .signalled(SIGKILL))
        let follower = try second.get()
        #expect(follower.readOnlyReason == "another scpf (pid \(child.pid)) is editing \(data); this one is read-only until it quits.")
        // The follower sees the writer is gone and takes over; a newcomer is then read-only.
        #expect(follower.writerHasQuit())
        try follower.becomeWriter()
        #expect(!follower.isReadOnly)
        let next = try Store(root: data)
        #expect(next.isReadOnly && next.readOnlyReason?.contains("pid \(getpid())") == true)
    }

    @Test("SIGKILL at random points of a save loop leaves every file whole, and the next open cleans up",
          .timeLimit(.minutes(3)))
    func killDuringSaves() throws {
        let program = try SaveTorture.binary()
        let dir = try TempDir("crash")
        let (data, variants, files) = try Self.prepare(dir)
        let errors = dir.sub("child-stderr.txt")
        for f in files { #expect(f.a != f.b && f.a.count != f.b.count) }

        var generator = SystemRandomNumberGenerator()
        var killedMidSave = 0, sawVersion = ["a": 0, "b": 0], backups = 0
        let started = Date()
        for iteration in 1...Self.iterations {
            let before = files.map { Disk.signature("\(data)/\($0.name)") }
            let child = try ChildProcess(program, [data, variants], stderrPath: errors)
            // Wait until the child has replaced a file, so the kill lands inside the save loop.
            let deadline = Date().addingTimeInterval(10)
            var early: ChildProcess.End?
            while files.map({ Disk.signature("\(data)/\($0.name)") }) == before && Date() < deadline {
                if let end = child.poll() { early = end; break }
                usleep(100)
            }
            if let early {
                let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                Issue.record("iteration \(iteration): the child ended by itself (\(early)) before any save: \(stderr)")
                return
            }
            if files.map({ Disk.signature("\(data)/\($0.name)") }) == before {
                child.kill(SIGKILL)
                _ = child.wait()
                Issue.record("iteration \(iteration): the child saved nothing within 10 s")
                return
            }
            usleep(UInt32.random(in: 0..<6_000, using: &generator))
            child.kill(SIGKILL)
            let end = child.wait()
            guard end == .signalled(SIGKILL) else {
                let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                Issue.record("iteration \(iteration): the child was not killed but ended with \(end): \(stderr)")
                return
            }

            // Every file is exactly the old or the new version; so is every backup.
            for f in files {
                let bytes = Disk.bytes("\(data)/\(f.name)")
                #expect(bytes == f.a || bytes == f.b, "iteration \(iteration): \(f.name) is neither version (\(bytes?.count ?? -1) bytes)")
                sawVersion[bytes == f.a ? "a" : "b", default: 0] += 1
                if let backup = Disk.bytes("\(data)/\(f.name).bak") {
                    backups += 1
                    #expect(backup == f.a || backup == f.b, "iteration \(iteration): \(f.name).bak is neither version")
                }
            }
            if !(Disk.tempFiles(data) + Disk.tempFiles("\(data)/sessions")).isEmpty { killedMidSave += 1 }

            // The next instance gets the lock, removes the leftovers and loads everything.
            do {
                let store = try Store(root: data)
                #expect(!store.isReadOnly, "iteration \(iteration): the killed child's lock blocks: \(store.readOnlyReason ?? "")")
                #expect(Disk.tempFiles(data) == [] && Disk.tempFiles("\(data)/sessions") == [],
                        "iteration \(iteration): temp files left after open")
                _ = try store.loadCommittee()
                let (sessions, problems) = store.loadSessions()
                #expect(problems.isEmpty && sessions.map(\.number) == [36, 37], "iteration \(iteration): \(problems)")
            }
            if Date().timeIntervalSince(started) > 150 {
                Issue.record("stopped after \(iteration) iterations: too slow")
                break
            }
        }
        // The kills really landed in the middle of saves, and both versions were seen.
        if Self.iterations >= 50 {
            #expect(killedMidSave > 0, "no kill landed between creating a temp file and renaming it")
            #expect(sawVersion["a"]! > 0 && sawVersion["b"]! > 0, "\(sawVersion)")
            #expect(backups > 0)
        }
        if ProcessInfo.processInfo.environment["SCPF_CRASH_VERBOSE"] != nil {
            print("crash test: \(Self.iterations) kills in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, "
                  + "\(killedMidSave) mid-save, versions seen \(sawVersion), \(backups) backups checked")
        }
    }
}
