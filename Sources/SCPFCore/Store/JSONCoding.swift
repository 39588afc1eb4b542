import Foundation

/// The one JSON form of scpf files: pretty, sorted keys, unescaped slashes, whole-second
/// UTC timestamps, one trailing newline. The same data always gives the same bytes.
public enum JSONCoding {
    /// Refuses to produce what the reader would refuse (a control character in text, say),
    /// so a save can never write a file that does not load again.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let data = JSONWriter.write(try TreeEncoder.encode(value))
        if let failure = JSONSyntax.firstError(in: [UInt8](data)) {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription:
                "the text to save holds \(failure.reason.replacingOccurrences(of: "; remove it", with: "")) (line \(failure.line)); remove it and save again"))
        }
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
        // Byte-level: this runs for every timestamp of every file loaded.
        if let date = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return date }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
    }

    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
              let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2),
              (1...12).contains(mo), d >= 1, d <= Day.daysIn(month: mo, year: y),
              h < 24, mi < 60, s < 60 else { return nil }
        return Date(timeIntervalSince1970: Double(Day(y, mo, d).ordinal * 86_400 + h * 3600 + mi * 60 + s))
    }

    /// Drops sub-second parts so that what is stored equals what is kept in memory.
    public static func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
