#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesShim

/// Owns curses from start-up to restore: modes, signal handlers, standard error and colours.
@MainActor
final class CursesSession {
    let window: UnsafeMutablePointer<WINDOW>
    let palette: Palette
    private let screen: OpaquePointer
    private var cursorVisible: Bool?
    private var stopped = false

    /// Takes over the terminal. Throws, leaving the terminal untouched, when there is none.
    init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        // Installed before curses starts, so curses keeps its hands off SIGINT and SIGTERM
        // (it only catches signals still at their default); it keeps SIGTSTP and SIGWINCH.
        scpf_signals_install()
        guard let screen = scpf_newterm() else {
            scpf_signals_restore()
            throw TerminalError.unknownTerminal(Environment.value("TERM"))
        }
        guard scpf_can_move_cursor() != 0 else {
            endwin()
            delscreen(screen)
            scpf_signals_restore()
            throw TerminalError.unsupportedTerminal(Environment.value("TERM") ?? "")
        }
        self.screen = screen
        window = scpf_stdscr()
        scpf_stderr_hold()
        cbreak()  // not raw(): Ctrl-Z stays with curses, Ctrl-\ stays SIGQUIT (Ctrl-C: scpf_disable_flow_control)
        noecho()
        nonl()
        keypad(window, true)
        scpf_disable_flow_control()
        // curses waits about a second after Esc for the rest of a key sequence.
        if Environment.value("ESCDELAY") == nil { set_escdelay(25) }
        palette = Palette(noColor: !(Environment.value("NO_COLOR") ?? "").isEmpty)
        // Pasted text arrives between ESC [ 200 ~ and ESC [ 201 ~ (InputParser).
        scpf_bracketed_paste(1)
    }

    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    func showCursor(at position: (x: Int, y: Int)?) {
        let visible = position != nil
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
        if let position { wmove(window, Int32(position.y), Int32(position.x)) }
    }

    /// Forces a full repaint on the next update (after a resize, stale cells may linger).
    func repaintAll() { clearok(window, true) }

    func update() {
        wnoutrefresh(window)
        doupdate()
    }

    /// Leaves the screen to the user's editor, waits for it, and takes the screen back.
    func runEditor(_ editor: String, path: String) -> Int32 {
        def_prog_mode()
        endwin()
        let status = scpf_run_editor(editor, path)
        reset_prog_mode()
        clearok(window, true)
        cursorVisible = nil
        return status
    }

    /// Gives the terminal back as it was found. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        scpf_bracketed_paste(0)
        scpf_stderr_release()
        scpf_signals_restore()
        delscreen(screen)
    }
}

enum Environment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
