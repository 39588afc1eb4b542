import CNcursesShim
import SCPFApp

/// Reads the keyboard through curses and turns what arrives into events.
@MainActor
struct InputReader {
    enum Outcome {
        case events([Event])
        /// Nothing arrived within the timeout (or a signal interrupted the wait).
        case timeout
        /// The read failed at once, without waiting: a sign that the terminal is gone.
        case failedFast
    }

    let window: UnsafeMutablePointer<WINDOW>

    /// Waits up to `milliseconds` for input.
    func read(milliseconds: Int32) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        wtimeout(window, milliseconds)
        guard let first = next() else {
            let waited = clock.now - start
            return waited < .milliseconds(Int(milliseconds) / 2) ? .failedFast : .timeout
        }
        switch first {
        case .code(KEY_RESIZE):
            return .events([.resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))])
        case .char(let c) where KeyTranslation.isPrintable(c):
            return .events(collectPaste(startingWith: c))
        default:
            return .events(KeyTranslation.key(for: first).map { [.key($0)] } ?? [])
        }
    }

    /// A paste arrives as many characters at once, faster than anyone types: take the
    /// printable characters already waiting and deliver them as one `.paste`. The first
    /// other input ends the paste and follows it as its own event.
    private func collectPaste(startingWith c: UInt32) -> [Event] {
        var text = String(Character(Unicode.Scalar(c)!))
        var after: Event?
        nodelay(window, true)
        defer { nodelay(window, false) }
        while let more = next() {
            if case .char(let m) = more, KeyTranslation.isPrintable(m) {
                text.unicodeScalars.append(Unicode.Scalar(m)!)
                continue
            }
            if case .code(KEY_RESIZE) = more {
                after = .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            } else {
                after = KeyTranslation.key(for: more).map { .key($0) }
            }
            break
        }
        var events: [Event] = text.count > 1 ? [.paste(text)] : [.key(.char(text.first!))]
        if let after { events.append(after) }
        return events
    }

    private func next() -> RawInput? {
        var wch: wint_t = 0
        switch wget_wch(window, &wch) {
        case OK: return .char(UInt32(wch))
        case KEY_CODE_YES: return .code(Int32(wch))
        default: return nil
        }
    }
}
