import Foundation
import SCPFCore

extension AppState {
    /// The one entry point: applies an event and returns the effects to run. After every
    /// input (key, paste, resize, tick) it asks for whatever differs from the disk to be
    /// saved; outcomes of effects come back here as events too.
    public mutating func update(_ event: Event) -> [Effect] {
        var effects: [Effect] = []
        var input = true
        switch event {
        case let .resize(w, h):
            width = w; height = h
        case .tick:
            if readOnlyReason != nil { effects.append(.followOutside) }
        case let .editorResult(result):
            takeEditorResult(result)
        case .writerQuit, .becameWriter, .sessionsDeleted:
            input = false
            takeWriterEvent(event)
        case let .paste(text):
            untouched = false
            paste(text)
        case let .key(key):
            untouched = false
            handle(key, effects: &effects)
        default:
            input = false
            effects += receive(event)
        }
        if restoredDraftOpen, !isFormOpen {
            restoredDraftOpen = false
            pendingEffects.append(.settleDraft)
        }
        effects += pendingEffects
        pendingEffects = []
        // The difference with the disk, computed once per event (it compares every session).
        let unsaved = unsavedWrites
        forgetSettledProblems(unsaved)
        if quitRequested {
            effects.append(.quit)
        } else if input {
            // After the event, so a key pressed meanwhile counts as the user having moved.
            if loadingRemaining > 0 { effects.append(.collectBackground) }
            effects += automaticSave(unsaved)
        }
        refreshSaveStatus(unsaved)
        return effects
    }

    /// `update` at a time: the runtime stamps every event with its clock.
    public mutating func update(_ event: Event, at time: Date) -> [Effect] {
        now = time
        return update(event)
    }

    var isFormOpen: Bool { if case .form = mode { return true }; return false }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Text the terminal marked as pasted goes into the field being edited, as text; it
    /// never runs commands (a "d… y" in it would delete).
    mutating func paste(_ text: String) {
        switch mode {
        case .form(var form) where form.askingToDiscard:
            form.error = "Pasted text was not inserted: answer first (y discards the changes, n keeps editing)."
            mode = .form(form)
        case .form(var form) where form.fields[form.focus].choices == nil:
            let before = form.fields[form.focus].input.text
            form.fields[form.focus].input.insert(text)
            if form.fields[form.focus].id == .number { newSessionNumberChanged(&form, from: before) }
            form.error = nil
            mode = .form(form)
        case .form(var form):
            form.error = "Pasted text goes into a text field; “\(form.fields[form.focus].label)” is a choice (Space or ←/→ change it)."
            mode = .form(form)
        case .palette(var p):
            p.query.insert(text); p.selected = 0
            mode = .palette(p)
        case .search(var field):
            field.insert(text)
            mode = .search(field)
        case .picker(var picker):
            picker.query.insert(text); picker.selected = 0
            mode = .picker(picker)
        case .finder:
            if var state = finder, state.kind == .search {
                state.query.insert(text)
                runFinderSearch(&state)
                finder = state
            }
        default:
            message = .info("Pasted text goes into a field: open a form first; nothing was run.")
        }
    }

    /// Ctrl-C: cancels what is open (a form asks first if it has changes); in a view it
    /// takes the same path as the quit key.
    mutating func interrupt(effects: inout [Effect]) {
        switch mode {
        case .form(var form):
            handleForm(.ctrl("c"), &form)
        case .normal:
            message = nil
            perform(.quit)
        case .conflict, .quitting:
            // As Esc ("decide later", "stay"): a second Ctrl-C then takes the quit path, which asks.
            handle(.escape, effects: &effects)
        case .confirm(let confirmation):
            if case .restoreDraft(let draft) = confirmation.action {
                handleDraftOffer(.ctrl("c"), draft)
            } else {
                mode = .normal
                message = .info("Cancelled; nothing was changed.")
            }
        case .help, .palette, .search, .picker, .finder:
            handle(.escape, effects: &effects)
        }
    }

