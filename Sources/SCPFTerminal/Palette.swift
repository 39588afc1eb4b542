import CNcursesShim
import SCPFApp

/// Maps colour roles to curses attributes. A role is a foreground colour on the terminal's
/// own background (`reverse` turns it into a background: `.bar` + reverse is a cyan bar).
/// Without colour (NO_COLOR, or a terminal that has none) roles carry nothing; bold,
/// reverse and underline from `Style` always apply.
@MainActor
struct Palette {
    let colored: Bool
    private var roleAttributes: [(attrs: attr_t, pair: Int16)] = []

    /// Starts colour in curses unless `NO_COLOR` is set (non-empty) or the terminal has none.
    init(noColor: Bool) {
        colored = !noColor && has_colors() && start_color() != ERR
        var defaultFg: Int16 = -1, defaultBg: Int16 = -1  // -1: the terminal's own colours
        if colored, use_default_colors() == ERR { defaultFg = Int16(COLOR_WHITE); defaultBg = Int16(COLOR_BLACK) }
        let manyColors = colored && scpf_colors() >= 16
        for role in ColorRole.allCases {
            guard colored else {
                roleAttributes.append((scpf_a_normal(), 0))
                continue
            }
            let pair = Int16(role.rawValue)
            var attrs = scpf_a_normal()
            var fg = defaultFg
            switch role {
            case .normal: roleAttributes.append((attrs, 0)); continue
            case .accent: fg = Int16(COLOR_CYAN)
            case .muted:
                // Bright black where it exists; with 8 colours, dim is the nearest thing.
                if manyColors { fg = 8 } else { attrs |= scpf_a_dim() }
            case .warning: fg = Int16(COLOR_YELLOW)
            case .danger: fg = Int16(COLOR_RED)
            case .success: fg = Int16(COLOR_GREEN)
            case .bar: fg = Int16(COLOR_CYAN)
            }
            init_pair(pair, fg, defaultBg)
            roleAttributes.append((attrs, pair))
        }
    }

    func attributes(for style: Style) -> (attrs: attr_t, pair: Int16) {
        var (attrs, pair) = roleAttributes[Int(style.role.rawValue)]
        if style.bold { attrs |= scpf_a_bold() }
        if style.reverse { attrs |= scpf_a_reverse() }
        if style.underline { attrs |= scpf_a_underline() }
        return (attrs, pair)
    }
}
