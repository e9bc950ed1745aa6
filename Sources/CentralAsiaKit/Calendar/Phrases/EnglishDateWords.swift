/// The English words the date parsers read: month names and the words that may lead a date.
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

    /// The month names grouped by their lower-case first letter (index 0 is "a"), so a word is compared only
    /// with the names it could be.
    static let monthNamesByInitial: [[MonthName]] = buckets(monthNames) { $0.letters[0] }

    /// The leading words grouped by the lower-case first letter of their first word (index 0 is "a").
    static let leadsByInitial: [[Lead]] = buckets(leads) { $0.words[0][0] }

    /// The span-opening words grouped by their lower-case first letter (index 0 is "a").
    static let spanLeadsByInitial: [[SpanLead]] = buckets(spanLeads) { $0.word[0] }

    /// Groups entries in 26 buckets by a lower-case ASCII letter, keeping their order.
    private static func buckets<Entry>(_ entries: [Entry], by letter: (Entry) -> UInt8) -> [[Entry]] {
        var result = [[Entry]](repeating: [], count: 26)
        for entry in entries {
            let index = Int(letter(entry)) - Int(UInt8(ascii: "a"))
            if result.indices.contains(index) { result[index].append(entry) }
        }
        return result
    }

    /// A run of words that may come before a date, and the qualifier it adds.
    struct Lead: Sendable {
        /// The words in lower case ASCII.
        let words: [[UInt8]]
        /// What the words add to the date; `nil` for plain prepositions such as "in" and "on".
        let qualifier: DatePhrase.Qualifier?
        /// Whether the words may be joined to the date by a hyphen ("mid-2024").
        let joinsWithHyphen: Bool
    }

    /// Leading words, longest first so that "by the end of" wins over "by".
    static let leads: [Lead] = {
        let table: [(String, DatePhrase.Qualifier?, Bool)] = [
            ("by the end of", .byEndOf, false),
            ("at the end of", .endOf, false),
            ("the end of", .endOf, false),
            ("end of", .endOf, false),
            ("at the beginning of", .beginningOf, false),
            ("the beginning of", .beginningOf, false),
            ("beginning of", .beginningOf, false),
            ("at the start of", .beginningOf, false),
            ("the start of", .beginningOf, false),
            ("start of", .beginningOf, false),
            ("in early", .early, false),
            ("in mid", .mid, true),
            ("in late", .late, false),
            ("early", .early, false),
            ("mid", .mid, true),
            ("late", .late, false),
            ("by", .by, false),
            ("before", .before, false),
            ("after", .after, false),
            ("since", .since, false),
            ("until", .until, false),
            ("in", nil, false),
            ("on", nil, false),
            ("during", nil, false),
        ]
        return table.map { words, qualifier, hyphen in
            Lead(
                words: words.split(separator: " ").map { Array($0.utf8) }, qualifier: qualifier,
                joinsWithHyphen: hyphen)
        }.sorted { $0.words.reduce(0) { $0 + $1.count + 1 } > $1.words.reduce(0) { $0 + $1.count + 1 } }
    }()

    /// A word that opens a span written with two dates ("from May 30 to June 2", "between 2020 and 2024"),
    /// with the words that may join the dates.
    struct SpanLead: Sendable {
        /// The opening word in lower case ASCII.
        let word: [UInt8]
        /// The joining words in lower case ASCII.
        let connectors: [[UInt8]]
    }

    /// Words that open a span of two dates.
    static let spanLeads: [SpanLead] = [
        SpanLead(word: Array("from".utf8), connectors: ["to", "until", "till", "through"].map { Array($0.utf8) }),
        SpanLead(word: Array("between".utf8), connectors: [Array("and".utf8)]),
    ]

    /// The years a year alone may name ("in 2024"): narrower than the years of a full date, so that "in 1000
    /// villages" is not read as a date.
    static let bareYears = 1800...2199

    /// Ordinal suffixes a day number may carry ("21st", "3rd").
    static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
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
