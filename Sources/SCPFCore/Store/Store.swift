import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data directory: `committee.json` and `sessions/session-NNN.json`. Remembers the bytes
/// of every file as loaded or saved, so a file someone else changed is never overwritten.
public final class Store {
    public let root: String
    /// Why this store may not write, or nil when it holds the lock.
    public private(set) var readOnlyReason: String?
    public var io: FileIO
    private var lock: DirectoryLock?
    /// What each file held when scpf last read or wrote it (size and hash, not the bytes,
    /// so a long history costs little memory).
    private var known: [String: Fingerprint] = [:]
    /// What the upgrade from an older schemaVersion changed in the files read, one sentence
    /// each with the file (`Migration`); `scpf check` prints them.
    public private(set) var upgrades: [String] = []
    /// Modification time and size last seen per file, so following a meeting stats files
    /// instead of reading them all every second.
    private var seenStat: [String: FileStamp] = [:]
    /// The directory opened: a save into a directory deleted or replaced since is refused.
    private var rootID: FileID?

    public var isReadOnly: Bool { readOnlyReason != nil }
    /// This store may write the record: what it loads must survive its saves whole.
    public var writes: Bool { readOnlyReason == nil }

    /// A file with fields this scpf does not know would lose them at the first save, so an
    /// instance that writes does not open it; a read-only one shows it as it is.
    public static func refuseUnknownFields<T: Codable>(_ data: Data, _ type: T.Type, path: String) throws {
        let fields = UnknownFields.find(in: data, as: type)
        guard !fields.isEmpty else { return }
        let shown = fields.prefix(3).joined(separator: ", ") + (fields.count > 3 ? " and \(fields.count - 3) more" : "")
        throw StoreError.unreadable(path: path, line: nil, column: nil,
            reason: "has fields this scpf does not know (\(shown)), which a save would drop, so it was not opened for editing; update scpf, remove them, or open scpf read-only")
    }
    /// Read-only only because another scpf holds the lock: this one may take over when it quits.
    public private(set) var waitingForWriter = false
    /// Review mode: the record is read-only, the chair's own file is writable.
    public let review: Bool

