import Foundation
import Testing
@testable import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An outside program rewriting a session file while scpf saves it: what each side
/// displaced, so every outside version can be accounted for afterwards.
final class RaceLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _displacedByOutside: [Data] = []
    private var _done = false
    private var _attempts = 0
    /// scpf's save attempts so far: the outside writer waits for one between its writes, so
    /// the two really overlap instead of one side running alone.
    func attempt() { lock.lock(); _attempts += 1; lock.unlock() }
    var attempts: Int { lock.lock(); defer { lock.unlock() }; return _attempts }
    func add(_ d: Data) { lock.lock(); _displacedByOutside.append(d); lock.unlock() }
    func finish() { lock.lock(); _done = true; lock.unlock() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return _done }
    var displacedByOutside: [Data] { lock.lock(); defer { lock.unlock() }; return _displacedByOutside }
}

struct RaceOutcome {
    var outsideEdits: Int
    /// Outside versions that nobody saw: replaced by scpf without scpf having read them,
    /// and not kept anywhere.
    var lost: [Int]
    /// scpf saves whose displaced version (its `.bak`) was not the one it knew.
    var blindReplacements: Int
    var saves: Int
    var conflicts: Int
    /// Times the outside writer displaced a version scpf had written (proof of interleaving).
    var outsideReplacedScpf: Int
    /// Versions kept as `NAME.conflict-…` because a third one arrived during a race.
    var conflictCopies: Int
    /// Races found only after the exchange (the check before the save had passed).
    var caughtAtRename: Int
}

enum SaveRace {
    static func outside(_ base: Session, _ k: Int) throws -> Data {
        var s = base; s.venue = "outside \(k)"; return try JSONCoding.encode(s)
    }

    static func venue(_ data: Data) -> String? { (try? JSONCoding.decode(Session.self, from: data))?.venue }

    static func outsideNumber(_ data: Data) -> Int? {
        guard let v = venue(data), v.hasPrefix("outside ") else { return nil }
        return Int(v.dropFirst("outside ".count))
    }

