import Foundation
import Testing
@testable import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A FileIO that behaves like a disk with `capacity` bytes free for each file written:
/// the write that would pass it stores what fits, and the next fails with ENOSPC. Stateless
/// (it asks the descriptor how much is written), so it is Sendable.
func fullDisk(after capacity: Int) -> FileIO {
    FileIO(
        write: { fd, buffer, count in
            let written = Int(lseek(fd, 0, SEEK_CUR))
            if written >= capacity { errno = ENOSPC; return -1 }
            return FileIO.system.write(fd, buffer, min(count, capacity - written))
        },
        fsync: FileIO.system.fsync)
}

/// A data directory with `Fixture.dataSet()` (committee, sessions 36–38) saved by a store
/// that has since been released (so the lock is free).
func seededDirectory() throws -> (TempDir, Committee, [Session]) {
    let dir = try TempDir("store")
    let (committee, sessions) = Fixture.dataSet()
    let store = try Store(root: dir.path)
    try store.save(committee)
    for s in sessions { try store.save(s) }
    return (dir, committee, sessions)
}

@Suite("Store: lock and read-only second instance")
struct LockTests {
    @Test("A second Store on the same directory, even in the same process, is read-only and says why")
    func secondInstance() throws {
        let (dir, committee, _) = try seededDirectory()
        var first: Store? = try Store(root: dir.path)
        #expect(first?.isReadOnly == false)
        let second = try Store(root: dir.path)
        #expect(second.isReadOnly)
        #expect(second.readOnlyReason == "another scpf (pid \(getpid())) is editing \(dir.path); this one is read-only until it quits.")
        // It can still read everything.
        #expect(try second.loadCommittee() == committee)
        #expect(second.loadSessions().sessions.count == 3)
        // But it cannot write, and the file is untouched.
        let before = Disk.bytes(second.committeePath)
        var changed = committee
        changed.name = "Changed"
        #expect(throws: StoreError.readOnly(reason: second.readOnlyReason!)) { try second.save(changed) }
        #expect(throws: StoreError.self) { try second.deleteSession(number: 38) }
        #expect(Disk.bytes(second.committeePath) == before)
        #expect(FileManager.default.fileExists(atPath: second.sessionPath(number: 38)))
        #expect(StoreError.readOnly(reason: second.readOnlyReason!).description.hasPrefix("Read-only: another scpf (pid"))

        // Once the first one quits, a new instance gets the lock.
        _ = first?.root
        first = nil
        let third = try Store(root: dir.path)
        #expect(!third.isReadOnly)
        _ = try third.loadCommittee()
        try third.save(changed)
        #expect(try third.loadCommittee().name == "Changed")
    }

    @Test("A follower takes over only once the writer has quit, and only one follower wins")
    func takeover() throws {
        let (dir, committee, _) = try seededDirectory()
        var writer: Store? = try Store(root: dir.path)
        let a = try Store(root: dir.path), b = try Store(root: dir.path)
        #expect(a.waitingForWriter && b.waitingForWriter)
        #expect(!a.writerHasQuit())
        #expect(throws: StoreError.self) { try a.becomeWriter() }
        #expect(a.isReadOnly)
        _ = writer?.root
        writer = nil
        #expect(a.writerHasQuit() && b.writerHasQuit())
        try a.becomeWriter()
        #expect(!a.isReadOnly && !a.waitingForWriter)
        // b was slower: it stays read-only and says why.
        #expect(throws: StoreError.self) { try b.becomeWriter() }
        #expect(b.isReadOnly && b.readOnlyReason?.contains("became the writer first") == true)
        #expect(!b.writerHasQuit())
        _ = try a.loadCommittee()
        var changed = committee
        changed.name = "Changed by the new writer"
        try a.save(changed)
        #expect(try b.loadCommittee().name == "Changed by the new writer")
        // --read-only never offers a takeover.
        let looking = try Store(root: dir.path, readOnly: true)
        #expect(!looking.waitingForWriter && !looking.writerHasQuit())
    }

    @Test("A follower notices session files the writer deleted")
    func followerSeesDeletions() throws {
        let (dir, _, sessions) = try seededDirectory()
        let writer = try Store(root: dir.path)
        let follower = try Store(root: dir.path)
        #expect(follower.loadSessions().sessions.count == sessions.count)
        _ = writer.loadSessions()
        try writer.deleteSession(number: sessions[0].number)
        #expect(follower.deletedSessionNumbers() == [sessions[0].number])
        #expect(follower.deletedSessionNumbers() == [])
    }

