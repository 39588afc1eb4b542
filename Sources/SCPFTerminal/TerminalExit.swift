/// Why `TerminalUI.run` returned. The terminal has been restored in every case.
public enum TerminalExit: Equatable, Sendable {
    /// The program's `handle` returned false.
    case quit
    /// SIGTERM, SIGHUP, SIGQUIT (Ctrl-\) or another signal that ends a process by default
    /// arrived (SIGINT, Ctrl-C, is handed to the program as a key instead). Callers usually
    /// keep what they must (a draft of an open form) and exit with status 128 + signal.
    case signal(Int32)
    /// The terminal went away (input reads fail without waiting, e.g. the window closed).
    case terminalLost
}
