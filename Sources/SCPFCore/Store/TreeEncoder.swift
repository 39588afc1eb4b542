import Foundation

/// A JSON scalar; objects and arrays are `TreeEncoder.Node`s.
enum JSONTree {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
}

/// Encodes any `Encodable` into a `JSONTree`. Faster than Foundation's JSONEncoder with
/// sorted keys and pretty printing, which made saving a session cost more than its fsync.
final class TreeEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> Node {
        let root = Node()
        try root.encodeValue(value, path: [])
        return root
    }

    /// A growing piece of the tree, shared by the containers that write into it. Members
    /// and elements are stored directly so adding one never copies the others.
    final class Node {
        enum Kind { case empty, object, array, value }
        var kind = Kind.empty
        var members: [String: Node] = [:]
        var elements: [Node] = []
        var value = JSONTree.null

        func set(_ v: JSONTree) { kind = .value; value = v }

        /// The shortest text that reads back as the same value, as Foundation's JSONEncoder
        /// writes it: Swift's `description` without a trailing ".0" (`-0`, `0.1`, `1e+300`).
        static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, path: [CodingKey]) throws -> String {
            guard value.isFinite else {
                throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "not a finite number"))
            }
            let text = value.description
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }

        func encodeValue<T: Encodable>(_ value: T, path: [CodingKey]) throws {
            switch value {
            case let date as Date: set(.string(Timestamp.format(date)))
            case let string as String: set(.string(string))
            case let int as Int: set(.number(String(int)))
            case let bool as Bool: set(.bool(bool))
            // Every other integer type: written directly, never through its own `encode(to:)`,
            // which would call back here for ever.
            case let int as any BinaryInteger: set(.number(String(describing: int)))
            case let double as Double: set(.number(try Self.number(double, path: path)))
            case let float as Float: set(.number(try Self.number(float, path: path)))
            default:
                try value.encode(to: NodeEncoder(node: self, codingPath: path))
            }
        }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if node.kind != .object { node.kind = .object; node.members = [:] }
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if node.kind != .array { node.kind = .array; node.elements = [] }
            return Unkeyed(node: node, codingPath: codingPath)
        }
        func singleValueContainer() -> SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [CodingKey]

        func child(_ key: Key) -> Node {
            let child = Node()
            node.members[key.stringValue] = child
            return child
        }
        mutating func encodeNil(forKey key: Key) throws { child(key).set(.null) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try child(key).encodeValue(value, path: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { NodeEncoder(node: node, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [CodingKey]
        var count: Int { node.elements.count }

        func next() -> Node {
            let child = Node()
            node.elements.append(child)
            return child
        }
        mutating func encodeNil() throws { next().set(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value, path: codingPath) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: next(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            NodeEncoder(node: next(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { NodeEncoder(node: next(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [CodingKey]
        mutating func encodeNil() throws { node.set(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.encodeValue(value, path: codingPath) }
    }
}

/// Writes an encoded tree pretty-printed with sorted keys, two-space indents, `"key" : value`,
/// slashes unescaped, and one trailing newline — the one form of every scpf file.
enum JSONWriter {
    static func write(_ node: TreeEncoder.Node) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(64 * 1024)
        write(node, indent: 0, into: &out)
        out.append(0x0A)
        return Data(out)
    }

    private static func write(_ node: TreeEncoder.Node, indent: Int, into out: inout [UInt8]) {
        switch node.kind {
        case .value: write(node.value, into: &out)
        case .empty: out += [0x7B, 0x7D]
        case .array:
            if node.elements.isEmpty { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (i, element) in node.elements.enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(indent + 2, &out)
                write(element, indent: indent + 2, into: &out)
            }
            newline(indent, &out)
            out.append(0x5D)
        case .object:
            if node.members.isEmpty { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (i, key) in node.members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(indent + 2, &out)
                writeString(key, into: &out)
                out += [0x20, 0x3A, 0x20]
                write(node.members[key]!, indent: indent + 2, into: &out)
            }
            newline(indent, &out)
            out.append(0x7D)
        }
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent))
    }

    private static func write(_ scalar: JSONTree, into out: inout [UInt8]) {
        switch scalar {
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): writeString(s, into: &out)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
