/// Minimal HTML building with every piece of text escaped.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
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
    public static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}
