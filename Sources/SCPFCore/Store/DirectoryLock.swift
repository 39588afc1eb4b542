import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per data directory: an advisory `flock` on `.lock`. The kernel drops it when
/// the holder dies, so a lock left by a killed process is never stale.
public final class DirectoryLock {
    public static let fileName = ".lock"
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }
    deinit { flock(fd, LOCK_UN); close(fd) }

    public enum Outcome {
        case acquired(DirectoryLock)
        /// Another process holds it; its pid when it wrote one.
        case heldByOther(pid: Int32?)
    }

    /// True when no process holds the lock now (the writer quit or died). Takes and drops it
    /// at once, creating nothing.
    public static func isFree(in dir: String) -> Bool {
        let fd = open("\(dir)/\(fileName)", O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(fd, LOCK_UN)
        return true
    }

    public static func acquire(in dir: String) throws -> Outcome {
        let path = "\(dir)/\(fileName)"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == EACCES || code == EROFS || code == EPERM {
                throw StoreError.readOnly(reason: "\(dir) is not writable (\(errnoText(code))); opened read-only.")
            }
            throw StoreError.directory(path: dir, reason: "cannot create its lock file: \(errnoText(code))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 32)
            let n = pread(fd, &buf, 31, 0)
            close(fd)
            let text = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self) : ""
            return .heldByOther(pid: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return .acquired(DirectoryLock(fd: fd))
    }
}
