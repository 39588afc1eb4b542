import Foundation

/// Where the real series of sessions stands, so that a new data directory starts there
/// rather than at session 1. IOM's programme of the 115th Session of the Council
/// (26–28 November 2024) takes up the "Report on matters discussed at the Thirty-fourth and
/// Thirty-fifth Sessions of the Standing Committee on Programmes and Finance": the 34th and
/// 35th sessions were the two regular sessions of 2024 (docs/user-guide.md, Sources).
public enum SessionAnchor {
    /// The autumn session of `year`.
    public static let number = 35
    public static let year = 2024

    /// The year regular session `n` falls in, counting two a year from the anchor (the 34th
    /// and 35th in 2024, the 42nd in 2028).
    public static func year(of n: Int) -> Int {
        let offset = n - (number - 1)
        return year + (offset >= 0 ? offset / 2 : -((1 - offset) / 2))
    }

    /// The regular session expected next on or after `today`, two a year from the anchor
    /// (even-numbered mid-year, odd-numbered in the autumn).
    public static func nextNumber(onOrAfter today: Day, pattern: MeetingPattern) -> Int {
        let autumn = number + 2 * (today.year - year)
        // The first of this year's two sessions and next year's first whose usual opening
        // (the 20th of the middle month of its window, as proposals use) is still to come.
        for (n, y) in [(autumn - 1, today.year), (autumn, today.year), (autumn + 1, today.year + 1)] {
            let months = pattern.months(forSession: n).filter(Limits.month.contains)
            let month = months.isEmpty ? 6 : months[(months.count - 1) / 2]
            if today <= Day(y, month, 20) { return min(max(n, Limits.sessionNumber.lowerBound), Limits.sessionNumber.upperBound) }
        }
        return min(max(autumn + 1, Limits.sessionNumber.lowerBound), Limits.sessionNumber.upperBound)
    }
}
