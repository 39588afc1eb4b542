import Foundation
import Testing

/// Ctrl-O in a paragraph field runs the user's editor on the whole terminal and takes its
/// text back; a Ctrl-C meant for the editor never ends scpf.
struct EditorEndToEndTests {
    let journey = UserJourneyTests()

    func start(_ scratch: ScratchDirectory, dir: String) throws -> Tmux {
        let editor = scratch.file("editor.sh")
        try """
        #!/bin/sh
        echo "EDITOR RUNNING on $(basename "$1")"
        read answer || exit 130
        printf 'Written in the editor.\\n\\nSecond paragraph.\\n' > "$1"
        """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let tmux = try Tmux(command: "\(try Binary.scpf().shellQuoted) --data \(dir.shellQuoted)",
                            environment: ["EDITOR": editor, "SCPF_TODAY": "2026-11-27"])
        try tmux.waitFor(text: "? help")
        try tmux.sendKeys("5")
        try tmux.waitFor(text: "Report")
        try tmux.sendKeys("e", "Enter")
        try tmux.waitFor(text: "Ctrl-O editor")
        return tmux
    }

    @Test func theEditorsTextComesBackIntoTheFormAndIsSaved() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        let ui = try start(scratch, dir: dir)
        try ui.sendKeys("C-o")
        try ui.waitFor(text: "EDITOR RUNNING on text.txt")
        try ui.sendKeys("Enter")
        try ui.waitFor(text: "Took the text from your editor")
        try ui.waitFor(text: "Written in the editor.")
        try ui.sendKeys("C-s")
        try ui.waitFor(text: "Edited the report section")
        let session = try journey.json("\(dir)/sessions/session-039.json")
        let sections = ((session["report"] as? [String: Any])?["sections"] as? [[String: Any]]) ?? []
        let intro = sections.first { $0["key"] as? String == "introduction" }
        #expect(intro?["body"] as? String == "Written in the editor.\n\nSecond paragraph.")
    }

    @Test func ctrlCInTheEditorEndsTheEditorNotScpf() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        let ui = try start(scratch, dir: dir)
        try ui.sendKeys("C-o")
        try ui.waitFor(text: "EDITOR RUNNING")
        try ui.sendKeys("C-c")
        try ui.waitFor(text: "Your editor exited with status 130")
        try ui.waitFor(text: "Ctrl-O editor")        // still in the form, text kept
        try ui.sendKeys("Escape")
        try ui.waitFor(text: "? help")
    }
}