    @Test("--read-only opens without taking the lock and refuses every write")
    func readOnlyFlag() throws {
        let (dir, committee, sessions) = try seededDirectory()
        let viewer = try Store(root: dir.path, readOnly: true)
        #expect(viewer.readOnlyReason == "opened read-only.")
        // The writer's lock is still free.
        let writer = try Store(root: dir.path)
        #expect(!writer.isReadOnly)
        _ = try viewer.loadCommittee()
        #expect(throws: StoreError.readOnly(reason: "opened read-only.")) { try viewer.save(committee) }
        #expect(throws: StoreError.readOnly(reason: "opened read-only.")) { try viewer.save(sessions[0]) }
    }

    @Test("A read-only open of a missing directory does not create it")
    func readOnlyMissing() throws {
        let dir = try TempDir("store")
        let missing = dir.sub("nothing-here")
        #expect(throws: StoreError.directory(path: missing, reason: "does not exist; create it with scpf init (or scpf demo for sample data), or choose another data directory")) {
            try Store(root: missing, readOnly: true)
        }
        #expect(throws: StoreError.self) { try Store(root: missing, create: false) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("A data path that is a file is refused with a sentence")
    func rootIsFile() throws {
        let dir = try TempDir("store")
        let file = dir.sub("plain")
        try Disk.write("x", to: file)
        #expect(throws: StoreError.directory(path: file, reason: "is a file, not a directory; choose another data directory")) {
            try Store(root: file)
        }
    }
}

@Suite("Store: files changed on disk by someone else")
struct ExternalChangeTests {
    @Test("A session edited on disk since loading is not overwritten; overwrite: true writes and keeps theirs as .bak")
    func sessionChanged() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var mine = try #require(store.loadSessions().sessions.first { $0.number == 38 })
        let path = store.sessionPath(number: 38)
        var theirs = mine
        theirs.venue = "Their venue"
        let theirBytes = try JSONCoding.encode(theirs)
        try theirBytes.write(to: URL(fileURLWithPath: path))

        mine.venue = "My venue"
        #expect(store.changedOnDisk(path))
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(mine) }
        #expect(Disk.bytes(path) == theirBytes, "their version must survive")
        #expect(StoreError.changedOnDisk(path: path).description ==
                "\(path) was changed by someone else since scpf loaded it; it was not overwritten. Reload to take their version, or save again to overwrite it.")

        try store.save(mine, overwrite: true)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(mine)))
        #expect(Disk.bytes(path + ".bak") == theirBytes, "their version is kept as the backup")
        #expect(!store.changedOnDisk(path))
        // Later saves go through normally.
        mine.venue = "My venue, again"
        try store.save(mine)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(mine)))
    }

    @Test("The committee file is protected the same way")
    func committeeChanged() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var committee = try store.loadCommittee()
        let external = Data("{\"schemaVersion\": 1}\n".utf8)
        try external.write(to: URL(fileURLWithPath: store.committeePath))
        committee.shortName = "SCPF*"
        #expect(throws: StoreError.changedOnDisk(path: store.committeePath)) { try store.save(committee) }
        #expect(Disk.bytes(store.committeePath) == external)
        try store.save(committee, overwrite: true)
        #expect(try Store(root: dir.path, readOnly: true).loadCommittee() == committee)
    }

    @Test("A file deleted, or created, by someone else is also a change")
    func deletedOrCreated() throws {
        let (dir, _, sessions) = try seededDirectory()
        let store = try Store(root: dir.path)
        let loaded = store.loadSessions().sessions
        let path = store.sessionPath(number: 37)
        #expect(unlink(path) == 0)
        var s37 = try #require(loaded.first { $0.number == 37 })
        s37.venue = "Moved"
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(s37) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try store.save(s37, overwrite: true)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(s37)))

        // Someone else adds session 39 while we plan our own 39.
        var ours = sessions[2]
        ours.number = 39
        let path39 = store.sessionPath(number: 39)
        let foreign = Data("their session 39\n".utf8)
        try foreign.write(to: URL(fileURLWithPath: path39))
        #expect(throws: StoreError.changedOnDisk(path: path39)) { try store.save(ours) }
        #expect(Disk.bytes(path39) == foreign)
    }

    @Test("Rewriting a file with the same bytes is not a change")
    func sameBytes() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var s = try #require(store.loadSessions().sessions.first)
        let path = store.path(of: s)
        let bytes = try #require(Disk.bytes(path))
        try bytes.write(to: URL(fileURLWithPath: path))  // new inode, same content
        #expect(!store.changedOnDisk(path))
        s.venue = "Nairobi"
        try store.save(s)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(s)))
    }

    @Test("Deleting a session keeps it as .bak, and refuses if the file changed on disk")
    func delete() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        _ = store.loadSessions()
        let path = store.sessionPath(number: 38)
        let original = try #require(Disk.bytes(path))
        try store.deleteSession(number: 38)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(Disk.bytes(path + ".bak") == original)

        let path37 = store.sessionPath(number: 37)
        let edited = Data("edited elsewhere\n".utf8)
        try edited.write(to: URL(fileURLWithPath: path37))
        #expect(throws: StoreError.changedOnDisk(path: path37)) { try store.deleteSession(number: 37) }
        #expect(Disk.bytes(path37) == edited)
    }
}

