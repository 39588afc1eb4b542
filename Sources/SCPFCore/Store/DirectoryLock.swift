import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per data directory: an advisory `flock` on the directory itself (which cannot
/// be deleted while scpf runs without scpf noticing) and on `.lock`, which holds the pid for
/// the message a second instance shows. The kernel drops both when the holder dies, so a
/// lock left by a killed process is never stale. Deleting `.lock` lets no second writer in:
/// it would still need the directory's lock; the holder re-creates `.lock` at its next save.
public final class DirectoryLock {
    public static let fileName = ".lock"
    let dir: String
    private let dirFD: Int32
    private var fd: Int32
    private var lockID: FileID?

    private init(dir: String, dirFD: Int32, fd: Int32) {
        self.dir = dir; self.dirFD = dirFD; self.fd = fd
        lockID = FileID(fd: fd)
    }
    deinit {
        flock(fd, LOCK_UN); close(fd)
        flock(dirFD, LOCK_UN); close(dirFD)
    }

    public enum Outcome {
        case acquired(DirectoryLock)
        /// Another process holds it; its pid when it wrote one.
        case heldByOther(pid: Int32?)
    }

    var path: String { "\(dir)/\(Self.fileName)" }

    /// True when no process holds the lock now (the writer quit or died): neither the
    /// directory nor `.lock` is locked. Takes and drops each at once, creating nothing.
    public static func isFree(in dir: String) -> Bool {
        let dirFD = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirFD >= 0 else { return false }
        defer { close(dirFD) }
        guard flock(dirFD, LOCK_EX | LOCK_NB) == 0 else { return false }
        defer { flock(dirFD, LOCK_UN) }
        let fd = open("\(dir)/\(fileName)", O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(fd, LOCK_UN)
        return true
    }

    public static func acquire(in dir: String) throws -> Outcome {
        let dirFD = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirFD >= 0 else {
            throw StoreError.directory(path: dir, reason: "cannot be opened: \(errnoText())")
        }
        if flock(dirFD, LOCK_EX | LOCK_NB) != 0 {
            close(dirFD)
            return .heldByOther(pid: holderPid(in: dir))
        }
        let fd: Int32
        do { fd = try openLockFile(in: dir, create: O_CREAT) } catch {
            close(dirFD)
            throw error
        }
        // An older scpf locks only the file.
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd); close(dirFD)
            return .heldByOther(pid: holderPid(in: dir))
        }
        writePid(fd)
        return .acquired(DirectoryLock(dir: dir, dirFD: dirFD, fd: fd))
    }

    /// Opens `.lock` without following a symbolic link, and only if it is a regular file.
    private static func openLockFile(in dir: String, create: Int32) throws -> Int32 {
        let path = "\(dir)/\(fileName)"
        let fd = open(path, O_RDWR | create | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP {
                throw StoreError.readOnly(reason: "\(path) is a symbolic link, which scpf does not follow; remove it and reopen scpf to edit.")
            }
            if code == EACCES || code == EROFS || code == EPERM {
                throw StoreError.readOnly(reason: "\(dir) is not writable (\(errnoText(code))); opened read-only.")
            }
            throw StoreError.directory(path: dir, reason: "cannot create its lock file: \(errnoText(code))")
        }
        var st = stat()
        if fstat(fd, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG {
            close(fd)
            throw StoreError.readOnly(reason: "\(path) is not a regular file; remove it and reopen scpf to edit.")
        }
        return fd
    }

    private static func writePid(_ fd: Int32) {
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    private static func holderPid(in dir: String) -> Int32? {
        let fd = open("\(dir)/\(fileName)", O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buf, 31, 0)
        let text = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self) : ""
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The locked directory, as it was when the lock was taken.
    var directoryID: FileID? { FileID(fd: dirFD) }

    /// True when the locked directory has been deleted (its last name removed).
    var directoryDeleted: Bool {
        var st = stat()
        return fstat(dirFD, &st) != 0 || st.st_nlink == 0
    }

    /// Before each save: if `.lock` was deleted or replaced, makes a new one (the directory's
    /// lock, still held, keeps any other scpf out meanwhile). Throws when that is impossible.
    func renewIfGone() throws {
        if let current = FileID(path: path), current == lockID { return }
        let fresh: Int32
        do { fresh = try Self.openLockFile(in: dir, create: O_CREAT) } catch {
            throw StoreError.directory(path: dir, reason: "its lock file \(path) was removed and cannot be made again (\(error)); scpf stopped saving")
        }
        if flock(fresh, LOCK_EX | LOCK_NB) != 0 {
            close(fresh)
            throw StoreError.directory(path: dir, reason: "its lock file \(path) was replaced by one another program holds; scpf stopped saving so as not to write beside it. Quit the other program, then save again")
        }
        Self.writePid(fresh)
        flock(fd, LOCK_UN); close(fd)
        fd = fresh
        lockID = FileID(fd: fresh)
    }
}
