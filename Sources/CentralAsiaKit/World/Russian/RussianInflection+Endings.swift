extension RussianInflection {
    /// One declension class: the nominative ending a word of the class drops to leave its stem, and the endings
    /// the stem takes in each case.
    struct Paradigm: Sendable {
        /// The nominative ending, removed from the word to find the stem (empty for a stem ending in a consonant).
        let ending: String
        /// The endings by case, in ``caseCount`` slots: nominative, genitive, dative, accusative, instrumental,
        /// prepositional. A slot may hold several endings (variants of stress, animacy or spelling); the first of
        /// the nominative slot is ``ending``.
        let cases: [[String]]
    }

    /// The number of cases of Russian, the slots of a ``Paradigm``.
    static let caseCount = 6

    /// Nouns of names, by the nominative ending; the first class whose ending fits a word applies
    /// (so `-ия` before `-я`, `-ий` before `-й`). A word fitting none (one ending in `о`, `е`, `и`, `у`, `ю`,
    /// `ы`, `э`: `Токио`, `Душанбе`, `Тбилиси`, `Баку`, `Алматы`) does not decline.
    static let nounParadigms: [Paradigm] = [
        // Россия, Киргизия, Туркмения.
        Paradigm(ending: "ия", cases: [["ия"], ["ии"], ["ии"], ["ию"], ["ией", "иею"], ["ии"]]),
        // Гвинея, Корея.
        Paradigm(ending: "я", cases: [["я"], ["и"], ["е"], ["ю"], ["ей", "ею"], ["е"]]),
        // Москва, Астана, Прага, Анкара; `-ы` and `-и`, `-ой` and `-ей` by the stem's last consonant.
        Paradigm(ending: "а", cases: [["а"], ["ы", "и"], ["е"], ["у"], ["ой", "ей", "ою"], ["е"]]),
        // Казань, Тюмень (feminine), Кремль (masculine).
        Paradigm(ending: "ь", cases: [["ь"], ["и", "я"], ["и", "ю"], ["ь"], ["ью", "ем"], ["и", "е"]]),
        // Дмитрий, Юрий.
        Paradigm(ending: "ий", cases: [["ий"], ["ия"], ["ию"], ["ия", "ий"], ["ием"], ["ии"]]),
        // Китай, Уругвай, Семей, Андрей.
        Paradigm(ending: "й", cases: [["й"], ["я"], ["ю"], ["й", "я"], ["ем"], ["е"]]),
        // Казахстан, Бишкек, Ташкент, Кемелевич; `-ом` and `-ем` by the stem's last consonant.
        Paradigm(ending: "", cases: [[""], ["а"], ["у"], ["", "а"], ["ом", "ем"], ["е"]]),
    ]

    /// Neuter nouns, which decline only with these endings (`Содружество`, `Совещание`): other words in `-о`
    /// and `-е` are foreign and do not.
    static let neuterParadigms: [Paradigm] = [
        Paradigm(ending: "ство", cases: [["ство"], ["ства"], ["ству"], ["ство"], ["ством"], ["стве"]]),
        Paradigm(ending: "ние", cases: [["ние"], ["ния"], ["нию"], ["ние"], ["нием"], ["нии"]]),
    ]

    /// A plural noun after a plural adjective (`Соединённые Штаты`, `Объединённые Арабские Эмираты`) or in
    /// ``pluralNouns``.
    static let pluralParadigm = Paradigm(
        ending: "ы", cases: [["ы"], ["ов"], ["ам"], ["ы"], ["ами"], ["ах"]])

    /// Names that are plural nouns on their own.
    static let pluralNouns: Set<String> = [
        "нидерланды", "филиппины", "багамы", "мальдивы", "сейшелы", "коморы", "штаты", "эмираты",
    ]

    /// Surnames in `-ов`, `-ев`, `-ин`, `-ын`: Токаев, Токаева, Токаеву, Токаевым, Токаеве.
    static let masculineSurname = Paradigm(ending: "", cases: [[""], ["а"], ["у"], ["а"], ["ым"], ["е"]])

    /// The endings that make a word a ``masculineSurname`` (the word must be longer than the ending and a letter).
    static let masculineSurnameEndings = ["ов", "ев", "ин", "ын"]

    /// Surnames in `-ова`, `-ева`, `-ина`, `-ына`: Отунбаева, Отунбаевой, Отунбаеву.
    static let feminineSurname = Paradigm(
        ending: "а", cases: [["а"], ["ой"], ["ой"], ["у"], ["ой"], ["ой"]])

    /// The endings that make a word a ``feminineSurname``.
    static let feminineSurnameEndings = ["ова", "ева", "ина", "ына"]

    /// Adjectives by the ending they are written with, which gives their gender and number (`Кыргызская
    /// Республика`, `Соединённые Штаты`, `Высший … совет`). `ы` stands for `и` after ``RussianSpelling/velarsAndSibilants``.
    static let adjectiveParadigms: [Paradigm] = [
        Paradigm(ending: "ый", cases: [["ый"], ["ого"], ["ому"], ["ый", "ого"], ["ым"], ["ом"]]),
        Paradigm(ending: "ой", cases: [["ой"], ["ого"], ["ому"], ["ой", "ого"], ["ым"], ["ом"]]),
        Paradigm(
            ending: "ий", cases: [["ий"], ["ого", "его"], ["ому", "ему"], ["ий", "ого"], ["им"], ["ом", "ем"]]),
        Paradigm(ending: "ая", cases: [["ая"], ["ой"], ["ой"], ["ую"], ["ой", "ою"], ["ой"]]),
        Paradigm(ending: "яя", cases: [["яя"], ["ей"], ["ей"], ["юю"], ["ей"], ["ей"]]),
        Paradigm(ending: "ое", cases: [["ое"], ["ого"], ["ому"], ["ое"], ["ым"], ["ом"]]),
        Paradigm(ending: "ее", cases: [["ее"], ["его"], ["ему"], ["ее"], ["им"], ["ем"]]),
        Paradigm(ending: "ые", cases: [["ые"], ["ых"], ["ым"], ["ые"], ["ыми"], ["ых"]]),
        Paradigm(ending: "ие", cases: [["ие"], ["их"], ["им"], ["ие"], ["ими"], ["их"]]),
    ]

    /// The endings of plural adjectives, after which a noun is plural too.
    static let pluralAdjectiveEndings: Set<String> = ["ые", "ие"]

    /// The endings of an adjective that names a country, in every gender, case and number, after its stem
    /// (`российск-`, `китайск-`, `кыргызстанск-`); the last, `о`, is the first part of a compound
    /// (`российско-узбекских`). `ы` stands for `и` after ``RussianSpelling/velarsAndSibilants``.
    static let countryAdjectiveEndings = [
        "ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ою", "ое", "ые", "ых", "ыми", "о",
    ]

    /// Nouns for a country's people (`казахстанец`, `россиянин`): the nominative ending, then every form of
    /// both numbers after the stem.
    static let demonymNounParadigms: [(ending: String, endings: [String])] = [
        ("ец", ["ец", "ца", "цу", "цем", "це", "цы", "цев", "цам", "цами", "цах"]),
        ("анин", ["анин", "анина", "анину", "анином", "анине", "ане", "ан", "анам", "анами", "анах"]),
        ("янин", ["янин", "янина", "янину", "янином", "янине", "яне", "ян", "янам", "янами", "янах"]),
    ]

    /// Nouns whose stem changes (a vowel that drops), by their lower-case nominative: their forms in the
    /// ``caseCount`` slots.
    static let irregularNouns: [String: [String]] = [
        "египет": ["Египет", "Египта", "Египту", "Египет", "Египтом", "Египте"],
        "кремль": ["Кремль", "Кремля", "Кремлю", "Кремль", "Кремлём", "Кремле"],
    ]
}