@Suite("Store: failed writes leave the old file intact")
struct WriteFailureTests {
    @Test("A full disk: writeFailed with the disk-full advice, old file byte-identical, no temp file", arguments: [0, 1, 4096])
    func diskFull(capacity: Int) throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var s = try #require(store.loadSessions().sessions.first { $0.number == 37 })
        let path = store.path(of: s)
        let before = try #require(Disk.bytes(path))
        let backupBefore = Disk.bytes(path + ".bak")
        s.agenda.items[1].notes = String(repeating: "A long minute note. ", count: 2000)
        #expect(try JSONCoding.encode(s).count > capacity + 1)

        store.io = fullDisk(after: capacity)
        let error = #expect(throws: StoreError.self) { try store.save(s) }
        guard case let .writeFailed(failedPath, _, code)? = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(failedPath == path)
        #expect(code == ENOSPC)
        let message = try #require(error).description
        #expect(message.hasPrefix("Could not save \(path): "))
        #expect(message.hasSuffix("The disk is full: free some space and save again; the previous version is intact."))
        #expect(Disk.bytes(path) == before)
        #expect(Disk.bytes(path + ".bak") == backupBefore)
        #expect(Disk.tempFiles(store.sessionsDir) == [])

        // Nothing is lost: once there is space the same store saves without complaint.
        store.io = .system
        try store.save(s)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(s)))
        #expect(Disk.bytes(path + ".bak") == before)
    }

    @Test("A full disk while saving the committee file")
    func diskFullCommittee() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path, io: fullDisk(after: 100))
        var committee = try store.loadCommittee()
        let before = Disk.bytes(store.committeePath)
        committee.name += " (amended)"
        #expect(throws: StoreError.self) { try store.save(committee) }
        #expect(Disk.bytes(store.committeePath) == before)
        #expect(Disk.tempFiles(dir.path) == [])
    }

    @Test("A write that stores nothing is treated as a full disk")
    func zeroWrite() throws {
        let (dir, committee, _) = try seededDirectory()
        let store = try Store(root: dir.path, io: FileIO(write: { _, _, _ in 0 }, fsync: FileIO.system.fsync))
        var c = try store.loadCommittee()
        c.name = "X"
        let error = #expect(throws: StoreError.self) { try store.save(c) }
        #expect(error.map { if case .writeFailed(_, _, ENOSPC) = $0 { true } else { false } } == true)
        #expect(try Store(root: dir.path, readOnly: true).loadCommittee() == committee)
    }

    @Test("A failing fsync: writeFailed with the I/O advice, old file intact, no temp file")
    func fsyncFails() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path, io: FileIO(write: FileIO.system.write, fsync: { _ in errno = EIO; return -1 }))
        var s = try #require(store.loadSessions().sessions.first)
        let path = store.path(of: s)
        let before = Disk.bytes(path)
        s.venue = "Elsewhere"
        let error = #expect(throws: StoreError.self) { try store.save(s) }
        #expect(error.map { if case .writeFailed(_, _, EIO) = $0 { true } else { false } } == true)
        #expect(error?.description.hasSuffix("The disk reported an input/output error: copy the data directory somewhere safe.") == true)
        #expect(Disk.bytes(path) == before)
        #expect(Disk.tempFiles(store.sessionsDir) == [])
    }

    @Test("A read-only directory (chmod 0500): saving fails with a clear message and the old file intact",
          .enabled(if: Disk.permissionsEnforced, "permissions are not enforced for root (CAP_DAC_OVERRIDE), so a 0500 directory stays writable"))
    func readOnlyDirectory() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var s = try #require(store.loadSessions().sessions.first)
        let path = store.path(of: s)
        let before = Disk.bytes(path)
        #expect(chmod(store.sessionsDir, 0o500) == 0)
        defer { chmod(store.sessionsDir, 0o700) }
        s.venue = "Elsewhere"
        let error = #expect(throws: StoreError.self) { try store.save(s) }
        #expect(error.map { if case .writeFailed(path, _, EACCES) = $0 { true } else { false } } == true)
        #expect(error?.description.hasSuffix("The data directory is not writable: check its permissions, or open scpf read-only.") == true)
        #expect(Disk.bytes(path) == before)
        #expect(Disk.tempFiles(store.sessionsDir) == [])
    }

    @Test("A read-only data directory without a lock file opens read-only and says why",
          .enabled(if: Disk.permissionsEnforced, "permissions are not enforced for root (CAP_DAC_OVERRIDE), so a 0500 directory stays writable"))
    func readOnlyRoot() throws {
        let dir = try TempDir("store")
        #expect(chmod(dir.path, 0o500) == 0)
        defer { chmod(dir.path, 0o700) }
        let store = try Store(root: dir.path)
        #expect(store.isReadOnly)
        #expect(store.readOnlyReason?.hasPrefix("\(dir.path) is not writable (") == true)
    }
}

