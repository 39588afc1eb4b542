import ArgumentParser
import Foundation
import SCPFCore

/// Prints a line to standard output, sanitised (TerminalText): every CLI message that may
/// carry text from a file, a path or the user goes through here or through `printError`.
func say(_ text: String) {
    print(TerminalText.escape(text))
}

/// An export on its way to standard output: JSON keeps being the same JSON (its own
/// `\uXXXX` escapes); every other format gets the visible escapes, CRLF line ends kept.
func terminalSafeExport(_ text: String) -> String {
    if text.hasPrefix("{"), (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil {
        return TerminalText.escapeJSON(text)
    }
    return TerminalText.escape(text, keep: .exports)
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
