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
            let text: String
            switch s.status {
            case .inSession: text = "No item is under consideration: → takes up the next item, i jumps to any."
            case .convened: text = "Session \(s.number) is convened. O opens the meeting: the agenda is adopted and item 1 taken up."
            case .planned: text = "Session \(s.number) is planned. Mark it convened (s in Sessions), then O opens the meeting here."
            case .closed: text = "Session \(s.number) is closed. Its outcomes are in the Agenda view and the report (5)."
            }
            f.put("  " + text, x: 0, y: area.y + 1, maxWidth: area.width)
            return
        }
        let item = items[index]
        let numbers = s.agenda.numbers
        var y = area.y
        let onItem = s.live?.itemStartedAt.map { Int(now.timeIntervalSince($0)) }
        let inSession = s.live?.sessionStartedAt.map { Int(now.timeIntervalSince($0)) }
        f.putLR(" ITEM \(numbers[index]) of \(numbers.count)",
                onItem.map { "on item \(clockText(seconds: $0)) / \(clockText(seconds: (item.minutesAllotted ?? 0).saturatingMultiply(60))) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(bold: true))
        y += 1
        f.putLR(" " + item.title, inSession.map { "session \(clockText(seconds: $0)) / \(clockText(seconds: s.sittingMinutesPerDay.saturatingMultiply(60))) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(role: .accent, bold: true))
        y += 1
        let meta = [item.torLabel, item.purpose.label, item.documents.map(\.symbol).joined(separator: ", ")].filter { !$0.isEmpty }
        f.putLR(" " + meta.joined(separator: " · "), "\(s.attendance.count) present ", x: 0, y: y, width: area.width,
                style: Style(role: .muted))
        y += 1
        f.put(String(repeating: "─", count: area.width), x: 0, y: y, style: Style(role: .muted))
        y += 1
        let split = area.width / 2
        f.put(" Speakers", x: 0, y: y, style: Style(bold: true))
        f.put("│ Outcome", x: split, y: y, style: Style(bold: true))
        var row = y + 1
        let bottom = area.y + area.height - 2
        let limit = item.speakers.limitSeconds
        // Earlier speeches scroll away first so the current speaker and the queue stay visible.
        let room = max(0, bottom - row - min(item.speakers.queue.count, 3) - 1)
        for speech in item.speakers.speeches.suffix(room) where row < bottom {
            let name = data.committee.memberState(speech.delegation)?.displayName ?? speech.delegation
            let seconds = speech.seconds ?? Int(now.timeIntervalSince(speech.startedAt))
            var time = clockText(seconds: seconds)
            var style = Style()
            if speech.endedAt == nil {
                style = Style(role: .success, bold: true)
                if let limit {
                    time += "/" + clockText(seconds: limit)
                    if seconds > limit { style = Style(role: .danger, bold: true, reverse: true); time = "OVER " + time }
                    else if seconds.saturatingMultiply(5) >= limit.saturatingMultiply(4) { style = Style(role: .warning, bold: true) }
                }
            }
            f.putLR(" \(speech.endedAt == nil ? "▶" : "✓") \(name)", time + " ", x: 0, y: row, width: split, style: style)
            row += 1
        }
        let cursor = listCursor[.meeting] ?? 0
        for (i, delegation) in item.speakers.queue.enumerated() where row < bottom {
            let name = data.committee.memberState(delegation)?.displayName ?? delegation
            f.put((i == cursor ? " › " : "   ") + name, x: 0, y: row, style: Style(bold: i == cursor), maxWidth: split)
            row += 1
        }
        if row < bottom { f.put("   + \(press(.addSpeaker, in: .meeting)) to add a speaker", x: 0, y: row, style: Style(role: .muted), maxWidth: split) }
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
        for r in max(right, y + 1)..<bottom { f.put("│", x: split, y: r) }
        f.put(String(repeating: "─", count: area.width), x: 0, y: bottom, style: Style(role: .muted))
        let prev = index > 0 ? "prev: \(numbers[index - 1]) \(items[index - 1].title) (\(items[index - 1].status.label))" : ""
        let next = index + 1 < items.count ? "next: \(numbers[index + 1]) \(items[index + 1].title)" : ""
        f.put(" " + prev, x: 0, y: bottom + 1, style: Style(role: .muted), maxWidth: split)
        f.put(next, x: split + 2, y: bottom + 1, style: Style(role: .muted), maxWidth: area.width - split - 2)
    }
}
