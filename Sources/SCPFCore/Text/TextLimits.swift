/// Limits on free text that keep every screen, export and check usable.
public enum TextLimits {
    /// An agenda item title longer than this does not fit on a printed page: forms, the
    /// agenda importer and `scpf check` refuse it (docs/file-format.md). Counted in Unicode
    /// scalars (code points), as JSON Schema's `maxLength` counts them.
    public static let maxTitleCharacters = 2_000

    /// nil when the title is within the limit, otherwise a sentence naming the limit.
    public static func titleLengthProblem(_ title: String) -> String? {
        // Count at most one past the limit: a 10 MB title is not walked to the end.
        var count = 0
        for _ in title.unicodeScalars {
            count += 1
            if count > maxTitleCharacters { break }
        }
        guard count > maxTitleCharacters else { return nil }
        return "title is longer than \(maxTitleCharacters.groupedDigits) characters (the limit); shorten it to a page or less."
    }
}

extension Int {
    /// 2000 → "2,000" without Foundation's locale-dependent formatter.
    var groupedDigits: String {
        let digits = String(self.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
