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
