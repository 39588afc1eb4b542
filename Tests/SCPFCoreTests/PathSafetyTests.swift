import Foundation
import Testing
@testable import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Captures, for every write a save makes, which file the descriptor is.
final class WrittenFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(path: String, links: Int, regular: Bool)] = []
    func add(_ fd: Int32) {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/fd/\(fd)", &buf, 4095)
        var st = stat()
        fstat(fd, &st)
        let path = n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        lock.lock(); entries.append((path, Int(st.st_nlink), (st.st_mode & S_IFMT) == S_IFREG)); lock.unlock()
    }
    var all: [(path: String, links: Int, regular: Bool)] { lock.lock(); defer { lock.unlock() }; return entries }
}

@Suite("Paths: temp files, the lock, read-only files and vanished directories")
struct PathSafetyTests {
    @Test("Temp files have unpredictable names and are new regular files; a link planted at the old predictable name redirects nothing")
    func tempFilesAreUniqueAndFresh() throws {
        let (dir, _, _) = try seededDirectory()
        let victim = dir.sub("victim.txt")
        try Disk.write("precious", to: victim)
        let predictable = dir.sub("sessions/.session-038.json\(AtomicFile.tempMarker)\(getpid())")
        #expect(symlink(victim, predictable) == 0)
        let store = try Store(root: dir.path)
        // Opening as the writer removes stray temp names (the planted link among them).
        #expect(!FileManager.default.fileExists(atPath: predictable))
        #expect(symlink(victim, predictable) == 0, "planted again after the open")
        let seen = WrittenFiles()
        store.io = FileIO(write: { fd, buf, n in seen.add(fd); return FileIO.system.write(fd, buf, n) }, fsync: FileIO.system.fsync)
        var session = try #require(store.loadSessions().sessions.first { $0.number == 38 })
        for venue in ["One", "Two", "Three"] {
            session.venue = venue
            try store.save(session)
        }
        let paths = Set(seen.all.map(\.path))
        #expect(paths.count == 3, "each save its own temp name: \(paths)")
        for entry in seen.all {
            #expect(entry.path.contains(".session-038.json\(AtomicFile.tempMarker)\(getpid())."), "\(entry.path)")
            #expect(entry.path != predictable)
            #expect(entry.regular && entry.links == 1, "a fresh file, not a link to another")
        }
        #expect(Disk.bytes(victim) == Data("precious".utf8))
        #expect(try Store(root: dir.path, readOnly: true).loadSessions().sessions.first { $0.number == 38 }?.venue == "Three")
        // createTemp refuses an existing name rather than opening it.
        let (fd, temp) = try AtomicFile.createTemp(in: dir.sub("sessions"), for: "x.json", path: dir.sub("sessions/x.json"))
        close(fd)
        #expect(open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600) == -1 && errno == EEXIST)
        unlink(temp)
    }

    @Test("A .lock that is a symbolic link is not followed: the target is untouched and the store opens read-only, saying why")
    func lockSymlinkNotFollowed() throws {
        let (dir, _, _) = try seededDirectory()
        let victim = dir.sub("victim.txt")
        try Disk.write("precious", to: victim)
        unlink(dir.sub(".lock"))
        #expect(symlink(victim, dir.sub(".lock")) == 0)
        let store = try Store(root: dir.path)
        #expect(store.readOnlyReason == "\(dir.path)/.lock is a symbolic link, which scpf does not follow; remove it and reopen scpf to edit.")
        #expect(Disk.bytes(victim) == Data("precious".utf8))
    }

