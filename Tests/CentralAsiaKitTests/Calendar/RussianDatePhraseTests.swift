import CentralAsiaKit
import Testing

@Suite struct RussianDatePhraseTests {
    /// The reference day of these cases: Wednesday 12 November 2025 (its week runs from Monday 10 to Sunday 16).
    static let pageDay = PartialDate(year: 2025, month: 11, day: 12)

    /// One phrase and what it must give (the cases of the English suite).
    typealias Case = DatePhraseParserTests.Case

    static let forms: [Case] = [
        // Days, spans of days, the words after a year.
        Case("12 ноября 2024 года", "2024-11-12"),
        Case("5 марта 2019 г.", "2019-03-05"),
        Case("12–14 ноября", "2025-11-12/2025-11-14"),
        Case("3—4 июля 2024 года", "2024-07-03/2024-07-04"),
        Case("1-2 февраля 2023 года", "2023-02-01/2023-02-02"),
        Case("30 сентября – 2 октября 2025 года", "2025-09-30/2025-10-02"),
        Case("с 3 по 5 октября", "2025-10-03/2025-10-05"),
        Case("с 28 августа по 1 сентября 2024 года", "2024-08-28/2024-09-01"),
        Case("с марта по май 2024 года", "2024-03/2024-05"),
        Case("между 2020 и 2024 годами", "2020/2024"),
        Case("9 июн", "2025-06-09"),
        Case("2 окт.", "2025-10-02"),
        Case("7-го августа", "2025-08-07"),
        // Months and years, with the preposition.
        Case("в сентябре", "2025-09"),
        Case("в январе", "2026-01"),
        Case("В МАЕ 2024 ГОДА", "2024-05"),
        Case("в октябре 2025 г.", "2025-10"),
        Case("в июне 2022-го", "2022-06"),
        Case("в марте–апреле 2024 года", "2024-03/2024-04"),
        Case("в 2023 году", "2023"),
        Case("в 2022-м году", "2022"),
        Case("на 2026–2028 годы", "2026/2028"),
        Case("в 2018–2019 гг.", "2018/2019"),
        Case("за десять месяцев 2025 года", "2025-01/2025-10"),
        Case("за первые 9 месяцев 2024 года", "2024-01/2024-09"),
        Case("на май", "2026-05"),
        // Qualifiers.
        Case("в конце августа", "2025-08", .endOf),
        Case("в начале 2024 года", "2024", .beginningOf),
        Case("к концу года", "2025", .byEndOf),
        Case("до 2030 года", "2030", .until),
        Case("с 2017 года", "2017", .since),
        Case("в середине июля", "2025-07", .mid),
        // Relative to the reference day.
        Case("сегодня", "2025-11-12"),
        Case("вчера", "2025-11-11"),
        Case("накануне", "2025-11-11"),
        Case("в тот же день", "2025-11-12"),
        Case("на следующий день", "2025-11-13"),
        Case("в понедельник", "2025-11-10"),
        Case("в среду", "2025-11-12"),
        Case("во вторник, 11 ноября", "2025-11-11"),
        Case("в прошлом году", "2024"),
        Case("прошлого года", "2024"),
        Case("в этом году", "2025"),
        Case("в следующем месяце", "2025-12"),
        Case("уходящий год", "2025"),
        Case("уходящего года", "2025"),
        Case("за весь предыдущий год", "2024"),
        Case("на этой неделе", "2025-11-10/2025-11-16"),
        Case("на следующей неделе", "2025-11-17/2025-11-23"),
        Case("на прошлой неделе", "2025-11-03/2025-11-09"),
        Case("месяц назад", "2025-10"),
        Case("два года назад", "2023"),
        Case("неделю назад", "2025-11-05"),
        Case("3 дня назад", "2025-11-09"),
        Case("через три дня", "2025-11-15"),
        Case("через неделю", "2025-11-19"),
        Case("через два месяца", "2026-01"),
        Case("11 ноября прошлого года", "2024-11-11"),
        Case("в ноябре прошлого года", "2024-11"),
        Case("в конце этого года", "2025", .endOf),
        Case("в прошлую пятницу", "2025-11-07"),
        Case("в следующий понедельник", "2025-11-17"),
        Case("прошлогодних", "2024"),
        Case("в позапрошлом году", "2023"),
        Case("в 2020—2021 гг.", "2020/2021"),
        // Month adjectives, numeric dates.
        Case("июльском", "2025-07"),
        Case("октябрьских", "2025-10"),
        Case("сентябрьская", "2025-09"),
        Case("21.12.2025", "2025-12-21"),
        Case("05/12/2016", "2016-12-05"),
        Case("1.03.2024 г.", "2024-03-01"),
    ]

    @Test(arguments: forms)
    func readsEachPhraseForm(_ form: Case) throws {
        let phrase = try #require(DatePhraseParser.articles.parse(form.phrase, reference: Self.pageDay))
        #expect(phrase.value.description == form.value)
        #expect(phrase.qualifier == form.qualifier)
        #expect(phrase.text == form.phrase)
    }

