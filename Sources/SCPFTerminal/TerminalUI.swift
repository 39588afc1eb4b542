#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesShim
import SCPFApp

/// The interactive terminal: runs a `TerminalProgram` until it quits, a quit signal
/// arrives or the terminal goes away, and always restores the terminal before returning.
public enum TerminalUI {
    /// Reads are cut at this length even without ticks: a signal handled on another
    /// thread does not interrupt the main thread's wait, but is noticed this soon.
    private static let longestWaitMilliseconds = 250
    /// Reads failing this many times in a row without waiting mean the terminal is gone.
    private static let failuresBeforeGivingUp = 50

    /// Sends the program a `.resize` with the initial size, then keys, pastes, resizes
    /// and ticks (every `tickInterval`, read again after each tick), drawing a frame after each.
    /// Throws `TerminalError`, with the terminal untouched, if the UI cannot start.
    @MainActor
    @discardableResult
    public static func run(_ program: TerminalProgram) throws -> TerminalExit {
        scpf_set_locale()  // before curses starts, or wide characters are lost
        let session = try CursesSession()
        defer { session.stop() }
        let input = InputReader(window: session.window)
        let clock = ContinuousClock()
        var tick: Duration? = program.tickInterval.map { .milliseconds(max(Int($0 * 1000), 10)) }
        var nextTick = tick.map { clock.now + $0 }
        var failures = 0
        // For end-to-end tests only: SCPF_TEST_FATAL=1 aborts right after the first frame,
        // proving that the crash handler (CNcursesShim/signals.c) restores the terminal
        // and that a message written to stderr during the UI survives.
        let testFatal = Environment.value("SCPF_TEST_FATAL") == "1"

        var size = session.size
        guard program.handle(.resize(width: size.width, height: size.height)) else { return .quit }
        draw(program, session: session, size: size)
        if testFatal {
            let message = "scpf: SCPF_TEST_FATAL=1, aborting after the first frame\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            raise(SIGABRT)
        }

        while true {
            let signal = scpf_pending_signal()
            if signal == SIGINT {
                // SIGINT from outside (kill -INT) is Ctrl-C; the key itself arrives as input.
                guard program.handle(.key(.ctrl("c"))) else { return .quit }
                draw(program, session: session, size: size)
                continue
            }
            if signal != 0 { return .signal(signal) }
            if let due = nextTick, tick != nil, clock.now >= due {
                guard program.handle(.tick) else { return .quit }
                draw(program, session: session, size: size)
                // The program may want ticks faster for a while (loading in the background).
                tick = program.tickInterval.map { .milliseconds(max(Int($0 * 1000), 10)) } ?? tick
                nextTick = clock.now + (tick ?? .seconds(1))  // counted from here, so slow frames cannot starve input
                continue
            }
            var wait = longestWaitMilliseconds
            if let due = nextTick { wait = min(wait, max(1, milliseconds(from: clock.now, to: due))) }
            let events: [Event]
            switch input.read(milliseconds: Int32(wait)) {
            case .timeout:
                failures = 0
                continue
            case .failedFast:
                failures += 1
                if failures >= failuresBeforeGivingUp { return .terminalLost }
                continue
            case .events(let read):
                failures = 0
                events = read
            }
            for event in events {
                if case .resize(let width, let height) = event {
                    size = (width, height)
                    session.repaintAll()
                }
                guard program.handle(event) else { return .quit }
            }
            if let request = program.takeEditorRequest() {
                let status = session.runEditor(request.editor, path: request.path)
                size = session.size  // the window may have been resized meanwhile
                guard program.handle(.resize(width: size.width, height: size.height)),
                      program.editorFinished(request, status: status) else { return .quit }
            }
            draw(program, session: session, size: size)
        }
    }

    @MainActor
    private static func draw(_ program: TerminalProgram, session: CursesSession, size: (width: Int, height: Int)) {
        let frame = program.render(width: size.width, height: size.height)
        FrameDrawer(window: session.window, palette: session.palette).draw(frame, rows: size.height, cols: size.width)
        if let cursor = frame.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            session.showCursor(at: cursor)
        } else {
            session.showCursor(at: nil)
        }
        session.update()
    }

    private static func milliseconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Int {
        let d = start.duration(to: end).components
        return Int(d.seconds) * 1000 + Int(d.attoseconds / 1_000_000_000_000_000)
    }
}
