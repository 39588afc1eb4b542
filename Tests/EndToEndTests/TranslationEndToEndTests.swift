import Foundation
import Testing

/// The secretariat types an accented French title and a Spanish one in a real terminal; both
/// are read back, byte for byte, from the session file scpf saved.
struct TranslationEndToEndTests {
    let journey = UserJourneyTests()

    @Test func frenchAndSpanishTitlesTypedAreSaved() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let ui = try Tmux(command: "\(try Binary.scpf().shellQuoted) --data \(dir.shellQuoted); echo scpf-exit=$?")
        try ui.waitFor(text: "? help")
        try ui.sendKeys("G")
        try ui.waitFor(text: "▸ 40")
        try ui.sendKeys("2")
        try ui.waitFor(text: "Agenda · session 40")
        try ui.sendKeys("j", "j")                                   // item 3, without either version
        try ui.sendKeys("v")
        try ui.waitFor(text: "Agenda · session 40 · FR")
        try ui.sendKeys("e")
        try ui.waitFor(text: "French version · item 3")
        let french = "Rapport financier de l’exercice clôturé — éléments clés"
        try ui.sendText(french)
        try ui.sendKeys("Enter")
        let path = dir + "/sessions/session-040.json"
        func title(_ language: String) -> String? {
            guard let session = try? journey.json(path),
                  let agenda = session["agenda"] as? [String: Any],
                  let items = agenda["items"] as? [[String: Any]], items.count > 2 else { return nil }
            return (items[2]["translations"] as? [String: String])?[language]
        }
        _ = try ui.waitFor("the French title on disk") { _ in title("fr") == french }
        try ui.sendKeys("v")
        try ui.waitFor(text: "Agenda · session 40 · ES")
        try ui.sendKeys("e")
        try ui.waitFor(text: "Spanish version · item 3")
        let spanish = "Informe financiero del ejercicio: año señalado, sesión única"
        try ui.sendText(spanish)
        try ui.sendKeys("Enter")
        _ = try ui.waitFor("the Spanish title on disk") { _ in title("es") == spanish }
        #expect(title("fr") == french, "the French version stays beside the Spanish one")
        let english = try journey.json(path)
        let items = (english["agenda"] as? [String: Any])?["items"] as? [[String: Any]]
        #expect((items?[2]["title"] as? String)?.hasPrefix("Financial Report") == true, "the English title is untouched")
        try ui.sendKeys("q")
        try journey.waitForExit(ui)
    }
}
