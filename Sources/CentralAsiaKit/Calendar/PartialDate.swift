/// A calendar date known to year, month or day precision.
///
/// News gives dates at every precision: "in 2024", "March 2024", "April 24, 2024". A `PartialDate`
/// keeps exactly what was said. It is a calendar day, not an instant: it has no time zone.
///
/// JSON and ``description``: `"2024"`, `"2024-03"`, `"2024-04-24"`.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// How much of a date is known.
    public enum Precision: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
        /// Only the year.
        case year
        /// The year and the month.
        case month
        /// The year, the month and the day.
        case day

        /// Orders precisions from coarse to fine.
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year (1…9999).
    public let year: Int
    /// The month (1…12), when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// Creates a date, checking that it exists in the Gregorian calendar.
    ///
    /// - Parameters:
    ///   - year: The year, 1…9999.
    ///   - month: The month, 1…12, or `nil`.
    ///   - day: The day of the month, or `nil`; requires a month.
    /// - Returns: `nil` when the date does not exist (31 April, 29 February 2025, a day without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
        }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else {
                return nil
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO 8601 form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Parameter text: The text to parse.
    /// - Returns: `nil` when the text is not one of the three forms or names no real date.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        switch utf8.count {
        case 4:
            guard let year = number(0..<4) else { return nil }
            self.init(year: year)
        case 7:
            guard utf8[4] == 0x2D, let year = number(0..<4), let month = number(5..<7) else { return nil }
            self.init(year: year, month: month)
        case 10:
            guard utf8[4] == 0x2D, utf8[7] == 0x2D, let year = number(0..<4), let month = number(5..<7),
                let day = number(8..<10)
            else { return nil }
            self.init(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// How much of the date is known.
    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// The ISO 8601 form with the date's precision: `"2024"`, `"2024-03"`, `"2024-04-24"`.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// The first day the date covers: 2024 → 2024-01-01, 2024-03 → 2024-03-01.
    public var firstDay: PartialDate {
        PartialDate(uncheckedYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date covers: 2024 → 2024-12-31, 2024-02 → 2024-02-29.
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(
            uncheckedYear: year, month: lastMonth,
            day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// Whether every day of `other` falls within this date (2024 contains 2024-03-05).
    ///
    /// - Parameter other: Another date.
    /// - Returns: `true` when `other` lies inside this date's days.
    public func contains(_ other: PartialDate) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    /// The number of days from 1970-01-01 to ``firstDay`` (negative before it).
    public var dayNumber: Int {
        let first = firstDay
        return PartialDate.daysFromCivil(year: first.year, month: first.month ?? 1, day: first.day ?? 1)
    }

    /// The number of days the date covers: 1 for a day, 28…31 for a month, 365 or 366 for a year.
    public var dayCount: Int { lastDay.dayNumber - dayNumber + 1 }

    /// The day-precision date `days` days after ``firstDay``.
    ///
    /// - Parameter days: How many days to add; may be negative.
    /// - Returns: The date, or `nil` outside the years 1…9999.
    public func addingDays(_ days: Int) -> PartialDate? {
        let (year, month, day) = PartialDate.civil(fromDays: dayNumber + days)
        return PartialDate(year: year, month: month, day: day)
    }

    /// Orders dates by their first day; a coarser date comes before a finer one that starts with it
    /// (2024 < 2024-01 < 2024-01-01).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Decodes a date from its ISO 8601 string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` quoting the value when it is not a date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid date \"\(text)\"; expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }

    /// Encodes the date as its ISO 8601 string.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Creates a day-precision date the caller knows to exist.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether a year is a Gregorian leap year.
    ///
    /// - Parameter year: The year.
    /// - Returns: `true` for years divisible by 4, except centuries not divisible by 400 (2000 is, 2100 is not).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    ///
    /// - Parameters:
    ///   - month: The month, 1…12.
    ///   - year: The year.
    /// - Returns: 28…31, or 0 for a month out of range.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
