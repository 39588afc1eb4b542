import SCPFCore

extension AppState {
    func drawAgenda(_ f: inout Frame, _ area: BodyArea) {
        guard let s = session else {
            f.put("  No session selected: press 1 for Sessions and choose one (n creates one).", x: 0, y: area.y + 1)
            return
        }
        let listWidth = area.width >= 100 ? area.width * 55 / 100 : area.width / 2 + 8
        let detailWidth = area.width - listWidth
        f.pane(x: area.x, y: area.y, width: listWidth, height: area.height, title: "Agenda · session \(s.number)\(languageTag)", focused: !detailFocus)
        let items = s.agenda.items
        let numbers = s.agenda.numbers
        let inner = listWidth - 2
        let visible = area.height - 3
        if items.isEmpty {
            f.put(" Empty agenda: \(press(.addItem, in: .agenda)) to add the first item.", x: area.x + 1, y: area.y + 1, style: Style(role: .muted), maxWidth: inner)
        }
        let window = ListWindow(count: items.count, selected: agendaCursor, rows: visible)
        f.drawMore(window, x: area.x + 1, y: area.y + 1, width: inner, rows: visible)
        let levels = s.agenda.displayLevels
        // Wide enough for the longest number, so 5(b)(i) and 5(b)(ii) are told apart.
        let numberWidth = max(5, numbers.map { TextWidth.of($0) }.max() ?? 0)
        for (row, index) in window.range.enumerated() {
            let item = items[index]
            let selected = index == agendaCursor
            let y = area.y + 1 + window.firstRow + row
            let marker = selected ? "▸ " : "  "
            let indent = String(repeating: "  ", count: levels[index])
            var tor = item.torLabel
            if tor.isEmpty { tor = "! ToR" }
            let version = Localized.text(item.title, item.translations, in: language)
            // A missing version: the English title dimmed, and "✗FR" in the flags column (the
            // detail pane says it in full: "[French version missing]").
            let missing = version == nil ? "✗\(language.rawValue.uppercased()) " : ""
            let flags = missing + (item.supplementary ? "+" : "") + (item.status == .withdrawn ? "×" : "")
            let left = "\(marker)\(indent)\(numbers[index].padded(toColumns: numberWidth)) \(version ?? item.title)"
            let style = Style(role: item.status == .withdrawn || version == nil ? .muted : .normal, reverse: selected)
            f.fill(x: area.x + 1, y: y, width: inner, height: 1, style: style)
            f.putLR(left, "\(flags)\(tor) ", x: area.x + 1, y: y, width: inner, style: style,
                    rightStyle: Style(role: item.torLabel.isEmpty ? .warning : .muted, reverse: selected))
        }
        let total = s.agenda.totalMinutes
        let footer = "\(items.count) items · \(durationText(minutes: total)) of \(durationText(minutes: s.plannedMinutes)) allotted"
        f.put(" " + footer, x: area.x + 1, y: area.y + area.height - 2,
              style: Style(role: total > s.plannedMinutes ? .warning : .muted), maxWidth: inner)
        drawItemDetail(&f, s, x: area.x + listWidth, y: area.y, width: detailWidth, height: area.height)
    }

