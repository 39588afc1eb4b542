extension Keymap {
    /// The keys as a Markdown table per view, for docs/user-guide.md (a test keeps the two equal).
    public static func markdownReference() -> String {
        var out = ""
        for view in ViewID.allCases {
            let own = bindings.filter { $0.scope == .view(view) }
            guard !own.isEmpty else { continue }
            out += "### \(view.rawValue) \(view.title)\n\n| keys | action |\n|---|---|\n"
            for b in own { out += "| `\(b.keyLabel)` | \(b.action.title) |\n" }
            out += "\n"
        }
        out += "### Everywhere\n\n| keys | action |\n|---|---|\n"
        for b in bindings where b.scope == .global { out += "| `\(b.keyLabel)` | \(b.action.title) |\n" }
        return out
    }
}
