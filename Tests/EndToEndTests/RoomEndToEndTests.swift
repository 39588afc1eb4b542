import Foundation
import Testing

/// Issue 15's acceptance: a two-day session run at 80×24 in the real binary — thirty speakers
/// on one item, suspended overnight (the clock injected with SCPF_NOW), resumed as the 2nd
/// meeting, closed with one item unfinished deferred by the close dialog — with `scpf
/// display` following in a second terminal; then the JSON and the generated report.
struct RoomEndToEndTests {
    let journey = UserJourneyTests()

    func ui(_ dir: String, now: String, display: Bool = false) throws -> Tmux {
        let command = "\(try Binary.scpf().shellQuoted) \(display ? "display " : "")--data \(dir.shellQuoted)"
        return try Tmux(command: command, width: 80, height: 24, environment: ["SCPF_NOW": now])
    }

    static let thirty = ["Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica",
                         "Denmark", "Ecuador", "Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "India", "Ireland",
                         "Italy", "Japan", "Kenya", "Morocco", "Nigeria", "Norway", "Peru", "Poland", "Portugal", "Sweden"]

    @Test func aTwoDaySessionWithThirtySpeakersAndTheRoomDisplay() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        // Day one, 11:00: session 39 is in session, item 2 under consideration.
        var writer = try ui(dir, now: "2026-11-27T11:00:00Z")
        try writer.waitFor(text: "? help")
        try writer.sendKeys("3")
        try writer.waitFor(text: "ITEM 2 of 10 · 1st meeting")
        // Everyone has spoken who was waiting; thirty more ask for the floor.
        // (Three take the floor in turn; the fourth n finds no one left.)
        for _ in 0..<4 { try writer.sendKeys("n") }
        try writer.waitFor(text: "No one is waiting on the speakers list of item 2")
        for (i, name) in Self.thirty.enumerated() {
            try writer.sendKeys("s")
            try writer.waitFor(text: "Add to the speakers list")
            try writer.sendText(name)
            try writer.sendKeys("Enter")
            try writer.waitFor(text: "\(i + 1) waiting")
        }
        var screen = try writer.waitFor(text: "30 waiting")
        #expect(screen.contains("↓ +"), "the list announces the names below the screen")
        for _ in 0..<25 { try writer.sendKeys("j") }
        screen = try writer.waitFor(text: "› 26 Norway")
        #expect(screen.contains("↑ +"))
        try writer.sendKeys("x")
        try writer.waitFor(text: "Removed Norway, 26th in line, from the speakers list")
        try writer.sendKeys("g", "n")
        try writer.waitFor(text: "▶ Argentina")

        // The projector follows in a second terminal.
        let display = try ui(dir, now: "2026-11-27T11:00:00Z", display: true)
        try display.waitFor(text: "▶ Argentina")
        screen = try display.waitFor(text: "1. Australia")
        #expect(screen.contains("Item 2 Statement by the Director General"))
        #expect(screen.contains("███"), "the timer in block digits")
        try writer.sendKeys("n")
        try display.waitFor(text: "▶ Australia")

        // Suspended for the night: the speech ends, the clocks stop.
        try writer.sendKeys("S")
        try writer.waitFor(text: "SUSPENDED since")
        try display.waitFor(text: "The meeting is suspended.")
        try writer.sendKeys("q")
        try journey.waitForExit(writer)

        // Day two, 09:30: the 2nd meeting; the session clock has not counted the night.
        writer = try ui(dir, now: "2026-11-28T09:30:00Z")
        try writer.waitFor(text: "? help")
        try writer.sendKeys("3")
        try writer.waitFor(text: "SUSPENDED since")
        try writer.sendKeys("S")
        try writer.waitFor(text: "Resume the meeting")
        try writer.sendKeys("Enter")
        screen = try writer.waitFor(text: "ITEM 2 of 10 · 2nd meeting")
        #expect(!screen.contains("session 2"), "no day-long clock: \(screen)")
        try writer.sendKeys("n")
        try display.waitFor(text: "▶ Austria")

