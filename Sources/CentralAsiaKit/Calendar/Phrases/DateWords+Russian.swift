extension DateWords {
    /// Russian: "12 ноября 2024 года", "12–14 ноября", "с 3 по 5 марта", "в сентябре", "на 2026–2028 годы",
    /// "в прошлом году", "месяц назад", "в тот же день", "июльском", "21.12.2025". Month names are read in
    /// any case; their case forms and those of the relative adjectives are derived by rule from the
    /// nominative (``RussianForms``); numeric dates are read day first.
    static let russian = DateWords(
        name: "russian", meanings: russianMeanings, leads: russianLeads,
        spanLeads: [("с", ["по", "до"]), ("со", ["по", "до"]), ("между", ["и"])],
        anaphora: russianAnaphora,
        forms: Forms(
            capitalizedMonths: false, monthBeforeDay: false, numericDayFirst: true, bareWeekdays: false,
            plainLeadsBeforeDays: false, dayMonthJoiners: [],
            relativeYearJoiners: [], listJoiners: ["и"], firstWords: ["первые"], determiners: [],
            ordinalSuffixes: ["-го"], yearSuffixes: ["-го", "-м", "-й"]))

    /// Leading words, with their qualifier.
    static let russianLeads: [(String, DatePhrase.Qualifier?, Bool)] = [
        ("в конце", .endOf, false), ("к концу", .byEndOf, false), ("до конца", .byEndOf, false),
        ("в начале", .beginningOf, false), ("с начала", .since, false), ("в середине", .mid, false),
        ("не позднее", .by, false), ("начиная с", .since, false), ("к", .by, false), ("ко", .by, false),
        ("до", .until, false), ("с", .since, false), ("со", .since, false), ("после", .after, false),
        ("перед", .before, false), ("в", nil, false), ("во", nil, false), ("на", nil, false),
        ("за", nil, false), ("за весь", nil, false), ("за всю", nil, false), ("в течение", nil, false),
    ]

    /// Phrases that count days from the day named before.
    static let russianAnaphora: [(String, Int)] = [
        ("в тот же день", 0), ("в тот день", 0), ("в этот же день", 0), ("в этот день", 0), ("тем же днем", 0),
        ("на следующий день", 1), ("на другой день", 1), ("днем позже", 1), ("днем ранее", -1), ("накануне", -1),
    ]

    /// Russian single words: months and their adjectives in every form, weekdays, relative words, units, the
    /// words after a year, and small numbers.
    static let russianMeanings: [String: [Meaning]] = {
        var table: [String: [Meaning]] = [:]
        func add(_ words: [String], _ meaning: Meaning) {
            for word in words { table[word, default: []].append(meaning) }
        }
        for (index, name) in RussianForms.months.enumerated() {
            add(RussianForms.caseForms(ofMonth: name), .month(index + 1, isAbbreviation: false))
            add(RussianForms.adjectiveForms(stem: RussianForms.monthAdjectiveStems[index]), .monthAdjective(index + 1))
        }
        for (word, month) in RussianForms.monthAbbreviations where table[word] == nil {
            add([word], .month(month, isAbbreviation: true))
        }
        for (weekday, forms) in RussianForms.weekdays.enumerated() { add(forms, .weekday(weekday)) }
        for (word, days) in RussianForms.relativeDays { add([word], .relativeDay(days)) }
        for (stem, step) in RussianForms.steps { add(RussianForms.adjectiveForms(stem: stem), .step(step)) }
        add(RussianForms.thisForms, .step(0))
        for (stem, step) in RussianForms.yearAdjectives {
            add(RussianForms.adjectiveForms(stem: stem), .relativeYear(step))
        }
        for (unit, forms) in RussianForms.units { add(forms, .unit(unit)) }
        for (unit, forms) in RussianForms.countedUnits { add(forms, .countedUnit(unit)) }
        add(RussianForms.yearWords, .yearWord(isAbbreviation: false))
        add(RussianForms.yearAbbreviations, .yearWord(isAbbreviation: true))
        for (word, value) in RussianForms.numbers { add([word], .number(value)) }
        add(["назад"], .ago)
        add(["через"], .later)
        return table
    }()
}

