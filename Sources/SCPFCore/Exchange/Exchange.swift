import Foundation

/// Reading files to import and writing exports, shared by the command line and the UI.
public enum Exchange {
    public static func readText(_ path: String) throws -> String {
        let expanded = expand(path)
        guard let data = FileManager.default.contents(atPath: expanded) else {
            let reason = FileManager.default.fileExists(atPath: expanded) ? "cannot be read (check its permissions)" : "does not exist"
            throw DomainError("\(path) \(reason).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DomainError("\(path) is not UTF-8 text; save it as plain UTF-8 text and try again.")
        }
        return text
    }

    /// Writes atomically, refusing scpf's own files (the data, its backups, the lock), also
    /// when reached through a symbolic link.
    public static func writeExport(_ text: String, to path: String, dataDirectory: String) throws {
        let target = resolved(expand(path))
        if isProtected(target, dataDirectory: resolved(dataDirectory)) {
            throw DomainError("\(path) is one of scpf's own files; export somewhere else.")
        }
        try AtomicFile.write(Data(text.utf8), to: target)
    }

    static func isProtected(_ target: String, dataDirectory data: String) -> Bool {
        let name = (target as NSString).lastPathComponent
        let parent = (target as NSString).deletingLastPathComponent
        if target.hasPrefix(data + "/" + DataDirectory.sessionsFolder + "/") || target == data { return true }
        guard parent == data else { return false }
        return [DataDirectory.committeeFile, DataDirectory.chairFile, DirectoryLock.fileName, DataDirectory.sessionsFolder].contains(name)
            || name.hasSuffix(".bak") || name.contains(AtomicFile.tempMarker)
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
