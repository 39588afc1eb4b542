import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Help, hints and messages name only keys that do what they say in that view.
@MainActor @Suite struct KeymapTests {
    @Test func everyKeyShownRunsItsActionInThatView() {
        for view in ViewID.allCases {
            for binding in Keymap.effective(in: view) {
                for key in binding.keys {
                    #expect(Keymap.action(for: key, in: view) == binding.action,
                            "\(key) is listed for \(binding.action) in \(view) but runs something else")
                }
            }
        }
    }

    @Test func anOverriddenGlobalKeyIsNotListed() {
        // In the Reports view g generates the report: "first line" keeps Home only.
        let top = Keymap.effective(in: .reports).first { $0.action == .moveTop }
        #expect(top?.keys == [.home])
        #expect(Keymap.effective(in: .sessions).first { $0.action == .moveTop }?.keys == [.char("g"), .home])
    }

    @Test func helpListsNoOverriddenKey() {
        let h = Harness()
        h.type(.char("5"), .char("?"))
        let help = h.screen(height: 60)
        #expect(help.contains("Home") && !help.contains("g Home"))
    }

    @Test func messagesNameTheKeyOfTheCurrentKeymap() {
        #expect(Keymap.howTo(.undo, in: .agenda) == "press u")
        #expect(Keymap.howTo(.markConvened, in: .sessions) == "press : and choose “Mark the session convened”")
        let h = Harness()
        h.type(.char("1"), .char("n"), .enter)
        #expect(h.state.message?.text.hasSuffix("Press u to undo.") == true)
    }
}

/// Commands are one value each: every action has one, and its availability check is what
/// dispatch and the palette both use.
@MainActor @Suite struct CommandTableTests {
    @Test func everyActionHasExactlyOneCommand() {
        let actions = Commands.all.map(\.action)
        #expect(Set(actions) == Set(Action.allCases))
        #expect(actions.count == Set(actions).count)
    }

    @Test func anUnavailableCommandSaysWhyInThePaletteAndWhenRun() {
        let h = Harness()
        h.type(.char(":"))
        h.type(text: "become the writer")
        let screen = h.screen()
        #expect(screen.contains("Become the writer"))
        #expect(screen.contains("This scpf is the writer already."))
        h.type(.enter)
        #expect(h.state.message?.text == "This scpf is the writer already.")
    }

    @Test func readOnlyRefusesEditingCommandsWithTheReason() {
        let h = Harness(readOnly: "opened with --read-only.")
        h.type(.char("n"))
        #expect(h.state.mode == .normal)
        #expect(h.state.message?.text == "Read-only: opened with --read-only. “New session (number and dates proposed)” was not done.")
    }
}

/// The domain names the step; the App adds the key that takes it.
@MainActor @Suite struct RemedyHintTests {
    @Test func aRefusalGetsTheKeyOfItsRemedy() {
        let h = Harness()
        let error = DomainError("Session 40 is only planned: mark it convened first.", remedy: .conveneSession)
        #expect(h.state.explain(error) == "Session 40 is only planned: mark it convened first (press s in the Sessions view).")
        #expect(h.state.explain(DomainError("Plain.")) == "Plain.")
    }
}
