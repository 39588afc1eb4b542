import Foundation
import SCPFCore

extension AppState {
    /// The meeting console: the item under consideration, its speakers and outcome.
    func drawMeeting(_ f: inout Frame, _ area: BodyArea) {
        guard let s = session else {
            f.put("  No session selected: press 1 for Sessions and choose one.", x: 0, y: area.y + 1)
            return
        }
        let items = s.agenda.items
        let currentIndex = s.live?.currentItemId.flatMap { id in items.firstIndex { $0.id == id } }
            ?? items.firstIndex { $0.status == .underConsideration }
        guard let index = currentIndex else {
            var lines: [(String, Style)] = []
            switch s.status {
            case .inSession:
                if let last = s.live?.lastItemId, let number = s.agenda.number(of: last), let item = s.agenda.item(last) {
                    lines.append(("Item \(number) \(item.status == .deferred ? "deferred" : "concluded")\(item.outcome.map { ": \($0.label)" } ?? "").", Style(role: .success, bold: true)))
                    lines.append(("", .plain))
                    lines.append((whatComesNext(s, concluded: number).replacingOccurrences(of: "Concluded item \(number). ", with: ""), Style(bold: true)))
                } else {
                    lines.append(("No item is under consideration: \(press(.nextItem, in: .meeting)) takes up the next item, \(press(.jumpToItem, in: .meeting)) jumps to any.", .plain))
                }
                if s.isSuspended { lines += [("", .plain), (suspendedLine(s), Style(role: .warning, bold: true))] }
            case .convened: lines.append(("Session \(s.number) is convened. O opens the meeting: the agenda is adopted and item 1 taken up.", .plain))
            case .planned: lines.append(("Session \(s.number) is planned. Mark it convened (s in Sessions), then O opens the meeting here.", .plain))
            case .closed: lines.append(("Session \(s.number) is closed. Its outcomes are in the Agenda view (o corrects one) and the report (5).", .plain))
            }
            var row = area.y + 1
            for (text, style) in lines {
                for line in text.isEmpty ? [""] : wrap(text, width: area.width - 4) { f.put("  " + line, x: 0, y: row, style: style, maxWidth: area.width); row += 1 }
            }
            return
        }
        let item = items[index]
        let numbers = s.agenda.numbers
        var y = area.y
        let onItem = s.live?.itemStartedAt.map { s.sittingSeconds(from: $0, upTo: now) }
        let inSession = s.sittingSeconds(upTo: now)
        let meeting = s.currentMeeting.map { " · \(Ordinal.suffixed($0)) meeting" } ?? ""
        f.putLR(" ITEM \(numbers[index]) of \(numbers.count)\(meeting)",
                onItem.map { "on item \(clockText(seconds: $0)) / \(clockText(seconds: (item.minutesAllotted ?? 0).saturatingMultiply(60))) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(bold: true))
        y += 1
        f.putLR(" " + itemHeading(s, index), inSession.map { "session \(clockText(seconds: $0)) / \(clockText(seconds: s.sittingMinutesPerDay.saturatingMultiply(60))) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(role: .accent, bold: true))
        y += 1
        let meta = [item.torLabel, item.purpose.label, item.documents.map(\.symbol).joined(separator: ", ")].filter { !$0.isEmpty }
        f.putLR(" " + meta.joined(separator: " · "), "\(s.attendance.count) present ", x: 0, y: y, width: area.width,
                style: Style(role: .muted))
        y += 1
        if s.isSuspended {
            f.fill(x: 0, y: y, width: area.width, height: 1, style: Style(role: .warning, reverse: true))
            f.put(" " + suspendedLine(s), x: 0, y: y, style: Style(role: .warning, bold: true, reverse: true), maxWidth: area.width)
        } else {
            f.put(String(repeating: "─", count: area.width), x: 0, y: y, style: Style(role: .muted))
        }
        y += 1
        let split = area.width / 2
        let statementLimit = s.speakingLimit(itemId: item.id)
        var header = " Speakers"
        if item.speakers.isClosed { header += " CLOSED" }
        header += statementLimit.map { " · limit \(clockText(seconds: $0))" } ?? " · no limit"
        if item.speakers.waitingCount > 0 { header += " · \(item.speakers.waitingCount) waiting" }
        f.put(header, x: 0, y: y, style: Style(bold: true), maxWidth: split)
        f.put("│ Outcome", x: split, y: y, style: Style(bold: true))
        let bottom = area.y + area.height - 2
        drawSpeakers(&f, s, item, top: y + 1, bottom: bottom, width: split)
        var right = y + 1
        let outcomeLines = item.outcome.map { [$0.label] + wrap("“\($0.conclusion)”", width: area.width - split - 3) } ?? ["not recorded yet"]
        for line in outcomeLines where right < bottom {
            f.put("│ " + line, x: split, y: right, maxWidth: area.width - split); right += 1
        }
        if !item.notes.isEmpty, right + 1 < bottom {
            f.put("│", x: split, y: right)
            right += 1
            for line in wrap("Notes: " + item.notes, width: area.width - split - 3) where right < bottom {
                f.put("│ " + line, x: split, y: right, style: Style(role: .muted), maxWidth: area.width - split); right += 1
            }
        }
        for r in max(right, y + 1)..<max(bottom, y + 1) { f.put("│", x: split, y: r) }
        f.put(String(repeating: "─", count: area.width), x: 0, y: bottom, style: Style(role: .muted))
        let prev = index > 0 ? "prev: \(numbers[index - 1]) \(items[index - 1].title) (\(items[index - 1].status.label))" : ""
        let next = index + 1 < items.count ? "next: \(numbers[index + 1]) \(items[index + 1].title)" : ""
        f.put(" " + prev, x: 0, y: bottom + 1, style: Style(role: .muted), maxWidth: split)
        f.put("│ " + next, x: split, y: bottom + 1, style: Style(role: .muted), maxWidth: area.width - split)
    }

    /// "SUSPENDED since 18:02 (2nd meeting) · S resumes".
    func suspendedLine(_ s: Session) -> String {
        // The time, and the day too when it was not today ("since 18:02 on 22 Jun").
        let since = s.sittings?.last?.endedAt.map { ended -> String in
            let time = Timestamp.format(ended).dropFirst(11).prefix(5)
            let day = Day(ended)
            return " since \(time)\(day == Day(now) ? "" : " on \(day.day) \(Day.monthAbbreviations[day.month - 1])")"
        } ?? ""
        let meeting = s.currentMeeting.map { " (\(Ordinal.suffixed($0)) meeting)" } ?? ""
        return "SUSPENDED\(since)\(meeting) · the clocks are stopped · \(press(.suspendMeeting, in: .meeting)) resumes"
    }

    /// The item's number and title, with its parent's for a sub-item: "6(a) IOM Development
    /// Fund — Line 1".
    func itemHeading(_ s: Session, _ index: Int) -> String {
        let items = s.agenda.items
        let item = items[index]
        if item.level > 0, let parent = items[..<index].lastIndex(where: { $0.level < item.level }) {
            return "\(items[parent].title) — \(item.title)"
        }
        return item.title
    }

    /// The left pane: who spoke (the latest), who has the floor, and everyone waiting, the
    /// selection always on screen and "+N more" where the list goes on.
    func drawSpeakers(_ f: inout Frame, _ s: Session, _ item: AgendaItem, top: Int, bottom: Int, width split: Int) {
        let speakers = item.speakers
        let floor = speakers.onTheFloor
        let done = floor == nil ? speakers.speeches : Array(speakers.speeches.dropLast())
        let waiting: [(String, InterventionKind?)] = speakers.waitingInterjections.map { ($0.delegation, $0.kind) } + speakers.queue.map { ($0, nil) }
        let available = max(0, bottom - top)
        let floorRows = floor == nil ? 0 : 1
        let doneRows = waiting.isEmpty ? min(done.count, max(0, available - floorRows - 1))
            : min(done.count, max(done.isEmpty ? 0 : 1, (available - floorRows) / 4))
        var row = top
        func statementNumber(_ speech: Speech, at position: Int) -> Int {
            speakers.speeches[..<position].filter { $0.delegation == speech.delegation && $0.kind == nil }.count + 1
        }
        func mark(_ kind: InterventionKind?, nth: Int) -> String {
            if let kind { return "[\(kind.mark)] " }
            return nth > 1 ? "[\(Ordinal.suffixed(nth))] " : ""
        }
        if doneRows > 0 {
            var shown = Array(done.enumerated().suffix(doneRows))
            if done.count > doneRows {
                shown = Array(shown.dropFirst())
                f.put("  ✓ +\(done.count - shown.count) spoke earlier", x: 0, y: row, style: Style(role: .muted), maxWidth: split); row += 1
            }
            for (position, speech) in shown where row < bottom {
                let nth = statementNumber(speech, at: position)
                f.putLR(" ✓ \(mark(speech.kind, nth: nth))\(delegationName(speech.delegation))", clockText(seconds: speech.seconds ?? 0) + " ",
                        x: 0, y: row, width: split, style: Style(role: .muted))
                row += 1
            }
        }
        if let floor, row < bottom {
            let seconds = Int(now.timeIntervalSince(floor.startedAt))
            var time = clockText(seconds: seconds)
            var style = Style(role: .success, bold: true)
            if let limit = s.speakingLimit(itemId: item.id, kind: floor.kind) {
                time += "/" + clockText(seconds: limit)
                // The marks say it without colour too (NO_COLOR): "!" from 80 %, "OVER" past it.
                if seconds > limit { style = Style(role: .danger, bold: true, reverse: true); time = "OVER " + time }
                else if seconds.saturatingMultiply(5) >= limit.saturatingMultiply(4) { style = Style(role: .warning, bold: true); time = "! " + time }
            }
            let nth = statementNumber(floor, at: speakers.speeches.count - 1)
            f.putLR(" ▶ \(mark(floor.kind, nth: nth))\(delegationName(floor.delegation))", time + " ", x: 0, y: row, width: split, style: style)
            row += 1
        }
        let rows = max(0, bottom - row)
        let fits = waiting.count < rows
        let cursor = listCursor[.meeting] ?? 0
        let window = ListWindow(count: waiting.count, selected: cursor, rows: fits ? waiting.count : rows)
        f.drawMore(window, x: 0, y: row, width: split, rows: rows)
        for (i, position) in window.range.enumerated() {
            let (delegation, kind) = waiting[position]
            let nth = speakers.statements(by: delegation) + 1
            let selected = position == cursor
            let text = (selected ? " › " : "   ") + "\(String(position + 1).padded(toColumns: 2)) \(mark(kind, nth: kind == nil ? nth : 1))\(delegationName(delegation))"
            f.put(text, x: 0, y: row + window.firstRow + i, style: Style(role: kind == nil ? .normal : .accent, bold: selected || kind != nil, reverse: selected), maxWidth: split - 1)
        }
        if fits {
            let hint = speakers.isClosed ? "   list closed: \(press(.toggleSpeakersList, in: .meeting)) reopens it" : "   + \(press(.addSpeaker, in: .meeting)) to add a speaker"
            f.put(hint, x: 0, y: row + waiting.count, style: Style(role: .muted), maxWidth: split)
        }
    }
}
