import Foundation

/// A terminal for end-to-end tests: one private tmux server per instance (its own socket,
/// no user configuration), one detached window of a fixed size. Tests poll the screen for
/// what they expect instead of sleeping. The server is killed when the instance goes away.
final class Tmux {
    /// Holds the server's socket; tests may keep files here too.
    let scratch: ScratchDirectory
    private let socket: String
    private let target = "e2e"

    /// Starts the shell command line `command` in a width×height window. The pane gets a
    /// clean environment: PATH, HOME (the private directory), LC_ALL=C.UTF-8, TZ=UTC,
    /// TERM=`term` (whatever TERM the tests run under), plus `environment`. The pane stays
    /// readable after its command exits.
    init(command: String, width: Int = 80, height: Int = 24, term: String = "screen",
         environment: [String: String] = [:]) throws {
        scratch = try ScratchDirectory()
        socket = scratch.file("tmux.sock")
        var env = [
            "PATH=" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "HOME=" + scratch.path, "LC_ALL=C.UTF-8", "TZ=UTC",
        ]
        env += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // "screen" is in every ncurses install (ncurses-base), unlike tmux-256color.
        try tmux(["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                  "set-option", "-g", "default-terminal", term, ";",
                  "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), command],
                 environment: env)
    }

    deinit {
        _ = try? Spawn.run(["tmux", "-S", socket, "-f", "/dev/null", "kill-server"])
    }

    /// Runs a tmux command against this server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String], environment: [String]? = nil) throws -> String {
        let result = try Spawn.run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw SpawnError(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    /// Presses keys by tmux name: "Enter", "Escape", "C-c", "Up", "F1", "q".
    func sendKeys(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Types text literally, all at once (as a paste arrives).
    func sendText(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Pastes text as a terminal does: with bracketed-paste markers around it when the
    /// program turned that mode on (tmux's `paste-buffer -p`), as plain typing otherwise.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e-paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", target])
    }

    /// The visible screen, one line per row, trailing spaces trimmed.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

    /// Everything the pane showed, scrollback included: what a shell printed after the
    /// program ended (tmux scrolls it when it marks the pane dead).
    func transcript() throws -> String { try tmux(["capture-pane", "-p", "-S", "-", "-t", target]) }

    /// Polls every 20 ms until `condition` holds for the screen (or the transcript) and
    /// returns that text; throws with the last text seen when `timeout` passes.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(10), transcript: Bool = false,
                 until condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let text = transcript ? try self.transcript() : try screen()
            if condition(text) { return text }
            if clock.now >= deadline {
                throw SpawnError(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(text)")
            }
            usleep(20_000)
        }
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Resizes the window, as when the user resizes the terminal (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The pane terminal's settings as `stty -g` prints them, read from outside.
    func stty() throws -> String {
        let tty = try tmux(["display-message", "-p", "-t", target, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try Spawn.run(["stty", "-g", "-F", tty])
        guard result.status == 0 else { throw SpawnError(description: "stty -F \(tty): \(result.output)") }
        return result.output
    }
}
