/// Checks JSON text byte by byte before it is decoded, and finds where it first goes wrong,
/// with line and column, because Foundation's decoder only says "not valid JSON" and accepts
/// things scpf must not: a byte order mark, duplicate field names (the first would win
/// silently; jq and Python take the last), `40.0` or `4e1` where a whole number belongs,
/// control characters in text, invalid UTF-8.
enum JSONSyntax {
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String
        /// True for JSON syntax errors ("not valid JSON: …"); false for text that is valid
        /// JSON but not an scpf file (a duplicate field, a control character, a fraction).
        var isSyntax = true
    }

    /// Fields whose text may hold line breaks and tabs (notes, conclusions, report
    /// sections, rule and ToR texts, history details). Every other text is one line.
    static let multiLineFields: Set<[UInt8]> = Set(["notes", "note", "conclusion", "body", "drafted", "text", "detail"].map { Array($0.utf8) })
    /// The French and Spanish versions of a multi-line text: each version ("fr", "es") may
    /// hold line breaks as the English does.
    static let multiLineTranslations: Set<[UInt8]> = Set(["bodyTranslations", "textTranslations", "annotationTranslations"].map { Array($0.utf8) })

    static func firstError(in bytes: [UInt8]) -> Failure? {
        bytes.withUnsafeBufferPointer { buffer in
            var p = Parser(bytes: buffer)
            do {
                if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    throw p.fail("the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM", syntax: false)
                }
                p.skipSpace()
                try p.value(depth: 0, key: nil)
                p.skipSpace()
                if p.i < buffer.count { throw p.fail("unexpected text after the end of the JSON value") }
                return nil
            } catch let f as Failure {
                return f
            } catch {
                return nil
            }
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        func fail(_ reason: String, syntax: Bool = true, at offset: Int? = nil) -> Failure {
            var line = 1, column = 1
            for b in bytes[0..<min(offset ?? i, bytes.count)] {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            return Failure(line: line, column: column, reason: reason, isSyntax: syntax)
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws {
            skipSpace()
            guard i < bytes.count else { throw fail("the file ends where \(what) was expected (is it cut short?)") }
            guard bytes[i] == byte else { throw fail("\(what) expected") }
            i += 1
        }

        /// `key` is the field name the value belongs to (nil in a list or at the top).
        mutating func value(depth: Int, key: [UInt8]?) throws {
            skipSpace()
            guard i < bytes.count else { throw fail("the file ends where a value was expected (is it cut short?)") }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1; skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
                var names = Set<[UInt8]>()
                while true {
                    skipSpace()
                    guard i < bytes.count else { throw fail("the file ends inside an object (is it cut short?)") }
                    guard bytes[i] == UInt8(ascii: "\"") else { throw fail("a quoted field name expected") }
                    let start = i
                    let name = try string(multiLine: false)
                    if !names.insert(name).inserted {
                        throw fail("the field “\(String(decoding: name, as: UTF8.self))” appears twice in the same object; keep one of them",
                                   syntax: false, at: start)
                    }
                    try expect(UInt8(ascii: ":"), "“:” after the field name")
                    let translated = key.map(JSONSyntax.multiLineTranslations.contains) ?? false
                    try value(depth: depth + 1, key: translated ? Array("text".utf8) : name)
                    skipSpace()
                    guard i < bytes.count else { throw fail("the file ends inside an object (is it cut short?)") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return }
                    throw fail("“,” or “}” expected")
                }
            case UInt8(ascii: "["):
                i += 1; skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
                while true {
                    try value(depth: depth + 1, key: key)
                    skipSpace()
                    guard i < bytes.count else { throw fail("the file ends inside a list (is it cut short?)") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                    throw fail("“,” or “]” expected")
                }
            case UInt8(ascii: "\""):
                _ = try string(multiLine: key.map(JSONSyntax.multiLineFields.contains) ?? false, keep: false)
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw fail("a value (text in quotes, a number, true, false, null, [ or {) expected")
            }
        }

        mutating func literal(_ word: String) throws {
            for b in word.utf8 {
                guard i < bytes.count, bytes[i] == b else { throw fail("“\(word)” misspelt, or text not in quotes") }
                i += 1
            }
        }

        mutating func number() throws {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            var whole = true
            scan: while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): i += 1
                case 0x2E, 0x65, 0x45, 0x2B, 0x2D: whole = false; i += 1
                default: break scan
                }
            }
            let end = i
            i = start
            if end == start || (end == start + 1 && bytes[start] == UInt8(ascii: "-")) { throw fail("a number expected") }
            // Every number in an scpf file is a whole number that fits in 64 bits, written
            // plainly: not 40.0, 4e1 or 040.
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            let shown = text.count > 24 ? String(text.prefix(24)) + "…" : text
            if !whole {
                throw fail("the number \(shown) is not a whole number scpf can store; write it without a fraction or exponent (40, not 40.0 or 4e1)",
                           syntax: false)
            }
            guard Int(text) != nil else { throw fail("the number \(shown) is not a whole number scpf can store", syntax: false) }
            let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if unsigned.count > 1 && unsigned.hasPrefix("0") { throw fail("the number \(shown) starts with 0; write it without leading zeros") }
            i = end
        }

        /// Reads a quoted string and returns its UTF-8 bytes with escapes decoded (only when
        /// `keep`). Refuses invalid UTF-8, lone surrogates, and control characters: C0, DEL
        /// and C1, raw or escaped — except line feed and tab in a multi-line field.
        mutating func string(multiLine: Bool, keep: Bool = true) throws -> [UInt8] {
            var out: [UInt8] = []
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""):
                    i += 1
                    return out
                case UInt8(ascii: "\\"):
                    let at = i
                    guard i + 1 < bytes.count else { throw fail("quoted text is not closed (is the file cut short?)") }
                    let scalar: UInt32
                    switch bytes[i + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = UInt32(bytes[i + 1]); i += 2
                    case UInt8(ascii: "b"): scalar = 0x08; i += 2
                    case UInt8(ascii: "f"): scalar = 0x0C; i += 2
                    case UInt8(ascii: "n"): scalar = 0x0A; i += 2
                    case UInt8(ascii: "r"): scalar = 0x0D; i += 2
                    case UInt8(ascii: "t"): scalar = 0x09; i += 2
                    case UInt8(ascii: "u"):
                        guard let high = hex4(at: i + 2) else { throw fail("“\\u” must be followed by four hexadecimal digits") }
                        i += 6
                        if (0xD800...0xDBFF).contains(high) {
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                                  let low = hex4(at: i + 2), (0xDC00...0xDFFF).contains(low) else {
                                throw fail("a lone surrogate (\\u\(String(high, radix: 16))) is not a character", syntax: false, at: at)
                            }
                            i += 6
                            scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(high) {
                            throw fail("a lone surrogate (\\u\(String(high, radix: 16))) is not a character", syntax: false, at: at)
                        } else {
                            scalar = high
                        }
                    default:
                        throw fail("“\\\(String(decoding: [bytes[i + 1]], as: UTF8.self))” is not an escape JSON knows")
                    }
                    try allow(scalar, multiLine: multiLine, at: at)
                    if keep, let s = Unicode.Scalar(scalar) { out.append(contentsOf: Array(String(s).utf8)) }
                case 0..<0x80:
                    try allow(UInt32(b), multiLine: multiLine, at: i, raw: true)
                    if keep { out.append(b) }
                    i += 1
                default:
                    let at = i
                    guard let (scalar, length) = utf8(at: i) else {
                        throw fail("invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true))); save the file as UTF-8", syntax: false)
                    }
                    try allow(scalar, multiLine: multiLine, at: at)
                    if keep { out.append(contentsOf: bytes[i..<(i + length)]) }
                    i += length
                }
            }
            throw fail("quoted text is not closed (is the file cut short?)")
        }

        func allow(_ scalar: UInt32, multiLine: Bool, at: Int, raw: Bool = false) throws {
            let control = scalar < 0x20 || (0x7F...0x9F).contains(scalar)
            guard control else { return }
            if multiLine && (scalar == 0x0A || scalar == 0x09) && !raw { return }
            if raw && scalar < 0x20 { throw fail("a control character (such as a line break) inside quoted text", at: at) }
            let name: String
            switch scalar {
            case 0x00: name = "NUL"
            case 0x09: name = "a tab"
            case 0x0A: name = "a line break"
            case 0x0D: name = "a carriage return (CR)"
            case 0x1B: name = "ESC"
            case 0x7F: name = "DEL"
            default: name = "U+\(String(scalar, radix: 16, uppercase: true).leftPadded(4))"
            }
            let field = multiLine ? "text" : "one-line text (only notes, conclusions, report sections and rule texts have line breaks)"
            throw fail("the control character \(name) in \(field); remove it", syntax: false, at: at)
        }

        func hex4(at j: Int) -> UInt32? {
            guard j + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in j..<(j + 4) {
                let c = bytes[k]
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(c - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(c - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(c - 55)
                default: return nil
                }
            }
            return v
        }

        /// One well-formed UTF-8 sequence (no overlong forms, no surrogates, ≤ U+10FFFF).
        func utf8(at j: Int) -> (UInt32, Int)? {
            let b0 = bytes[j]
            let length: Int, min: UInt32
            var v: UInt32
            switch b0 {
            case 0xC2...0xDF: length = 2; min = 0x80; v = UInt32(b0 & 0x1F)
            case 0xE0...0xEF: length = 3; min = 0x800; v = UInt32(b0 & 0x0F)
            case 0xF0...0xF4: length = 4; min = 0x10000; v = UInt32(b0 & 0x07)
            default: return nil
            }
            guard j + length <= bytes.count else { return nil }
            for k in 1..<length {
                let c = bytes[j + k]
                guard c & 0xC0 == 0x80 else { return nil }
                v = v << 6 | UInt32(c & 0x3F)
            }
            guard v >= min, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { return nil }
            return (v, length)
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
