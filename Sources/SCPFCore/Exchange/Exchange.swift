import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files to import and writing exports, shared by the command line and the UI.
public enum Exchange {
    /// The largest text file an import reads (checked before reading).
    public static let maxImportBytes = Loader.maxBytes

    public static func readText(_ path: String) throws -> String {
        let expanded = expand(path)
        let data: Data
        switch BoundedRead.contents(expanded, limit: maxImportBytes) {
        case .success(let bytes): data = bytes
        case .failure(.missing): throw DomainError("\(path) does not exist.")
        case .failure(.unreadable): throw DomainError("\(path) cannot be read (check its permissions).")
        case .failure(.notRegular(let kind)): throw DomainError("\(path) is \(kind), not a text file; give the path of the agenda text file.")
        case .failure(.tooLarge(let size)):
            throw DomainError("\(path) is \(size >> 20) MiB, more than the \(maxImportBytes >> 20) MiB an import reads; give a file with the agenda text alone.")
        }
        return try decodeText(data, name: path)
    }

    /// Standard input, at most `maxImportBytes` of it.
    public static func readStandardInput() throws -> String {
        var data = Data()
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            data += chunk
            if data.count > maxImportBytes {
                throw DomainError("Standard input holds more than the \(maxImportBytes >> 20) MiB an import reads; give the agenda text alone.")
            }
        }
        return try decodeText(data, name: "Standard input")
    }

    static func decodeText(_ data: Data, name: String) throws -> String {
        if data.starts(with: Array("%PDF".utf8)) {
            throw DomainError("\(name) is a PDF file, not text: open it, copy the agenda and paste it into a .txt file (or run pdftotext on it), then import that.")
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DomainError("\(name) is empty: paste the agenda into it and import again.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DomainError("\(name) is not UTF-8 text; save it as plain UTF-8 text and try again.")
        }
        return text
    }

    /// Writes atomically, refusing scpf's own files (the data, its backups, the lock), also
    /// when reached through a symbolic link, a hard link or a bind mount (compared by device
    /// and inode), and anything that is not a regular file (device, FIFO, socket, directory).
    /// Keeps no `.bak` and never touches one.
    public static func writeExport(_ text: String, to path: String, dataDirectory: String) throws {
        try writeExport(Data(text.utf8), to: path, dataDirectory: dataDirectory)
    }

    /// As the text version, for bytes (a printed PDF).
    public static func writeExport(_ bytes: Data, to path: String, dataDirectory: String) throws {
        let target = resolved(expand(path))
        let data = resolved(dataDirectory)
        if isProtected(target, dataDirectory: data) || isProtectedByIdentity(target, dataDirectory: data) {
            throw DomainError("\(path) is one of scpf's own files; export somewhere else.")
        }
        var st = stat()
        if stat(target, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            throw DomainError("\(path) is \(BoundedRead.kind(st.st_mode)), not a regular file; scpf writes exports only to regular files: give a file name (or - for standard output on the command line).")
        }
        do {
            try AtomicFile.write(bytes, to: target)
        } catch let error as StoreError {
            if case let .writeFailed(_, reason, _) = error {
                throw DomainError("Could not write \(path): \(reason). Check that its folder exists and is writable, or export somewhere else.")
            }
            throw error
        }
    }

    /// The same file as one of the data directory's, whatever the path: the data directory,
    /// its sessions folder, every file in them, or a new file inside the sessions folder or
    /// with a data file's name beside the committee file.
    static func isProtectedByIdentity(_ target: String, dataDirectory data: String) -> Bool {
        guard let root = FileID(path: data) else { return false }
        let sessionsPath = data + "/" + DataDirectory.sessionsFolder
        let sessions = FileID(path: sessionsPath)
        var protected: Set<FileID> = [root]
        if let sessions { protected.insert(sessions) }
        for dir in [data, sessionsPath] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                if dir == data, !isProtected(data + "/" + name, dataDirectory: data) { continue }
                if let id = FileID(path: dir + "/" + name) { protected.insert(id) }
            }
        }
        if let id = FileID(path: target), protected.contains(id) { return true }
        let parent = FileID(path: (target as NSString).deletingLastPathComponent)
        if let parent, parent == sessions { return true }
        if let parent, parent == root {
            return isProtected(data + "/" + (target as NSString).lastPathComponent, dataDirectory: data)
        }
        return false
    }

    static func isProtected(_ target: String, dataDirectory data: String) -> Bool {
        let name = (target as NSString).lastPathComponent
        let parent = (target as NSString).deletingLastPathComponent
        if target.hasPrefix(data + "/" + DataDirectory.sessionsFolder + "/") || target == data { return true }
        guard parent == data else { return false }
        return [DataDirectory.committeeFile, DataDirectory.chairFile, DirectoryLock.fileName, DataDirectory.sessionsFolder].contains(name)
            || name.hasSuffix(".bak") || name.contains(AtomicFile.tempMarker) || name.contains(AtomicFile.conflictMarker)
    }

    /// The path with every symbolic link resolved, also for a file that does not exist yet.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }

    static func expand(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return path
    }
}