    /// Runs `edits` outside rewrites (each an atomic exchange, which also tells the outside
    /// writer exactly what it replaced) against a Store saving the same file in a loop.
    /// `blind`: the Store saves with `overwrite: true` (no check at all), to show the
    /// accounting sees losses when there are some.
    static func run(edits: Int, blind: Bool) throws -> RaceOutcome {
        let caughtBefore = AtomicFile.racesCaughtAtRename.value
        let (dir, _, sessions) = try seededDirectory()
        let base = try #require(sessions.first { $0.number == 38 })
        let store = try Store(root: dir.path)
        let path = store.sessionPath(number: 38)
        let zero = try outside(base, 0)
        try zero.write(to: URL(fileURLWithPath: path))
        var session = try #require(store.loadSessions().sessions.first { $0.number == 38 })
        var knownBytes = zero

        let log = RaceLog()
        let versions = try (1...edits).map { try outside(base, $0) }
        let temp = dir.sub("sessions/.outside-editor")
        Thread.detachNewThread {
            var seen = 0
            var jitter: UInt64 = 0x5eed
            for data in versions {
                while log.attempts == seen { sched_yield() }
                seen = log.attempts
                // A varying delay (the same on every run) so the edit lands anywhere in the save.
                jitter = jitter &* 6364136223846793005 &+ 1442695040888963407
                usleep(UInt32(jitter >> 33) % 1500)
                data.withUnsafeBytes { raw in
                    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                    _ = write(fd, raw.baseAddress!, raw.count)
                    close(fd)
                }
                if Renaming.rename(temp, path, flags: Renaming.exchange) == 0 {
                    if let displaced = FileManager.default.contents(atPath: temp) { log.add(displaced) }
                }
                unlink(temp)
                sched_yield()
            }
            log.finish()
        }

        var scpfKnewOutside: Set<Int> = [0]
        var blindReplacements = 0, saves = 0, conflicts = 0, seq = 0
        var finalRound = false
        while true {
            if log.done { finalRound = true }
            seq += 1
            session.venue = "scpf \(seq)"
            log.attempt()
            do {
                try store.save(session, overwrite: blind)
                saves += 1
                // Only this thread touches the .bak: it is what this save displaced.
                let displaced = Disk.bytes(path + ".bak") ?? Data()
                if displaced != knownBytes { blindReplacements += 1 }
                if displaced == knownBytes, let k = outsideNumber(displaced) { scpfKnewOutside.insert(k) }
                knownBytes = try JSONCoding.encode(session)
            } catch StoreError.changedOnDisk {
                conflicts += 1
                // What the conflict dialog's "reload" does.
                store.forget(path)
                let bytes = try store.read(path)
                session = try Loader.decode(Session.self, from: bytes, path: path)
                store.remember(path, bytes)
                knownBytes = bytes
                if let k = outsideNumber(bytes) { scpfKnewOutside.insert(k) }
            }
            if finalRound { break }
        }

        var accounted = scpfKnewOutside
        let byOutside = log.displacedByOutside
        for d in byOutside { if let k = outsideNumber(d) { accounted.insert(k) } }
        if let live = Disk.bytes(path), let k = outsideNumber(live) { accounted.insert(k) }
        let copies = Disk.names(dir.sub("sessions")).filter { $0.contains(AtomicFile.conflictMarker) }
        for name in copies {
            if let d = Disk.bytes(dir.sub("sessions/" + name)), let k = outsideNumber(d) { accounted.insert(k) }
        }
        let lost = (0...edits).filter { !accounted.contains($0) }
        let replacedScpf = byOutside.filter { venue($0)?.hasPrefix("scpf ") == true }.count
        #expect(Disk.tempFiles(dir.sub("sessions")).isEmpty, "no temp file left")
        return RaceOutcome(outsideEdits: edits, lost: lost, blindReplacements: blindReplacements, saves: saves,
                           conflicts: conflicts, outsideReplacedScpf: replacedScpf, conflictCopies: copies.count,
                           caughtAtRename: AtomicFile.racesCaughtAtRename.value - caughtBefore)
    }
}

@Suite("Store: saves racing an outside writer", .serialized)
struct SaveRaceTests {
    @Test("1,000 outside rewrites during a save loop: none lost; every race becomes a conflict")
    func concurrentRewriterLosesNothing() throws {
        let outcome = try SaveRace.run(edits: 1000, blind: false)
        print("save race: \(outcome.outsideEdits) outside edits, \(outcome.lost.count) lost, \(outcome.saves) saves, \(outcome.conflicts) conflicts, outside writer replaced scpf's version \(outcome.outsideReplacedScpf) times, \(outcome.conflictCopies) conflict copies, \(outcome.caughtAtRename) races caught at rename time")
        #expect(outcome.lost.isEmpty, "outside versions lost: \(outcome.lost.prefix(20))")
        #expect(outcome.blindReplacements == 0, "a save displaced a version scpf had not seen")
        // The two sides really interleaved.
        #expect(outcome.conflicts > 0)
        #expect(outcome.outsideReplacedScpf > 0)
        #expect(outcome.caughtAtRename > 0, "some edits landed after the check, inside the save")
    }

    @Test("The same race with the check switched off (overwrite: true) does lose edits: the accounting sees losses")
    func blindSavesAreCaught() throws {
        let outcome = try SaveRace.run(edits: 300, blind: true)
        print("blind save race: \(outcome.outsideEdits) outside edits, \(outcome.lost.count) lost")
        #expect(!outcome.lost.isEmpty)
        #expect(outcome.blindReplacements > 0)
    }

    /// A FileIO whose fsync (after the temp file is written, before it is renamed) runs `edit`
    /// once: an outside edit landing exactly in the window between the check and the rename.
    static func editDuringSave(_ edit: @escaping @Sendable () -> Void) -> FileIO {
        let once = RaceLog()
        return FileIO(write: FileIO.system.write, fsync: { fd in
            if !once.done { once.finish(); edit() }
            return FileIO.system.fsync(fd)
        })
    }

