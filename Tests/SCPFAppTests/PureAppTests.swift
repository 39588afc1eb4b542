import Foundation
import Testing

/// The App target (state, update, views) does no I/O and reads no clock or environment:
/// the runtime (SCPFRuntime) does all of that and feeds the results back as events. The
/// target boundary keeps the runtime out; this scan keeps Foundation's I/O out.
@Suite struct PureAppTests {
    static let appSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/SCPFApp").path

    static let pattern = #"(FileManager|FileHandle|ProcessInfo|getenv\s*\(|fopen\s*\(|[^A-Za-z_.]open\s*\(|Date\s*\(\s*\)|Date\.now|\bProcess\s*\(|contentsOfFile|\.write\s*\(\s*to|Data\s*\(\s*contentsOf|DispatchQueue|Thread\.|usleep|sleep\s*\()"#

    func hits(in root: String) throws -> [String] {
        let forbidden = try Regex(Self.pattern)
        var found: [String] = []
        for file in (FileManager.default.subpaths(atPath: root) ?? []) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if code.contains(forbidden) { found.append("\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        return found
    }

    @Test func theAppTargetTouchesNoFileClockOrEnvironment() throws {
        let files = FileManager.default.subpaths(atPath: Self.appSources) ?? []
        #expect(files.filter { $0.hasSuffix(".swift") }.count > 30, "Sources/SCPFApp not found at \(Self.appSources)")
        let found = try hits(in: Self.appSources)
        #expect(found.isEmpty, "I/O in the App target (move it to SCPFRuntime):\n\(found.joined(separator: "\n"))")
    }

    @Test func theScanWouldSeeIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pure-app-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, line) in ["let d = FileManager.default", "let now = Date()", "let h = ProcessInfo.processInfo",
                          "let f = open(path, 0)", "try data.write(to: url)"].enumerated() {
            try "func f\(i)() { \(line) }\n".write(toFile: dir.appendingPathComponent("f\(i).swift").path, atomically: true, encoding: .utf8)
        }
        try "// FileManager in a comment is fine\nlet x = 1\n".write(toFile: dir.appendingPathComponent("ok.swift").path, atomically: true, encoding: .utf8)
        #expect(try hits(in: dir.path).count == 5)
    }
}
