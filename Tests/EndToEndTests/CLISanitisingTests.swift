import Foundation
import Testing

/// The real binary: no text from a file, a path or an argument reaches the terminal as a
/// control or bidi character (issue 18 item 6); each is shown as a visible `\u{..}` escape.
@Suite struct CLISanitisingTests {
    static let env = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]

    /// Raw ESC, BEL, CSI, C1 or a bidi override anywhere in the output.
    static func unsafe(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    /// A title a file may hold (strict reading refuses C0/C1 controls in one-line text, but
    /// bidi controls are text) that must still never reach the terminal raw.
    static let bidiTitle = "Evil\u{202E}txt\u{2066}isolated\u{2069}"

    func hostileDemo(title: String = "Evil\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}txt\u{9B}",
                     symbol: String = "S/\u{1B}[31m/1") throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        let demo = try Spawn.run([try Binary.scpf(), "demo", "--data", dir], environment: Self.env)
        try #require(demo.status == 0, Comment(rawValue: demo.output))
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").filter { $0.hasSuffix(".json") }.sorted().first)
        let path = dir + "/sessions/" + name
        var session = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var agenda = try #require(session["agenda"] as? [String: Any])
        var items = try #require(agenda["items"] as? [[String: Any]])
        items[0]["title"] = title
        items[0]["documents"] = [["symbol": symbol, "languages": ["en"]]]
        agenda["items"] = items
        session["agenda"] = agenda
        try JSONSerialization.data(withJSONObject: session).write(to: URL(fileURLWithPath: path))
        return (scratch, dir)
    }

    @Test func checkShowsEscapesNotControls() throws {
        let (scratch, dir) = try hostileDemo()
        defer { withExtendedLifetime(scratch) {} }
        let check = try Spawn.run([try Binary.scpf(), "check", "--data", dir], environment: Self.env)
        #expect(check.status == 1)
        // Strict reading refuses the file, naming the control character without printing it.
        #expect(check.output.contains("the control character ESC"), Comment(rawValue: check.output))
        #expect(Self.unsafe(check.output).isEmpty, "raw controls: \(Self.unsafe(check.output).map { $0.value })")
    }

    @Test func exportToStandardOutputShowsEscapes() throws {
        let (scratch, dir) = try hostileDemo(title: Self.bidiTitle, symbol: "S/1/\u{202E}1")
        defer { withExtendedLifetime(scratch) {} }
        let number = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").filter { $0.hasSuffix(".json") }.sorted().first
            .flatMap { Int($0.dropFirst("session-".count).prefix { $0.isNumber }) })
        for format in ["md", "csv", "json"] {
            let export = try Spawn.run([try Binary.scpf(), "export", "agenda", "--data", dir, "--session", "\(number)", "--format", format],
                                       environment: Self.env)
            #expect(export.status == 0, Comment(rawValue: export.output))
            #expect(!export.output.contains("\u{1B}") && !export.output.contains("\u{202E}"), "\(format)")
            if format != "json" { #expect(export.output.contains("\\u{202E}"), "\(format): \(export.output.prefix(400))") }
            if format == "json" {
                // Still the same JSON: the title decodes to the hostile text itself.
                let object = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
                let items = object?["items"] as? [[String: Any]]
                #expect(items?.first?["title"] as? String == Self.bidiTitle)
            }
            let bad = Self.unsafe(export.output).filter { $0 != "\r" }
            #expect(bad.isEmpty, "\(format): \(bad.map { $0.value })")
        }
    }

    @Test func importAndErrorsNamingPathsShowEscapes() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        try scratch.write("agenda.txt", "1. Adoption of the agenda\n2. Budget\u{1B}[2J\u{202E}\nnot understood \u{1B}]0;x\u{07}\n")
        let imported = try Spawn.run([try Binary.scpf(), "import", "agenda", scratch.file("agenda.txt"), "--session", "7", "--opens", "2027-06-22", "--closes", "2027-06-23", "--data", dir],
                                     environment: Self.env)
        // Control characters never enter the record (an escape sequence goes whole); bidi
        // controls are text, shown escaped.
        #expect(imported.output.contains("Budget\\u{202E}"), Comment(rawValue: imported.output))
        #expect(Self.unsafe(imported.output).isEmpty, "raw controls: \(Self.unsafe(imported.output).map { $0.value })")
        let missing = scratch.file("no\u{1B}[2Jsuch\u{202E}.txt")
        let failed = try Spawn.run([try Binary.scpf(), "import", "agenda", missing, "--session", "7", "--opens", "2027-06-22", "--closes", "2027-06-23", "--data", dir], environment: Self.env)
        #expect(failed.status != 0)
        #expect(failed.output.contains("no\\u{1B}[2Jsuch\\u{202E}.txt"), Comment(rawValue: failed.output))
        #expect(Self.unsafe(failed.output).isEmpty)
        let badOption = try Spawn.run([try Binary.scpf(), "check", "--\u{1B}[2J"], environment: Self.env)
        #expect(badOption.status != 0)
        #expect(Self.unsafe(badOption.output).isEmpty, Comment(rawValue: badOption.output))
    }
}
