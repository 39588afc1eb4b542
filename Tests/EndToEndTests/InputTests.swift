import Foundation
import Testing

/// Keys, pastes and signals through a real terminal (tmux): what the terminal sends is what
/// the UI acts on, and nothing typed in a form is lost.
struct InputTests {
    /// The session number on the row marked ▸ in the Sessions view.
    func selectedSession(_ screen: String) -> Int? {
        guard let row = rows(screen).first(where: { $0.contains("▸") }) else { return nil }
        return row.split(separator: " ").lazy.compactMap { Int($0) }.first
    }

    func sessionFile(_ run: ShellRun, _ number: Int) -> String {
        run.scratch.file("data") + "/sessions/session-" + String(repeating: "0", count: max(0, 3 - String(number).count)) + "\(number).json"
    }

    func venue(_ path: String) throws -> String? {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["venue"] as? String
    }

    /// Until the older sessions are read (⟳ in the status bar) the default selection may
    /// still move on its own: tests that use it wait for this screen first.
    @discardableResult
    func waitForAllSessions(_ run: ShellRun) throws -> String {
        try run.tmux.waitFor("every session read") { $0.contains("Thirty-second") && !$0.contains("⟳") && selectedSession($0) != nil }
    }

    /// Opens the selected session's editor on its Venue field; returns the session number.
    func editVenue(_ run: ShellRun) throws -> Int {
        let screen = try waitForAllSessions(run)
        let number = try #require(selectedSession(screen))
        try run.tmux.sendKeys("e")
        try run.tmux.waitFor(text: "Edit session \(number)")
        try run.tmux.sendKeys("Tab", "Tab", "Tab", "Tab")
        return number
    }

