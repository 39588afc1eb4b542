import Foundation
import Testing

/// The command line's path options: --data, SCPF_DATA, --output and demo --force.
struct PathOptionTests {
    static let environment = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]

    func scpf(_ arguments: [String], _ extra: [String] = []) throws -> SpawnResult {
        try Spawn.run([try Binary.scpf()] + arguments, environment: Self.environment + extra)
    }

    func demo() throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        try #require(try scpf(["demo", "--data", dir]).status == 0)
        return (scratch, dir)
    }

    func sessionNames(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/sessions")) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func emptyDataOptionOrVariableIsAnErrorNotTheDefaultDirectory() throws {
        let scratch = try ScratchDirectory()
        let home = scratch.file("home")
        for command in [["check"], ["init"], ["demo"], ["export", "rules"]] {
            let empty = try scpf(command + ["--data", ""], ["HOME=\(home)"])
            #expect(empty.status == 64, "\(command): \(empty.output)")
            #expect(empty.output.contains("--data is empty: give the data directory, or leave the option out to use the default."), "\(empty.output)")
            let unset = try scpf(command, ["HOME=\(home)", "SCPF_DATA="])
            #expect(unset.status == 64, "\(command): \(unset.output)")
            #expect(unset.output.contains("SCPF_DATA is set but empty: set it to the data directory, or unset it to use the default."), "\(unset.output)")
        }
        #expect(!FileManager.default.fileExists(atPath: home), "the default directory was not touched")
        // An explicit --data wins over an empty SCPF_DATA.
        let dir = scratch.file("data")
        #expect(try scpf(["init", "--data", dir], ["SCPF_DATA="]).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/committee.json"))
    }

    @Test func outputDashIsStandardOutputAndDevicesAreRefused() throws {
        let (scratch, dir) = try demo()
        let toStdout = try scpf(["export", "rules", "--data", dir])
        let dash = try scpf(["export", "rules", "--data", dir, "--output", "-"])
        #expect(dash.status == 0)
        #expect(dash.output == toStdout.output)
        #expect(dash.output.contains("# RULES OF PROCEDURE OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"))
        #expect(!FileManager.default.fileExists(atPath: "-"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("-")))
        let device = try scpf(["export", "rules", "--data", dir, "--output", "/dev/null"])
        #expect(device.status == 1)
        #expect(device.output == "Error: /dev/null is a character device, not a regular file; scpf writes exports only to regular files: give a file name (or - for standard output on the command line).\n")
        var st = stat()
        #expect(lstat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
        // Standard output named as a file (a pipe here) is refused, not replaced by a file.
        let named = try scpf(["export", "rules", "--data", dir, "--output", "/dev/stdout"])
        #expect(named.status == 1)
        #expect(named.output.hasPrefix("Error: /dev/stdout is ") && named.output.contains(", not a regular file;"), "\(named.output)")
        #expect(lstat("/dev/stdout", &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK, "/dev/stdout is still the system's link")
        let empty = try scpf(["export", "rules", "--data", dir, "--output", ""])
        #expect(empty.status == 64)
        #expect(empty.output.contains("--output is empty: give a file name, or - for standard output."))
        // A regular file is written; the user's own FILE.bak beside it stays as it was.
        let out = scratch.file("rules.md")
        try scratch.write("rules.md.bak", "mine")
        try scratch.write("rules.md", "old")
        #expect(try scpf(["export", "rules", "--data", dir, "-o", out]).status == 0)
        #expect(try scratch.read("rules.md") == toStdout.output)
        #expect(try scratch.read("rules.md.bak") == "mine")
    }

    @Test func demoForceMovesSessionsOutsideTheSampleAside() throws {
        let (scratch, dir) = try demo()
        let sample = sessionNames(dir)
        let foreign = dir + "/sessions/session-900.json"
        let source = dir + "/sessions/" + sample[0]
        var text = try String(contentsOfFile: source, encoding: .utf8)
        let number = Int(sample[0].dropFirst("session-".count).prefix(3))!
        text = text.replacingOccurrences(of: "\"number\" : \(number),", with: "\"number\" : 900,")
        try #require(text.contains("\"number\" : 900,"), "the session's number field")
        try text.write(toFile: foreign, atomically: true, encoding: .utf8)
        try "backup".write(toFile: foreign + ".bak", atomically: true, encoding: .utf8)

        let refused = try scpf(["demo", "--data", dir])
        #expect(refused.status == 1)
        let forced = try scpf(["demo", "--data", dir, "--force"], ["SCPF_NOW=2026-11-27T10:00:00Z"])
        #expect(forced.status == 0, "\(forced.output)")
        let aside = dir + "/before-demo-2026-11-27T100000Z"
        #expect(forced.output.contains("Moved 1 session file that is not in the sample to \(aside)/sessions."), "\(forced.output)")
        #expect(sessionNames(dir) == sample, "only the sample is live")
        #expect(try String(contentsOfFile: aside + "/sessions/session-900.json", encoding: .utf8) == text)
        #expect(try String(contentsOfFile: aside + "/sessions/session-900.json.bak", encoding: .utf8) == "backup")
        let check = try scpf(["check", "--data", dir])
        #expect(check.status == 0, "\(check.output)")
        withExtendedLifetime(scratch) {}
    }
}