    /// Every case form of every month name, derived by rule.
    @Test(arguments: [
        ("января", 1), ("январе", 1), ("январь", 1), ("февраля", 2), ("феврале", 2), ("марта", 3), ("марте", 3),
        ("апреля", 4), ("мая", 5), ("мае", 5), ("июня", 6), ("июле", 7), ("августа", 8), ("августе", 8),
        ("сентября", 9), ("октябре", 10), ("ноября", 11), ("декабре", 12), ("декабрь", 12), ("Декабря", 12),
    ])
    func readsEveryCaseFormOfAMonth(_ name: String, _ month: Int) throws {
        let phrase = try #require(DatePhraseParser().parse("2 \(name) 2020 года", reference: nil))
        #expect(phrase.value == .date(try #require(PartialDate(year: 2020, month: month, day: 2))))
    }

    /// Sentences of my own, each with the phrases it must give (text = value), in order.
    @Test(arguments: [
        (
            "Переговоры прошли 14 октября. В тот же день стороны подписали соглашение, а на следующий день лидеры посетили завод.",
            ["14 октября = 2025-10-14", "В тот же день = 2025-10-14", "на следующий день = 2025-10-15"]
        ),
        (
            "Саммит откроется 20 ноября. Накануне, 19 ноября, министры проведут встречу.",
            ["20 ноября = 2025-11-20", "Накануне = 2025-11-19", "19 ноября = 2025-11-19"]
        ),
        (
            "Организация провела встречи в 2005, 2011 и 2017 годах.",
            ["в 2005 = 2005", "2011 = 2011", "2017 годах = 2017"]
        ),
        (
            "В прошлом году президенты встречались 24 декабря в Москве.",
            ["В прошлом году = 2024", "24 декабря = 2024-12-24"]
        ),
        (
            "Визит запланирован на 3 декабря, а 24 декабря состоится саммит.",
            ["3 декабря = 2025-12-03", "24 декабря = 2025-12-24"]
        ),
        (
            "Мишустин вспомнил об июльском визите и октябрьских выборах.",
            ["июльском = 2025-07", "октябрьских = 2025-10"]
        ),
        (
            "АСТАНА, 12 ноя — Агентство. Президент прилетел в столицу.",
            ["12 ноя = 2025-11-12"]
        ),
        (
            "Итоги 2024 года подвели, а план на 2026–2028 годы утвердили; 2025 человек пришли.",
            ["2024 года = 2024", "на 2026–2028 годы = 2026/2028"]
        ),
    ])
    func findsThePhrasesOfASentence(_ sentence: String, _ expected: [String]) {
        #expect(CalendarTesting.articlePhrases(in: sentence, reference: Self.pageDay) == expected)
    }

    /// Ages, anniversaries, durations, counts, scores and phone numbers are not dates.
    @Test(arguments: [
        "Ему исполнилось 72 года.", "Страна отметила 75-летие Победы.", "Визит продлится три дня.",
        "Переговоры длились 3 часа.", "Матч закончился со счетом 3:2.", "Звоните по номеру +7 701 123 45 67.",
        "За 10 лет товарооборот вырос.", "За три месяца цены выросли на 5%.", "Это было в 1990-х годах.",
        "Компания отметила 25-летие.", "Охрана окружающей среды и пятница.", "Май стал теплым.",
        "В 1000 сёл провели газ.", "Цена выросла на 12,5 процента.", "Версия 2.10.1 вышла.",
        "Поселок Майский", "Там живут 2024 человека.", "Прошло 25 лет.",
    ])
    func findsNoDateWhereThereIsNone(_ sentence: String) {
        #expect(CalendarTesting.articlePhrases(in: sentence, reference: Self.pageDay) == [])
    }

    @Test func behavesAsTheDatePhrasesArticleSays() {
        let found = DatePhraseParser().find(
            in: "Саммит прошел 12–14 ноября 2024 года, а с 3 по 5 марта — форум.", reference: Self.pageDay)
        #expect(
            found.map { "\($0.text) = \($0.value)" } == [
                "12–14 ноября 2024 года = 2024-11-12/2024-11-14", "с 3 по 5 марта = 2025-03-03/2025-03-05",
            ])
    }

    @Test func rejectsARelativePhraseWithoutAReferenceDay() {
        let scan = DatePhraseParser.articles.scan(inUTF8: Array("Встреча прошла вчера.".utf8), reference: nil)
        #expect(scan.phrases.isEmpty)
        #expect(scan.rejected.map(\.description) == ["date \"вчера\" is relative and there is no reference day"])
    }

    @Test func readsRelativePhrasesOnlyWhenAsked() {
        let text = "В прошлом году и на этой неделе."
        #expect(DatePhraseParser().find(in: text, reference: Self.pageDay).isEmpty)
        #expect(DatePhraseParser.articles.find(in: text, reference: Self.pageDay).count == 2)
    }

    @Test func readsNumericDatesDayFirstOnlyWithRussian() {
        #expect(DatePhraseParser(languages: [.english]).parse("05/12/2016", reference: nil) == nil)
        #expect(
            DatePhraseParser(languages: [.russian]).parse("05/12/2016", reference: nil)?.value.description
                == "2016-12-05")
    }

    @Test func namesItsLanguages() {
        #expect(DatePhraseParser.Language.all.map(\.description) == ["english", "russian"])
        #expect(DatePhraseParser().languages == [.english, .russian])
    }
}