    /// Two keys in one write (key repeat, ssh, a fast typist) both act.
    @Test func twoKeysInOneWriteBothAct() throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        let before = try #require(selectedSession(try waitForAllSessions(run)))
        try #require(before - 2 >= 32, "the demo's selected session leaves room to move up")
        try run.tmux.sendText("kk")
        try run.tmux.waitFor("the selection two sessions up") { selectedSession($0) == before - 2 }
        #expect(!(try run.tmux.screen()).contains("Pasted text"))
        try run.tmux.sendKeys("q")
        #expect(try run.waitForEnd().status == 0)
    }

    /// Home and End (which tmux sends as ESC [1~ and ESC [4~, unknown to xterm-256color's
    /// terminfo) move in the field; the form stays open with its text, and saves it.
    @Test func homeAndEndInAFormKeepTheText() throws {
        let run = try ShellRun(width: 100, height: 30, term: "xterm-256color")
        try run.waitForUI()
        let number = try editVenue(run)
        try run.tmux.sendKeys("Home")
        try run.tmux.sendText("<")
        try run.tmux.sendKeys("End")
        try run.tmux.sendText(">")
        try run.tmux.waitFor(text: "<Geneva>")
        // Keys with nothing to do in a form leave it open, text and all.
        try run.tmux.sendKeys("F5", "PageUp", "IC", "C-Left", "C-Right", "M-x")
        try run.tmux.waitFor(text: "does nothing in a form")
        #expect(try run.tmux.screen().contains("<Geneva>"))
        try run.tmux.sendKeys("Enter")
        try run.tmux.waitFor("the form to close") { !$0.contains("Edit session") }
        #expect(try venue(sessionFile(run, number)) == "<Geneva>")
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    /// A paste goes into the open field as text; outside a field it runs nothing.
    @Test func bracketedPasteGoesIntoTheField() throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        // "dy" typed would delete the session; pasted it must not.
        let number = try #require(selectedSession(try waitForAllSessions(run)))
        try run.tmux.paste("dy")
        try run.tmux.waitFor(text: "nothing was run")
        #expect(FileManager.default.fileExists(atPath: sessionFile(run, number)))
        _ = try editVenue(run)
        try run.tmux.sendKeys("C-u")
        try run.tmux.paste("Salle XVII, Palais des Nations")
        try run.tmux.waitFor(text: "Salle XVII, Palais des Nations")
        try run.tmux.sendKeys("Enter")
        try run.tmux.waitFor("the form to close") { !$0.contains("Edit session") }
        #expect(try venue(sessionFile(run, number)) == "Salle XVII, Palais des Nations")
        try run.tmux.sendKeys("q")
        #expect(try run.waitForEnd().status == 0)
    }

    /// Back from a suspension (SIGCONT), bracketed paste is on again even if something (the
    /// shell, here a write to the pane) turned it off meanwhile: "dy" pasted deletes nothing.
    @Test func pasteStaysBracketedAfterResume() throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        let number = try #require(selectedSession(try waitForAllSessions(run)))
        let tty = try run.tmux.tmux(["display-message", "-p", "-t", "e2e", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // Output to the pane's terminal, as the shell's would be: tmux leaves paste mode.
        try "\u{1B}[?2004l".write(toFile: tty, atomically: false, encoding: .utf8)
        #expect(kill(try run.pid(), SIGCONT) == 0)
        // What scpf draws next follows its answer to SIGCONT on the same terminal, so once
        // the help shows, tmux has seen paste mode turned on again.
        try run.tmux.sendKeys("?")
        try run.tmux.waitFor(text: "Keys in")
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("the help to close") { !$0.contains("Keys in") }
        try run.tmux.paste("dy")
        try run.tmux.waitFor(text: "nothing was run")
        #expect(FileManager.default.fileExists(atPath: sessionFile(run, number)))
        try run.tmux.sendKeys("q")
        #expect(try run.waitForEnd().status == 0)
    }

    /// Ctrl-C in a form with changes asks, and cancels the form instead of ending scpf.
    @Test func ctrlCInAFormCancelsIt() throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        _ = try editVenue(run)
        try run.tmux.sendText("!")
        try run.tmux.sendKeys("C-c")
        try run.tmux.waitFor(text: "Discard what you typed?")
        try run.tmux.sendKeys("y")
        try run.tmux.waitFor(text: "Discarded the form")
        try run.tmux.sendKeys("q")
        #expect(try run.waitForEnd().status == 0)
    }

    /// SIGINT sent from outside is Ctrl-C too: a form with changes asks instead of scpf ending.
    @Test func sigIntIsCtrlC() throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        _ = try editVenue(run)
        try run.tmux.sendText("!")
        try run.tmux.waitFor(text: "Geneva!")
        #expect(kill(try run.pid(), SIGINT) == 0)
        try run.tmux.waitFor(text: "Discard what you typed?")
        try run.tmux.sendKeys("n")
        try run.tmux.waitFor("the question to go") { !$0.contains("Discard what") && $0.contains("Geneva!") }
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor(text: "Discard what you typed?")
        try run.tmux.sendKeys("y")
        try run.tmux.waitFor(text: "Discarded the form")
        try run.tmux.sendKeys("q")
        #expect(try run.waitForEnd().status == 0)
    }

    /// The window closes (SIGHUP) while a form holds text: the text is kept as a draft,
    /// offered at the next start, and restored into the same form.
    @Test(arguments: [SIGHUP, SIGTERM])
    func signalKeepsTheFormAsADraft(signal: Int32) throws {
        let run = try ShellRun(width: 100, height: 30)
        try run.waitForUI()
        let number = try editVenue(run)
        try run.tmux.sendKeys("C-u")
        try run.tmux.sendText("Annex room 3")
        try run.tmux.waitFor(text: "Annex room 3")
        #expect(kill(try run.pid(), signal) == 0)
        let end = try run.waitForEnd()
        #expect(end.status == 128 + signal)
        #expect(end.settingsAfter == (try run.settingsBefore()))
        let draft = run.scratch.file("data") + "/.draft.json"
        #expect(FileManager.default.fileExists(atPath: draft))
        // The draft file matches its published schema (docs/schema/draft.schema.json).
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/schema/draft.schema.json").path
        let check = try Spawn.run(["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
            """, schema, draft])
        #expect(check.status == 0, "\(check.output)")
        #expect(try venue(sessionFile(run, number)) == "Geneva")  // nothing was submitted

        let again = try Tmux(command: "\(try Binary.scpf().shellQuoted) --data \(run.scratch.file("data").shellQuoted)",
                             width: 100, height: 30)
        try again.waitFor(text: "A draft from")
        try again.sendKeys("Enter")
        try again.waitFor(text: "Annex room 3")
        #expect(try again.screen().contains("Edit session \(number)"))
        try again.sendKeys("Enter")
        try again.waitFor("the form to close") { !$0.contains("Edit session") }
        #expect(try venue(sessionFile(run, number)) == "Annex room 3")
        try again.sendKeys("q")
        try again.waitFor("scpf to exit") { _ in
            (try? again.tmux(["list-panes", "-a", "-F", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines)) == "1"
        }
        #expect(!FileManager.default.fileExists(atPath: draft))
    }

    /// Bracketed paste is off again after every way out: a paste into the shell afterwards
    /// arrives without the markers.
    @Test(arguments: ["q", "SIGTERM", "crash"])
    func bracketedPasteOffAfterExit(way: String) throws {
        let run = try ShellRun(environment: way == "crash" ? ["SCPF_TEST_FATAL": "1"] : [:], epilogue: """
            IFS= read -r line; case "$line" in *200~*) echo "PASTE MODE STILL ON";; *) echo "GOT $line";; esac
            """)
        switch way {
        case "q":
            try run.waitForUI()
            try run.tmux.sendKeys("q")
        case "SIGTERM":
            try run.waitForUI()
            #expect(kill(try run.pid(), SIGTERM) == 0)
        default: break
        }
        try run.tmux.waitFor("scpf to end", transcript: true) { $0.contains("EXIT ") }
        try run.tmux.paste("hello\n")
        let text = try run.tmux.waitFor("the shell to read the paste", transcript: true) { $0.contains("DONE") }
        #expect(text.contains("GOT hello"))
        #expect(!text.contains("STILL ON"))
    }

    /// Every signal whose default action ends a process restores the terminal first.
    @Test(arguments: [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGQUIT, SIGSYS, SIGIO, SIGPWR, SIGSTKFLT,
                      __libc_current_sigrtmin() + 3, __libc_current_sigrtmax()])
    func endingSignalRestoresTerminal(signal: Int32) throws {
        let run = try ShellRun()
        try run.waitForUI()
        #expect(kill(try run.pid(), signal) == 0)
        let end = try run.waitForEnd()
        #expect(end.status == 128 + signal)
        #expect(end.settingsAfter == (try run.settingsBefore()))
        #expect(!(try run.tmux.screen()).contains("? help"))  // the alternate screen was left
    }

    /// SIGPIPE and SIGXFSZ are ignored: scpf goes on (the write that caused one fails
    /// instead and the save says so).
    @Test(arguments: [SIGPIPE, SIGXFSZ])
    func ignoredSignalKeepsRunning(signal: Int32) throws {
        let run = try ShellRun()
        try run.waitForUI()
        #expect(kill(try run.pid(), signal) == 0)
        try run.tmux.sendKeys("?")
        try run.tmux.waitFor(text: "Keys in")
        try run.tmux.sendKeys("Escape")   // alone: Esc and q in one write would be Alt-q
        try run.tmux.waitFor("the help to close") { !$0.contains("Keys in") }
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.status == 0)
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }

    /// A file size limit (`ulimit -f`): the save fails with a message instead of SIGXFSZ
    /// killing scpf with the terminal raw.
    @Test func fileSizeLimitFailsTheSaveNotTheTerminal() throws {
        let run = try ShellRun(width: 100, height: 30, prelude: "ulimit -f 4")
        try run.waitForUI()
        _ = try editVenue(run)
        try run.tmux.sendText(String(repeating: "x", count: 40))
        try run.tmux.sendKeys("Enter")
        try run.tmux.waitFor(text: "NOT SAVED")
        #expect(kill(try run.pid(), SIGTERM) == 0)
        let end = try run.waitForEnd()
        #expect(end.status == 128 + SIGTERM)
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }
}
