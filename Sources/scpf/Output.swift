import ArgumentParser
import Foundation
import SCPFCore

/// Prints a line to standard output, sanitised (TerminalText): every CLI message that may
/// carry text from a file, a path or the user goes through here or through `printError`.
func say(_ text: String) {
    print(TerminalText.escape(text))
}

extension SCPFCommand {
    /// ArgumentParser's own main, except that every message it prints (errors naming paths,
    /// the argument the user mistyped) is sanitised first.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { say(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