    @Test("Deleting .lock while a writer holds it lets no second writer in; the holder makes a new .lock at its next save")
    func deletedLock() throws {
        let (dir, _, _) = try seededDirectory()
        let first = try Store(root: dir.path)
        #expect(!first.isReadOnly)
        #expect(unlink(dir.sub(".lock")) == 0)
        let second = try Store(root: dir.path)
        #expect(second.isReadOnly, "the directory's own lock still holds")
        var committee = try first.loadCommittee()
        committee.name = "Renamed while the lock file was gone"
        try first.save(committee)
        #expect(try String(contentsOfFile: dir.sub(".lock"), encoding: .utf8) == "\(getpid())\n")
        let third = try Store(root: dir.path)
        #expect(third.isReadOnly)
        #expect(third.readOnlyReason == "another scpf (pid \(getpid())) is editing \(dir.path); this one is read-only until it quits.")
        withExtendedLifetime(second) {}
    }

    @Test("A session file made read-only by hand (0444) is not replaced: a sentence says what to do")
    func readOnlyFileNotReplaced() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var session = try #require(store.loadSessions().sessions.first { $0.number == 37 })
        let path = store.sessionPath(number: 37)
        #expect(chmod(path, 0o444) == 0)
        let before = Disk.bytes(path)
        session.venue = "Elsewhere"
        let error = #expect(throws: StoreError.fileNotWritable(path: path, mode: 0o444)) { try store.save(session) }
        #expect(error?.description == "\(path) is read-only (mode 444), so scpf did not replace it: make it writable (chmod u+w \(path)) and save again, or keep it as it is.")
        #expect(Disk.bytes(path) == before)
        #expect(Disk.mode(path) == 0o444)
        #expect(Disk.tempFiles(dir.sub("sessions")).isEmpty)
        #expect(chmod(path, 0o600) == 0)
        try store.save(session)
        #expect(Disk.bytes(path) != before)
    }

    @Test("A second instance and --read-only never write chair.json")
    func readOnlyNeverWritesChairFile() throws {
        let (dir, _, _) = try seededDirectory()
        let writer = try Store(root: dir.path)
        let notes = ChairNotes(sessions: ["37": ["i1": ChairItemNote(reviewed: true)]])
        for viewer in [try Store(root: dir.path), try Store(root: dir.path, readOnly: true)] {
            #expect(viewer.isReadOnly)
            #expect(throws: StoreError.readOnly(reason: viewer.readOnlyReason!)) { try viewer.save(notes) }
            #expect(throws: StoreError.readOnly(reason: viewer.readOnlyReason!)) { try viewer.save(notes, overwrite: true) }
        }
        #expect(!FileManager.default.fileExists(atPath: dir.sub("chair.json")))
        withExtendedLifetime(writer) {}
    }

    @Test("A data directory deleted while scpf runs: saves stop with a sentence, nothing is re-created; moved back, saves resume")
    func deletedDataDirectory() throws {
        let (dir, _, _) = try seededDirectory()
        let root = dir.sub("data")
        let (committee, sessions) = Fixture.dataSet()
        do {
            let setup = try Store(root: root)
            try setup.save(committee)
            for s in sessions { try setup.save(s) }
        }
        let store = try Store(root: root, create: false)
        #expect(!store.isReadOnly)
        _ = try store.loadCommittee()
        var session = try #require(store.loadSessions().sessions.first { $0.number == 38 })

        let aside = dir.sub("moved-away")
        #expect(rename(root, aside) == 0)
        session.venue = "Nowhere"
        let expected = StoreError.directory(path: root, reason: "was deleted or replaced while scpf was running, so scpf stopped saving and did not re-create it. Your unsaved changes are still in this window: put the directory back where it was (for example from the trash) and save again, or export what you need before quitting")
        #expect(throws: expected) { try store.save(session) }
        #expect(throws: expected) { try store.save(committee.withName("Other")) }
        #expect(throws: expected) { try store.save(ChairNotes(sessions: ["38": [:]])) }
        #expect(throws: expected) { try store.deleteSession(number: 37) }
        #expect(!FileManager.default.fileExists(atPath: root), "not re-created")

        // A new directory at the same place (without the data) is not the one opened.
        #expect(mkdir(root, 0o700) == 0)
        #expect(throws: expected) { try store.save(session) }
        #expect(Disk.names(root).isEmpty)
        #expect(rmdir(root) == 0)

        // The same directory moved back: saving works again.
        #expect(rename(aside, root) == 0)
        try store.save(session)
        #expect(try Store(root: root, readOnly: true).loadSessions().sessions.first { $0.number == 38 }?.venue == "Nowhere")

        // Really deleted (rm -r): refused, not re-created.
        try FileManager.default.removeItem(atPath: root)
        session.venue = "Gone"
        #expect(throws: expected) { try store.save(session) }
        #expect(!FileManager.default.fileExists(atPath: root))
    }
}

