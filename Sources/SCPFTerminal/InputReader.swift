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

    /// How long the rest of a started paste may take to arrive, per chunk, before the paste
    /// is taken as it is (a terminal that never sends the end marker).
    private static let pasteChunkMilliseconds: Int32 = 1000
    /// How long the rest of a cut-off escape sequence may take.
    private static let sequenceMilliseconds: Int32 = 50

    /// Waits up to `milliseconds` for input, then takes everything already waiting: every
    /// key that arrived together is delivered as a key, in order; only text the terminal
    /// marked as pasted becomes a `.paste`.
    func read(milliseconds: Int32) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        wtimeout(window, milliseconds)
        guard let first = next() else {
            let waited = clock.now - start
            return waited < .milliseconds(Int(milliseconds) / 2) ? .failedFast : .timeout
        }
        var raw = [first]
        drain(into: &raw)
        var parsed = InputParser.parse(raw, keyName: Self.keyName)
        var parsedCount = raw.count
        while let pending = parsed.pending {
            wtimeout(window, pending == .paste ? Self.pasteChunkMilliseconds : Self.sequenceMilliseconds)
            guard let more = next() else { break }
            let before = raw.count
            raw.append(more)
            drain(into: &raw)
            // A long paste arrives in many chunks: parse again only once its end is here.
            if pending == .paste, !InputParser.containsPasteEnd(raw, from: max(0, before - 5)) { continue }
            parsed = InputParser.parse(raw, keyName: Self.keyName)
            parsedCount = raw.count
        }
        if parsedCount != raw.count { parsed = InputParser.parse(raw, keyName: Self.keyName) }
        nodelay(window, false)
        let events: [Event] = parsed.tokens.map {
            switch $0 {
            case .key(let key): .key(key)
            case .paste(let text): .paste(text)
            case .resize: .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            }
        }
        return .events(events)
    }

    /// Appends whatever input is already waiting, without blocking.
    private func drain(into raw: inout [RawInput]) {
        nodelay(window, true)
        while let more = next() { raw.append(more) }
    }

    private static func keyName(_ code: Int32) -> String? {
        guard let name = keyname(code) else { return nil }
        return String(cString: name)
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