    mutating func handle(_ key: Key, effects: inout [Effect]) {
        if isTooSmall {
            // Only quitting works on a screen too small to draw; its question still answers.
            // An open form or dialog waits for a larger window: a "q" typed while the window
            // shrinks never drops what was typed.
            guard mode == .quitting else {
                if key == .char("q") || key == .ctrl("c"), mode == .normal { requestQuit() }
                // Typing goes on into an open form, so nothing typed is lost; keys that would
                // submit, cancel or leave it wait for a screen the user can see.
                if case .form(var form) = mode, !form.askingToDiscard, form.fields[form.focus].choices == nil,
                   ![.enter, .escape, .tab, .backTab, .ctrl("s"), .ctrl("c"), .ctrl("o")].contains(key) {
                    handleForm(key, &form)
                }
                return
            }
        }
        if roomDisplay {
            // The projector's screen takes no commands: q (or Ctrl-C) quits, nothing else.
            if key == .char("q") || key == .ctrl("c") { quitRequested = true }
            return
        }
        if key == .ctrl("c") {
            interrupt(effects: &effects)
            return
        }
        switch mode {
        case .normal:
            message = nil
            guard let action = Keymap.action(for: key, in: view) else {
                message = .info("\(key) does nothing in \(view.title); \(press(.help)) for the keys of this view.")
                return
            }
            perform(action)
        case .help(let scroll):
            switch key {
            case .char("j"), .down: mode = .help(scroll: min(scroll + 1, helpScrollLimit))
            case .char("k"), .up: mode = .help(scroll: max(0, min(scroll, helpScrollLimit) - 1))
            case .pageDown, .char(" "): mode = .help(scroll: min(scroll + 10, helpScrollLimit))
            case .pageUp: mode = .help(scroll: max(0, min(scroll, helpScrollLimit) - 10))
            default: mode = .normal
            }
        case .palette(var palette):
            handlePalette(key, &palette)
        case .form(var form):
            handleForm(key, &form)
        case .confirm(let confirmation):
            if case .restoreDraft(let draft) = confirmation.action {
                handleDraftOffer(key, draft)
                return
            }
            if case .closeMeeting(let number) = confirmation.action, key == .char("f") || key == .char("x"),
               data.session(number).map({ !$0.unfinishedItemIds.isEmpty }) == true {
                mode = .normal
                closeMeeting(number, unfinished: key == .char("f") ? .defer : .noAction)
                return
            }
            switch key {
            case .char("y"), .char("Y"):
                mode = .normal
                confirm(confirmation.action)
            case .char("n"), .char("N"), .escape, .char("q"):
                mode = .normal
                message = .info("Cancelled; nothing was changed.")
            default:
                message = .info("Press y to confirm or n to cancel.")
            }
        case .search(var field):
            switch key {
            case .escape: mode = .normal
            case .enter:
                mode = .normal
                lastSearch = field.text
                findNext(field.text)
            default:
                // The search line takes the message line: other keys do nothing, shown by the
                // hint bar (type text, Enter find, Esc cancel).
                _ = field.handle(key)
                mode = .search(field)
            }
        case .picker(var picker):
            handlePicker(key, &picker)
        case .finder:
            handleFinder(key)
        case .conflict(let path):
            handleConflict(key, path: path, effects: &effects)
        case .quitting:
            handleQuitting(key, effects: &effects)
        }
    }

    mutating func handlePalette(_ key: Key, _ palette: inout PaletteState) {
        let matches = paletteMatches(palette.query.text)
        switch key {
        case .escape:
            mode = .normal
            return
        case .up, .ctrl("p"):
            palette.selected = max(0, palette.selected - 1)
        case .down, .ctrl("n"), .tab:
            palette.selected = min(max(matches.count - 1, 0), palette.selected + 1)
        case .enter:
            mode = .normal
            guard palette.selected < matches.count else {
                message = .info("No command matches “\(palette.query.text)”.")
                return
            }
            perform(matches[palette.selected])
            return
        default:
            if palette.query.handle(key) {
                palette.selected = 0
            } else {
                message = .info("\(key) does nothing in the command list: Enter runs, Esc closes.")
            }
        }
        mode = .palette(palette)
    }

