import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore
#if canImport(Glibc)
import Glibc
#endif

/// The UI on a real data directory that disappears under it.
@MainActor
struct DataDirectoryGoneTests {
    @Test func deletedDataDirectoryShowsNotSavedWithWhyAndKeepsTheEdits() throws {
        var template = Array("/tmp/scpf-gone.XXXXXX".utf8CString)
        let parent = String(cString: try #require(mkdtemp(&template)))
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let root = parent + "/data"
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        do {
            let setup = try Store(root: root)
            try setup.save(committee)
            for s in sessions { try setup.save(s) }
        }
        let store = try Store(root: root)
        var state = try Startup.open(store, options: .init(), now: fixedNow)
        state.width = 80; state.height = 24
        let runtime = AppRuntime(state: state, persistence: store, clock: { fixedNow })
        let last = try #require(sessions.last)
        let path = store.path(of: last)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let aside = parent + "/moved"
        #expect(rename(root, aside) == 0)
        _ = runtime.handle(.key(.char("G")))
        _ = runtime.handle(.key(.char("s")))
        let changed = runtime.state.data.session(last.number)
        #expect(changed?.status != last.status, "the edit is kept in the window")
        if case .failed = runtime.state.saveStatus {} else { Issue.record("save status \(runtime.state.saveStatus)") }
        #expect(runtime.render(width: 140, height: 24).text.contains("NOT SAVED"))
        #expect(runtime.state.message?.text.contains("was deleted or replaced while scpf was running, so scpf stopped saving") == true,
                "\(String(describing: runtime.state.message?.text))")
        #expect(!FileManager.default.fileExists(atPath: root), "not re-created")

        // Put back, the next key saves what was kept.
        #expect(rename(aside, root) == 0)
        _ = runtime.handle(.key(.char("j")))
        #expect(runtime.state.saveStatus == .saved)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after != before)
        #expect(try JSONCoding.decode(Session.self, from: after).status == changed?.status)
    }
}
