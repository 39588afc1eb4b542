/// One key binding: the single source for dispatch, the `?` help and the hint bar.
public struct Binding: Sendable {
    public enum Scope: Equatable, Sendable { case global, view(ViewID) }
    public var keys: [Key]
    public var action: Action
    public var scope: Scope
    /// Short label for the hint bar; nil keeps the binding out of the hint bar.
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, _ scope: Scope, hint: String? = nil) {
        self.keys = keys; self.action = action; self.scope = scope; self.hint = hint
    }

    /// "j ↓" as shown in help.
    public var keyLabel: String { keys.map(\.description).joined(separator: " ") }
}

public enum Keymap {
    public static let bindings: [Binding] = [
        // Sessions
        Binding([.char("n")], .newSession, .view(.sessions), hint: "new"),
        Binding([.char("e")], .editSession, .view(.sessions), hint: "edit"),
        Binding([.char("d")], .deleteSession, .view(.sessions), hint: "delete"),
        Binding([.char("s")], .advanceSessionStatus, .view(.sessions), hint: "status"),
        Binding([.enter], .openSession, .view(.sessions), hint: "agenda"),
        // Agenda
        Binding([.char("a")], .addItem, .view(.agenda), hint: "add"),
        Binding([.char("e")], .editItem, .view(.agenda), hint: "edit"),
        Binding([.char("d")], .deleteItem, .view(.agenda), hint: "delete"),
        Binding([.char("K")], .moveItemUp, .view(.agenda)),
        Binding([.char("J")], .moveItemDown, .view(.agenda), hint: "move"),
        Binding([.char(">")], .indentItem, .view(.agenda), hint: "indent"),
        Binding([.char("<")], .outdentItem, .view(.agenda)),
        Binding([.char("t")], .tagToR, .view(.agenda), hint: "ToR"),
        Binding([.char("i")], .issueAgenda, .view(.agenda), hint: "issue"),
        Binding([.char("D")], .editDocument, .view(.agenda)),
        Binding([.char("I")], .importAgenda, .view(.agenda)),
        Binding([.char("x")], .exportAgenda, .view(.agenda)),
        Binding([.char("A")], .adoptAgenda, .view(.agenda)),
        // Meeting
        Binding([.char("O")], .openMeeting, .view(.meeting)),
        Binding([.char("n")], .nextSpeaker, .view(.meeting), hint: "next speaker"),
        Binding([.char("s")], .addSpeaker, .view(.meeting), hint: "add speaker"),
        Binding([.char("e")], .endSpeech, .view(.meeting)),
        Binding([.char("x")], .removeSpeaker, .view(.meeting)),
        Binding([.char("K")], .speakerUp, .view(.meeting)),
        Binding([.char("J")], .speakerDown, .view(.meeting)),
        Binding([.char("L")], .speakingLimit, .view(.meeting)),
        Binding([.char("o")], .recordOutcome, .view(.meeting), hint: "outcome"),
        Binding([.char("m")], .minuteNotes, .view(.meeting), hint: "notes"),
        Binding([.char("c")], .concludeItem, .view(.meeting), hint: "conclude"),
        Binding([.char("f")], .deferItem, .view(.meeting), hint: "defer"),
        Binding([.char("w")], .withdrawItem, .view(.meeting)),
        Binding([.char("a")], .addItemInSession, .view(.meeting)),
        Binding([.char("t")], .attendance, .view(.meeting)),
        Binding([.right, .char("l")], .nextItem, .view(.meeting), hint: "item"),
        Binding([.left, .char("h")], .previousItem, .view(.meeting)),
        Binding([.char("i")], .jumpToItem, .view(.meeting)),
        Binding([.char("C")], .closeMeeting, .view(.meeting)),
        // Terms of reference
        Binding([.left, .char("h")], .previousYear, .view(.tor), hint: "year"),
        Binding([.right, .char("l")], .nextYear, .view(.tor)),
        // Reports
        Binding([.char("g")], .generateReport, .view(.reports), hint: "generate"),
        Binding([.char("e")], .editReportSection, .view(.reports), hint: "edit"),
        Binding([.char("A")], .adoptReport, .view(.reports), hint: "adopt"),
        Binding([.char("T")], .transmitReport, .view(.reports), hint: "transmit"),
        Binding([.char("C")], .recordCouncilAction, .view(.reports), hint: "Council"),
        Binding([.char("r")], .toggleRegister, .view(.reports), hint: "register"),
        // Rules of Procedure
        Binding([.char("n")], .newRulesVersion, .view(.rules), hint: "new"),
        Binding([.char("e")], .editRule, .view(.rules), hint: "rule"),
        Binding([.char("A")], .adoptRules, .view(.rules), hint: "adopt"),
        Binding([.char("S")], .submitRules, .view(.rules), hint: "submit"),
        Binding([.char("P")], .approveRules, .view(.rules), hint: "approved"),
        Binding([.char("R")], .returnRules, .view(.rules), hint: "returned"),
        Binding([.char("D")], .reopenRules, .view(.rules)),
        Binding([.char("L")], .linkRulesItem, .view(.rules)),
        // Chair's review
        Binding([.char("r"), .char(" ")], .toggleReviewed, .view(.review), hint: "reviewed"),
        Binding([.char("!")], .toggleToRaise, .view(.review), hint: "to raise"),
        Binding([.char("n")], .chairNote, .view(.review), hint: "note"),
        Binding([.char("f")], .cycleReviewFilter, .view(.review), hint: "filter"),
        // Everywhere
        Binding([.char("k"), .up], .moveUp, .global),
        Binding([.char("j"), .down], .moveDown, .global),
        Binding([.pageUp], .pageUp, .global),
        Binding([.pageDown, .char(" ")], .pageDown, .global),
        Binding([.char("g"), .home], .moveTop, .global),
        Binding([.char("G"), .end], .moveBottom, .global),
        Binding([.tab], .switchPane, .global),
        Binding([.char("/")], .search, .global, hint: "search"),
        Binding([.char("N")], .searchNext, .global),
        Binding([.char("u")], .undo, .global, hint: "undo"),
        Binding([.ctrl("r")], .redo, .global),
        Binding([.char("1")], .showSessions, .global),
        Binding([.char("2")], .showAgenda, .global),
        Binding([.char("3")], .showMeeting, .global),
        Binding([.char("4")], .showToR, .global),
        Binding([.char("5")], .showReports, .global),
        Binding([.char("6")], .showRules, .global),
        Binding([.char("7")], .showReview, .global),
        Binding([.char(":")], .palette, .global, hint: "commands"),
        Binding([.char("?"), .function(1)], .help, .global, hint: "help"),
        Binding([.char("W")], .resolveConflict, .global),
        Binding([.char("q")], .quit, .global, hint: "quit"),
    ]

    /// Bindings active in a view: the view's own first, so they win over global ones.
    public static func active(in view: ViewID) -> [Binding] {
        bindings.filter { $0.scope == .view(view) } + bindings.filter { $0.scope == .global }
    }

    public static func action(for key: Key, in view: ViewID) -> Action? {
        active(in: view).first { $0.keys.contains(key) }?.action
    }

    /// The key label of an action in a view, for messages ("press u to undo").
    public static func keyLabel(of action: Action, in view: ViewID) -> String? {
        active(in: view).first { $0.action == action }?.keyLabel
    }

    /// Actions the palette offers in a view: everything bound here plus unbound commands
    /// that make sense in the view.
    public static func paletteActions(in view: ViewID) -> [Action] {
        var seen = Set<Action>()
        var out: [Action] = []
        for b in active(in: view) where seen.insert(b.action).inserted { out.append(b.action) }
        let extra: [Action] = view == .sessions ? [.markConvened, .markInSession, .closeSession] : []
        for a in extra where seen.insert(a).inserted { out.append(a) }
        return out
    }
}
