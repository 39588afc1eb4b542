import Foundation
import Testing
@testable import SCPFCore

/// scpf's own JSON writer (`TreeEncoder` + `JSONWriter`) against Foundation's `JSONEncoder` with the
/// options of the one scpf form, over generated values of every scalar type.
@Suite("JSON writer equals Foundation's JSONEncoder")
struct WriterDifferentialTests {
    /// Any JSON value, with a scalar of each Swift type that `Encodable` knows.
    indirect enum Value: Encodable {
        case int(Int), int8(Int8), int16(Int16), int32(Int32), int64(Int64)
        case uint(UInt), uint8(UInt8), uint16(UInt16), uint32(UInt32), uint64(UInt64)
        case float(Float), double(Double), bool(Bool), string(String), null
        case array([Value]), object([String: Value])

        func encode(to encoder: Encoder) throws {
            switch self {
            case .array(let values):
                var c = encoder.unkeyedContainer()
                for v in values { try c.encode(v) }
            case .object(let members):
                var c = encoder.container(keyedBy: Key.self)
                for (k, v) in members { try c.encode(v, forKey: Key(k)) }
            default:
                var c = encoder.singleValueContainer()
                switch self {
                case .int(let v): try c.encode(v)
                case .int8(let v): try c.encode(v)
                case .int16(let v): try c.encode(v)
                case .int32(let v): try c.encode(v)
                case .int64(let v): try c.encode(v)
                case .uint(let v): try c.encode(v)
                case .uint8(let v): try c.encode(v)
                case .uint16(let v): try c.encode(v)
                case .uint32(let v): try c.encode(v)
                case .uint64(let v): try c.encode(v)
                case .float(let v): try c.encode(v)
                case .double(let v): try c.encode(v)
                case .bool(let v): try c.encode(v)
                case .string(let v): try c.encode(v)
                default: try c.encodeNil()
                }
            }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// Generated values, the same on every run (the suite's SplitMix64).
    struct Generator {
        var rng: SplitMix64
        mutating func next() -> UInt64 { rng.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

        /// Control characters, quotes, backslash, slash, DEL, C1, U+2028/2029, astral
        /// characters (surrogate pairs in UTF-16), combining marks.
        static let pieces: [String] = ["a", "Z", "0", " ", "\"", "\\", "/", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
                                       "\u{2028}", "\u{2029}", "\u{FEFF}", "é", "e\u{301}", "中", "😀", "👩‍👩‍👧", "🇨🇭",
                                       "\u{10FFFF}", "\u{FFFD}", "<", "&"] + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

        mutating func string() -> String { (0..<below(8)).map { _ in pick(Self.pieces) }.joined() }

        mutating func scalar() -> Value {
            switch below(15) {
            case 0: return .int(pick([Int.min, Int.max, 0, -1, 1 << 31, 1 << 32, Int(truncatingIfNeeded: next())]))
            case 1: return .int8(pick([Int8.min, Int8.max, 0, Int8(truncatingIfNeeded: next())]))
            case 2: return .int16(pick([Int16.min, Int16.max, Int16(truncatingIfNeeded: next())]))
            case 3: return .int32(pick([Int32.min, Int32.max, Int32(truncatingIfNeeded: next())]))
            case 4: return .int64(pick([Int64.min, Int64.max, Int64(truncatingIfNeeded: next())]))
            case 5: return .uint(pick([UInt.max, 0, UInt(truncatingIfNeeded: next())]))
            case 6: return .uint8(pick([UInt8.max, 0, UInt8(truncatingIfNeeded: next())]))
            case 7: return .uint16(pick([UInt16.max, UInt16(truncatingIfNeeded: next())]))
            case 8: return .uint32(pick([UInt32.max, UInt32(truncatingIfNeeded: next())]))
            case 9: return .uint64(pick([UInt64.max, 0, next()]))
            case 10:
                let special: [Float] = [0, -0.0, 0.1, 1, -1.5, 1e7, 1e8, 16_777_216, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
                                        .leastNormalMagnitude, -.greatestFiniteMagnitude, 3.4e38, 1e-45]
                return .float(below(2) == 0 ? pick(special) : Float(bitPattern: UInt32(truncatingIfNeeded: next())).finiteOr(1.25))
            case 11:
                let special: [Double] = [0, -0.0, 0.1, 0.2 + 0.1, 1e300, -1e300, 1e15, 1e16, 1e21, 1e-5, 1.5e-7, 9_007_199_254_740_993,
                                         .greatestFiniteMagnitude, .leastNonzeroMagnitude, .leastNormalMagnitude, -123_456.789]
                return .double(below(2) == 0 ? pick(special) : Double(bitPattern: next()).finiteOr(2.5))
            case 12: return .bool(below(2) == 0)
            case 13: return .null
            default: return .string(string())
            }
        }

        mutating func value(depth: Int) -> Value {
            guard depth < 5, below(3) == 0 else { return scalar() }
            let n = below(6)
            if below(2) == 0 { return .array((0..<n).map { _ in value(depth: depth + 1) }) }
            var members: [String: Value] = [:]
            for _ in 0..<n { members[string()] = value(depth: depth + 1) }
            return .object(members)
        }
    }

    /// Foundation's output in scpf's form: its pretty printer writes an empty list or object
    /// as `[`, blank line, `]`; scpf writes `[]` and `{}`, and ends the file with a newline.
    static func foundation(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var text = String(decoding: try encoder.encode(value), as: UTF8.self)
        text = text.replacingOccurrences(of: #"\[\n\n *\]"#, with: "[]", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\{\n\n *\}"#, with: "{}", options: .regularExpression)
        return text + "\n"
    }

    /// The writer alone: `JSONCoding.encode` adds the strict reader's check on top, which
    /// refuses control characters and fractions that scpf files never hold.
    static func ours(_ value: Value) throws -> String { String(decoding: JSONWriter.write(try TreeEncoder.encode(value)), as: UTF8.self) }

    @Test("every integer type at its limits, including Int64 and UInt64, which used to recurse for ever")
    func integerLimits() throws {
        let values: [Value] = [.int(.min), .int(.max), .int8(.min), .int8(.max), .int16(.min), .int16(.max),
                               .int32(.min), .int32(.max), .int64(.min), .int64(.max), .uint(.max), .uint8(.max),
                               .uint16(.max), .uint32(.max), .uint64(.max), .uint64(0)]
        for v in values { #expect(try Self.ours(v) == Self.foundation(v)) }
        #expect(try Self.ours(.int64(.min)) == "-9223372036854775808\n")
        #expect(try Self.ours(.uint64(.max)) == "18446744073709551615\n")
    }

    @Test("Float and Double as Foundation writes them: -0, 0.1, 1e+300, no trailing .0")
    func floatingPoint() throws {
        #expect(try Self.ours(.double(-0.0)) == "-0\n")
        #expect(try Self.ours(.float(0.1)) == "0.1\n")
        #expect(try Self.ours(.double(1e300)) == "1e+300\n")
        #expect(try Self.ours(.double(1e15)) == "1000000000000000\n")
        for v: Value in [.float(0.1), .float(-0.0), .float(.greatestFiniteMagnitude), .double(0.1), .double(1e300),
                         .double(-0.0), .double(.leastNonzeroMagnitude), .double(1e16)] {
            #expect(try Self.ours(v) == Self.foundation(v))
        }
        #expect(throws: EncodingError.self) { try TreeEncoder.encode([Float.nan]) }
        #expect(throws: EncodingError.self) { try TreeEncoder.encode([Double.infinity]) }
    }

    @Test("strings with every control character, U+2028/2029 and astral characters")
    func strings() throws {
        let all = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        for s in [all, "\u{2028}\u{2029}", "😀\u{10FFFF}🇨🇭", "a/b\\\"c\u{7F}\u{85}\u{9F}", ""] {
            #expect(try Self.ours(.string(s)) == Self.foundation(.string(s)))
            #expect(try Self.ours(.object([s: .string(s)])) == Self.foundation(.object([s: .string(s)])))
        }
    }

    @Test("deep nesting of lists and objects, empty ones included")
    func deepNesting() throws {
        var v = Value.array([])
        for depth in 0..<200 { v = depth % 2 == 0 ? .object(["k\(depth)": v, "e": .object([:])]) : .array([v, .array([])]) }
        #expect(try Self.ours(v) == Self.foundation(v))
    }

    @Test("2,000 generated values give byte-for-byte the same text")
    func generated() throws {
        var g = Generator(rng: SplitMix64(seed: 20_261_202))
        var compared = 0
        for _ in 0..<2_000 {
            let v = g.value(depth: 0)
            let (a, b) = (try Self.ours(v), try Self.foundation(v))
            #expect(a == b)
            if a != b { break }
            compared += 1
        }
        #expect(compared == 2_000)
    }
}

private extension BinaryFloatingPoint {
    func finiteOr(_ fallback: Self) -> Self { isFinite ? self : fallback }
}