    /// Commands whose title contains every word typed: those whose title starts with what
    /// was typed first, then the others, each in keymap order.
    public func paletteMatches(_ query: String) -> [Action] {
        let typed = query.lowercased().trimmingCharacters(in: .whitespaces)
        let words = typed.split(separator: " ")
        let matches = Keymap.paletteActions(in: view).filter { action in
            let title = action.title.lowercased() + " " + action.rawValue.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
        let leading = matches.filter { !typed.isEmpty && $0.title.lowercased().hasPrefix(typed) }
        return leading + matches.filter { !leading.contains($0) }
    }

    mutating func handleForm(_ key: Key, _ form: inout FormState) {
        if let redraft = form.askingToRedraft {
            form.askingToRedraft = nil
            form.error = nil
            switch key {
            case .char("y"), .char("Y"):
                if let i = form.fields.firstIndex(where: { $0.id == .conclusion }) { form.fields[i].input = TextField(redraft, multiline: true) }
                form.error = "Put the drafted conclusion in place of the edited one."
            case .char("n"), .char("N"), .escape:
                form.error = "Kept the edited conclusion."
            default:
                form.askingToRedraft = redraft
                form.error = "Press y to replace the edited conclusion with the drafted one, or n to keep it."
            }
            mode = .form(form)
            return
        }
        if form.askingToDiscard {
            switch key {
            case .char("y"), .char("Y"):
                mode = .normal
                message = .info("Discarded the form; nothing was changed.")
            case .char("n"), .char("N"), .escape:
                form.askingToDiscard = false
                form.error = nil
                mode = .form(form)
            default:
                form.error = "Press y to discard what you typed, or n to keep editing."
                mode = .form(form)
            }
            return
        }
        if form.fields[form.focus].isParagraph, handleParagraph(key, &form.fields[form.focus].input) {
            form.error = nil
            mode = .form(form)
            return
        }
        switch key {
        case .ctrl("o"):
            if form.fields[form.focus].isParagraph {
                pendingEffects.append(.editExternally(text: form.fields[form.focus].input.text))
            } else {
                message = .info("Ctrl-O opens a paragraph field (notes, conclusions, report sections) in your editor.")
            }
            return
        case .ctrl("s"):
            mode = .normal
            if let error = submit(form) {
                form.error = error
                mode = .form(form)
            }
            return
        case .escape, .ctrl("c"):
            guard !form.hasChanges else {
                form.askingToDiscard = true
                form.error = nil
                mode = .form(form)
                return
            }
            mode = .normal
            message = .info("Cancelled; nothing was changed.")
            return
        case .tab, .down:
            form.focus = (form.focus + 1) % form.fields.count
        case .backTab, .up:
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .enter:
            mode = .normal
            if let error = submit(form) {
                form.error = error
                mode = .form(form)
            }
            return
        default:
            var handled = true
            if form.fields[form.focus].choices != nil {
                let before = form.fields[form.focus].input.text
                switch key {
                case .char(" "), .right: form.fields[form.focus].cycle(1)
                case .left: form.fields[form.focus].cycle(-1)
                case .char:
                    form.error = "“\(form.fields[form.focus].label)” is a choice: Space or ←/→ change it."
                    mode = .form(form)
                    return
                default: handled = false
                }
                if handled, form.fields[form.focus].id == .outcome {
                    outcomeKindChanged(&form, from: before)
                    if form.askingToRedraft != nil { mode = .form(form); return }
                }
            } else {
                let before = form.fields[form.focus].input.text
                handled = form.fields[form.focus].input.handle(key)
                if handled, form.fields[form.focus].id == .number, form.fields[form.focus].input.text != before {
                    newSessionNumberChanged(&form, from: before)
                }
            }
            // Any other key (F-keys, PgUp, Alt-letters, keys the terminal has no name for)
            // does nothing here: the form and its text stay as they are.
            if !handled {
                form.error = "\(key) does nothing in a form: Enter saves, Esc cancels, Tab moves to the next field."
                mode = .form(form)
                return
            }
        }
        form.error = nil
        mode = .form(form)
    }

    /// Puts the editor's text into the paragraph field it was opened from.
    mutating func takeEditorResult(_ result: EditorResult) {
        switch result {
        case .failed(let why):
            message = .error(why)
        case .edited(let text):
            guard case .form(var form) = mode, form.fields[form.focus].isParagraph else {
                message = .error("The form was closed while your editor was open; its text was not used.")
                return
            }
            form.fields[form.focus].input = TextField(text, multiline: true)
            form.error = nil
            mode = .form(form)
            message = .info("Took the text from your editor; Ctrl-S saves the form.")
        }
    }

    /// Keys a paragraph field takes for itself: Enter breaks the line, ↑↓ Home End move by
    /// row (↑ on the first row and ↓ on the last go to the neighbouring field). False: the
    /// form handles the key as in any field.
    func handleParagraph(_ key: Key, _ input: inout TextField) -> Bool {
        let width = FormState.paragraphWidth(screen: self.width)
        let position = input.cursorPosition(width: width)
        switch key {
        case .enter: input.insert("\n")
        case .up where position.row > 0: input.moveVertically(-1, width: width)
        case .down where position.row < input.rows(width: width).count - 1: input.moveVertically(1, width: width)
        case .home, .ctrl("a"): input.rowStart(width: width)
        case .end, .ctrl("e"): input.rowEnd(width: width)
        case .pageUp: input.moveVertically(-FormState.paragraphRows, width: width)
        case .pageDown: input.moveVertically(FormState.paragraphRows, width: width)
        case .ctrl("u"): input.deleteToLineStart()
        case .ctrl("k"): input.deleteToLineEnd()
        default: return false
        }
        return true
    }

    mutating func findNext(_ text: String) {
        guard !text.isEmpty else { return }
        let needle = text.lowercased()
        switch view {
        case .sessions:
            let sessions = data.sessions
            let start = sessions.firstIndex { $0.number == selectedSession } ?? -1
            for offset in 1...max(sessions.count, 1) where !sessions.isEmpty {
                let s = sessions[(start + offset) % sessions.count]
                let haystack = "\(s.number) \(s.title) \(s.venue) \(s.status.label) \(s.year)".lowercased()
                if haystack.contains(needle) { selectedSession = s.number; return }
            }
        case .agenda:
            guard let items = session?.agenda.items, !items.isEmpty else { break }
            for offset in 1...items.count {
                let index = (agendaCursor + offset) % items.count
                let item = items[index]
                let haystack = ([item.title] + item.documents.map(\.symbol)).joined(separator: " ").lowercased()
                if haystack.contains(needle) { agendaCursor = index; return }
            }
        default:
            message = .info("Search works in the Sessions and Agenda views.")
            return
        }
        message = .info("No match for “\(text)”.")
    }
}
