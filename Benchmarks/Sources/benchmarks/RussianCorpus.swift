import Foundation

/// `mentions-ru-corpus --mb N --seed S OUT`: writes a deterministic corpus of Russian news pages for the
/// `mentions` benchmark (`benchmarks mentions OUT`).
///
/// Pages have the plain-text layout the page parser reads (a date line, then articles: a title, a blank
/// line, paragraphs), separated by form feeds. Sentences come from the templates below, with countries,
/// people, cities and organisations in the case each slot asks for, adjectives in every gender and
/// compounds (`российско-узбекских`), initials, patronymics and abbreviations, and sentences with no name
/// at all, as news prose has. The same seed gives the same bytes.
enum RussianCorpus {
    /// Names by case: nominative, genitive, dative, accusative, instrumental, prepositional.
    typealias Forms = [String]

    /// Countries by case.
    static let countries: [Forms] = [
        ["Казахстан", "Казахстана", "Казахстану", "Казахстан", "Казахстаном", "Казахстане"],
        ["Узбекистан", "Узбекистана", "Узбекистану", "Узбекистан", "Узбекистаном", "Узбекистане"],
        ["Кыргызстан", "Кыргызстана", "Кыргызстану", "Кыргызстан", "Кыргызстаном", "Кыргызстане"],
        ["Киргизия", "Киргизии", "Киргизии", "Киргизию", "Киргизией", "Киргизии"],
        ["Таджикистан", "Таджикистана", "Таджикистану", "Таджикистан", "Таджикистаном", "Таджикистане"],
        ["Туркмения", "Туркмении", "Туркмении", "Туркмению", "Туркменией", "Туркмении"],
        ["Россия", "России", "России", "Россию", "Россией", "России"],
        ["Китай", "Китая", "Китаю", "Китай", "Китаем", "Китае"],
        ["Турция", "Турции", "Турции", "Турцию", "Турцией", "Турции"],
        ["Южная Корея", "Южной Кореи", "Южной Корее", "Южную Корею", "Южной Кореей", "Южной Корее"],
        ["США", "США", "США", "США", "США", "США"],
        [
            "Республика Казахстан", "Республики Казахстан", "Республике Казахстан", "Республику Казахстан",
            "Республикой Казахстан", "Республике Казахстан",
        ],
    ]

    /// People by case.
    static let people: [Forms] = [
        [
            "Касым-Жомарт Токаев", "Касыма-Жомарта Токаева", "Касыму-Жомарту Токаеву", "Касыма-Жомарта Токаева",
            "Касымом-Жомартом Токаевым", "Касыме-Жомарте Токаеве",
        ],
        ["Токаев", "Токаева", "Токаеву", "Токаева", "Токаевым", "Токаеве"],
        [
            "Шавкат Мирзиёев", "Шавката Мирзиёева", "Шавкату Мирзиёеву", "Шавката Мирзиёева", "Шавкатом Мирзиёевым",
            "Шавкате Мирзиёеве",
        ],
        [
            "Садыр Жапаров", "Садыра Жапарова", "Садыру Жапарову", "Садыра Жапарова", "Садыром Жапаровым",
            "Садыре Жапарове",
        ],
        [
            "Эмомали Рахмон", "Эмомали Рахмона", "Эмомали Рахмону", "Эмомали Рахмона", "Эмомали Рахмоном",
            "Эмомали Рахмоне",
        ],
        ["В.Путин", "В.Путина", "В.Путину", "В.Путина", "В.Путиным", "В.Путине"],
        [
            "Владимир Владимирович", "Владимира Владимировича", "Владимиру Владимировичу", "Владимира Владимировича",
            "Владимиром Владимировичем", "Владимире Владимировиче",
        ],
        [
            "Сердар Бердымухамедов", "Сердара Бердымухамедова", "Сердару Бердымухамедову", "Сердара Бердымухамедова",
            "Сердаром Бердымухамедовым", "Сердаре Бердымухамедове",
        ],
        ["Си Цзиньпин", "Си Цзиньпина", "Си Цзиньпину", "Си Цзиньпина", "Си Цзиньпином", "Си Цзиньпине"],
    ]

    /// Cities by case.
    static let cities: [Forms] = [
        ["Астана", "Астаны", "Астане", "Астану", "Астаной", "Астане"],
        ["Ташкент", "Ташкента", "Ташкенту", "Ташкент", "Ташкентом", "Ташкенте"],
        ["Бишкек", "Бишкека", "Бишкеку", "Бишкек", "Бишкеком", "Бишкеке"],
        ["Душанбе", "Душанбе", "Душанбе", "Душанбе", "Душанбе", "Душанбе"],
        ["Ашхабад", "Ашхабада", "Ашхабаду", "Ашхабад", "Ашхабадом", "Ашхабаде"],
        ["Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"],
        ["Самарканд", "Самарканда", "Самарканду", "Самарканд", "Самаркандом", "Самарканде"],
        ["Алма-Ата", "Алма-Аты", "Алма-Ате", "Алма-Ату", "Алма-Атой", "Алма-Ате"],
    ]

