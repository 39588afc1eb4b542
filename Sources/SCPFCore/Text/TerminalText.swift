/// Text that is safe to hand to a terminal: the one sanitiser for everything from a file or
/// the user that the CLI prints (messages, `check`, `import`, exports to standard output).
///
/// C0 controls, DEL, C1 controls and the bidi embeddings, overrides and isolates
/// (U+202A–202E, U+2066–2069) become visible escapes such as `\u{1B}`, so a file cannot
/// clear the screen, retitle the window or reverse the text around it. A backslash is left
/// as it is (the escapes are for reading, not for decoding back).
public enum TerminalText {
    /// Which line-structure characters pass through unchanged.
    public struct Keep: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// "\n".
        public static let newline = Keep(rawValue: 1)
        /// "\t".
        public static let tab = Keep(rawValue: 2)
        /// "\r" directly before "\n" (CRLF line ends that CSV and iCalendar use).
        public static let crlf = Keep(rawValue: 4)
        public static let messages: Keep = [.newline, .tab]
        public static let exports: Keep = [.newline, .tab, .crlf]
    }

    /// True for the scalars that must never reach a terminal as themselves.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `\u{1B}` for ESC: what is shown in place of an unsafe scalar.
    public static func visible(_ s: Unicode.Scalar) -> String {
        "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
    }

    /// JSON text (an export to standard output): unsafe scalars, which JSON allows only
    /// inside strings, are written as JSON's own `\u202E` escapes, so the output is still the
    /// same JSON document once parsed.
    public static func escapeJSON(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isUnsafe(s) && s != "\n" && s != "\t" && s != "\r" {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The text with every unsafe scalar replaced by its visible escape.
    public static func escape(_ text: String, keep: Keep = .messages) -> String {
        // Most text has nothing to escape: answer it without building a copy.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s {
            case "\n" where keep.contains(.newline), "\t" where keep.contains(.tab):
                out.append(s)
            case "\r" where keep.contains(.crlf) && i + 1 < scalars.count && scalars[i + 1] == "\n":
                out.append(s)
            default:
                if isUnsafe(s) { out.append(contentsOf: visible(s).unicodeScalars) } else { out.append(s) }
            }
        }
        return String(out)
    }
}
