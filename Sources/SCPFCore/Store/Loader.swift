import Foundation

/// Reads one data file into the model, turning every failure into a `StoreError` that names
/// the file, the place and the reason.
public enum Loader {
    /// Deeper nesting than any scpf file has: refused before decoding, so hostile input
    /// cannot exhaust the stack.
    static let maxDepth = 64
    static let maxBytes = 64 << 20

    private struct Header: Decodable { var schemaVersion: Int? }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        if data.count > maxBytes {
            throw StoreError.unreadable(path: path, line: nil, column: nil,
                                        reason: "the file is \(data.count >> 20) MiB, larger than any scpf file should be")
        }
        if let (line, column) = tooDeep(data) {
            throw StoreError.unreadable(path: path, line: line, column: column,
                                        reason: "nesting deeper than \(maxDepth) levels")
        }
        // What Foundation would accept but scpf must not (a BOM, a duplicate field, 40.0 for
        // a whole number, control characters in text, invalid UTF-8), with line and column.
        if let failure = JSONSyntax.firstError(in: [UInt8](data)) {
            throw StoreError.unreadable(path: path, line: failure.line, column: failure.column,
                                        reason: failure.isSyntax ? "not valid JSON: \(failure.reason)" : failure.reason)
        }
        // Decode the model first; only when that fails is the header read, to tell a newer
        // schemaVersion from a broken file.
        do {
            let value = try JSONCoding.decode(type, from: data)
            if let versioned = value as? SchemaVersioned, versioned.schemaVersion > SchemaVersion.current {
                throw StoreError.newerSchema(path: path, found: versioned.schemaVersion, supported: SchemaVersion.current)
            }
            // A number outside its range (docs/file-format.md) is refused here, so nothing
            // downstream computes with it.
            let outOfRange = (value as? Session).map(Limits.violations) ?? (value as? Committee).map(Limits.violations) ?? []
            if let first = outOfRange.first {
                let more = outOfRange.count > 1 ? " (and \(outOfRange.count - 1) more number\(outOfRange.count > 2 ? "s" : "") out of range)" : ""
                throw StoreError.unreadable(path: path, line: nil, column: nil, reason: "\(first)\(more)")
            }
            return value
        } catch let error as StoreError {
            throw error
        } catch {
            let header: Header
            do { header = try JSONCoding.decode(Header.self, from: data) } catch {
                throw describe(error, path: path, data: data)
            }
            guard let version = header.schemaVersion else {
                throw StoreError.unreadable(path: path, line: nil, column: nil, reason: "no schemaVersion field; this is not an scpf file")
            }
            if version > SchemaVersion.current {
                throw StoreError.newerSchema(path: path, found: version, supported: SchemaVersion.current)
            }
            throw describe(error, path: path, data: data)
        }
    }

    static func describe(_ error: Error, path: String, data: Data) -> StoreError {
        guard let decoding = error as? DecodingError else {
            return .unreadable(path: path, line: nil, column: nil, reason: "\(error)")
        }
        func at(_ codingPath: [CodingKey]) -> String {
            var out = ""
            for key in codingPath {
                if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch decoding {
        case let .dataCorrupted(ctx):
            if ctx.codingPath.isEmpty {
                if let failure = JSONSyntax.firstError(in: [UInt8](data)) {
                    return .unreadable(path: path, line: failure.line, column: failure.column,
                                       reason: failure.isSyntax ? "not valid JSON: \(failure.reason)" : failure.reason)
                }
                return .unreadable(path: path, line: nil, column: nil, reason: "not valid JSON (\(ctx.debugDescription))")
            }
            return .unreadable(path: path, line: nil, column: nil,
                               reason: "\(at(ctx.codingPath)): \(cleanValueMessage(ctx.debugDescription))")
        case let .keyNotFound(key, ctx):
            return .unreadable(path: path, line: nil, column: nil,
                               reason: "\(at(ctx.codingPath + [key])) is missing")
        case let .typeMismatch(type, ctx):
            return .unreadable(path: path, line: nil, column: nil,
                               reason: "\(at(ctx.codingPath)) should be \(describeType(type))")
        case let .valueNotFound(type, ctx):
            return .unreadable(path: path, line: nil, column: nil,
                               reason: "\(at(ctx.codingPath)) is null but should be \(describeType(type))")
        @unknown default:
            return .unreadable(path: path, line: nil, column: nil, reason: "\(error)")
        }
    }

    static func describeType(_ type: Any.Type) -> String {
        let name = "\(type)"
        switch name {
        case "String": return "text"
        case "Int", "Double": return "a number"
        case "Bool": return "true or false"
        default:
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a \(name) value"
        }
    }

    /// The values of each kind of choice a file holds, by the name the decoder reports.
    static let allowedValues: [String: [String]] = {
        func values<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> [String] where T.RawValue == String { T.allCases.map(\.rawValue) }
        return [
            "AgendaState": values(AgendaState.self), "CouncilActionKind": values(CouncilActionKind.self),
            "Distribution": values(Distribution.self), "DocumentLanguage": values(DocumentLanguage.self),
            "InformalMeetingKind": values(InformalMeetingKind.self), "InterventionKind": values(InterventionKind.self),
            "ItemCouncilResult": values(ItemCouncilResult.self), "ItemOrigin": values(ItemOrigin.self),
            "ItemPurpose": values(ItemPurpose.self), "ItemStatus": values(ItemStatus.self), "OutcomeKind": values(OutcomeKind.self),
            "ReportState": values(ReportState.self), "RulesState": values(RulesState.self), "SessionKind": values(SessionKind.self),
            "SessionStatus": values(SessionStatus.self),
        ]
    }()

    /// "Cannot initialize ItemStatus from invalid String value done" → a plain sentence.
    static func cleanValueMessage(_ text: String) -> String {
        if let range = text.range(of: "Cannot initialize "), let from = text.range(of: " from invalid String value ") {
            let typeName = String(text[range.upperBound..<from.lowerBound])
            let value = text[from.upperBound...]
            // The values the file may hold, never the name of a type in the code.
            if let allowed = allowedValues[typeName] {
                return "“\(value)” is not one of \(allowed.map { "“\($0)”" }.joined(separator: ", "))"
            }
            return "“\(value)” is not a value scpf knows here"
        }
        return text
    }

    /// Position of the first bracket beyond `maxDepth`, outside strings.
    static func tooDeep(_ data: Data) -> (Int, Int)? {
        data.withUnsafeBytes { raw -> (Int, Int)? in
            var depth = 0, inString = false, escaped = false
            for (offset, byte) in raw.enumerated() {
                if inString {
                    if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                    continue
                }
                switch byte {
                case 0x22: inString = true
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > maxDepth { return position(of: offset, in: raw) }
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
            return nil
        }
    }

    /// Line and column (1-based) of a byte offset.
    static func position(of offset: Int, in raw: UnsafeRawBufferPointer) -> (Int, Int) {
        var line = 1, column = 0
        for byte in raw[..<offset] {
            if byte == 0x0A { line += 1; column = 0 } else { column += 1 }
        }
        return (line, column + 1)
    }
}

/// Files that carry a schemaVersion, checked after decoding.
protocol SchemaVersioned { var schemaVersion: Int { get } }
extension Committee: SchemaVersioned {}
extension Session: SchemaVersioned {}
extension ChairNotes: SchemaVersioned {}
