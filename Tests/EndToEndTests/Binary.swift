import Foundation

/// Finds the `scpf` executable the end-to-end tests run.
enum Binary {
    /// SCPF_BIN if set; else `scpf` next to the running test bundle (SwiftPM puts both in
    /// the same build directory); else `.build/debug/scpf` in the package.
    static func scpf() throws -> String {
        if let path = ProcessInfo.processInfo.environment["SCPF_BIN"], !path.isEmpty { return path }
        var starts = [CommandLine.arguments.first, Bundle.main.executablePath, "/proc/self/exe"].compactMap { $0 }
        starts += Bundle.allBundles.map(\.bundlePath).filter { $0.hasSuffix(".xctest") }
        for start in starts {
            // Linux: debug/scpfPackageTests.xctest; macOS: debug/X.xctest/Contents/MacOS/X.
            var dir = URL(fileURLWithPath: start).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("scpf").path
                if isProgram(candidate) { return candidate }
                dir.deleteLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let built = root.appendingPathComponent(".build/debug/scpf").path
        if isProgram(built) { return built }
        throw SpawnError(description: "scpf executable not found: build it (swift build) or set SCPF_BIN")
    }

    private static func isProgram(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
