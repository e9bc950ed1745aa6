/// The English words of dates that other readers share: month names, weekdays and the words of relative
/// dates. ``DateWords/english`` is built from these tables.
///
/// Everything here is data; the parsers only walk bytes and look words up in these tables.
enum EnglishDateWords {
    /// A month name as written, with the month it names.
    struct MonthName: Sendable {
        /// The name in lower case ASCII.
        let letters: [UInt8]
        /// The month, 1…12.
        let month: Int
        /// Whether this is an abbreviation, which may be followed by a full stop (`Sept.`).
        let isAbbreviation: Bool
    }

    /// Full names and the usual abbreviations. "May" has no abbreviation.
    static let monthNames: [MonthName] = {
        let full = [
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        ]
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
            ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        var names = full.enumerated().map {
            MonthName(letters: Array($0.element.utf8), month: $0.offset + 1, isAbbreviation: false)
        }
        names += abbreviations.map { MonthName(letters: Array($0.0.utf8), month: $0.1, isAbbreviation: true) }
        return names
    }()

    /// The full month names, capitalised, by month (index 0 is January).
    static let fullMonthNames: [[UInt8]] = monthNames.filter { !$0.isAbbreviation }.map { name in
        name.letters.enumerated().map { $0.offset == 0 ? $0.element - 0x20 : $0.element }
    }

    /// The years a year alone may name ("in 2024"): narrower than the years of a full date, so that "in 1000
    /// villages" is not read as a date.
    static let bareYears = 1800...2199

}

extension EnglishDateWords {
    /// The days of the week, lower case, by their number (Sunday 0 … Saturday 6), as ``PartialDate/weekday``
    /// counts them.
    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
}

extension PartialDate {
    /// The number of days in a week.
    static let daysInWeek = 7
    /// The weekday of 1970-01-01, the origin of ``dayNumber`` (a Thursday).
    static let weekdayOfDayZero = 4

    /// The day of the week of ``firstDay``: Sunday 0 … Saturday 6.
    var weekday: Int {
        let week = PartialDate.daysInWeek
        return ((dayNumber % week) + PartialDate.weekdayOfDayZero + week) % week
    }

    /// The nearest day with a weekday, on or before this date's first day (`forward` false: "arrived on
    /// Monday") or on or after it (`forward` true: "will arrive on Monday").
    ///
    /// - Parameters:
    ///   - weekday: Sunday 0 … Saturday 6.
    ///   - forward: Whether the day is ahead.
    /// - Returns: The day, or `nil` outside the years 1…9999.
    func nearest(weekday: Int, forward: Bool) -> PartialDate? {
        let week = PartialDate.daysInWeek
        let ahead = ((weekday - self.weekday) % week + week) % week
        return addingDays(forward ? ahead : -((week - ahead) % week))
    }
}

extension EnglishDateWords {
    /// Words that count days from the text's own ("yesterday" -1).
    static let relativeDays: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1]
    /// Words that step from the text's own week, month or year ("next month" +1).
    static let relativeSteps: [String: Int] = ["last": -1, "past": -1, "this": 0, "next": 1, "coming": 1]
    /// The units a step counts in.
    static let relativeUnits: [String: PartialDate.Precision] = ["week": .day, "month": .month, "year": .year]
}

extension PartialDate {
    /// The date a relative phrase names from this day: `steps` weeks, months or years away ("next month",
    /// "last week", "this year"); a week is the span from its Monday to its Sunday.
    ///
    /// - Parameters:
    ///   - steps: How many units ahead (negative: back).
    ///   - unit: `.year`, `.month`, or `.day` for weeks.
    /// - Returns: The date or span, or `nil` when this date is not a day.
    func stepping(_ steps: Int, _ unit: Precision) -> DateOrSpan? {
        guard let month, day != nil else { return nil }
        switch unit {
        case .year: return PartialDate(year: year + steps).map(DateOrSpan.date)
        case .month:
            let index = year * Self.monthsInYear + (month - 1) + steps
            return PartialDate(year: index / Self.monthsInYear, month: index % Self.monthsInYear + 1).map(
                DateOrSpan.date)
        case .day:
            let monday = (weekday + PartialDate.daysInWeek - 1) % PartialDate.daysInWeek
            guard let start = addingDays(steps * PartialDate.daysInWeek - monday),
                let end = start.addingDays(PartialDate.daysInWeek - 1)
            else { return nil }
            return DateSpan(start: start, end: end).map(DateOrSpan.span)
        }
    }

    /// The number of months in a year.
    static let monthsInYear = 12
}
