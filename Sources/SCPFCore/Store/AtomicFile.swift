import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a crash at any instant leaves either the old or the new version,
/// and so that a version someone else put there meanwhile is never replaced unnoticed:
/// a temp file with a unique name in the same directory (created `O_EXCL|O_NOFOLLOW`, 0600),
/// fsync, then an atomic exchange with the file (`renameat2(RENAME_EXCHANGE)`), after which
/// the displaced version is checked against the expected one. If it is what was expected it
/// becomes `NAME.bak`; if not, it is exchanged back and the save fails with `changedOnDisk`.
public enum AtomicFile {
    public static let tempMarker = ".tmp."
    /// Suffix of a file scpf keeps when a race left another writer's version off the file.
    public static let conflictMarker = ".conflict-"

    /// How many saves in this process found, after the exchange, a version they did not
    /// expect (a race the check before the save could not see); for tests and diagnostics.
    static let racesCaughtAtRename = Counter()

    /// What the file must hold at the moment it is replaced.
    enum Expectation: Equatable {
        case anything
        case absent
        case matching(Fingerprint)
    }

    /// Replaces whatever is at `path` (exports); keeps no backup.
    public static func write(_ data: Data, to path: String, io: FileIO = .system) throws {
        try write(data, to: path, expecting: .anything, backup: false, io: io)
    }

    static func write(_ data: Data, to path: String, expecting: Expectation, backup: Bool, io: FileIO = .system) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let (fd, temp) = try createTemp(in: dir, for: name, path: path)
        var tempExists = true
        defer { if tempExists { unlink(temp) } }
        do {
            try data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = io.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        let code = errno
                        if code == EINTR { continue }
                        throw StoreError.writeFailed(path: path, reason: errnoText(code), code: code)
                    }
                    if n == 0 { throw StoreError.writeFailed(path: path, reason: errnoText(ENOSPC), code: ENOSPC) }
                    offset += n
                }
            }
            if io.fsync(fd) != 0 {
                let code = errno
                throw StoreError.writeFailed(path: path, reason: errnoText(code), code: code)
            }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        try place(temp, at: path, data: data, expecting: expecting, backup: backup, tempExists: &tempExists)
        syncDirectory(dir)
    }

    /// A new temp file beside `path` with an unpredictable name; never follows a link
    /// planted at that name.
    static func createTemp(in dir: String, for name: String, path: String) throws -> (Int32, String) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<64 {
            let suffix = String(generator.next() as UInt64, radix: 36)
            let temp = "\(dir)/.\(name)\(tempMarker)\(getpid()).\(suffix)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temp) }
            let code = errno
            if code != EEXIST { throw StoreError.writeFailed(path: path, reason: errnoText(code), code: code) }
        }
        throw StoreError.writeFailed(path: path, reason: "no unused temp file name", code: EEXIST)
    }

    private static func place(_ temp: String, at path: String, data: Data, expecting: Expectation, backup: Bool,
                              tempExists: inout Bool) throws {
        func failed(_ code: Int32 = errno) -> StoreError { .writeFailed(path: path, reason: errnoText(code), code: code) }

        if expecting == .absent {
            // link() fails with EEXIST if someone created the file meanwhile: nothing replaced.
            if link(temp, path) == 0 { return }
            if errno == EEXIST { throw StoreError.changedOnDisk(path: path) }
            if Renaming.rename(temp, path, flags: Renaming.noReplace) == 0 { tempExists = false; return }
            if errno == EEXIST { throw StoreError.changedOnDisk(path: path) }
            // Neither hard links nor RENAME_NOREPLACE here: check, then rename.
            if access(path, F_OK) == 0 { throw StoreError.changedOnDisk(path: path) }
            guard rename(temp, path) == 0 else { throw failed() }
            tempExists = false
            return
        }

        if Renaming.rename(temp, path, flags: Renaming.exchange) == 0 {
            // `temp` now names the version that was on disk an instant ago.
            let displaced = BoundedRead.data(temp).map(Fingerprint.init)
            if case .matching(let expected) = expecting, displaced != expected {
                // Someone wrote between the check and the exchange: put theirs back.
                racesCaughtAtRename.increment()
                if Renaming.rename(temp, path, flags: Renaming.exchange) == 0,
                   BoundedRead.data(temp).map(Fingerprint.init) == Fingerprint(data) {
                    throw StoreError.changedOnDisk(path: path)  // `temp` (ours) is removed
                }
                // A third version arrived meanwhile (or the exchange back failed): keep what
                // `temp` holds now, never delete it.
                if Renaming.rename(temp, conflictCopyName(for: path), flags: Renaming.noReplace) == 0 { tempExists = false }
                throw StoreError.changedOnDisk(path: path)
            }
            if backup, rename(temp, path + ".bak") == 0 { tempExists = false }
            return
        }
        let code = errno
        if code == ENOENT {
            // Nothing to exchange with: the file is gone.
            if case .matching = expecting { throw StoreError.changedOnDisk(path: path) }
            if Renaming.rename(temp, path, flags: Renaming.noReplace) == 0 || rename(temp, path) == 0 {
                tempExists = false
                return
            }
            throw failed()
        }
        guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP else { throw failed(code) }
        // A file system without RENAME_EXCHANGE: check just before the rename (a narrow
        // window remains there; docs/reliability.md).
        if case .matching(let expected) = expecting, BoundedRead.data(path).map(Fingerprint.init) != expected {
            throw StoreError.changedOnDisk(path: path)
        }
        if backup { keepBackup(of: path) }
        guard rename(temp, path) == 0 else { throw failed() }
        tempExists = false
    }

    /// Where a version displaced by a race is kept: `NAME.conflict-YYYYMMDD-HHMMSS-PID-RANDOM`
    /// (never the name of an earlier copy).
    static func conflictCopyName(for path: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        var generator = SystemRandomNumberGenerator()
        return "\(path)\(conflictMarker)\(f.string(from: Date()))-\(getpid())-\(String(generator.next() as UInt64, radix: 36))"
    }

    /// Hard-links the current file as `NAME.bak` (no copy, no window without a file).
    static func keepBackup(of path: String) {
        guard access(path, F_OK) == 0 else { return }
        let backup = path + ".bak"
        unlink(backup)
        if link(path, backup) != 0 {
            // File systems without hard links: copy instead; a failed backup is not fatal
            // because the original stays in place until the rename.
            if let data = BoundedRead.data(path) {
                _ = FileManager.default.createFile(atPath: backup, contents: data, attributes: [.posixPermissions: 0o600])
            }
        }
    }

    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }

    /// Removes temp files a crashed save left behind (only call while holding the lock).
    public static func removeLeftovers(in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(".") && name.contains(tempMarker) {
            unlink("\(dir)/\(name)")
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// `renameat2(2)`, looked up at run time (Glibc's module does not declare it). Returns -1
/// with errno ENOSYS where it does not exist.
enum Renaming {
    static let noReplace: UInt32 = 1   // RENAME_NOREPLACE
    static let exchange: UInt32 = 2    // RENAME_EXCHANGE

    private typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let function: Function? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()

    static func rename(_ from: String, _ to: String, flags: UInt32) -> Int32 {
        guard let function else { errno = ENOSYS; return -1 }
        return function(AT_FDCWD, from, AT_FDCWD, to, flags)
    }
}
