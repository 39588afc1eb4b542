/// Why `TerminalUI.run` returned. The terminal has been restored in every case.
public enum TerminalExit: Equatable, Sendable {
    /// The program's `handle` returned false.
    case quit
    /// SIGINT (Ctrl-C), SIGTERM, SIGHUP or SIGQUIT (Ctrl-\) arrived. Callers usually
    /// save what they must and exit with status 128 + signal.
    case signal(Int32)
    /// The terminal went away (input reads fail without waiting, e.g. the window closed).
    case terminalLost
}
