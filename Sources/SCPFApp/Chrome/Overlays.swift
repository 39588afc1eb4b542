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
            } else if case .closeMeeting = c.action {
                // The closing question lists its own choices.
                drawDialog(&f, title: "Close the session", lines: c.message.components(separatedBy: "\n"))
            } else {
                drawDialog(&f, title: "Confirm", lines: c.message.components(separatedBy: "\n") + ["", "y  yes, do it      n  no, keep it"])
            }
        case .search(let field): drawSearch(&f, field)
        case .picker(let picker): drawPicker(&f, picker)
        case .finder: drawFinder(&f)
        case .conflict(let path):
            drawDialog(&f, title: "Changed on disk", lines: [
                "\(path) was changed by someone else since scpf loaded it. Your change is not saved yet.",
                "", "r  reload: take their version (your unsaved change is dropped)",
                "o  overwrite: save your version of this file over theirs",
                "Esc  decide later (this file waits; everything else keeps saving; W comes back here)"])
        case .quitting:
            var lines = ["Not everything is saved:"]
            for file in unsavedFiles.prefix(6) {
                let why = conflict(for: file) != nil ? "changed on disk by someone else" : saveFailures[file] != nil ? "the last write failed" : "not written yet"
                lines.append("  \(file.fileName): \(why)")
            }
            if unsavedFiles.count > 6 { lines.append("  … and \(unsavedFiles.count - 6) more") }
            lines.append("")
            if conflicts.isEmpty {
                lines.append("s  save and quit (tries the writes again)")
            } else {
                lines.append("o  save and quit, writing yours over the files changed on disk")
            }
            lines += ["d  quit anyway, discarding what is not saved", "Esc  stay in scpf"]
            drawDialog(&f, title: "Quit with unsaved changes?", lines: lines)
        }
    }

    /// Every key of the current view, from the keymap.
    /// The help panel's width: wide enough for the longest line on a wide screen.
    var helpWidth: Int { min(width - 4, 110) }

    func helpLines() -> [String] {
        var lines = ["Keys in \(view.title)", ""]
        // A key that does nothing in this view (search outside Sessions and Agenda) is not offered.
        let bindings = Keymap.effective(in: view).filter { !(Commands[$0.action].hintOnlyWhenAvailable && Commands[$0.action].whyNot(in: self) != nil) }
        let keyWidth = min(14, bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 8)
        // Long titles wrap under themselves rather than being cut at the panel's edge.
        let textWidth = max(20, helpWidth - 4 - keyWidth - 2)
        for b in bindings {
            let note = b.action.edits && readOnlyReason != nil ? "  (read-only)" : ""
            for (i, part) in wrap(b.action.title + note, width: textWidth).enumerated() {
                lines.append((i == 0 ? b.keyLabel.padded(toColumns: keyWidth) : String(repeating: " ", count: keyWidth)) + "  " + part)
            }
        }
        lines += ["", "In text fields", "←/→ Home/End".padded(toColumns: keyWidth) + "  move the cursor",
                  "Ctrl-←/→".padded(toColumns: keyWidth) + "  move by word",
                  "Bksp / Del".padded(toColumns: keyWidth) + "  delete before / after the cursor",
                  "Ctrl-W".padded(toColumns: keyWidth) + "  delete the word before the cursor",
                  "Ctrl-U / Ctrl-K".padded(toColumns: keyWidth) + "  delete to the start / to the end",
                  "Tab / S-Tab".padded(toColumns: keyWidth) + "  next / previous field",
                  "Esc / Ctrl-C".padded(toColumns: keyWidth) + "  close the form (asks first if you typed)",
                  "", "In paragraphs (notes, conclusions, report sections)",
                  "Enter".padded(toColumns: keyWidth) + "  new line (a blank line: new paragraph)",
                  "Ctrl-S".padded(toColumns: keyWidth) + "  save the form",
                  "Ctrl-O".padded(toColumns: keyWidth) + "  edit in $VISUAL / $EDITOR",
                  "", "Every change is saved as you make it."]
        return lines
    }

    func drawHelp(_ f: inout Frame, scroll: Int) {
        let w = helpWidth, h = height - 4
        let x = (width - w) / 2, y = 2
        f.panel(x: x, y: y, width: w, height: h, title: "Help — ? or Esc closes")
        let lines = helpLines()
        let visible = h - 2
        let start = min(scroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            let bold = i + start == 0 || line == "In text fields" || line.hasPrefix("In paragraphs")
            f.put(line, x: x + 2, y: y + 1 + i, style: Style(bold: bold), maxWidth: w - 4)
        }
        if lines.count > visible {
            if start > 0 { f.put(" ↑ +\(start) more ", x: x + 2, y: y, style: Style(role: .muted)) }
            let below = lines.count - start - visible
            if below > 0 { f.put(" ↓ +\(below) more ", x: x + 2, y: y + h - 1, style: Style(role: .muted)) }
            f.put(" \(start + 1)–\(min(start + visible, lines.count)) of \(lines.count) ", x: x + w - 16, y: y + h - 1, style: Style(role: .muted))
        }
    }

    /// The furthest the help can scroll: its last line at the bottom of the panel.
    var helpScrollLimit: Int { max(0, helpLines().count - (height - 6)) }

    func drawPalette(_ f: inout Frame, _ p: PaletteState) {
        let matches = paletteMatches(p.query.text)
        // The selected command, when it cannot run now, says why on the last row.
        let why = matches.indices.contains(p.selected) ? Commands[matches[p.selected]].whyNot(in: self) : nil
        let w = min(width - 4, 70)
        let whyLines = why.map { Array(wrap($0, width: w - 6).prefix(3)) } ?? []
        let h = min(height - 4, matches.count + 4 + whyLines.count)
        let x = (width - w) / 2, y = 2
        f.panel(x: x, y: y, width: w, height: max(h, 5), title: "Commands")
        let (text, cursor) = p.query.visible(width: w - 6)
        f.put("> " + text, x: x + 2, y: y + 1, style: Style(bold: true))
        f.cursor = (x + 4 + cursor, y + 1)
        let rows = max(1, max(h, 5) - 3 - whyLines.count)
        let window = ListWindow(count: matches.count, selected: p.selected, rows: rows)
        f.drawMore(window, x: x + 2, y: y + 2, width: w - 4, rows: rows)
        for (i, action) in window.range.map({ matches[$0] }).enumerated() {
            let selected = window.range.lowerBound + i == p.selected
            let i = i + window.firstRow
            let key = Keymap.keyLabel(of: action, in: view) ?? ""
            // Commands that cannot run now are listed dimmed, so the palette shows what exists.
            let available = Commands[action].whyNot(in: self) == nil
            // A title too long for the panel ends in "…" before the key column.
            let room = max(0, w - 4 - min(TextWidth.of(key), w - 4) - 1)
            f.putLR(((selected ? "▸ " : "  ") + action.title).truncated(toColumns: room), key, x: x + 2, y: y + 2 + i, width: w - 4,
                    style: Style(role: available ? .normal : .muted, reverse: selected), rightStyle: Style(role: .muted, reverse: selected))
        }
        for (i, line) in whyLines.enumerated() {
            f.put("  " + line, x: x + 2, y: y + max(h, 5) - 1 - whyLines.count + i, style: Style(role: .warning), maxWidth: w - 4)
        }
        if matches.isEmpty { f.put("  no command matches", x: x + 2, y: y + 2, style: Style(role: .muted)) }
    }

    func drawForm(_ f: inout Frame, _ form: FormState) {
        let w = FormState.panelWidth(screen: width)
        let labelWidth = (form.fields.filter { !$0.isParagraph }.map { TextWidth.of($0.label) }.max() ?? 6) + 2
        let noteLines = form.note.map { wrap($0, width: w - 4) } ?? []
        let question = form.askingToDiscard ? "Discard what you typed? y discards it, n keeps editing."
            : form.askingToRedraft != nil ? "The conclusion was edited. Replace it with the drafted sentence for this outcome? y replaces it, n keeps yours." : nil
        let errorLines = (question ?? form.error).map { wrap("! " + $0, width: w - 4) } ?? []
        let paragraphs = form.fields.filter(\.isParagraph).count
        // A paragraph takes its label row and as many text rows as the screen allows.
        let fixedRows = form.fields.count + 2 + (noteLines.isEmpty ? 0 : noteLines.count + 1) + (errorLines.isEmpty ? 0 : errorLines.count + 1)
        let paragraphRows = paragraphs == 0 ? 0 : max(1, min(FormState.paragraphRows, (height - 2 - fixedRows) / paragraphs))
        let h = fixedRows + paragraphs * paragraphRows
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        f.panel(x: x, y: y, width: w, height: h, title: form.title)
        var row = y + 1
        for line in noteLines { f.put(line, x: x + 2, y: row, style: Style(role: .muted)); row += 1 }
        if !noteLines.isEmpty { row += 1 }
        let fieldWidth = w - 4 - labelWidth
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            f.put(field.label, x: x + 2, y: row, style: Style(bold: focused))
            if field.isParagraph {
                row = drawParagraph(&f, field.input, focused: focused, x: x + 3, y: row, rows: paragraphRows)
                continue
            }
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

    /// A paragraph field under its label (at `y`): the wrapped rows around the cursor, and
    /// how many rows are out of sight. Returns the row after the field.
    func drawParagraph(_ f: inout Frame, _ input: TextField, focused: Bool, x: Int, y: Int, rows: Int) -> Int {
        let textWidth = FormState.paragraphWidth(screen: width)
        let layout = input.rows(width: textWidth)
        let position = input.cursorPosition(width: textWidth)
        let start = focused ? max(0, min(position.row - rows + 1, layout.count - rows)) : 0
        let hidden = layout.count - rows
        if hidden > 0 {
            let more = "\(start > 0 ? "↑" : " ")\(start + rows < layout.count ? "↓" : " ") \(layout.count) lines"
            f.put(more, x: x + textWidth - TextWidth.of(more), y: y, style: Style(role: .muted))
        }
        let style = Style(reverse: focused, underline: true)
        for r in 0..<rows {
            f.fill(x: x, y: y + 1 + r, width: textWidth, height: 1, style: style)
            let index = start + r
            guard layout.indices.contains(index) else { continue }
            f.put(input.text(of: layout[index]), x: x, y: y + 1 + r, style: style, maxWidth: textWidth)
        }
        if focused { f.cursor = (x + position.column, y + 1 + position.row - start) }
        return y + 1 + rows
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
        let window = ListWindow(count: matches.count, selected: p.selected, rows: rows)
        f.drawMore(window, x: x + 2, y: y + 2, width: w - 4, rows: rows)
        for (i, option) in window.range.map({ matches[$0] }).enumerated() {
            let selected = window.range.lowerBound + i == p.selected
            let i = i + window.firstRow
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
