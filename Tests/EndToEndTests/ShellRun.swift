import Foundation
import Testing

/// `scpf --data <demo data>` run in a tmux pane by a shell script that saves `stty -g`
/// before and after it, so tests can check that every exit restores the terminal.
final class ShellRun {
    let scratch: ScratchDirectory
    let tmux: Tmux

    /// `prelude` is shell script run before scpf (e.g. `ulimit -f 8`), `epilogue` after it
    /// (before the settings are saved again); `term` is the pane's TERM.
    init(width: Int = 80, height: Int = 24, term: String = "screen", environment: [String: String] = [:],
         prelude: String = "", epilogue: String = "") throws {
        scratch = try ScratchDirectory()
        let scpf = try Binary.scpf()
        let demo = try Spawn.run([scpf, "demo", "--data", scratch.file("data")])
        try #require(demo.status == 0, "scpf demo failed: \(demo.output)")
        // The inner sh records its pid and becomes scpf, so signals reach scpf itself.
        // `trap : INT` keeps the outer shell alive when Ctrl-C hits the whole foreground group.
        try scratch.write("run.sh", """
            trap : INT
            ulimit -c 0
            \(prelude)
            stty -g > \(scratch.file("before").shellQuoted)
            sh -c 'echo $$ > "$0"; exec "$@"' \(scratch.file("pid").shellQuoted) \(scpf.shellQuoted) \
            --data \(scratch.file("data").shellQuoted)
            echo "EXIT $?"
            \(epilogue)
            stty -g > \(scratch.file("after").shellQuoted)
            echo DONE

            """)
        tmux = try Tmux(command: "sh " + scratch.file("run.sh").shellQuoted, width: width, height: height,
                        term: term, environment: environment)
    }

    /// Waits for the UI's hint bar.
    func waitForUI() throws { try tmux.waitFor(text: "? help") }

    /// The pid of scpf (valid once the UI shows).
    func pid() throws -> pid_t {
        let text = try scratch.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(text))
    }

    /// Terminal settings saved by the shell before scpf started.
    func settingsBefore() throws -> String { try scratch.read("before") }

    /// Waits for the script to finish; returns scpf's exit status and the settings after it.
    func waitForEnd() throws -> (status: Int32?, settingsAfter: String) {
        let text = try tmux.waitFor("the script to finish", transcript: true) { $0.contains("DONE") }
        let exitLine = text.split(separator: "\n").first { $0.hasPrefix("EXIT ") }
        return (exitLine.flatMap { Int32($0.dropFirst(5)) }, try scratch.read("after"))
    }
}

/// The rows of a captured screen (capture-pane ends every row with a newline).
func rows(_ screen: String) -> [Substring] {
    var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    if rows.last == "" { rows.removeLast() }
    return rows
}