    /// Opens (and with `create`, makes) the data directory. Takes the writer's lock unless
    /// `readOnly`; when another process holds it, opens read-only and says why.
    public init(root: String, readOnly: Bool = false, review: Bool = false, create: Bool = true, io: FileIO = .system) throws {
        self.root = root
        self.io = io
        self.review = review
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDir)
        if exists && !isDir.boolValue {
            throw StoreError.directory(path: root, reason: "is a file, not a directory; choose another data directory")
        }
        if !exists {
            guard create, !readOnly else {
                throw StoreError.directory(path: root, reason: "does not exist; create it with scpf init (or scpf demo for sample data), or choose another data directory")
            }
            do {
                try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.directory(path: root, reason: "cannot be created (\(error.localizedDescription))")
            }
        }
        rootID = FileID(path: root)
        if review {
            readOnlyReason = "review mode: the record cannot be changed here; your reviewed marks and notes go to chair.json."
            return
        }
        if readOnly {
            readOnlyReason = "opened read-only."
            return
        }
        do {
            switch try DirectoryLock.acquire(in: root) {
            case .acquired(let l):
                lock = l
                AtomicFile.removeLeftovers(in: root)
                AtomicFile.removeLeftovers(in: sessionsDir)
            case .heldByOther(let pid):
                readOnlyReason = "another scpf\(pid.map { " (pid \($0))" } ?? "") is editing \(root); this one is read-only until it quits."
                waitingForWriter = true
            }
        } catch StoreError.readOnly(let reason) {
            readOnlyReason = reason
        }
    }

    public var committeePath: String { "\(root)/\(DataDirectory.committeeFile)" }
    public var sessionsDir: String { "\(root)/\(DataDirectory.sessionsFolder)" }
    public func path(of session: Session) -> String { "\(sessionsDir)/\(session.fileName)" }
    public func sessionPath(number: Int) -> String { "\(sessionsDir)/\(Session.fileName(number: number))" }

    public var chairPath: String { "\(root)/\(DataDirectory.chairFile)" }

    public var hasCommittee: Bool { FileManager.default.fileExists(atPath: committeePath) }

    /// True when the directory holds no scpf data (for `demo`, which refuses to mix).
    public var isEmpty: Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.allSatisfy { $0 == DirectoryLock.fileName || $0 == DataDirectory.sessionsFolder && sessionFileNames().isEmpty }
    }

    // MARK: Loading

    public func read(_ path: String) throws -> Data {
        try Store.readBounded(path).get()
    }

    /// A data file's bytes; its size is checked before reading, so an oversized (or sparse)
    /// file is refused without costing its size in memory.
    static func readBounded(_ path: String) -> Result<Data, StoreError> {
        BoundedRead.contents(path, limit: Loader.maxBytes).mapError { failure in
            let reason: String
            switch failure {
            case .missing: reason = "does not exist"
            case .unreadable(let code): reason = "cannot be read (\(errnoText(code)); check its permissions)"
            case .notRegular(let kind): reason = "is \(kind), not a regular file"
            case .tooLarge(let size): reason = "the file is \(size >> 20) MiB, larger than any scpf file should be (the limit is \(Loader.maxBytes >> 20) MiB); it was not read"
            }
            return StoreError.unreadable(path: path, line: nil, column: nil, reason: reason)
        }
    }

    public func loadCommittee() throws -> Committee {
        let data = try read(committeePath)
        var committee = try Loader.decode(Committee.self, from: data, path: committeePath)
        if writes { try Self.refuseUnknownFields(data, Committee.self, path: committeePath) }
        known[committeePath] = Fingerprint(data)
        for note in Migration.upgrade(&committee) { upgrades.append("\(committeePath): \(note)") }
        return committee
    }

    public func sessionFileNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDir)) ?? []
        return names.filter { $0.hasPrefix("session-") && $0.hasSuffix(".json") }.sorted()
    }

    /// Every session that loads, and a problem for every file that does not; one bad file
    /// never hides the others. Files are decoded on every core.
    public func loadSessions() -> (sessions: [Session], problems: [StoreError]) {
        loadSessions(named: sessionFileNames())
    }

    /// Session file names, newest (highest number) first: the first screen needs these.
    public func sessionFileNamesNewestFirst() -> [String] {
        sessionFileNames().sorted { sessionNumber(fromName: $0) > sessionNumber(fromName: $1) }
    }

    public func sessionNumber(fromName name: String) -> Int {
        Int(name.dropFirst("session-".count).prefix { $0.isNumber }) ?? 0
    }

    public func loadSessions(named names: [String]) -> (sessions: [Session], problems: [StoreError]) {
        let paths = names.map { "\(sessionsDir)/\($0)" }
        let results = Store.decodeSessions(paths, keepingFields: writes)
        return record(results, names: names)
    }

    /// Decodes session files in parallel; touches no Store state, so it may run anywhere.
    static func decodeSessions(_ paths: [String], keepingFields: Bool) -> [DecodedSession] {
        let slots = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            slots.set(i, decodeSession(at: paths[i], keepingFields: keepingFields))
        }
        return slots.values
    }

    static func decodeSession(at path: String, keepingFields: Bool) -> DecodedSession {
        let data: Data
        switch readBounded(path) {
        case .success(let bytes): data = bytes
        case .failure(let error): return DecodedSession(path: path, result: .failure(error))
        }
        do {
            var session = try Loader.decode(Session.self, from: data, path: path)
            if keepingFields { try refuseUnknownFields(data, Session.self, path: path) }
            let notes = Migration.upgrade(&session)
            return DecodedSession(path: path, result: .success((session, Fingerprint(data))), upgrades: notes)
        } catch let error as StoreError {
            return DecodedSession(path: path, result: .failure(error))
        } catch {
            return DecodedSession(path: path, result: .failure(.unreadable(path: path, line: nil, column: nil, reason: "\(error)")))
        }
    }

    /// Remembers what was decoded (on the caller's thread) and sorts it out.
    func record(_ results: [DecodedSession], names: [String]) -> (sessions: [Session], problems: [StoreError]) {
        var sessions: [Session] = [], problems: [StoreError] = []
        for (decoded, name) in zip(results, names) {
            switch decoded.result {
            case .success(let (session, fingerprint)):
                known[decoded.path] = fingerprint
                for note in decoded.upgrades { upgrades.append("\(decoded.path): \(note)") }
                sessions.append(session)
                if session.fileName != name {
                    problems.append(.misnamed(path: decoded.path, number: session.number, expected: session.fileName))
                }
            case .failure(let error):
                problems.append(error)
            }
        }
        return (sessions.sorted { $0.number < $1.number }, problems)
    }

    // MARK: Loading the rest in the background

    private var background: BackgroundLoad?

    private var queuedForBackground: [String] = []

    /// Notes the files to read later, once the first screen is drawn.
    public func queueBackgroundLoad(_ names: [String]) { queuedForBackground = names }

    /// Starts decoding the queued files on another thread; `drainBackgroundLoad` collects them.
    public func startBackgroundLoad() {
        let names = queuedForBackground
        queuedForBackground = []
        guard !names.isEmpty, background == nil else { return }
        let load = BackgroundLoad(paths: names.map { "\(sessionsDir)/\($0)" }, names: names, keepingFields: writes)
        background = load
        load.start()
    }

    /// Sessions decoded since the last call, problems found, and how many files are left.
    public func drainBackgroundLoad() -> (sessions: [Session], problems: [StoreError], remaining: Int) {
        // Not started yet (the first frame is not drawn): everything queued is still to come.
        guard let load = background else { return ([], [], queuedForBackground.count) }
        let (results, names, remaining) = load.drain()
        if remaining == 0 { background = nil }
        let (sessions, problems) = record(results, names: names)
        return (sessions, problems, remaining)
    }

    /// The chair's notes, empty when the file does not exist yet.
    public func loadChairNotes() throws -> ChairNotes {
        guard FileManager.default.fileExists(atPath: chairPath) else { return ChairNotes() }
        let data = try read(chairPath)
        let notes = try Loader.decode(ChairNotes.self, from: data, path: chairPath)
        if writes || review { try Self.refuseUnknownFields(data, ChairNotes.self, path: chairPath) }
        known[chairPath] = Fingerprint(data)
        return notes
    }

    /// Writes `chair.json`: allowed in review mode, refused with --read-only.
    public func save(_ notes: ChairNotes, overwrite: Bool = false) throws {
        if let reason = readOnlyReason, !review { throw StoreError.readOnly(reason: reason) }
        try checkDirectory()
        let data = try JSONCoding.encode(notes)
        try replace(chairPath, with: data, overwrite: overwrite)
    }

    /// Sessions whose files someone else changed since they were read, read again (for
    /// following a live meeting from a read-only or review instance). Never writes.
    public func reloadChangedSessions() -> [Session] {
        var fresh: [Session] = []
        for name in sessionFileNames() {
            let path = "\(sessionsDir)/\(name)"
            let stamp = FileStamp(path)
            if stamp != nil, stamp == seenStat[path] { continue }
            seenStat[path] = stamp
            guard let data = BoundedRead.data(path), Fingerprint(data) != known[path],
                  var session = try? Loader.decode(Session.self, from: data, path: path) else { continue }
            known[path] = Fingerprint(data)
            _ = Migration.upgrade(&session)
            fresh.append(session)
        }
        return fresh
    }

    /// Sessions this store read whose files are gone from disk (deleted by the writer);
    /// forgotten once reported. Never writes.
    public func deletedSessionNumbers() -> [Int] {
        let prefix = sessionsDir + "/"
        var gone: [Int] = []
        for path in known.keys where path.hasPrefix(prefix) && !FileManager.default.fileExists(atPath: path) {
            known[path] = nil
            seenStat[path] = nil
            gone.append(sessionNumber(fromName: String(path.dropFirst(prefix.count))))
        }
        return gone.sorted()
    }

    /// The data files on disk holding fields this scpf does not know.
    func filesWithUnknownFields() -> [String] { unknownFields().map(\.path) }

    /// Every data file on disk that holds fields this scpf does not know, with their paths
    /// inside it (`agenda.items[2].colour`), for `scpf check` and for taking over.
    public func unknownFields() -> [(path: String, fields: [String])] {
        var found: [(path: String, fields: [String])] = []
        func scan<T: Codable>(_ path: String, _ type: T.Type) {
            guard let data = try? read(path) else { return }
            let fields = UnknownFields.find(in: data, as: type)
            if !fields.isEmpty { found.append((path, fields)) }
        }
        scan(committeePath, Committee.self)
        for name in sessionFileNames() { scan("\(sessionsDir)/\(name)", Session.self) }
        scan(chairPath, ChairNotes.self)
        return found
    }

    /// True when this store waits for a writer that has since quit or died.
    public func writerHasQuit() -> Bool { waitingForWriter && DirectoryLock.isFree(in: root) }

    /// Takes the writer's lock after the other scpf quit. Throws `.readOnly` with the reason
    /// when another instance was quicker: there is never more than one writer.
    public func becomeWriter() throws {
        guard waitingForWriter else {
            throw StoreError.readOnly(reason: readOnlyReason ?? "this scpf is already the writer.")
        }
        switch try DirectoryLock.acquire(in: root) {
        case .acquired(let l):
            // A file this instance shows as it is, with fields this scpf does not know, would
            // lose them at its first save: take over only when there is none.
            if let problem = filesWithUnknownFields().first {
                let reason = "\((problem as NSString).lastPathComponent) has fields this scpf does not know, which a save would drop; quit and reopen scpf to edit the rest (it leaves that file out), or use a newer scpf."
                throw StoreError.readOnly(reason: reason)
            }
            lock = l
            readOnlyReason = nil
            waitingForWriter = false
        case .heldByOther(let pid):
            let reason = "another scpf\(pid.map { " (pid \($0))" } ?? "") became the writer first; this one stays read-only until it quits."
            readOnlyReason = reason
            throw StoreError.readOnly(reason: reason)
        }
    }

    /// True when the file on disk is no longer what scpf loaded or last saved.
    public func changedOnDisk(_ path: String) -> Bool {
        BoundedRead.data(path).map(Fingerprint.init) != known[path]
    }

    /// Forget what was loaded (after the user chose to reload).
    public func forget(_ path: String) { known[path] = nil }

    /// Records bytes just read from `path` as the version scpf knows.
    public func remember(_ path: String, _ data: Data) { known[path] = Fingerprint(data) }

    // MARK: Saving

    public func save(_ committee: Committee, overwrite: Bool = false) throws {
        try write(JSONCoding.encode(committee), to: committeePath, overwrite: overwrite)
    }

    public func save(_ session: Session, overwrite: Bool = false) throws {
        try ensureSessionsDir()
        try write(JSONCoding.encode(session), to: path(of: session), overwrite: overwrite)
    }

    /// Removes a session's file, keeping it as `.bak` so a deletion can be recovered by hand.
    public func deleteSession(number: Int, overwrite: Bool = false) throws {
        try checkWritable()
        let path = sessionPath(number: number)
        if !overwrite && changedOnDisk(path) { throw StoreError.changedOnDisk(path: path) }
        guard FileManager.default.fileExists(atPath: path) else { known[path] = nil; return }
        let backup = path + ".bak"
        guard rename(path, backup) == 0 else {
            let code = errno
            throw StoreError.writeFailed(path: path, reason: errnoText(code), code: code)
        }
        if !overwrite, BoundedRead.data(backup).map(Fingerprint.init) != known[path] {
            // Replaced between the check and the rename: put theirs back, never over a newer one.
            AtomicFile.racesCaughtAtRename.increment()
            if Renaming.rename(backup, path, flags: Renaming.noReplace) != 0, errno != EEXIST, access(path, F_OK) != 0 {
                rename(backup, path)
            }
            AtomicFile.syncDirectory(sessionsDir)
            throw StoreError.changedOnDisk(path: path)
        }
        AtomicFile.syncDirectory(sessionsDir)
        known[path] = nil
    }

    private func write(_ data: Data, to path: String, overwrite: Bool) throws {
        try checkWritable()
        try replace(path, with: data, overwrite: overwrite)
    }

    /// The save itself: refuses a file made read-only by hand, and a version someone else
    /// put there, also one that lands while the save runs (`AtomicFile` checks what it
    /// displaced).
    private func replace(_ path: String, with data: Data, overwrite: Bool) throws {
        if known[path] == Fingerprint(data), !changedOnDisk(path) { return }
        if !overwrite && changedOnDisk(path) { throw StoreError.changedOnDisk(path: path) }
        var st = stat()
        if lstat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFREG, (st.st_mode & S_IWUSR) == 0 {
                throw StoreError.fileNotWritable(path: path, mode: Int(st.st_mode & 0o7777))
            }
        }
        let expecting: AtomicFile.Expectation = overwrite ? .anything : known[path].map { .matching($0) } ?? .absent
        try AtomicFile.write(data, to: path, expecting: expecting, backup: true, io: io)
        known[path] = Fingerprint(data)
    }

    private func checkWritable() throws {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        try checkDirectory()
        try lock?.renewIfGone()
    }

    /// Refuses to save into a data directory deleted or replaced since scpf opened it (it is
    /// never re-created behind the user's back).
    private func checkDirectory() throws {
        let gone = lock?.directoryDeleted ?? false
        if gone || FileID(path: root) != rootID {
            throw StoreError.directory(path: root, reason: "was deleted or replaced while scpf was running, so scpf stopped saving and did not re-create it. Your unsaved changes are still in this window: put the directory back where it was (for example from the trash) and save again, or export what you need before quitting")
        }
    }

    private func ensureSessionsDir() throws {
        try checkWritable()
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: sessionsDir, isDirectory: &isDir), isDir.boolValue { return }
        // Only the sessions folder, never its parent: a vanished data directory is not re-created.
        if mkdir(sessionsDir, 0o700) != 0 && errno != EEXIST {
            throw StoreError.directory(path: sessionsDir, reason: "cannot be created (\(errnoText()))")
        }
    }

    /// Moves session files (and their backups) into `DATA/FOLDER/sessions/` so they are no
    /// longer part of the record but nothing is lost; returns the folder.
    public func setAside(sessionFiles names: [String], into folder: String) throws -> String {
        try checkWritable()
        let target = "\(root)/\(folder)"
        let targetSessions = "\(target)/\(DataDirectory.sessionsFolder)"
        for dir in [target, targetSessions] where mkdir(dir, 0o700) != 0 && errno != EEXIST {
            throw StoreError.directory(path: dir, reason: "cannot be created (\(errnoText()))")
        }
        for name in names {
            for file in [name, name + ".bak"] where access("\(sessionsDir)/\(file)", F_OK) == 0 {
                guard rename("\(sessionsDir)/\(file)", "\(targetSessions)/\(file)") == 0 else {
                    let code = errno
                    throw StoreError.writeFailed(path: "\(sessionsDir)/\(file)", reason: errnoText(code), code: code)
                }
            }
            known["\(sessionsDir)/\(name)"] = nil
        }
        AtomicFile.syncDirectory(sessionsDir)
        AtomicFile.syncDirectory(targetSessions)
        return target
    }
}