    func drawItemDetail(_ f: inout Frame, _ s: Session, x: Int, y: Int, width: Int, height: Int) {
        guard agendaCursor < s.agenda.items.count else {
            f.box(x: x, y: y, width: width, height: height, title: "Item")
            drawAgendaNotes(&f, s, x: x + 2, y: y + 1, width: width - 4)
            return
        }
        let item = s.agenda.items[agendaCursor]
        f.pane(x: x, y: y, width: width, height: height, title: "Item \(s.agenda.numbers[agendaCursor])", focused: detailFocus)
        let inner = width - 4
        let version = Localized.text(item.title, item.translations, in: language)
        var lines: [(String, Style)] = wrap(version ?? Localized.missingMark(language), width: inner).map { ($0, version == nil ? Style(role: .warning) : Style(bold: true)) }
        lines.append(("", .plain))
        let tor = data.committee.torInForce(on: s.startDate)
        func field(_ label: String, _ value: String, _ style: Style = .plain) {
            let wrapped = wrap(value, width: max(inner - 9, 4))
            for (i, part) in wrapped.enumerated() { lines.append(((i == 0 ? label.padded(toColumns: 9) : String(repeating: " ", count: 9)) + part, style)) }
        }
        // The title in the other languages (an imported version, or one written here);
        // a missing one is marked, never filled in with the English.
        // In English the missing ones are named on one line; in French or Spanish each other
        // language is shown (the English first).
        var lacking: [String] = []
        for other in DocumentLanguage.allCases where other != language {
            if let version = Localized.text(item.title, item.translations, in: other) {
                field(other.name, version, Style(role: .muted))
            } else if language == .en {
                lacking.append(other.name)
            } else {
                field(other.name, Localized.missingMark(other), Style(role: .muted))
            }
        }
        if !lacking.isEmpty { field("Missing", lacking.joined(separator: ", "), Style(role: .muted)) }
        if item.procedural {
            field("ToR", "procedural")
        } else if item.tor.isEmpty {
            field("ToR", "! not tagged: \(press(.tagToR, in: .agenda)) to choose its terms", Style(role: .warning))
        } else {
            // One line per term: the full text is in the ToR picker (t) and view 4.
            for letter in item.tor {
                let text = "(\(letter)) " + (tor?.item(letter)?.text ?? "not in force")
                lines.append(((letter == item.tor.first ? "ToR" : "").padded(toColumns: 9) + text.truncated(toColumns: max(inner - 9, 4)), .plain))
            }
        }
        field("Purpose", item.purpose.label)
        if let origin = item.origin { field("Origin", origin.label) }
        if let m = item.minutesAllotted { field("Time", durationText(minutes: m)) }
        field("Docs", item.documents.isEmpty ? "none" : item.documents.map(\.symbol).joined(separator: "  "))
        if language != .en {
            for doc in item.documents {
                guard let english = doc.title, !english.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                let version = Localized.text(english, doc.titleTranslations, in: language)
                field("", "\(doc.symbol): \(version ?? Localized.missingMark(language))", Style(role: .muted))
            }
        }
        field("Status", item.status.label)
        if let outcome = item.outcome { field("Outcome", outcome.label + (outcome.correctedOn.map { " (corrected \($0.short))" } ?? "")) }
        if item.supplementary { field("", "supplementary item (added after issue)", Style(role: .accent)) }
        if let link = item.carriedOverFrom { field("From", "session \(link.session), deferred there") }
        let start = min(scroll[.agenda] ?? 0, max(0, lines.count - (height - 2)))
        for (i, (line, style)) in lines.dropFirst(start).prefix(height - 2).enumerated() {
            f.put(line, x: x + 2, y: y + 1 + i, style: style, maxWidth: inner)
        }
        if start == 0 && lines.count + 3 < height - 2 {
            drawAgendaNotes(&f, s, x: x + 2, y: y + 2 + lines.count, width: inner)
        }
    }

    /// Agenda state and the two-week rule, under the item detail.
    func drawAgendaNotes(_ f: inout Frame, _ s: Session, x: Int, y: Int, width: Int) {
        var notes: [(String, Style)] = []
        switch s.agenda.state {
        case .draft: notes.append(("Draft agenda: i issues it as S/\(s.number)/1.", Style(role: .muted)))
        case .provisional:
            if let issued = s.agenda.issuedOn {
                let days = issued.days(until: s.startDate)
                notes.append(("Provisional, issued \(issued.short).", Style(role: .muted)))
                if let required = data.committee.noticeDays(for: s), s.noticeShortfall(noticeDays: required) != nil {
                    let asked = s.noticeAgreement.map { "members agreed \($0.days) days" } ?? "rules ask for \(Session.describeNotice(required))"
                    notes.append(("! issued \(days) days before opening (\(asked))", Style(role: .warning)))
                } else if let agreed = s.noticeAgreement {
                    notes.append(("Shorter notice agreed: \(agreed.days) days (\(agreed.record)).", Style(role: .muted)))
                }
            }
        case .adopted, .revised:
            notes.append(("Adopted \(s.agenda.adoptedOn?.short ?? "")\(s.agenda.state == .revised ? ", revised in session (\(s.agenda.revisions.count) changes)" : "").", Style(role: .muted)))
        }
        var row = y
        for (text, style) in notes {
            for line in wrap(text, width: width) { f.put(line, x: x, y: row, style: style); row += 1 }
        }
    }
}
