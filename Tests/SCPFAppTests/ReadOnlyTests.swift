import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

@MainActor @Suite struct ReadOnlyTests {
    /// Every editing binding of every view is refused with the reason, and nothing is saved.
    @Test func everyEditingKeyIsRefused() {
        for binding in Keymap.bindings where binding.action.edits {
            let h = Harness(readOnly: "opened with --read-only.")
            let before = h.state.data
            if case .view(let view) = binding.scope { h.runtime.stateForTesting { $0.view = view } }
            h.type(binding.keys[0])
            #expect(h.state.data == before, "\(binding.action) changed data")
            #expect(h.state.message?.text.hasPrefix("Read-only: opened with --read-only.") == true, "\(binding.action)")
            #expect(h.persistence.saves == 0)
        }
    }

    @Test func statusBarSaysReadOnly() {
        let h = Harness(readOnly: "another scpf (pid 42) is editing /data; this one is read-only until it quits.")
        #expect(h.screen().components(separatedBy: "\n")[0].contains("READ-ONLY"))
    }
}
