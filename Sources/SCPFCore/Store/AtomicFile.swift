import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a crash at any instant leaves either the old or the new version:
/// temp file in the same directory (0600), fsync, keep the old one as `NAME.bak`, rename,
/// fsync the directory.
public enum AtomicFile {
    public static let tempMarker = ".tmp."

    public static func write(_ data: Data, to path: String, io: FileIO = .system) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = "\(dir)/.\(name)\(tempMarker)\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.writeFailed(path: path, reason: errnoText(), code: errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
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
        try keepBackup(of: path)
        guard rename(temp, path) == 0 else {
            let code = errno
            throw StoreError.writeFailed(path: path, reason: errnoText(code), code: code)
        }
        ok = true
        syncDirectory(dir)
    }

    /// Hard-links the current file as `NAME.bak` (no copy, no window without a file).
    static func keepBackup(of path: String) throws {
        guard access(path, F_OK) == 0 else { return }
        let backup = path + ".bak"
        unlink(backup)
        if link(path, backup) != 0 {
            // File systems without hard links: copy instead; a failed backup is not fatal
            // because the original stays in place until the rename.
            if let data = FileManager.default.contents(atPath: path) {
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
