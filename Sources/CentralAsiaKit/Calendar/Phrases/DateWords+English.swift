extension DateWords {
    /// English: "21 January 2025", "April 24, 2024", "by the end of 2025", "last week", "two years ago",
    /// "the next day". Month names are capitalised; numeric dates are not read (their order is ambiguous).
    static let english = DateWords(
        name: "english", meanings: englishMeanings, leads: englishLeads,
        spanLeads: [("from", ["to", "until", "till", "through"]), ("between", ["and"])],
        anaphora: englishAnaphora,
        forms: Forms(
            capitalizedMonths: true, monthBeforeDay: true, numericDayFirst: false, bareWeekdays: true,
            dayMonthJoiners: ["of"],
            relativeYearJoiners: ["of"], listJoiners: ["and"], firstWords: ["the first", "first"],
            determiners: ["the"], ordinalSuffixes: ["st", "nd", "rd", "th"], yearSuffixes: []))

    /// Leading words, with their qualifier and whether a hyphen may join them to the date ("mid-2024").
    static let englishLeads: [(String, DatePhrase.Qualifier?, Bool)] = [
        ("by the end of", .byEndOf, false), ("at the end of", .endOf, false), ("the end of", .endOf, false),
        ("end of", .endOf, false), ("at the beginning of", .beginningOf, false),
        ("the beginning of", .beginningOf, false), ("beginning of", .beginningOf, false),
        ("at the start of", .beginningOf, false), ("the start of", .beginningOf, false),
        ("start of", .beginningOf, false), ("in early", .early, false), ("in mid", .mid, true),
        ("in late", .late, false), ("early", .early, false), ("mid", .mid, true), ("late", .late, false),
        ("by", .by, false), ("before", .before, false), ("after", .after, false), ("since", .since, false),
        ("until", .until, false), ("in", nil, false), ("on", nil, false), ("during", nil, false),
    ]

    /// Phrases that count days from the day named before.
    static let englishAnaphora: [(String, Int)] = [
        ("the same day", 0), ("that same day", 0), ("on the same day", 0), ("that day", 0), ("on that day", 0),
        ("the next day", 1), ("the following day", 1), ("on the next day", 1), ("on the following day", 1),
        ("a day later", 1), ("the day before", -1), ("the previous day", -1), ("a day earlier", -1),
    ]

    /// English single words: months, weekdays, relative words, units and small numbers.
    static let englishMeanings: [String: [Meaning]] = {
        var table: [String: [Meaning]] = [:]
        for name in EnglishDateWords.monthNames {
            table[String(decoding: name.letters, as: UTF8.self), default: []].append(
                .month(name.month, isAbbreviation: name.isAbbreviation))
        }
        for (word, day) in EnglishDateWords.weekdays { table[word, default: []].append(.weekday(day)) }
        for (word, days) in EnglishDateWords.relativeDays { table[word, default: []].append(.relativeDay(days)) }
        for (word, step) in EnglishDateWords.relativeSteps { table[word, default: []].append(.step(step)) }
        table["previous", default: []].append(.step(-1))
        let units: [(String, Unit)] = [("week", .week), ("month", .month), ("year", .year)]
        for (word, unit) in units { table[word, default: []] += [.unit(unit), .countedUnit(unit)] }
        let counted: [(String, Unit)] = [
            ("day", .day), ("days", .day), ("weeks", .week), ("months", .month), ("years", .year),
        ]
        for (word, unit) in counted { table[word, default: []].append(.countedUnit(unit)) }
        for (word, value) in NumberWords.cardinalWords where (1...englishLargestCount).contains(value) {
            table[word, default: []].append(.number(value))
        }
        for word in ["a", "an"] { table[word, default: []].append(.number(1)) }
        table["ago", default: []].append(.ago)
        return table
    }()

    /// The largest number word read as a count ("ninety years ago").
    static let englishLargestCount = 99
}