/// The Russian forms of date words, derived by rule from nominatives and stems, so that no case form is
/// listed by hand.
enum RussianForms {
    /// The month names in the nominative, January first.
    static let months = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
        "декабрь",
    ]

    /// The case forms of a month name: nominative, genitive, prepositional, dative, instrumental.
    ///
    /// Soft stems in -ь (январь → января, январе, январю, январем), -й (май → мая, мае, маю, маем), hard
    /// stems (март → марта, марте, марту, мартом).
    static func caseForms(ofMonth name: String) -> [String] {
        if name.hasSuffix("ь") || name.hasSuffix("й") {
            let stem = String(name.dropLast())
            return [name] + ["я", "е", "ю", "ем"].map { stem + $0 }
        }
        return [name] + ["а", "е", "у", "ом"].map { name + $0 }
    }

    /// The stems of the month adjectives ("июльский"), January first.
    static let monthAdjectiveStems = [
        "январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск", "сентябрьск",
        "октябрьск", "ноябрьск", "декабрьск",
    ]

    /// The forms of an adjective in every gender, number and case: a stem in -н is soft ("нынешний", "нынешняя"),
    /// any other hard, spelt by ``RussianSpelling`` ("июльский", "следующая", "прошлый").
    static func adjectiveForms(stem: String) -> [String] {
        RussianSpelling.adjectiveForms(stem: stem, soft: stem.last == "н")
    }

    /// Usual abbreviations of month names in datelines and tables ("9 июн", "29 дек").
    static let monthAbbreviations: [(String, Int)] = [
        ("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7), ("авг", 8),
        ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12),
    ]

    /// The forms of each weekday after "в" and alone, Sunday first.
    static let weekdays = [
        ["воскресенье"], ["понедельник"], ["вторник"], ["среда", "среду"], ["четверг"], ["пятница", "пятницу"],
        ["суббота", "субботу"],
    ]

    /// Words that count days from the text's own.
    static let relativeDays = ["позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2]

    /// Adjective stems that step from the text's week, month or year ("прошлом году" -1).
    static let steps: [(String, Int)] = [
        ("позапрошл", -2), ("прошл", -1), ("предыдущ", -1), ("минувш", -1), ("текущ", 0), ("нынешн", 0), ("уходящ", 0),
        ("следующ", 1), ("будущ", 1), ("наступающ", 1), ("грядущ", 1), ("предстоящ", 1),
    ]

    /// Adjective stems that name a year by its step ("прошлогодних выборах" -1).
    static let yearAdjectives: [(String, Int)] = [("позапрошлогодн", -2), ("прошлогодн", -1)]

    /// The forms of "этот" (this).
    static let thisForms = ["этот", "этого", "этому", "этим", "этом", "эта", "этой", "эту"]

    /// The forms of the units a step counts in ("прошлом году", "следующей неделе").
    static let units: [(DateWords.Unit, [String])] = [
        (.week, ["неделя", "недели", "неделе", "неделю", "неделей"]),
        (.month, ["месяц", "месяца", "месяце", "месяцу", "месяцем"]),
        (.year, ["год", "года", "году", "годом"]),
    ]

    /// The forms of units after a number ("три дня", "десять месяцев", "два года назад").
    static let countedUnits: [(DateWords.Unit, [String])] = [
        (.day, ["день", "дня", "дней"]), (.week, ["неделю", "недели", "недель"]),
        (.month, ["месяц", "месяца", "месяцев"]), (.year, ["год", "года", "лет"]),
    ]

    /// Words after a year that belong to the phrase ("в 2023 году", "на 2026–2028 годы").
    static let yearWords = ["год", "года", "году", "годом", "годы", "годах", "годов", "годам", "годами"]
    /// Their abbreviations, which take a full stop ("2025 г.", "2018–2019 гг.").
    static let yearAbbreviations = ["г", "гг"]

    /// Number words up to twelve, in the forms a count takes.
    static let numbers = [
        "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
        "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    ]
}