@Suite("Store: backups, leftovers and permissions")
struct StoreFilesTests {
    @Test("Each save keeps the previous version as NAME.bak")
    func backup() throws {
        let dir = try TempDir("store")
        let store = try Store(root: dir.path)
        var s = Fixture.session()
        try store.save(s)
        let path = store.path(of: s)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        let first = Disk.bytes(path)
        s.venue = "Bangkok"
        try store.save(s)
        #expect(Disk.bytes(path + ".bak") == first)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(s)))
    }

    @Test("Temp files a crashed save left behind are removed when a writer opens the directory")
    func leftovers() throws {
        let (dir, _, _) = try seededDirectory()
        let stray = [dir.sub(".committee.json.tmp.99999"), dir.sub("sessions/.session-037.json.tmp.12345")]
        for path in stray { try Disk.write("{\"schemaVersion\": 1, \"half", to: path) }
        let keep = [dir.sub("notes.txt"), dir.sub("sessions/.hidden")]
        for path in keep { try Disk.write("mine", to: path) }
        do {
            let viewer = try Store(root: dir.path, readOnly: true)
            #expect(viewer.isReadOnly)
            #expect(Disk.tempFiles(dir.path).count == 1, "a read-only open must not touch the directory")
        }
        let store = try Store(root: dir.path)
        #expect(!store.isReadOnly)
        #expect(Disk.tempFiles(dir.path) == [])
        #expect(Disk.tempFiles(dir.sub("sessions")) == [])
        for path in keep { #expect(FileManager.default.fileExists(atPath: path), "\(path) is not scpf's to remove") }
    }

    @Test("Files are 0600 and directories 0700")
    func permissions() throws {
        let dir = try TempDir("store")
        let root = dir.sub("data/scpf")
        let store = try Store(root: root)
        let (committee, sessions) = Fixture.demo()
        try store.save(committee)
        try store.save(committee.withName("again"))
        try store.save(sessions[0])
        #expect(Disk.mode(root) == 0o700)
        #expect(Disk.mode(store.sessionsDir) == 0o700)
        #expect(Disk.mode(store.committeePath) == 0o600)
        #expect(Disk.mode(store.committeePath + ".bak") == 0o600)
        #expect(Disk.mode(store.path(of: sessions[0])) == 0o600)
        #expect(Disk.mode("\(root)/\(DirectoryLock.fileName)") == 0o600)
    }

    @Test("The lock file records the holder's pid")
    func lockPid() throws {
        let dir = try TempDir("store")
        let store = try Store(root: dir.path)
        #expect(!store.isReadOnly)
        let text = try String(contentsOfFile: dir.sub(DirectoryLock.fileName), encoding: .utf8)
        #expect(text == "\(getpid())\n")
    }
}

extension Committee {
    func withName(_ name: String) -> Committee { var c = self; c.name = name; return c }
}
