import SCPFCore

extension AppState {
    /// The Rules of Procedure: the version in force, every version's state and history.
    func drawRules(_ f: inout Frame, _ area: BodyArea) {
        let versions = data.committee.rulesOfProcedure
        var lines: [(String, Style)] = []
        if let inForce = versions.inForce {
            lines.append(("In force: \(inForce.title), approved \(inForce.approvedOn?.long ?? "") (\(inForce.approvalResolution ?? "no resolution recorded"))", Style(role: .success, bold: true)))
        } else {
            lines.append(("No version has been approved by the Council yet.", Style(role: .warning, bold: true)))
        }
        for version in versions {
            lines.append(("", .plain))
            lines.append(("\(version.title) — \(version.state.label)", Style(bold: true)))
            for event in version.history {
                lines.append(("  \(event.on.short.padded(toColumns: 12)) \(event.state.label): \(event.detail)", Style(role: .muted)))
            }
            for rule in version.rules {
                for (i, line) in wrap("Rule \(rule.number) — \(rule.title). \(rule.text)", width: area.width - 6).enumerated() {
                    lines.append(((i == 0 ? "  " : "    ") + line, .plain))
                }
            }
        }
        let start = min(listCursor[.rules] ?? 0, max(0, lines.count - area.height))
        for (i, (line, style)) in lines.dropFirst(start).prefix(area.height).enumerated() {
            f.put(" " + line, x: 0, y: area.y + i, style: style, maxWidth: area.width)
        }
    }
}
