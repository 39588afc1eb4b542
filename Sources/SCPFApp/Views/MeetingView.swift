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
            let text = s.status == .inSession ? "No item is under consideration yet." :
                "Session \(s.number) is \(s.status.label). The meeting console follows the session once it is in session."
            f.put("  " + text, x: 0, y: area.y + 1, maxWidth: area.width)
            return
        }
        let item = items[index]
        let numbers = s.agenda.numbers
        var y = area.y
        let onItem = s.live?.itemStartedAt.map { Int(now.timeIntervalSince($0)) }
        let inSession = s.live?.sessionStartedAt.map { Int(now.timeIntervalSince($0)) }
        f.putLR(" ITEM \(numbers[index]) of \(numbers.count)",
                onItem.map { "on item \(clockText(seconds: $0)) / \(clockText(seconds: (item.minutesAllotted ?? 0) * 60)) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(bold: true))
        y += 1
        f.putLR(" " + item.title, inSession.map { "session \(clockText(seconds: $0)) / \(clockText(seconds: s.sittingMinutesPerDay * 60)) " } ?? "",
                x: 0, y: y, width: area.width, style: Style(role: .accent, bold: true))
        y += 1
        let meta = [item.torLabel, item.purpose.label, item.documents.map(\.symbol).joined(separator: ", ")].filter { !$0.isEmpty }
        f.put(" " + meta.joined(separator: " · "), x: 0, y: y, style: Style(role: .muted), maxWidth: area.width)
        y += 1
        f.put(String(repeating: "─", count: area.width), x: 0, y: y, style: Style(role: .muted))
        y += 1
        let split = area.width / 2
        f.put(" Speakers", x: 0, y: y, style: Style(bold: true))
        f.put("│ Outcome", x: split, y: y, style: Style(bold: true))
        var row = y + 1
        let bottom = area.y + area.height - 2
        for speech in item.speakers.speeches where row < bottom {
            let name = data.committee.memberState(speech.delegation)?.displayName ?? speech.delegation
            let time = speech.seconds.map { clockText(seconds: $0) } ?? clockText(seconds: Int(now.timeIntervalSince(speech.startedAt)))
            let mark = speech.endedAt == nil ? "▶" : "✓"
            f.putLR(" \(mark) \(name)", time + " ", x: 0, y: row, width: split,
                    style: Style(role: speech.endedAt == nil ? .success : .normal, bold: speech.endedAt == nil))
            row += 1
        }
        for delegation in item.speakers.queue where row < bottom {
            f.put("   " + (data.committee.memberState(delegation)?.displayName ?? delegation), x: 0, y: row, maxWidth: split)
            row += 1
        }
        var right = y + 1
        let outcomeLines = item.outcome.map { [$0.label] + wrap("“\($0.conclusion)”", width: area.width - split - 3) } ?? ["not recorded yet"]
        for line in outcomeLines where right < bottom {
            f.put("│ " + line, x: split, y: right, maxWidth: area.width - split); right += 1
        }
        if !item.notes.isEmpty, right + 1 < bottom {
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
