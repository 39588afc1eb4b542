import Foundation
import Testing

/// Every way out of the terminal UI leaves the terminal as it found it: the shell's
/// `stty -g` is the same before and after scpf, whether it quits, is interrupted, is
/// killed or crashes.
struct TerminalRestoreTests {
    @Test func quitKeyRestoresTerminal() throws {
        let run = try ShellRun()
        try run.waitForUI()
        // The UI did change the terminal (no echo, no line editing): the check below means something.
        #expect(try run.tmux.stty() != run.settingsBefore())
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.status == 0)
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    @Test func ctrlCRestoresTerminal() throws {
        let run = try ShellRun()
        try run.waitForUI()
        try run.tmux.sendKeys("C-c")
        let end = try run.waitForEnd()
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalRestoresTerminal(signal: Int32) throws {
        let run = try ShellRun()
        try run.waitForUI()
        #expect(kill(try run.pid(), signal) == 0)
        let end = try run.waitForEnd()
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    /// SCPF_TEST_FATAL=1 makes the terminal layer print a line to stderr and abort after
    /// its first frame: the crash handler must restore the terminal, then show the line.
    @Test func crashRestoresTerminal() throws {
        let run = try ShellRun(environment: ["SCPF_TEST_FATAL": "1"])
        let end = try run.waitForEnd()
        #expect(end.status == 128 + SIGABRT)
        #expect(end.settingsAfter == (try run.settingsBefore()))
        // What went to stderr while the UI was up is shown once the terminal is back.
        #expect(try run.tmux.transcript().contains("SCPF_TEST_FATAL=1, aborting"))
    }

    @Test func followsResizes() throws {
        let run = try ShellRun()
        try run.waitForUI()
        try run.tmux.resize(width: 100, height: 30)
        try run.tmux.waitFor("the hint bar on row 30 of 100×30") { rows($0).count == 30 && rows($0)[29].contains("? help") }
        try run.tmux.resize(width: 40, height: 10)
        try run.tmux.waitFor("\"too small\" at 40×10") { $0.lowercased().contains("too small") }
        try run.tmux.resize(width: 80, height: 24)
        try run.tmux.waitFor("the hint bar on row 24 of 80×24") {
            rows($0).count == 24 && rows($0)[23].contains("? help") && !$0.lowercased().contains("too small")
        }
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    /// Without a terminal the UI refuses with a message instead of drawing into a pipe.
    @Test func refusesWithoutTerminal() throws {
        let scratch = try ScratchDirectory()
        let scpf = try Binary.scpf()
        try #require(try Spawn.run([scpf, "demo", "--data", scratch.file("data")]).status == 0)
        let result = try Spawn.run([scpf, "--data", scratch.file("data")])
        #expect(result.status != 0)
        #expect(result.output.contains("terminal"))
    }
}