        // Item 2 concluded; the flow goes on in agenda order, every item but the last.
        try writer.sendKeys("o")
        try writer.waitFor(text: "Outcome of item 2")
        try writer.sendKeys("Enter")
        try writer.waitFor(text: "Recorded the outcome")
        try writer.sendKeys("c")
        // Delegations still wait on item 2: concluding asks first.
        try writer.waitFor(text: "still waiting to speak")
        try writer.sendKeys("y")
        try writer.waitFor(text: "Next: 3 Programme and Budget for 2027")
        for number in ["3", "4", "5", "6", "6(a)", "6(b)", "7"] {
            try writer.sendKeys("Right")
            try writer.waitFor(text: "ITEM \(number) of 10")
            try writer.sendKeys("o")
            try writer.waitFor(text: "Outcome of item \(number)")
            try writer.sendKeys("Enter")
            try writer.waitFor(text: "Recorded the outcome")
            try writer.sendKeys("c")
            try writer.waitFor(text: "Concluded item \(number)")
        }
        // Close: the dialog lists the one unfinished item and defers it.
        try writer.sendKeys("C")
        screen = try writer.waitFor(text: "Not everything is finished")
        #expect(screen.contains("no outcome"))
        try writer.sendKeys("f")
        try writer.waitFor(text: "Closed session 39 and deferred 1 unfinished item to session 40")
        try display.waitFor(text: "The session is closed.")
        // The draft report, regenerated from the room.
        try writer.sendKeys("5", "g")
        try writer.waitFor(text: "Regenerated the draft report of session 39")
        try writer.sendKeys("q")
        try journey.waitForExit(writer)
        try display.sendKeys("q")

        let s39 = try journey.json(dir + "/sessions/session-039.json")
        #expect(s39["status"] as? String == "closed")
        let sittings = try #require(s39["sittings"] as? [[String: Any]])
        #expect(sittings.map { $0["meeting"] as? Int } == [1, 2])
        #expect(sittings[0]["endedAt"] as? String != nil && sittings[1]["endedAt"] as? String != nil)
        let items = try #require((s39["agenda"] as? [String: Any])?["items"] as? [[String: Any]])
        let item2 = try #require(items[1]["speakers"] as? [String: Any])
        let speeches = try #require(item2["speeches"] as? [[String: Any]])
        #expect(speeches.count == 2 + 3 + 3, "Mexico, Philippines, the three waiting, Argentina, Australia, Austria")
        #expect((item2["queue"] as? [String])?.count == 26, "thirty, less Norway and the three who spoke")
        #expect(items.last?["status"] as? String == "deferred")
        let s40 = try journey.json(dir + "/sessions/session-040.json")
        let carried = try #require((s40["agenda"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(carried.contains { ($0["carriedOverFrom"] as? [String: Any])?["session"] as? Int == 39 })

        let report = try Spawn.run([try Binary.scpf(), "export", "report", "--session", "39", "--data", dir], environment: ["PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "TZ=UTC"])
        #expect(report.status == 0, Comment(rawValue: report.output))
        #expect(report.output.contains("The Committee held 2 meetings, from 27 November 2026 to 28 November 2026."))
        #expect(report.output.contains("Statements were made by the delegations of Mexico, Philippines"))
        #expect(report.output.contains("Argentina, Australia and Austria"))
        #expect(report.output.contains("Member States represented:"))
        let check = try Spawn.run([try Binary.scpf(), "check", "--data", dir])
        #expect(check.status == 0, Comment(rawValue: check.output))
    }

    /// `scpf init` starts where the Committee is; `--next-session N` plans N with its dates.
    @Test func initStartsTheSeriesWhereTheCommitteeIs() throws {
        let scratch = try ScratchDirectory()
        let env = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]
        let plain = try Spawn.run([try Binary.scpf(), "init", "--data", scratch.file("a")], environment: env)
        #expect(plain.status == 0)
        #expect(plain.output.contains("The first new session proposed will be session 40"), Comment(rawValue: plain.output))
        let planned = try Spawn.run([try Binary.scpf(), "init", "--data", scratch.file("b"), "--next-session", "41"], environment: env)
        #expect(planned.status == 0, Comment(rawValue: planned.output))
        let s41 = try journey.json(scratch.file("b") + "/sessions/session-041.json")
        let start = try #require(s41["startDate"] as? String)
        #expect(start.hasPrefix("2027-10") || start.hasPrefix("2027-11"), "odd: the autumn window, \(start)")
        // A later number gets its own year of the series, not the next window (a tester's finding).
        let later = try Spawn.run([try Binary.scpf(), "init", "--data", scratch.file("d"), "--next-session", "42"], environment: env)
        #expect(later.status == 0, Comment(rawValue: later.output))
        let s42 = try journey.json(scratch.file("d") + "/sessions/session-042.json")
        #expect((s42["startDate"] as? String)?.hasPrefix("2028-06") == true, "\(String(describing: s42["startDate"]))")
        let bad = try Spawn.run([try Binary.scpf(), "init", "--data", scratch.file("c"), "--next-session", "0"], environment: env)
        #expect(bad.status != 0)
    }
}
