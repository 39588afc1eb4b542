/// Control characters (C0, DEL, C1) never belong in scpf's text: the reader refuses them
/// (docs/file-format.md), so every way text comes in drops them first.
public enum ControlCharacters {
    public static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F...0x9F).contains(s.value) }

    /// One line of text: line breaks and tabs become spaces, other control characters go.
    public static func oneLine(_ text: String) -> String { clean(text, lineBreak: " ") }

    /// Paragraph text (notes, conclusions, report sections): line breaks kept (CR LF and CR
    /// read as one), tabs become spaces, other control characters go.
    public static func multiLine(_ text: String) -> String { clean(text, lineBreak: "\n") }

    /// CR LF, CR and LF become `lineBreak`, a tab a space; other control characters go.
    private static func clean(_ text: String, lineBreak: Unicode.Scalar) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !($0 == "\n" && lineBreak == "\n") }) else { return text }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            if s == "\n" && lastWasCR { continue }  // CRLF is one break
            if s == "\n" || s == "\r" { out.append(lineBreak) } else if s == "\t" { out.append(" ") } else if !isControl(s) { out.append(s) }
        }
        return String(out)
    }
}
