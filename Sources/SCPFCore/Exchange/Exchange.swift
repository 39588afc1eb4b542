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

    /// Writes atomically, refusing scpf's own data files.
    public static func writeExport(_ text: String, to path: String, dataDirectory: String) throws {
        let target = URL(fileURLWithPath: expand(path)).standardizedFileURL.path
        let data = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        let protected = [DataDirectory.committeeFile, DataDirectory.chairFile].map { data + "/" + $0 }
        if protected.contains(target) || target.hasPrefix(data + "/" + DataDirectory.sessionsFolder + "/") {
            throw DomainError("\(path) is one of scpf's data files; export somewhere else.")
        }
        try AtomicFile.write(Data(text.utf8), to: target)
    }

    static func expand(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return path
    }
}
