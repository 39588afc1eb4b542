extension AppState {
    func drawOverlay(_ f: inout Frame) {
        switch mode {
        case .normal: break
        case .help(let scroll): drawHelp(&f, scroll: scroll)
        case .palette(let p): drawPalette(&f, p)
        case .form(let form): drawForm(&f, form)
        case .confirm(let c):
            if case .restoreDraft = c.action {
                drawDialog(&f, title: "Draft", lines: c.message.components(separatedBy: "\n") + ["", "Enter  restore      d  discard      Esc  later"])
            } else {
                drawDialog(&f, title: "Confirm", lines: c.message.components(separatedBy: "\n") + ["", "y  yes, do it      n  no, keep it"])
            }
        case .search(let field): drawSearch(&f, field)
        case .picker(let picker): drawPicker(&f, picker)
        case .conflict(let path):
            drawDialog(&f, title: "Changed on disk", lines: [
                "\(path) was changed by someone else since scpf loaded it. Your change is not saved yet.",
                "", "r  reload: take their version (your unsaved change is dropped)",
                "o  overwrite: save your version over theirs", "Esc  decide later (saving stays paused)"])
        }
    }

    /// Every key of the current view, from the keymap.
    func helpLines() -> [String] {
        var lines = ["Keys in \(view.title)", ""]
        let bindings = Keymap.active(in: view)
        let keyWidth = min(14, bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 8)
        for b in bindings {
            let note = b.action.edits && readOnlyReason != nil ? "  (read-only)" : ""
            lines.append(b.keyLabel.padded(toColumns: keyWidth) + "  " + b.action.title + note)
        }
        lines += ["", "In text fields", "←/→ Home/End".padded(toColumns: keyWidth) + "  move the cursor",
                  "Ctrl-←/→".padded(toColumns: keyWidth) + "  move by word",
                  "Bksp / Del".padded(toColumns: keyWidth) + "  delete before / after the cursor",
                  "Ctrl-W".padded(toColumns: keyWidth) + "  delete the word before the cursor",
                  "Ctrl-U / Ctrl-K".padded(toColumns: keyWidth) + "  delete to the start / to the end",
                  "Tab / S-Tab".padded(toColumns: keyWidth) + "  next / previous field",
                  "Esc / Ctrl-C".padded(toColumns: keyWidth) + "  close the form (asks first if you typed)",
                  "", "Every change is saved as you make it."]
        return lines
    }

    func drawHelp(_ f: inout Frame, scroll: Int) {
        let w = min(width - 4, 76), h = height - 4
        let x = (width - w) / 2, y = 2
        f.panel(x: x, y: y, width: w, height: h, title: "Help — ? or Esc closes")
        let lines = helpLines()
        let visible = h - 2
        let start = min(scroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            let bold = i + start == 0 || line == "In text fields"
            f.put(line, x: x + 2, y: y + 1 + i, style: Style(bold: bold), maxWidth: w - 4)
        }
        if lines.count > visible {
            f.put(" \(start + 1)–\(min(start + visible, lines.count)) of \(lines.count) ", x: x + w - 16, y: y + h - 1, style: Style(role: .muted))
        }
    }

    func drawPalette(_ f: inout Frame, _ p: PaletteState) {
        let matches = paletteMatches(p.query.text)
        let w = min(width - 4, 70), h = min(height - 4, matches.count + 4)
        let x = (width - w) / 2, y = 2
        f.panel(x: x, y: y, width: w, height: max(h, 5), title: "Commands")
        let (text, cursor) = p.query.visible(width: w - 6)
        f.put("> " + text, x: x + 2, y: y + 1, style: Style(bold: true))
        f.cursor = (x + 4 + cursor, y + 1)
        let rows = max(h, 5) - 3
        let start = max(0, p.selected - rows + 1)
        for (i, action) in matches.dropFirst(start).prefix(rows).enumerated() {
            let selected = i + start == p.selected
            let key = Keymap.keyLabel(of: action, in: view) ?? ""
            f.putLR((selected ? "▸ " : "  ") + action.title, key, x: x + 2, y: y + 2 + i, width: w - 4,
                    style: Style(reverse: selected), rightStyle: Style(role: .muted, reverse: selected))
        }
        if matches.isEmpty { f.put("  no command matches", x: x + 2, y: y + 2, style: Style(role: .muted)) }
    }

    func drawForm(_ f: inout Frame, _ form: FormState) {
        let w = min(width - 4, 72)
        let labelWidth = (form.fields.map { TextWidth.of($0.label) }.max() ?? 6) + 2
        let noteLines = form.note.map { wrap($0, width: w - 4) } ?? []
        let question = form.askingToDiscard ? "Discard what you typed? y discards it, n keeps editing." : nil
        let errorLines = (question ?? form.error).map { wrap("! " + $0, width: w - 4) } ?? []
        let h = form.fields.count + 2 + (noteLines.isEmpty ? 0 : noteLines.count + 1) + (errorLines.isEmpty ? 0 : errorLines.count + 1)
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        f.panel(x: x, y: y, width: w, height: h, title: form.title)
        var row = y + 1
        for line in noteLines { f.put(line, x: x + 2, y: row, style: Style(role: .muted)); row += 1 }
        if !noteLines.isEmpty { row += 1 }
        let fieldWidth = w - 4 - labelWidth
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            f.put(field.label, x: x + 2, y: row, style: Style(bold: focused))
            let (text, cursor) = field.input.visible(width: fieldWidth - 1)
            let shown = field.choices != nil ? "‹ \(text) ›" : text
            f.fill(x: x + 2 + labelWidth, y: row, width: fieldWidth, height: 1, style: Style(reverse: focused, underline: true))
            f.put(shown, x: x + 2 + labelWidth, y: row, style: Style(reverse: focused, underline: true), maxWidth: fieldWidth)
            if focused {
                if field.choices == nil { f.cursor = (x + 2 + labelWidth + cursor, row) }
                if let help = field.help, TextWidth.of(shown) + TextWidth.of(help) + 3 < fieldWidth {
                    f.put(help, x: x + 2 + labelWidth + fieldWidth - TextWidth.of(help), y: row,
                          style: Style(role: .muted, reverse: true))
                }
            }
            row += 1
        }
        for line in errorLines { row += 1; f.put(line, x: x + 2, y: row, style: Style(role: .danger, bold: true)) }
    }

    func drawPicker(_ f: inout Frame, _ p: PickerState) {
        let matches = p.matches
        let w = min(width - 4, 70), h = max(6, height - 6)
        let x = (width - w) / 2, y = 2
        var title = p.title
        var present: Set<String> = []
        if case .attendance(let number) = p.purpose, let s = data.session(number) {
            present = Set(s.attendance)
            title += " · \(s.attendance.count) of \(data.committee.memberStates.count) present"
        }
        f.panel(x: x, y: y, width: w, height: h, title: title)
        let (text, cursor) = p.query.visible(width: w - 6)
        f.put("> " + text, x: x + 2, y: y + 1, style: Style(bold: true))
        f.cursor = (x + 4 + cursor, y + 1)
        let rows = h - 3
        let start = max(0, p.selected - rows + 1)
        for (i, option) in matches.dropFirst(start).prefix(rows).enumerated() {
            let selected = i + start == p.selected
            var chosen = present
            if case let .torTags(number, itemId) = p.purpose, let item = data.session(number)?.agenda.item(itemId) {
                chosen = Set(item.tor + (item.procedural ? ["proc"] : []))
            }
            let mark = p.purpose.isToggleList ? (chosen.contains(option.id) ? "[x] " : "[ ] ") : ""
            f.fill(x: x + 1, y: y + 2 + i, width: w - 2, height: 1, style: Style(reverse: selected))
            f.put((selected ? "▸ " : "  ") + mark + option.label, x: x + 2, y: y + 2 + i, style: Style(reverse: selected), maxWidth: w - 4)
        }
        if matches.isEmpty {
            let hint = p.allowsFreeText && !p.query.text.isEmpty ? "  Enter adds “\(p.query.text)” as typed" : "  nothing matches"
            f.put(hint, x: x + 2, y: y + 2, style: Style(role: .muted), maxWidth: w - 4)
        }
    }

    func drawDialog(_ f: inout Frame, title: String, lines: [String]) {
        let w = min(width - 4, 68)
        var wrapped = lines.flatMap { $0.isEmpty ? [""] : wrap($0, width: w - 4) }
        if wrapped.count > height - 4 {
            // Keep the question and the answer keys; cut the middle.
            let keep = max(height - 6, 1)
            wrapped = Array(wrapped.prefix(keep - 2)) + ["…"] + Array(wrapped.suffix(2))
        }
        let h = wrapped.count + 2
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        f.panel(x: x, y: y, width: w, height: h, title: title)
        for (i, line) in wrapped.enumerated() { f.put(line, x: x + 2, y: y + 1 + i) }
    }

    func drawSearch(_ f: inout Frame, _ field: TextField) {
        let y = height - 2
        f.fill(x: 0, y: y, width: width, height: 1)
        let (text, cursor) = field.visible(width: width - 10)
        f.put(" Search: " + text, x: 0, y: y, style: Style(bold: true))
        f.cursor = (9 + cursor, y)
    }
}
