/// One key binding of a command (see Command.swift), as dispatch, help and hints use it.
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
    /// The key bindings, read from the commands.
    public static let bindings: [Binding] = Commands.all.filter { !$0.keys.isEmpty }.map {
        Binding($0.keys, $0.action, $0.scope, hint: $0.hint)
    }

    /// Bindings active in a view: the view's own first, so they win over global ones.
    public static func active(in view: ViewID) -> [Binding] {
        bindings.filter { $0.scope == .view(view) } + bindings.filter { $0.scope == .global }
    }

    /// The bindings active in a view, each with only the keys that reach it: a key the view
    /// binds is dropped from the global binding it overrides (in the Reports view `g`
    /// generates the report, so "go to the first line" is listed with Home only). Help, the
    /// hint bar and messages use these, so they never name a key that does something else.
    public static func effective(in view: ViewID) -> [Binding] {
        var claimed = Set<Key>()
        var out: [Binding] = []
        for binding in active(in: view) {
            var reachable = binding
            reachable.keys = binding.keys.filter { claimed.insert($0).inserted }
            if !reachable.keys.isEmpty { out.append(reachable) }
        }
        return out
    }

    public static func action(for key: Key, in view: ViewID) -> Action? {
        active(in: view).first { $0.keys.contains(key) }?.action
    }

    /// The keys that run an action in a view ("j ↓"), as the palette shows them.
    public static func keyLabel(of action: Action, in view: ViewID) -> String? {
        effective(in: view).first { $0.action == action }?.keyLabel
    }

    /// The first key that runs an action in a view, for messages ("press u to undo").
    public static func key(of action: Action, in view: ViewID) -> String? {
        effective(in: view).first { $0.action == action }?.keys.first?.description
    }

    /// How to run `action` in `view`, for a message: "press u", or the palette when no key
    /// reaches it there.
    public static func howTo(_ action: Action, in view: ViewID) -> String {
        if let key = key(of: action, in: view) { return "press \(key)" }
        return "press \(key(of: .palette, in: view) ?? ":") and choose “\(action.title)”"
    }

    /// Actions the palette offers in a view: everything bound here plus unbound commands
    /// that make sense in the view.
    public static func paletteActions(in view: ViewID) -> [Action] {
        var seen = Set<Action>()
        var out: [Action] = []
        for b in active(in: view) where seen.insert(b.action).inserted { out.append(b.action) }
        // Commands with no key, offered in their view.
        for c in Commands.all where c.keys.isEmpty && (c.scope == .global || c.scope == .view(view)) {
            if seen.insert(c.action).inserted { out.append(c.action) }
        }
        // A global command that works only in some views is not offered elsewhere.
        return out.filter { Commands[$0].offered(in: view) }
    }
}

extension String {
    /// "press u" → "Press u", for a message that starts with a key hint.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
