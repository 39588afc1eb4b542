import Foundation

/// The one JSON form of scpf files: pretty, sorted keys, unescaped slashes, whole-second
/// UTC timestamps, one trailing newline. The same data always gives the same bytes.
public enum JSONCoding {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: c, debugDescription: "“\(text)” is not a time of the form 2025-10-28T10:42:00Z")
            }
            return date
        }
        return try decoder.decode(type, from: data)
    }
}

/// Whole-second UTC timestamps: "2025-10-28T10:42:00Z".
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let secs = total - days * 86_400
        let day = Day(ordinal: days)
        return String(format: "%@T%02d:%02d:%02dZ", day.iso, secs / 3600, (secs % 3600) / 60, secs % 60)
    }

    public static func parse(_ text: String) -> Date? {
        guard text.count == 20, text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: "T")
        guard parts.count == 2, let day = Day(iso: String(parts[0])) else { return nil }
        let hms = parts[1].split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        return Date(timeIntervalSince1970: Double(day.ordinal * 86_400 + h * 3600 + m * 60 + s))
    }

    /// Drops sub-second parts so that what is stored equals what is kept in memory.
    public static func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