@Suite("Reads: size checked before reading")
struct BoundedReadTests {
    static func maxResidentKiB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    @Test("A 3 GB sparse data file or import file is refused by its size before any read, without using the memory")
    func sparseFile() throws {
        let (dir, _, _) = try seededDirectory()
        let huge = dir.sub("sessions/session-040.json")
        let fd = open(huge, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(ftruncate(fd, 3 << 30) == 0)
        close(fd)
        let store = try Store(root: dir.path, readOnly: true)
        let (sessions, problems) = store.loadSessions()
        #expect(sessions.count == 3)
        #expect(problems.map(\.description) == [
            "\(huge): the file is 3072 MiB, larger than any scpf file should be (the limit is 64 MiB); it was not read. scpf left the file untouched: fix it in an editor."
        ])
        #expect(throws: StoreError.self) { try store.read(huge) }
        let imported = #expect(throws: DomainError.self) { try Exchange.readText(huge) }
        #expect(imported?.message == "\(huge) is 3072 MiB, more than the 64 MiB an import reads; give a file with the agenda text alone.")
        // Reading 3 GB would have taken gigabytes; the whole test process stays far below one.
        #expect(Self.maxResidentKiB() < 1 << 20, "max resident \(Self.maxResidentKiB()) KiB")
        // Exactly at the limit is still read (and then refused by the parser, not the size).
        #expect(truncate(huge, off_t(Loader.maxBytes)) == 0)
        if case .failure(.tooLarge) = BoundedRead.contents(huge, limit: Loader.maxBytes) { Issue.record("64 MiB is within the limit") }
        #expect(truncate(huge, off_t(Loader.maxBytes + 1)) == 0)
        #expect(BoundedRead.contents(huge, limit: Loader.maxBytes) == .failure(.tooLarge(Int64(Loader.maxBytes + 1))))
    }

    @Test("A FIFO, a directory or a device where a data or import file should be is refused at once, never waited on")
    func notRegularFiles() throws {
        let (dir, _, _) = try seededDirectory()
        let fifo = dir.sub("sessions/session-041.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(mkdir(dir.sub("sessions/session-042.json"), 0o700) == 0)
        let store = try Store(root: dir.path, readOnly: true)
        let (sessions, problems) = store.loadSessions()
        #expect(sessions.count == 3)
        #expect(problems.map(\.description).sorted() == [
            "\(fifo): is a FIFO (named pipe), not a regular file. scpf left the file untouched: fix it in an editor.",
            "\(dir.path)/sessions/session-042.json: is a directory, not a regular file. scpf left the file untouched: fix it in an editor.",
        ])
        #expect((#expect(throws: DomainError.self) { try Exchange.readText(fifo) })?.message ==
                "\(fifo) is a FIFO (named pipe), not a text file; give the path of the agenda text file.")
        #expect((#expect(throws: DomainError.self) { try Exchange.readText("/dev/zero") })?.message ==
                "/dev/zero is a character device, not a text file; give the path of the agenda text file.")
    }
}

