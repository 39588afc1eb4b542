/// English ordinals as the Committee writes them: "Thirty-seventh Session", "37th".
public enum Ordinal {
    private static let units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                "seventeen", "eighteen", "nineteen"]
    private static let unitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                       "nineteenth"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let tenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                                      "seventieth", "eightieth", "ninetieth"]

    /// "thirty-seventh" for 37; numbers from 1 to 999.
    public static func words(_ n: Int) -> String {
        guard n > 0, n < 1000 else { return suffixed(n) }
        if n >= 100 {
            let rest = n % 100
            let hundreds = "\(units[n / 100]) hundred"
            return rest == 0 ? "\(hundreds)th" : "\(hundreds) and \(words(rest))"
        }
        if n < 20 { return unitOrdinals[n] }
        if n % 10 == 0 { return tenOrdinals[n / 10] }
        return "\(tens[n / 10])-\(unitOrdinals[n % 10])"
    }

    /// "Thirty-seventh"
    public static func capitalizedWords(_ n: Int) -> String {
        let w = words(n)
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    /// "37th"
    public static func suffixed(_ n: Int) -> String {
        let mod100 = n % 100
        if (11...13).contains(mod100) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }
}
