import Foundation
import Testing

/// Someone else changes a file while the secretariat edits; the decision is put off, more
/// edits follow, and quitting asks instead of dropping them.
struct SaveLoopEndToEndTests {
    let journey = UserJourneyTests()

    /// The exit status of scpf, as the shell after it printed it.
    func exitStatus(_ tmux: Tmux) throws -> Int? {
        let text = try tmux.waitFor("the exit status", transcript: true) { $0.contains("scpf-exit=") }
        let after = text.components(separatedBy: "scpf-exit=")[1]
        return Int(after.prefix { $0.isNumber })
    }

    /// Changes session 40's venue on disk, as another writer would.
    func changeOutside(_ dir: String) throws -> String {
        let path = dir + "/sessions/session-040.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = try #require(text.range(of: "\"Geneva\"")).lowerBound
        let theirs = text.replacingCharacters(in: changed..<text.index(changed, offsetBy: 8), with: "\"Bern\"")
        try theirs.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Opens the demo, changes session 40 outside, edits it inside, puts the decision off
    /// and adds a session; returns the terminal at the quit question.
    func editThroughAConflict() throws -> (ScratchDirectory, String, Tmux) {
        let (scratch, dir) = try journey.dataDirectory("demo")
        let ui = try Tmux(command: "\(try Binary.scpf().shellQuoted) --data \(dir.shellQuoted); echo scpf-exit=$?")
        try ui.waitFor(text: "? help")
        _ = try changeOutside(dir)
        try ui.sendKeys("G")
        try ui.waitFor(text: "▸ 40")
        try ui.sendKeys("s")                                        // session 40 convened
        try ui.waitFor(text: "Changed on disk")
        try ui.sendKeys("Escape")                                   // decide later
        try ui.waitFor(text: "W or :resolve decides")
        try ui.sendKeys("n")
        try ui.waitFor(text: "New session")
        try ui.sendKeys("Enter")                                    // session 41: another file
        try ui.waitFor(text: "41st session")
        try ui.waitFor("session 41 on disk") { _ in FileManager.default.fileExists(atPath: dir + "/sessions/session-041.json") }
        let top = try ui.screen().components(separatedBy: "\n")[0]
        #expect(top.contains("NOT SAVED"), "the status bar says session 40 is not saved: \(top)")
        try ui.sendKeys("q")
        try ui.waitFor(text: "Quit with unsaved changes?")
        return (scratch, dir, ui)
    }

    @Test func outsideChangeDecideLaterMoreEditsQuitOverwriteLosesNothing() throws {
        let (scratch, dir, ui) = try editThroughAConflict()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try ui.screen().contains("session-040.json: changed on disk by someone else"))
        try ui.sendKeys("o")                                        // save and quit, mine over theirs
        try journey.waitForExit(ui)
        #expect(try exitStatus(ui) == 0)
        let forty = try journey.json(dir + "/sessions/session-040.json")
        #expect(forty["status"] as? String == "convened", "the edit made before the decision is on disk")
        let fortyOne = try journey.json(dir + "/sessions/session-041.json")
        #expect(fortyOne["number"] as? Int == 41, "the edit made after it too")
    }

    @Test func discardingIsAskedForAndExitsNonZero() throws {
        let (scratch, dir, ui) = try editThroughAConflict()
        defer { withExtendedLifetime(scratch) {} }
        try ui.sendKeys("d")
        try journey.waitForExit(ui)
        let status = try exitStatus(ui)
        let transcript = try ui.transcript()
        #expect(status == 3, "exit status \(String(describing: status)); \(transcript)")
        #expect(transcript.contains("quit discarding changes that were not saved"))
        let forty = try journey.json(dir + "/sessions/session-040.json")
        #expect(forty["venue"] as? String == "Bern", "their version stays: nothing was written over it")
    }
}
