import Foundation

/// A calendar day with no time zone ("2025-10-28" in files). Sessions and documents are
/// dated by day; only live meeting events carry a time.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` and checks the day exists.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        self.init(y, m, d)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "“\(text)” is not a date of the form YYYY-MM-DD"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Calendar.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public init(_ date: Date) {
        self.init(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    public var startDate: Date { Date(timeIntervalSince1970: Double(ordinal) * 86_400) }

    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// "28 Oct 2025"
    public var short: String { "\(day) \(Day.monthAbbreviations[month - 1]) \(year)" }
    /// "28 October 2025"
    public var long: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }
}

/// "28–29 Oct 2025", "30 Jun–1 Jul 2025", "15 May 2012".
public func dayRangeText(_ start: Day, _ end: Day, withYear: Bool = true) -> String {
    let year = withYear ? " \(end.year)" : ""
    if start == end { return "\(start.day) \(Day.monthAbbreviations[start.month - 1])\(year)" }
    if start.year == end.year && start.month == end.month {
        return "\(start.day)–\(end.day) \(Day.monthAbbreviations[end.month - 1])\(year)"
    }
    if start.year == end.year {
        return "\(start.day) \(Day.monthAbbreviations[start.month - 1])–\(end.day) \(Day.monthAbbreviations[end.month - 1])\(year)"
    }
    return "\(start.short)–\(end.short)"
}