    /// Organisations (abbreviations do not decline).
    static let organizations = ["ШОС", "СНГ", "ОДКБ", "ЕАЭС", "ОТГ", "ООН", "СВМДА", "ЕС"]

    /// Adjectives that name a country, in the forms the templates use.
    static let adjectives = [
        "казахстанской", "узбекская", "российско-узбекских", "киргизского", "таджикистанским", "туркменскую",
        "китайских", "узбекистанско-казахстанский",
    ]

    /// Sentence templates: `{C2}` a country in case 2 (genitive), `{P5}` a person in the instrumental,
    /// `{G6}` a city in the prepositional, `{O}` an organisation, `{A}` an adjective.
    static let templates = [
        "{P1} провёл переговоры с {P5} в {G6}.",
        "В {G6} состоялась встреча президентов {C2} и {C2}.",
        "Делегация {C2} прибыла в {G4} для участия в саммите {O}.",
        "Товарооборот между {C5} и {C5} за десять месяцев вырос на 12 процентов.",
        "{A} сторона предложила расширить сотрудничество в рамках {O}.",
        "Глава государства поблагодарил {P4} за тёплый приём.",
        "По словам экспертов, рост цен на продовольствие замедлился во втором полугодии.",
        "Министр отметил, что работа над соглашением продолжится в ближайшие месяцы.",
        "Стороны обсудили вопросы энергетики, транспорта и водных ресурсов региона.",
        "{P1} направил поздравительную телеграмму {P3}.",
        "Новый маршрут свяжет {G4} с {G5} через территорию {C2}.",
        "Представители {O} и {O} приняли совместное заявление.",
        "Инвесторы из {C2} вложили в экономику {C2} более миллиарда долларов.",
        "Пресс-служба сообщила, что визит пройдёт в рабочем формате.",
        "В ходе беседы с {P5} обсуждались {A} проекты.",
        "Уровень безработицы в стране снизился, сообщило статистическое ведомство.",
    ]

    /// Titles of articles.
    static let titles = [
        "{P1} посетит {C4} с государственным визитом",
        "В {G6} открылся форум {O}",
        "{C1} и {C1} договорились о новых проектах",
        "Экономика региона: итоги года",
    ]

    /// Writes the corpus.
    static func run(_ arguments: [String]) throws -> String {
        let usage = "benchmarks mentions-ru-corpus --mb N --seed S OUT"
        guard let out = arguments.last, !out.hasPrefix("--"), let megabytes = option("--mb", arguments),
            let seed = option("--seed", arguments)
        else { throw BenchmarkError("usage: \(usage)") }
        let bytes = generate(bytes: megabytes * 1_000_000, seed: UInt64(seed))
        guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
            throw BenchmarkError("cannot write \"\(out)\"")
        }
        return "bytes=\(bytes.count) seed=\(seed) out=\(out)"
    }

    /// An integer option (`--mb 50`).
    private static func option(_ name: String, _ arguments: [String]) -> Int? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return Int(arguments[index + 1])
    }

    /// The articles a page holds.
    private static let articlesPerPage = 12
    /// The sentences an article holds.
    private static let sentencesPerArticle = 9

    /// A corpus of about `bytes` bytes (whole pages, so at least one).
    static func generate(bytes target: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var output: [UInt8] = []
        output.reserveCapacity(target + 65_536)
        var day = 0
        repeat {
            if !output.isEmpty { output.append(0x0C) }
            var page = "\(1 + day % 28) November 2025\n\n"
            day += 1
            for _ in 0..<articlesPerPage {
                page += fill(titles[random.below(titles.count)], &random) + "\n\n"
                for sentence in 0..<sentencesPerArticle {
                    page += fill(templates[random.below(templates.count)], &random)
                    page += sentence == sentencesPerArticle - 1 ? "\n\n" : " "
                }
            }
            output.append(contentsOf: page.utf8)
        } while output.count < target
        return output
    }

    /// A template with its slots filled.
    private static func fill(_ template: String, _ random: inout SplitMix64) -> String {
        var result = ""
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "{", let kind = characters.next() else {
                result.append(character)
                continue
            }
            // `{C2}`: the digit is the case, 1-based; `{O}` and `{A}` have none.
            var caseIndex = 0
            if kind != "O", kind != "A", let digit = characters.next() { caseIndex = (Int(String(digit)) ?? 1) - 1 }
            _ = characters.next()  // the closing brace
            result += slot(kind, case: caseIndex, &random)
        }
        return result
    }

    /// One filled slot.
    private static func slot(_ kind: Character, case index: Int, _ random: inout SplitMix64) -> String {
        switch kind {
        case "C": countries[random.below(countries.count)][index]
        case "P": people[random.below(people.count)][index]
        case "G": cities[random.below(cities.count)][index]
        case "O": organizations[random.below(organizations.count)]
        default: adjectives[random.below(adjectives.count)]
        }
    }
}

/// A small seeded generator (SplitMix64), so that a seed gives the same corpus on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
