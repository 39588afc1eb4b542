import Foundation

/// Where the data lives: `--data DIR`, else `$SCPF_DATA`, else `$XDG_DATA_HOME/scpf`,
/// else `~/.local/share/scpf`.
public enum DataDirectory {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let dir = explicit, !dir.isEmpty { return absolute(dir, environment) }
        if let dir = environment["SCPF_DATA"], !dir.isEmpty { return absolute(dir, environment) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/scpf" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/scpf"
    }

    private static func absolute(_ path: String, _ env: [String: String]) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = env["HOME"] { return home + path.dropFirst() }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    public static let committeeFile = "committee.json"
    public static let chairFile = "chair.json"
    public static let sessionsFolder = "sessions"
}