@Suite("Exports: only regular files, never a data file, never FILE.bak")
struct ExportTargetTests {
    @Test("A FIFO, a device, a socket or a directory as --output is refused with a sentence and left as it was")
    func notRegularTargets() throws {
        let (dir, _, _) = try seededDirectory()
        let fifo = dir.sub("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = dir.sub("folder")
        #expect(mkdir(folder, 0o700) == 0)
        let socketPath = dir.sub("sock")
        let sock = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(sock) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in socketPath.utf8CString.withUnsafeBytes { raw.copyMemory(from: $0) } }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let cases = [(fifo, "a FIFO (named pipe)"), ("/dev/null", "a character device"), (socketPath, "a socket"), (folder, "a directory")]
        for (target, kind) in cases {
            let error = #expect(throws: DomainError.self) { try Exchange.writeExport("export", to: target, dataDirectory: dir.path) }
            #expect(error?.message == "\(target) is \(kind), not a regular file; scpf writes exports only to regular files: give a file name (or - for standard output on the command line).")
        }
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        #expect(lstat(socketPath, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK)
        #expect(Disk.names(folder).isEmpty)
        #expect(Disk.names(dir.path).allSatisfy { !$0.contains(AtomicFile.tempMarker) })
    }

    @Test("An export over an existing file replaces it and never touches the user's own FILE.bak")
    func userBackupUntouched() throws {
        let (dir, _, _) = try seededDirectory()
        let out = dir.sub("agenda.md")
        try Disk.write("old export", to: out)
        try Disk.write("the user's own backup", to: out + ".bak")
        try Exchange.writeExport("new export", to: out, dataDirectory: dir.path)
        #expect(Disk.bytes(out) == Data("new export".utf8))
        #expect(Disk.bytes(out + ".bak") == Data("the user's own backup".utf8))
        #expect(Disk.mode(out) == 0o600)
        // And none is made where there was none.
        let fresh = dir.sub("report.md")
        try Exchange.writeExport("one", to: fresh, dataDirectory: dir.path)
        try Exchange.writeExport("two", to: fresh, dataDirectory: dir.path)
        #expect(!FileManager.default.fileExists(atPath: fresh + ".bak"))
    }

    @Test("A hard link to a data file, or a new file in the sessions folder through a hard-linked name, is refused by identity")
    func hardLinksAreCaught() throws {
        let (dir, _, _) = try seededDirectory()
        let outside = try TempDir("elsewhere")
        let before = try SecurityTests.snapshot(dir.path)
        for name in ["committee.json", "sessions/session-037.json", ".lock"] {
            let alias = outside.sub(name.replacingOccurrences(of: "/", with: "-") + ".md")
            #expect(link(dir.sub(name), alias) == 0)
            let error = #expect(throws: DomainError.self) { try Exchange.writeExport("x", to: alias, dataDirectory: dir.path) }
            #expect(error?.message == "\(alias) is one of scpf's own files; export somewhere else.")
        }
        #expect(try SecurityTests.snapshot(dir.path) == before)
    }

    static var canBindMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    @Test("Through a bind mount of the data directory, data files and new files in the sessions folder are refused",
          .enabled(if: canBindMount, "needs root to bind-mount"))
    func bindMountIsCaught() throws {
        let (dir, _, _) = try seededDirectory()
        let mountPoint = try TempDir("bind")
        let mounted = try ChildProcess("/bin/mount", ["--bind", dir.path, mountPoint.path], stderrPath: "/dev/null").wait()
        try #require(mounted == .exited(0))
        defer { _ = try? ChildProcess("/bin/umount", [mountPoint.path], stderrPath: "/dev/null").wait() }
        let before = try SecurityTests.snapshot(dir.path)
        for name in ["committee.json", "chair.json", "sessions/session-037.json", "sessions/new.html", ".lock", "sessions"] {
            let target = mountPoint.sub(name)
            #expect(throws: DomainError.self, "\(target)") { try Exchange.writeExport("x", to: target, dataDirectory: dir.path) }
        }
        #expect(try SecurityTests.snapshot(dir.path) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.sub("sessions/new.html")))
        // Beside the data (not a data file name) is still fine through the mount.
        try Exchange.writeExport("x", to: mountPoint.sub("agenda.html"), dataDirectory: dir.path)
        #expect(Disk.bytes(dir.sub("agenda.html")) == Data("x".utf8))
    }
}
