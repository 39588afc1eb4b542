/// Finds where JSON text first goes wrong, with line and column, because Foundation's
/// decoder only says "not valid JSON". Used to report a broken file precisely.
enum JSONSyntax {
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    static func firstError(in bytes: [UInt8]) -> Failure? {
        var p = Parser(bytes: bytes)
        do {
            p.skipSpace()
            try p.value(depth: 0)
            p.skipSpace()
            if p.i < bytes.count { throw p.fail("unexpected text after the end of the JSON value") }
            return nil
        } catch let f as Failure {
            return f
        } catch {
            return nil
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        func fail(_ reason: String) -> Failure {
            var line = 1, column = 1
            for b in bytes[0..<min(i, bytes.count)] {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            return Failure(line: line, column: column, reason: reason)
        }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws {
            skipSpace()
            guard i < bytes.count else { throw fail("the file ends where \(what) was expected (is it cut short?)") }
            guard bytes[i] == byte else { throw fail("\(what) expected") }
            i += 1
        }

        mutating func value(depth: Int) throws {
            skipSpace()
            guard i < bytes.count else { throw fail("the file ends where a value was expected (is it cut short?)") }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1; skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
                while true {
                    skipSpace()
                    guard i < bytes.count else { throw fail("the file ends inside an object (is it cut short?)") }
                    guard bytes[i] == UInt8(ascii: "\"") else { throw fail("a quoted field name expected") }
                    try string()
                    try expect(UInt8(ascii: ":"), "“:” after the field name")
                    try value(depth: depth + 1)
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
                    try value(depth: depth + 1)
                    skipSpace()
                    guard i < bytes.count else { throw fail("the file ends inside a list (is it cut short?)") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                    throw fail("“,” or “]” expected")
                }
            case UInt8(ascii: "\""):
                try string()
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
            var digits = 0
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(bytes[i]) {
                i += 1; digits += 1
            }
            if digits == 0 { i = start; throw fail("a number expected") }
            // Every number in an scpf file is a whole number that fits in 64 bits.
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if Int(text) == nil {
                i = start
                throw fail("the number \(text.count > 24 ? String(text.prefix(24)) + "…" : text) is not a whole number scpf can store")
            }
        }

        mutating func string() throws {
            i += 1
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""): i += 1; return
                case UInt8(ascii: "\\"): i += 2
                case 0..<0x20: throw fail("a control character (such as a line break) inside quoted text")
                default: i += 1
                }
            }
            throw fail("quoted text is not closed (is the file cut short?)")
        }
    }
}
