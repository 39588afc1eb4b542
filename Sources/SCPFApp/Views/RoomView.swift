import Foundation
import SCPFCore

/// The room display (`scpf display`): what the projector shows, read-only, following the
/// writer — the item with its parent, the speaker on the floor with a large timer, the
/// next three speakers, and the limit as colours and marks.
extension AppState {
    func drawRoom(_ f: inout Frame) {
        guard let s = data.sessions.first(where: { $0.status == .inSession }) ?? session else {
            f.put(" No session yet.", x: 0, y: 1, style: Style(bold: true))
            return
        }
        let w = width
        var y = 0
        let meeting = s.currentMeeting.map { " · \(Ordinal.suffixed($0)) meeting" } ?? ""
        let sat = s.sittingSeconds(upTo: now).map { "in session \(clockText(seconds: $0)) " } ?? ""
        f.fill(x: 0, y: 0, width: w, height: 1, style: Style(role: .bar, reverse: true))
        f.putLR(" \(data.committee.shortName) · \(s.title)\(meeting)", sat, x: 0, y: 0, width: w, style: Style(role: .bar, reverse: true))
        y += 2
        guard let index = s.currentItemIndex else {
            var lines: [String] = []
            switch s.status {
            case .inSession:
                if let last = s.live?.lastItemId, let number = s.agenda.number(of: last) { lines.append("Item \(number) concluded.") }
                lines.append(s.isSuspended ? "The meeting is suspended." : "No item is under consideration.")
            case .closed: lines.append("The session is closed.")
            default: lines.append("The meeting has not opened yet.")
            }
            for line in lines { f.put("  " + line, x: 0, y: y, style: Style(bold: true), maxWidth: w); y += 2 }
            if s.isSuspended { drawBig("SUSPENDED", &f, top: y, bottom: height - 1, style: Style(role: .warning, bold: true)) }
            return
        }
        let items = s.agenda.items
        let item = items[index]
        let number = s.agenda.numbers[index]
        if item.level > 0, let parent = items[..<index].lastIndex(where: { $0.level < item.level }) {
            f.put("  \(s.agenda.numbers[parent]) \(items[parent].title)", x: 0, y: y, style: Style(role: .muted), maxWidth: w); y += 1
        }
        for line in wrap("Item \(number) \(item.title)", width: w - 4).prefix(2) {
            f.put("  " + line, x: 0, y: y, style: Style(role: .accent, bold: true), maxWidth: w); y += 1
        }
        y += 1
        let speakers = item.speakers
        let next = Array((speakers.waitingInterjections.map { ($0.delegation, Optional($0.kind)) } + speakers.queue.map { ($0, InterventionKind?.none) }).prefix(3))
        let nextRows = next.isEmpty ? 1 : next.count + 1
        let footer = height - 1 - nextRows
        if s.isSuspended {
            f.put("  The meeting is suspended.", x: 0, y: y, style: Style(role: .warning, bold: true), maxWidth: w)
            drawBig("SUSPENDED", &f, top: y + 2, bottom: footer - 1, style: Style(role: .warning, bold: true))
        } else if let floor = speakers.onTheFloor {
            let seconds = max(0, Int(now.timeIntervalSince(floor.startedAt)))
            let limit = s.speakingLimit(itemId: item.id, kind: floor.kind)
            var style = Style(role: .success, bold: true)
            var mark = limit.map { "limit \(clockText(seconds: $0))" } ?? ""
            if let limit {
                if seconds > limit { style = Style(role: .danger, bold: true); mark = "OVER THE LIMIT (\(clockText(seconds: limit)))" }
                else if seconds.saturatingMultiply(5) >= limit.saturatingMultiply(4) { style = Style(role: .warning, bold: true); mark = "! \(clockText(seconds: limit - seconds)) left of \(clockText(seconds: limit))" }
            }
            let kind = floor.kind.map { " — \($0.label)" } ?? ""
            f.putLR("  ▶ \(delegationName(floor.delegation))\(kind)", mark + "  ", x: 0, y: y, width: w, style: Style(bold: true), rightStyle: style)
            drawBig(clockText(seconds: seconds), &f, top: y + 2, bottom: footer - 1, style: style)
        } else {
            f.put("  No one has the floor.", x: 0, y: y, style: Style(role: .muted, bold: true), maxWidth: w)
        }
        var row = footer
        if next.isEmpty {
            f.put(speakers.isClosed ? "  The speakers list is closed; no one is waiting." : "  No one is waiting to speak.", x: 0, y: row, style: Style(role: .muted), maxWidth: w)
        } else {
            f.put("  Next\(speakers.isClosed ? " (list closed)" : ""):", x: 0, y: row, style: Style(bold: true), maxWidth: w); row += 1
            for (i, (delegation, kind)) in next.enumerated() {
                f.put("   \(i + 1). \(kind.map { "[\($0.mark)] " } ?? "")\(delegationName(delegation))", x: 0, y: row, maxWidth: w); row += 1
            }
        }
    }

