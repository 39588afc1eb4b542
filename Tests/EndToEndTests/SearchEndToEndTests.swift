import Foundation
import Testing

/// Issue 19 in the real binary: Ctrl-F from the Review view, a French title typed without its accents, Enter
/// goes to the item in the Agenda view, Ctrl-F comes back to the results, Esc returns to the
/// Review view; then `scpf search` and `scpf export history` on the same data.
struct SearchEndToEndTests {
    let journey = UserJourneyTests()

    @Test func searchJumpsToTheItemAndReturns() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let tmux = try journey.open(dir)
        try tmux.sendKeys("7")
        try tmux.waitFor(text: "7 Review")
        try tmux.sendKeys("C-f")
        try tmux.waitFor(text: "Search every session")
        // Unaccented, in French: the French title of session 40's item 6.
        try tmux.sendText("fonds developpement")
        try tmux.waitFor(text: "1 match in 9 sessions")
        try tmux.waitFor(text: "title (fr): Fonds de l’OIM pour le développement")
        try tmux.sendKeys("Enter")
        var screen = try tmux.waitFor(text: "Agenda · session 40")
        #expect(screen.contains("▸ 6     IOM Development Fund"))
        try tmux.sendKeys("C-f")
        screen = try tmux.waitFor(text: "> fonds developpement")
        try tmux.sendKeys("Escape")
        screen = try tmux.waitFor(text: "7 Review")
        #expect(!screen.contains("Search every session"))
        try tmux.sendKeys("q")
    }

    @Test func theCommandLineSearchesAndExportsTheHistory() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let env = ["PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "TZ=UTC"]
        let found = try Spawn.run([try Binary.scpf(), "search", "--data", dir, "S/37/1/Rev.1"], environment: env)
        #expect(found.status == 0)
        #expect(found.output.contains("[S/37/1/Rev.1]"))
        let none = try Spawn.run([try Binary.scpf(), "search", "--data", dir, "xyzzy"], environment: env)
        #expect(none.status == 1)
        let bad = try Spawn.run([try Binary.scpf(), "search", "--data", dir, "colour:red"], environment: env)
        #expect(bad.status == 2)
        #expect(bad.output.contains("colour: is not a filter"))
        let json = try Spawn.run([try Binary.scpf(), "search", "--data", dir, "--format", "json", "--limit", "2", "中国"], environment: env)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["shown"] as? Int == 2)
        let history = try Spawn.run([try Binary.scpf(), "export", "history", "--data", dir, "--item", "Programme and Budget", "--format", "csv"], environment: env)
        #expect(history.status == 0)
        #expect(history.output.hasPrefix("session,date,item,title,documents,status,outcome,conclusion,council"))
    }
}
