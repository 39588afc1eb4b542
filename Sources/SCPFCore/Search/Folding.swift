import Foundation

/// A text folded for search (case and accents ignored, as `Fold.text` does), kept as UTF-8
/// bytes so that a search over 160 years is a byte scan, with the way back from a folded
/// byte to the character of the shown text it came from.
struct FoldedText: Sendable {
    /// The folded text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The shown text, kept when it is not ASCII to find the character a folded byte came
    /// from (only for the few texts that match); nil for ASCII, where byte n is character n.
    let source: String?

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            source = nil
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { FoldedText.append(scalar, to: &out) }
        bytes = out
        source = text
    }

    /// One scalar folded, as `Fold.text` folds it: ASCII letters lower-cased, accents and
    /// combining marks dropped ("É" → "e"), "’" → "'"; Latin from a table, the rest folded
    /// one by one (other scripts: CJK stays as written, Arabic loses its vowel marks).
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 { out.append(v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : UInt8(v)); return }
        if v < UInt32(latin.count) { out.append(contentsOf: latin[Int(v)]); return }
        if (0x300...0x36F).contains(v) { return }
        if v == 0x2019 || v == 0x2018 { out.append(0x27); return }
        // Scripts with neither case nor accents to fold, and Arabic letters: as written.
        if (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xAC00...0xD7AF).contains(v)
            || (0x0621...0x064A).contains(v) || (0x2000...0x2017).contains(v) || (0x201A...0x206F).contains(v) {
            out.append(contentsOf: String(scalar).utf8)
            return
        }
        out.append(contentsOf: ScalarFoldCache.shared.fold(scalar))
    }

    /// U+0000–U+024F folded once.
    static let latin: [[UInt8]] = (0..<0x250).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return [] }
        if v < 0x80 { return [UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)] }
        return Array(Fold.text(String(scalar)).utf8)
    }

    /// A query's text folded the same way as the record's.
    static func fold(query: String) -> [UInt8] { FoldedText(query).bytes }

    /// The shown characters `start..<end` (folded bytes) cover.
    func characters(_ start: Int, _ end: Int) -> Range<Int> {
        guard let source else { return start..<end }
        // Walk the characters, folding their scalars the same way, until both ends are passed.
        var offset = 0, first: Int?, scratch: [UInt8] = []
        for (index, character) in source.enumerated() {
            scratch.removeAll(keepingCapacity: true)
            for scalar in character.unicodeScalars { FoldedText.append(scalar, to: &scratch) }
            let next = offset + scratch.count
            if first == nil, start < next { first = index }
            if end <= next, let first { return first..<(index + 1) }
            offset = next
        }
        let count = source.count
        return (first ?? count)..<count
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

    /// Whether `needle` occurs anywhere in `hay` (memchr for its first byte, then memcmp).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= hay.count else { return false }
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                guard let base = h.baseAddress, let pin = n.baseAddress else { return false }
                let first = Int32(needle[0]), last = h.count - n.count
                var at = 0
                while at <= last {
                    guard let hit = memchr(base + at, first, last - at + 1) else { return false }
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + offset, pin, n.count) == 0 { return true }
                    at = offset + 1
                }
                return false
            }
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

/// Scalars beyond the Latin table, folded once each (Foundation's folding is slow per call).
final class ScalarFoldCache: @unchecked Sendable {
    static let shared = ScalarFoldCache()
    private let lock = NSLock()
    private var folded: [UInt32: [UInt8]] = [:]

    func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        lock.lock()
        if let known = folded[scalar.value] { lock.unlock(); return known }
        lock.unlock()
        let bytes = Array(Fold.text(String(scalar)).utf8)
        lock.lock()
        folded[scalar.value] = bytes
        lock.unlock()
        return bytes
    }
}
