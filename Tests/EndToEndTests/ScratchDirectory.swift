import Foundation

/// A private temporary directory, removed with everything in it when the instance goes away.
final class ScratchDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/scpf-e2e.XXXXXX".utf8CString)  // short: socket paths are limited
        guard let made = mkdtemp(&template) else { throw SpawnError(description: "mkdtemp failed") }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    }
}
