import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's modification time and size.
struct FileStamp: Equatable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        seconds = st.st_mtim.tv_sec
        nanoseconds = st.st_mtim.tv_nsec
        size = Int64(st.st_size)
    }
}

/// A file's size and 64-bit FNV-1a hash: enough to tell whether it changed.
struct Fingerprint: Equatable, Sendable {
    var count: Int
    var hash: UInt64

    init(_ data: Data) {
        count = data.count
        hash = data.withUnsafeBytes { raw in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in raw { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
    }
}

/// Which file a path or descriptor is (device and inode): the same for every name of it,
/// hard links and bind mounts included.
public struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) { device = UInt64(st.st_dev); inode = UInt64(st.st_ino) }

    /// The file a path names (symbolic links followed), nil when there is none.
    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    init?(fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        self.init(st)
    }
}

/// Reading a whole file with a size limit checked before reading (stat first, then a read
/// of at most the limit), so an oversized or sparse file never costs its size in memory.
public enum BoundedRead {
    public enum Failure: Error, Equatable {
        case missing
        case unreadable(Int32)
        /// A directory, device, FIFO or socket: what it is.
        case notRegular(String)
        case tooLarge(Int64)
    }

    public static func contents(_ path: String, limit: Int) -> Result<Data, Failure> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(errno)) }
        if (st.st_mode & S_IFMT) != S_IFREG { return .failure(.notRegular(kind(st.st_mode))) }
        if Int64(st.st_size) > Int64(limit) { return .failure(.tooLarge(Int64(st.st_size))) }
        // The file may grow after the stat: read at most limit + 1 bytes to notice.
        var data = Data(count: Int(st.st_size) + 1)
        var total = 0
        while true {
            if total == data.count {
                if total > limit { return .failure(.tooLarge(Int64(total))) }
                data.count = min(max(data.count * 2, 4096), limit + 1)
            }
            let room = data.count - total
            let n = data.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + total, room) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.unreadable(errno))
            }
            if n == 0 { break }
            total += n
            if total > limit { return .failure(.tooLarge(Int64(total))) }
        }
        data.count = total
        return .success(data)
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    /// The bytes, or nil for any failure (for fingerprints).
    static func data(_ path: String, limit: Int = Loader.maxBytes) -> Data? {
        try? contents(path, limit: limit).get()
    }
}
