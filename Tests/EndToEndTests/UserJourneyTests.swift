import Foundation
import Testing

/// The real binary in a real terminal doing the users' jobs: the screens are read back as
/// text, the files checked on disk.
struct UserJourneyTests {
    /// A data directory made by a command of the real binary.
    func dataDirectory(_ command: String, today: String = "2026-11-27") throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        let result = try Spawn.run([try Binary.scpf(), command, "--data", dir], environment: [
            "PATH=/usr/bin:/bin", "SCPF_TODAY=\(today)", "LC_ALL=C.UTF-8", "TZ=UTC",
        ])
        try #require(result.status == 0, "scpf \(command) failed: \(result.output)")
        return (scratch, dir)
    }

    func open(_ dir: String, _ extra: String = "") throws -> Tmux {
        let tmux = try Tmux(command: "\(try Binary.scpf().shellQuoted) --data \(dir.shellQuoted) \(extra)")
        try tmux.waitFor(text: "? help")
        return tmux
    }

    func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func panePid(_ tmux: Tmux) throws -> pid_t {
        let text = try tmux.tmux(["list-panes", "-a", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(text))
    }

    func waitForExit(_ tmux: Tmux) throws {
        try tmux.waitFor("scpf to exit") { _ in
            (try? tmux.tmux(["list-panes", "-a", "-F", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines)) == "1"
        }
    }

    @Test func planASessionAndBuildItsAgendaThenFindThemInTheFiles() throws {
        let (scratch, dir) = try dataDirectory("init")
        defer { withExtendedLifetime(scratch) {} }
        let ui = try open(dir)
        try ui.waitFor(text: "No sessions yet")
        try ui.sendKeys("n")
        try ui.waitFor(text: "New session")
        try ui.sendKeys("Enter")
        try ui.waitFor(text: "Fortieth Session")        // the series starts where the Committee is
        try ui.sendKeys("Enter")                      // open its agenda
        try ui.waitFor(text: "Empty agenda")
        try ui.sendKeys("a")
        try ui.waitFor(text: "New item")
        try ui.sendText("Adoption of the agenda")
        try ui.sendKeys("Tab")
        try ui.sendText("proc")
        try ui.sendKeys("Enter")
        try ui.waitFor(text: "1 items")
        try ui.sendKeys("a")
        try ui.waitFor(text: "New item")
        try ui.sendText("Programme and Budget")
        try ui.sendKeys("Tab")
        try ui.sendText("b h")
        try ui.sendKeys("Tab", "Space", "Space", "Tab")   // purpose → recommendation to Council
        try ui.sendText("90")
        try ui.sendKeys("Tab")
        try ui.sendText("S/40/4")
        try ui.sendKeys("Enter")
        try ui.waitFor(text: "2 items")
        try ui.sendKeys("q")
        try waitForExit(ui)

        let session = try json(dir + "/sessions/session-040.json")
        #expect(session["number"] as? Int == 40)
        let agenda = try #require(session["agenda"] as? [String: Any])
        let items = try #require(agenda["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["Adoption of the agenda", "Programme and Budget"])
        #expect(items[1]["tor"] as? [String] == ["b", "h"])
        #expect(items[1]["purpose"] as? String == "recommendation-to-council")
        #expect(items[1]["minutesAllotted"] as? Int == 90)
        #expect((items[1]["documents"] as? [[String: Any]])?.first?["symbol"] as? String == "S/40/4")
        let check = try Spawn.run([try Binary.scpf(), "check", "--data", dir])
        #expect(check.status == 0, Comment(rawValue: check.output))
    }

    /// The first screen shows the newest sessions at once; the older ones join from the
    /// background without a key being pressed.
    @Test func olderSessionsArriveOnTheirOwn() throws {
        let (scratch, dir) = try dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let ui = try open(dir)
        let screen = try ui.waitFor("every year of the demo") { $0.contains(" 2023 ") && $0.contains("Thirty-second Session") }
        #expect(!rows(screen)[0].contains("⟳"))
        try ui.sendKeys("q")
    }

    /// Chinese and Arabic names take the cells a terminal gives them: the column rule after
    /// them stays in its place.
    @Test func wideCharactersDrawInTheRightCells() throws {
        let (scratch, dir) = try dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let ui = try open(dir)
        try ui.sendKeys("3")
        let screen = try ui.waitFor(text: "China (中国)")
        for name in ["China (中国)", "Egypt (مصر)", "Côte d'Ivoire"] {
            let row = try #require(rows(screen).first { $0.contains(name) }, "\(name) not on screen")
            let before = row.prefix { $0 != "│" }
            #expect(displayWidth(String(before)) == 40, "the rule after \(name) is not in column 41: \(row)")
        }
        try ui.sendKeys("q")
    }

    /// SIGKILL in the middle of a meeting: the restarted UI shows the same item and speakers.
    @Test func meetingSurvivesAKill() throws {
        let (scratch, dir) = try dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let ui = try open(dir)
        try ui.sendKeys("3")
        try ui.waitFor(text: "ITEM 2 of")
        try ui.sendKeys("n")                          // China takes the floor
        try ui.waitFor("China speaking") { $0.contains("▶ China (中国)") }
        try ui.sendKeys("s")
        try ui.waitFor(text: "Add to the speakers list")
        try ui.sendText("germ")
        try ui.sendKeys("Enter")
        try ui.waitFor(text: "Added Germany")
        #expect(kill(try panePid(ui), SIGKILL) == 0)
        try waitForExit(ui)

        let again = try open(dir)
        try again.sendKeys("3")
        let screen = try again.waitFor("the same meeting") { $0.contains("ITEM 2 of") && $0.contains("▶ China (中国)") }
        #expect(screen.contains("Egypt (مصر)") && screen.contains("Germany"))
        #expect(screen.contains("✓ Philippines"))
        try again.sendKeys("q")
    }

    /// The chair follows the live meeting from a second instance in review mode, and the
    /// secretariat's files are byte-identical whatever the chair does.
    @Test func chairFollowsTheMeetingWithoutWritingTheRecord() throws {
        let (scratch, dir) = try dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let secretariat = try open(dir)
        let chair = try open(dir, "--review")
        try chair.waitFor(text: "Reviewed 5 of 10")
        try secretariat.sendKeys("3", "Right")
        try secretariat.waitFor(text: "ITEM 3 of")
        let sessionFile = dir + "/sessions/session-039.json"
        let written = try Data(contentsOf: URL(fileURLWithPath: sessionFile))
        try chair.waitFor("the chair's screen on item 3", timeout: .seconds(3)) { screen in
            rows(screen).contains { $0.contains("▶") && $0.contains("Programme and Budget") }
        }
        // One key at a time, so each message can be seen before the next key replaces it.
        try chair.sendKeys("r")
        try chair.waitFor(text: "not reviewed")
        try chair.sendKeys("!")
        try chair.waitFor(text: "no longer flagged")   // the demo had flagged item 3
        try chair.sendKeys("q")
        try waitForExit(chair)
        #expect(try Data(contentsOf: URL(fileURLWithPath: sessionFile)) == written)
        let notes = try json(dir + "/chair.json")
        #expect(((notes["sessions"] as? [String: Any])?["39"] as? [String: Any])?.isEmpty == false)
        try secretariat.sendKeys("q")
    }
}

/// Terminal columns of text as tmux lays it out (CJK two columns, Arabic and accents one).
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        switch scalar.value {
        case 0x0300...0x036F: return width
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return width + 2
        default: return width + 1
        }
    }
}