    /// Text in large block letters, centred in the rows from `top` to `bottom`, scaled to fit.
    func drawBig(_ text: String, _ f: inout Frame, top: Int, bottom: Int, style: Style) {
        let glyphs = text.map { BigFont.glyph($0) }
        let units = glyphs.reduce(0) { $0 + $1[0].count } + max(0, glyphs.count - 1)
        let rows = bottom - top + 1
        guard rows >= 1, units > 0 else { return }
        guard rows >= BigFont.height, width - 4 >= units else {
            // No room for block letters: the plain text, bold.
            f.put(text, x: max(0, (width - TextWidth.of(text)) / 2), y: top + max(0, rows / 2), style: style)
            return
        }
        let sy = max(1, rows / BigFont.height)
        let sx = max(1, min((width - 4) / units, sy * 2))
        let totalWidth = units * sx
        var x = (width - totalWidth) / 2
        let y0 = top + (rows - BigFont.height * sy) / 2
        for glyph in glyphs {
            for (r, line) in glyph.enumerated() {
                for (c, ch) in line.enumerated() where ch != " " {
                    for yy in 0..<sy { f.put(String(repeating: "█", count: sx), x: x + c * sx, y: y0 + r * sy + yy, style: style) }
                }
            }
            x += (line0Width(glyph) + 1) * sx
        }
    }

    private func line0Width(_ glyph: [String]) -> Int { glyph[0].count }
}

/// A 5-row block font for the room display's timer and words.
enum BigFont {
    static let height = 5
    static func glyph(_ ch: Character) -> [String] {
        switch ch {
        case "0": ["###", "# #", "# #", "# #", "###"]
        case "1": [" # ", "## ", " # ", " # ", "###"]
        case "2": ["###", "  #", "###", "#  ", "###"]
        case "3": ["###", "  #", "###", "  #", "###"]
        case "4": ["# #", "# #", "###", "  #", "  #"]
        case "5": ["###", "#  ", "###", "  #", "###"]
        case "6": ["###", "#  ", "###", "# #", "###"]
        case "7": ["###", "  #", "  #", "  #", "  #"]
        case "8": ["###", "# #", "###", "# #", "###"]
        case "9": ["###", "# #", "###", "  #", "###"]
        case ":": [" ", "#", " ", "#", " "]
        case "S": ["###", "#  ", "###", "  #", "###"]
        case "U": ["# #", "# #", "# #", "# #", "###"]
        case "P": ["###", "# #", "###", "#  ", "#  "]
        case "E": ["###", "#  ", "## ", "#  ", "###"]
        case "N": ["# #", "###", "###", "###", "# #"]
        case "D": ["## ", "# #", "# #", "# #", "## "]
        default: ["   ", "   ", "   ", "   ", "   "]
        }
    }
}
