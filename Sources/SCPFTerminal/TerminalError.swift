/// Why the terminal UI could not start. The terminal is left as it was found.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is redirected: there is no screen to draw on.
    case notATerminal
    /// curses does not know the terminal type (no terminfo entry for `TERM`).
    case unknownTerminal(String?)
    /// The terminal type cannot move the cursor (e.g. TERM=dumb).
    case unsupportedTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the interactive interface needs a terminal, but standard input or output is not one "
                + "(the subcommands, such as export and check, work without a terminal)"
        case .unknownTerminal(let term?):
            "cannot use terminal type '\(term)': no terminfo entry (try TERM=xterm-256color)"
        case .unsupportedTerminal(let term):
            "terminal type '\(term)' cannot move the cursor, which a full-screen interface needs "
                + "(try TERM=xterm-256color)"
        case .unknownTerminal(nil):
            "the terminal type is not set (set TERM, e.g. TERM=xterm-256color)"
        }
    }
}
