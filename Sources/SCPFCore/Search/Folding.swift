/// A text folded for search (case and accents ignored, as `Fold.text` does), kept as UTF-8
/// bytes so that a search over 160 years is a byte scan, with the way back from a folded
/// byte to the character of the shown text it came from.
struct FoldedText: Sendable {
    /// The folded text's UTF-8 bytes.
    let bytes: [UInt8]
    /// For a text with non-ASCII characters: the shown character each folded byte came from.
    /// nil when the text is ASCII (byte n is character n).
    let characterOfByte: [Int32]?

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            characterOfByte = nil
            return
        }
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(text.utf8.count)
        for (index, character) in text.enumerated() {
            let folded = FoldedText.fold(character)
            out.append(contentsOf: folded.utf8)
            map.append(contentsOf: repeatElement(Int32(index), count: folded.utf8.count))
        }
        bytes = out
        characterOfByte = map
    }

    /// One character folded: "É" → "e", "’" → "'"; ASCII letters lower-cased.
    static func fold(_ character: Character) -> String {
        if let ascii = character.asciiValue { return String(UnicodeScalar(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii)) }
        if character == "’" || character == "‘" { return "'" }
        return Fold.text(String(character))
    }

    /// A query's text folded the same way as the record's.
    static func fold(query: String) -> [UInt8] { FoldedText(query).bytes }

    /// The shown characters `start..<end` (folded bytes) cover.
    func characters(_ start: Int, _ end: Int) -> Range<Int> {
        guard let map = characterOfByte else { return start..<end }
        let first = Int(map[start])
        let last = Int(map[max(start, end - 1)])
        return first..<(last + 1)
    }

    /// Every place `needle` occurs, as folded byte offsets. A needle that starts (or ends) with
    /// a digit does not match inside a longer number: "s/37/1" finds S/37/1 and S/37/1/Rev.1,
    /// not S/37/10; "38" does not find 138.
    func occurrences(of needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var found: [Int] = []
        let first = needle[0], n = needle.count
        let digitStart = FoldedText.isDigit(first), digitEnd = FoldedText.isDigit(needle[n - 1])
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var i = 0
                let last = hay.count - n
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n && hay[i + j] == pin[j] { j += 1 }
                        if j == n,
                           !(digitStart && i > 0 && FoldedText.isDigit(hay[i - 1])),
                           !(digitEnd && i + n < hay.count && FoldedText.isDigit(hay[i + n])) {
                            found.append(i)
                        }
                    }
                    i += 1
                }
            }
        }
        return found
    }

    func contains(_ needle: [UInt8]) -> Bool { !occurrences(of: needle).isEmpty }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