    @Test("An edit landing after the check and before the rename: changedOnDisk, their version stays in place, no temp file")
    func editInTheWindow() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var mine = try #require(store.loadSessions().sessions.first { $0.number == 38 })
        let path = store.sessionPath(number: 38)
        var theirs = mine
        theirs.venue = "Their venue"
        let theirBytes = try JSONCoding.encode(theirs)
        let before = Disk.bytes(path)
        store.io = Self.editDuringSave {
            // Like an editor: write a new file and rename it over.
            try? theirBytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        mine.venue = "My venue"
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(mine) }
        #expect(Disk.bytes(path) == theirBytes, "their version is in place")
        #expect(Disk.bytes(path + ".bak") != theirBytes)
        #expect(before != theirBytes)
        #expect(Disk.tempFiles(dir.sub("sessions")).isEmpty)
        #expect(Disk.names(dir.sub("sessions")).allSatisfy { !$0.contains(AtomicFile.conflictMarker) })

        // Deleted in the window: also a conflict, and nothing is re-created.
        store.io = Self.editDuringSave { unlink(path) }
        store.forget(path)
        store.remember(path, theirBytes)
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(mine) }
        #expect(!FileManager.default.fileExists(atPath: path))

        // Created in the window where scpf expected no file: theirs stays.
        store.io = Self.editDuringSave { try? theirBytes.write(to: URL(fileURLWithPath: path)) }
        store.forget(path)
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(mine) }
        #expect(Disk.bytes(path) == theirBytes)

        // With the check passed and nothing racing, the save goes through and keeps theirs as .bak.
        store.io = .system
        store.remember(path, theirBytes)
        try store.save(mine)
        #expect(Disk.bytes(path) == (try JSONCoding.encode(mine)))
        #expect(Disk.bytes(path + ".bak") == theirBytes)
    }

    @Test("Deleting a session while someone rewrites it: a deletion never takes a version scpf had not seen")
    func deleteRacingAnEdit() throws {
        let (dir, _, sessions) = try seededDirectory()
        let store = try Store(root: dir.path)
        _ = store.loadSessions()
        var session = try #require(sessions.first { $0.number == 38 })
        let path = store.sessionPath(number: 38)
        let caughtBefore = AtomicFile.racesCaughtAtRename.value
        var jitter: UInt64 = 0xde1e7e
        var deleted = 0, conflicts = 0
        for round in 0..<100 {
            session.venue = "mine \(round)"
            try store.save(session, overwrite: true)
            let mine = try JSONCoding.encode(session)
            let theirs = try SaveRace.outside(session, round)
            jitter = jitter &* 6364136223846793005 &+ 1442695040888963407
            let delay = Double((jitter >> 33) % 1000) / 1000 * 2500e-6
            let go = DispatchSemaphore(value: 0), landed = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                go.wait()
                try? theirs.write(to: URL(fileURLWithPath: path), options: .atomic)
                landed.signal()
            }
            usleep(200)  // let the writer reach its wait
            go.signal()
            let start = Date()
            while Date().timeIntervalSince(start) < delay {}
            do {
                try store.deleteSession(number: 38)
                deleted += 1
                landed.wait()
                #expect(Disk.bytes(path + ".bak") == mine, "round \(round): the deletion kept what scpf knew")
            } catch StoreError.changedOnDisk {
                conflicts += 1
                landed.wait()
            }
            #expect(Disk.bytes(path) == theirs, "round \(round): their version is live")
            store.forget(path)
            store.remember(path, theirs)
        }
        print("delete race: 100 rounds, \(deleted) deleted, \(conflicts) conflicts, \(AtomicFile.racesCaughtAtRename.value - caughtBefore) caught after the rename")
        #expect(deleted > 0 && conflicts > 0)
    }
}
