import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls a save goes through, injectable so tests can simulate a full disk or a
/// failing fsync without root or a tmpfs.
public struct FileIO: Sendable {
    public var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
    public var fsync: @Sendable (Int32) -> Int32

    public init(write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int,
                fsync: @escaping @Sendable (Int32) -> Int32) {
        self.write = write; self.fsync = fsync
    }

    public static let system = FileIO(
        write: { fd, buf, n in
            #if canImport(Glibc)
            Glibc.write(fd, buf, n)
            #else
            Darwin.write(fd, buf, n)
            #endif
        },
        fsync: { fd in
            #if canImport(Glibc)
            Glibc.fsync(fd)
            #else
            Darwin.fsync(fd)
            #endif
        })
}

func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

/// What to tell the user for a failed write, by errno.
func adviceForWriteError(_ code: Int32) -> String {
    switch code {
    case ENOSPC, EDQUOT: "The disk is full: free some space and save again; the previous version is intact."
    case EACCES, EPERM, EROFS: "The data directory is not writable: check its permissions, or open scpf read-only."
    case EIO: "The disk reported an input/output error: copy the data directory somewhere safe."
    default: "The previous version is intact; try again."
    }
}
