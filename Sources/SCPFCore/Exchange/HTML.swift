/// Minimal HTML building with every piece of text escaped.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Scalars, not Characters: "<" followed by a combining mark is one Character.
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A standalone, printable page.
    public static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: "Times New Roman", serif; max-width: 42em; margin: 2em auto; line-height: 1.4; color: #000; }
        h1, h2, h3 { font-weight: bold; }
        h1 { font-size: 1.3em; text-align: center; text-transform: uppercase; }
        .head { display: flex; justify-content: space-between; font-size: .95em; }
        .centre { text-align: center; }
        ol.agenda { padding-left: 2.5em; }
        ol.sub { list-style: lower-alpha; }
        ol.sub2 { list-style: lower-roman; }
        table { border-collapse: collapse; width: 100%; }
        td, th { border: 1px solid #999; padding: .25em .5em; vertical-align: top; text-align: left; }
        .muted { color: #555; }
        @media print { body { margin: 0; max-width: none; } a { color: #000; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}

/// CSV fields quoted when needed (RFC 4180).
public enum CSV {
    /// What a spreadsheet would read as the start of a formula (OWASP "CSV injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field: a value that a spreadsheet would run as a formula gets a leading `'`
    /// (docs/file-format.md), and a field with a comma, quote or line break is quoted.
    public static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
        // Scalars, not Characters: "\r\n" is one Character and would match neither.
        if text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}

/// Values written into Markdown exports: they read as themselves, never as markup.
public enum Markdown {
    /// A value inside a heading, list item or table cell: HTML (`<`, `>`, `&`) as entities,
    /// the structure characters (`\` `` ` `` `*` `_` `[` `]` `#` `|` `~`) backslash-escaped,
    /// and line breaks as spaces (a heading or a table row is one line).
    public static func inline(_ text: String) -> String { escape(text, keepLines: false) }

    /// A paragraph of free text: as `inline`, but its line breaks are kept.
    public static func block(_ text: String) -> String { escape(text, keepLines: true) }

    static func escape(_ text: String, keepLines: Bool) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~":
                out.append("\\"); out.append(s)
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}":
                out.append(keepLines ? "\n" : " ")
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}
