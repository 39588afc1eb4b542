import SCPFCore

extension AppState {
    /// Top line: committee, session, agenda state, save state, read-only, view number.
    func drawStatusBar(_ f: inout Frame) {
        let bar = Style(role: .bar, reverse: true)
        f.fill(x: 0, y: 0, width: width, height: 1, style: bar)
        var parts = [" \(data.committee.shortName)"]
        var dates: String?
        if let s = session {
            parts.append(s.shortTitle)
            dates = dayRangeText(s.startDate, s.endDate)
            parts.append(s.isSuspended ? "suspended" : s.status.label)
            var agenda = "agenda \(s.agenda.state.label)"
            if let symbol = s.agenda.symbol { agenda += " \(symbol)" }
            parts.append(agenda)
        } else {
            parts.append("\(data.sessions.count) sessions")
        }
        let save: String
        switch saveStatus {
        case .saved: save = "saved"
        case .failed: save = "NOT SAVED (write failed)"
        case .conflict: save = conflicts.count > 1 ? "NOT SAVED (\(conflicts.count) conflicts: W)" : "NOT SAVED (conflict: W)"
        case .readOnly: save = reviewMode ? "REVIEW" : "READ-ONLY"
        case .saving: save = "saving…"
        }
        parts.append(save)
        // The save word always shows: the agenda state goes first when the line is full.
        if parts.count > 4, TextWidth.of(parts.joined(separator: " · ")) + 6 > width, saveStatus != .saved {
            parts.remove(at: parts.count - 2)
        }
        // The dates go in only when everything else fits.
        if let dates, TextWidth.of(parts.joined(separator: " · ")) + TextWidth.of(dates) + 8 <= width {
            parts.insert(dates, at: 2)
        }
        // Older sessions still being read show as "⟳ 120" beside the view number.
        let loading = loadingRemaining > 0 ? "⟳ \(loadingRemaining)  " : ""
        let full = "\(loading)\(view.rawValue) \(view.title) "
        let fits = TextWidth.of(parts.joined(separator: " · ")) + TextWidth.of(full) + 2 <= width
        let right = fits ? full : "\(loading)\(view.rawValue) "
        f.putLR(parts.joined(separator: " · "), right, x: 0, y: 0, width: width, style: bar)
        if saveStatus != .saved && saveStatus != .saving {
            // Repaint the save word in the warning colour so it stands out, bold without colour.
            let text = parts.dropLast().joined(separator: " · ") + " · "
            let x = TextWidth.of(text)
            if x < width - TextWidth.of(right) - 1 {
                f.put(save, x: x, y: 0, style: Style(role: .danger, bold: true, reverse: true),
                      maxWidth: width - TextWidth.of(right) - 1 - x)
            }
        }
    }

    /// Bottom line: the hints of the current view from the keymap.
    func drawHintBar(_ f: inout Frame) {
        let y = height - 1
        var hints: [String] = []
        switch mode {
        case .form(let form) where form.askingToDiscard: hints = ["y discard", "n keep editing"]
        case .form(let form) where form.askingToRedraft != nil: hints = ["y use the drafted conclusion", "n keep the edited one"]
        case .form(let form) where form.fields[form.focus].isParagraph:
            hints = ["Ctrl-S save", "Enter new line", "Ctrl-O editor", "Tab next field", "Esc cancel"]
        case .form: hints = ["Enter save", "Tab next field", "Esc cancel"]
        case .confirm(let c):
            if case .restoreDraft = c.action { hints = ["Enter restore", "d discard", "Esc later"] }
            else if case .closeMeeting(let n) = c.action, data.session(n).map({ !$0.unfinishedItemIds.isEmpty }) == true {
                hints = ["f defer and close", "x no action and close", "y close", "Esc keep open"]
            } else { hints = ["y confirm", "n cancel"] }
        case .palette: hints = ["type to filter", "↑↓ choose", "Enter run", "Esc close"]
        case .help: hints = ["↑↓ scroll", "any other key closes"]
        case .search: hints = ["type text", "Enter find", "Esc cancel"]
        case .picker(let p):
            hints = p.purpose.isToggleList ? (p.query.text.isEmpty ? ["type to find", "Space toggles", "Enter or Esc done"]
                                                                    : ["Enter toggles the one found", "Esc done"])
                : ["type to find", "↑↓ choose", "Enter take", "Esc cancel"]
        case .finder:
            let move = finder?.rows.contains { !$0.isHeading } == true ? ["↑↓ choose", "Enter go to"] : []
            hints = (finder?.kind == .search ? ["type to search"] : []) + move + ["Esc back"]
        case .conflict: hints = ["r reload theirs", "o overwrite with mine", "Esc later"]
        case .quitting: hints = conflicts.isEmpty ? ["s save and quit", "d quit discarding", "Esc stay"]
            : ["o overwrite theirs and quit", "d quit discarding", "Esc stay"]
        case .normal:
            // A file waiting for a decision puts its key first.
            if !conflicts.isEmpty { hints.append("\(Keymap.key(of: .resolveConflict, in: view) ?? ":") changed on disk") }
            for b in Keymap.effective(in: view) {
                guard let hint = b.hint else { continue }
                if b.action.edits && readOnlyReason != nil { continue }
                if Commands[b.action].hintOnlyWhenAvailable, Commands[b.action].whyNot(in: self) != nil { continue }
                hints.append("\(b.keys[0]) \(hint)")
            }
        }
        // "? help" and "q quit" always show, so every other key can be found from here.
        let tail = mode == .normal ? hints.filter { $0 == "? help" || $0 == "q quit" } : []
        // The language toggle first where it works: which language the texts are in matters
        // before any one command.
        let language = hints.filter { $0.hasSuffix(" " + (Commands[.toggleLanguage].hint ?? "")) }
        let head = language + hints.filter { !tail.contains($0) && !language.contains($0) }
        let tailText = tail.joined(separator: "  ")
        var line = " "
        for hint in head {
            if TextWidth.of(line + hint) + 2 + TextWidth.of(tailText) > width - 1 { break }
            line += hint + "  "
        }
        line += tailText
        f.put(line, x: 0, y: y, style: Style(role: .muted))
    }

    /// The line above the hints: the last message (errors stand out); with none, what is
    /// not saved and why, for as long as anything is not.
    func drawMessage(_ f: inout Frame) {
        guard let message = message ?? unsavedProblem.map(Message.error) else { return }
        let style = message.kind == .error ? Style(role: .danger, bold: true) : Style(role: .accent)
        let prefix = message.kind == .error ? " ! " : " "
        // A message longer than the line takes the row above as well, never cut at the edge.
        let textWidth = max(1, width - prefix.count - 1)
        var lines = TextWidth.of(message.text) <= textWidth ? [message.text] : wrap(message.text, width: textWidth)
        if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ").truncated(toColumns: textWidth)] }
        let top = height - 1 - lines.count
        f.fill(x: 0, y: top, width: width, height: lines.count)
        for (i, line) in lines.enumerated() {
            f.put((i == 0 ? prefix : String(repeating: " ", count: prefix.count)) + line, x: 0, y: top + i, style: style, maxWidth: width)
        }
    }
}
