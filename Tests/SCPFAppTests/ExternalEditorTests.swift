import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Ctrl-O in a paragraph field: the text goes to the user's editor and comes back.
@MainActor @Suite struct ExternalEditorTests {
    func harness(editor: String?) -> Harness {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        let persistence = MemoryPersistence()
        let runtime = AppRuntime(state: AppState(data: DataSet(committee: committee, sessions: sessions), now: fixedNow),
                                 persistence: persistence, clock: { fixedNow },
                                 editor: ExternalEditor { editor })
        let h = Harness(runtime: runtime, persistence: persistence)
        h.type(.char("5"), .char("e"), .enter)           // session 39's report, introduction
        return h
    }

    @Test func theEditorsTextReplacesTheFieldAndIsSavedWithTheForm() throws {
        let h = harness(editor: "vi")
        h.clearField()
        h.type(text: "Draft")
        h.type(.ctrl("o"))
        let request = try #require(h.runtime.takeEditorRequest())
        #expect(request.editor == "vi")
        #expect(try String(contentsOfFile: request.path, encoding: .utf8) == "Draft\n")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: request.path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        try "First paragraph.\n\nSecond paragraph.\n".write(toFile: request.path, atomically: false, encoding: .utf8)
        #expect(h.runtime.editorFinished(request, status: 0))
        #expect(!FileManager.default.fileExists(atPath: request.path))
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.fields[0].input.text == "First paragraph.\n\nSecond paragraph.")
        h.type(.ctrl("s"))
        #expect(h.persistence.sessions[39]?.report.sections.first { $0.key == "introduction" }?.body
                == "First paragraph.\n\nSecond paragraph.")
    }

    @Test func aFailingEditorKeepsTheText() throws {
        let h = harness(editor: "false")
        h.clearField()
        h.type(text: "Keep me")
        h.type(.ctrl("o"))
        let request = try #require(h.runtime.takeEditorRequest())
        try "Something else".write(toFile: request.path, atomically: false, encoding: .utf8)
        _ = h.runtime.editorFinished(request, status: 1)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.fields[0].input.text == "Keep me")
        #expect(h.state.message?.text.contains("exited with status 1") == true)
        #expect(!FileManager.default.fileExists(atPath: request.path))
    }

    @Test func noEditorSetSaysWhatToDo() {
        let h = harness(editor: nil)
        h.type(.ctrl("o"))
        #expect(h.runtime.takeEditorRequest() == nil)
        #expect(h.state.message?.text.contains("export EDITOR") == true)
        guard case .form = h.state.mode else { Issue.record("form closed"); return }
    }

    @Test func ctrlOInAOneLineFieldExplainsItself() {
        let h = harness(editor: "vi")
        h.type(.escape)
        h.type(.char("1"), .char("n"))                   // new session form: one-line fields
        h.type(.ctrl("o"))
        #expect(h.runtime.takeEditorRequest() == nil)
        #expect(h.state.message?.text.contains("paragraph field") == true)
    }
}
