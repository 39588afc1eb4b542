import Foundation
import Testing

/// A storm of terminal resizes: 100 in quick succession, through sizes below the minimum,
/// one row, one column and very wide, then back to 80×24. scpf keeps up, draws the right
/// screen for the final size, still answers keys, and leaves the terminal as it found it.
struct ResizeStormTests {
    /// The sizes of the storm: fixed awkward ones first, then a seeded pseudo-random walk,
    /// so every run sends the same 100 sizes.
    static func sizes() -> [(width: Int, height: Int)] {
        var out: [(Int, Int)] = [
            (1, 1), (2, 1), (400, 1), (1, 60), (59, 14), (60, 15), (40, 10), (300, 100), (1000, 3), (80, 24),
            (10, 3), (79, 23), (200, 60), (61, 16), (1, 24), (80, 1), (999, 200), (60, 14), (59, 15), (120, 40),
        ]
        var state: UInt64 = 0x5CF_2025
        func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
        while out.count < 100 { out.append((next(1...500), next(1...150))) }
        return out
    }

    @Test func hundredResizesThenStillResponsiveAndTerminalRestored() throws {
        let run = try ShellRun()
        try run.waitForUI()
        let sizes = Self.sizes()
        #expect(sizes.count == 100)
        #expect(sizes.contains { $0.height == 1 } && sizes.contains { $0.width >= 400 } && sizes.contains { $0.width < 60 })
        // As fast as tmux takes them: no pause, so the signals arrive while scpf is still
        // drawing the previous size (and several coalesce into one SIGWINCH).
        // Keys arrive in the middle of it, as when someone types while dragging the corner.
        for (i, size) in sizes.enumerated() {
            try run.tmux.resize(width: size.width, height: size.height)
            if i % 10 == 9 { try run.tmux.sendKeys(i % 20 == 9 ? "Down" : "Up") }
        }
        try run.tmux.resize(width: 80, height: 24)

        // The last size wins: the full UI at 80×24, not the too-small screen of an earlier size.
        try run.tmux.waitFor("the hint bar on row 24 of 80×24 after the storm") {
            rows($0).count == 24 && rows($0)[23].contains("? help") && !$0.lowercased().contains("too small")
        }
        // Still answering keys.
        try run.tmux.sendKeys("?")
        try run.tmux.waitFor(text: "Help — ")
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("the help to close") { !$0.contains("Help — ") && rows($0).count == 24 && rows($0)[23].contains("? help") }
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.status == 0)
        #expect(end.settingsAfter == (try run.settingsBefore()))
        // Nothing went to stderr during the storm: the transcript after the program ends
        // holds only what the script printed.
        let transcript = try run.tmux.transcript()
        #expect(!transcript.lowercased().contains("fatal") && !transcript.contains("Fatal error"), "\(transcript)")
    }

    /// A storm while the help is open, ending on the too-small screen and then 80×24: the
    /// help is still there (the state survives the sizes), and Esc still closes it.
    @Test func stormWithHelpOpenEndsOnTheHelp() throws {
        let run = try ShellRun()
        try run.waitForUI()
        try run.tmux.sendKeys("?")
        try run.tmux.waitFor(text: "Help — ")
        for size in Self.sizes().prefix(50) { try run.tmux.resize(width: size.width, height: size.height) }
        try run.tmux.resize(width: 30, height: 8)
        try run.tmux.waitFor("\"too small\" at 30×8") { $0.lowercased().contains("too small") }
        try run.tmux.resize(width: 80, height: 24)
        try run.tmux.waitFor("the help again at 80×24") { rows($0).count == 24 && $0.contains("Help — ") }
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("the help to close") { !$0.contains("Help — ") && rows($0).count == 24 && rows($0)[23].contains("? help") }
        try run.tmux.sendKeys("q")
        let end = try run.waitForEnd()
        #expect(end.status == 0)
        #expect(end.settingsAfter == (try run.settingsBefore()))
    }
}
