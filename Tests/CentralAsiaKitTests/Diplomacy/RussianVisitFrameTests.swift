import Testing

@testable import CentralAsiaKit

/// Visit frames read with ``VisitFramePhrases/russian``, one sentence per case (written for these tests):
/// each cue form, status, kind and the texts that give no visit. Names come from ``RussianFixture``. The page's
/// date is Tuesday, 21 January 2025.
@Suite struct RussianVisitFrameTests {
    static let reference = PartialDate(year: 2025, month: 1, day: 21)

    /// The visits of a text, described.
    static func visits(_ text: String) -> [String] {
        RussianFixture.extractor.extract(from: text, reference: reference).visits.map(\.description)
    }

    @Test(arguments: [
        (
            "Касым-Жомарт Токаев посетит Россию с государственным визитом.",
            "Kassym-Jomart Tokayev → RU (state, planned)"
        ),
        ("Путин прибыл в Таджикистан с государственным визитом.", "Vladimir Putin → TJ (state, completed)"),
        ("Мирзиёев прилетел в Астану.", "Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)"),
        (
            "Жапаров находится с рабочим визитом в Ташкенте.",
            "Sadyr Japarov → Tashkent, UZ (working, ongoing, 2025-01-21)"
        ),
        ("Рахмон находился в Москве с официальным визитом.", "Emomali Rahmon → Moscow, RU (official, completed)"),
        ("Токаев отбыл в Ташкент.", "Kassym-Jomart Tokayev → Tashkent, UZ (unspecified, completed)"),
        ("Путин направится в Бишкек.", "Vladimir Putin → Bishkek, KG (unspecified, planned)"),
        ("Мирзиёев совершит официальный визит в Киргизию.", "Shavkat Mirziyoyev → KG (official, planned)"),
        ("В Ашхабад прилетел Путин.", "Vladimir Putin → Ashgabat, TM (unspecified, completed)"),
        (
            "Путин посетил с официальным визитом столицу Туркмении Ашхабад.",
            "Vladimir Putin → Ashgabat, TM (official, completed)"
        ),
        ("Токаев прилетел в российскую столицу.", "Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"),
        ("Стороны обсудили итоги визита Жапарова в Москву.", "Sadyr Japarov → Moscow, RU (unspecified, completed)"),
        ("Путин посетит Ташкент по приглашению Мирзиёева.", "Vladimir Putin → Tashkent, UZ (unspecified, planned)"),
        (
            "Путин встретился с Токаевым, прибывшим в Москву.",
            "Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"
        ),
        ("Мирзиёев нанес визит в Бишкек.", "Shavkat Mirziyoyev → Bishkek, KG (unspecified, completed)"),
        ("Жапаров поедет в Астану.", "Sadyr Japarov → Astana, KZ (unspecified, planned)"),
        ("Рахмон прибывает в Ташкент.", "Emomali Rahmon → Tashkent, UZ (unspecified, ongoing, 2025-01-21)"),
        ("Токаев прилетел в столицу Узбекистана.", "Kassym-Jomart Tokayev → Tashkent, UZ (unspecified, completed)"),
        ("Токаев находится в городе Бишкек.", "Kassym-Jomart Tokayev → Bishkek, KG (unspecified, ongoing, 2025-01-21)"),
    ])
    func readsAJourney(text: String, expected: String) {
        #expect(Self.visits(text) == [expected])
    }

    @Test(arguments: [
        ("Токаев планирует посетить Узбекистан.", "Kassym-Jomart Tokayev → UZ (unspecified, planned)"),
        ("Ожидается, что Рахмон прибудет в Москву.", "Emomali Rahmon → Moscow, RU (unspecified, planned)"),
        ("Визит Путина в Казахстан отложен.", "Vladimir Putin → KZ (unspecified, cancelled)"),
        ("Мирзиёев отменил поездку в Бишкек.", "Shavkat Mirziyoyev → Bishkek, KG (unspecified, cancelled)"),
        ("Токаев сейчас находится в Москве.", "Kassym-Jomart Tokayev → Moscow, RU (unspecified, ongoing, 2025-01-21)"),
        ("Жапаров уже посетил Астану.", "Sadyr Japarov → Astana, KZ (unspecified, completed)"),
        ("Токаев завершил государственный визит в Узбекистан.", "Kassym-Jomart Tokayev → UZ (state, completed)"),
        ("Путин начал официальный визит в Киргизию.", "Vladimir Putin → KG (official, ongoing, 2025-01-21)"),
        ("Рахмон побывает в Ташкенте.", "Emomali Rahmon → Tashkent, UZ (unspecified, planned)"),
        ("Стороны обсудили предстоящий визит Путина в Бишкек.", "Vladimir Putin → Bishkek, KG (unspecified, planned)"),
        ("Поездка Токаева в Москву сорвалась.", "Kassym-Jomart Tokayev → Moscow, RU (unspecified, cancelled)"),
    ])
    func readsAStatus(text: String, expected: String) {
        #expect(Self.visits(text) == [expected])
    }

    /// "Нынешний" names the current year or visit, not the text's day: neither a plan for "this year" nor an
    /// arrival "during the current visit" is dated with the text's day.
    @Test(arguments: [
        ("Токаев посетит Москву в нынешнем году.", "Kassym-Jomart Tokayev → Moscow, RU (unspecified, planned)"),
        ("Путин прибыл в Астану в ходе нынешнего визита.", "Vladimir Putin → Astana, KZ (unspecified, completed)"),
    ])
    func readsNoDayFromTheCurrentYear(text: String, expected: String) {
        #expect(Self.visits(text) == [expected])
    }

    @Test(arguments: [
        ("Токаев совершит государственный визит в Россию.", "Kassym-Jomart Tokayev → RU (state, planned)"),
        (
            "Токаев прибыл в Москву в ходе государственного визита.",
            "Kassym-Jomart Tokayev → Moscow, RU (state, completed)"
        ),
        ("Жапаров прибыл в Москву с рабочей поездкой.", "Sadyr Japarov → Moscow, RU (working, completed)"),
        (
            "Рахмон прибыл в Ташкент с официальным рабочим визитом.",
            "Emomali Rahmon → Tashkent, UZ (officialWorking, completed)"
        ),
        ("Мирзиёев рассказал о рабочем визите в Киргизию.", "Shavkat Mirziyoyev → KG (working, completed)"),
        ("Мирзиёев примет участие в саммите в Астане.", "Shavkat Mirziyoyev → Astana, KZ (multilateral, planned)"),
    ])
    func readsAKind(text: String, expected: String) {
        #expect(Self.visits(text) == [expected])
    }

    @Test(arguments: [
        (
            "Путин встретился с Мирзиёевым в Астане.",
            [
                "Vladimir Putin → Astana, KZ (unspecified, completed)",
                "Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)",
            ]
        ),
        ("Токаев принял Путина в Астане.", ["Vladimir Putin → Astana, KZ (unspecified, completed)"]),
        ("Мирзиёев встречался с Токаевым в Астане.", ["Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)"]),
        (
            "Путин провел встречу с Мирзиёевым в Астане.",
            [
                "Vladimir Putin → Astana, KZ (unspecified, completed)",
                "Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)",
            ]
        ),
        ("В заседании в Бишкеке примет участие Рахмон.", ["Emomali Rahmon → Bishkek, KG (multilateral, planned)"]),
    ])
    func readsAPresence(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    /// A place referred to ("туда", "в республику"), a traveller in a relative clause, someone named after
    /// "от" (absent), a dateline in capitals before a full stop, a landmark.
    @Test(arguments: [
        (
            "Переговоры прошли в Астане. Путин прилетел туда вечером.",
            ["Vladimir Putin → Astana, KZ (unspecified, completed)"]
        ),
        (
            "Президент Казахстана Токаев встретился с Мирзиёевым, который прибыл в республику с рабочим визитом.",
            ["Shavkat Mirziyoyev → KZ (working, completed)"]
        ),
        (
            "Мирзиёев передал Токаеву пожелания от Путина, встретившись с ним в Астане.",
            ["Shavkat Mirziyoyev → Astana, KZ (unspecified, completed)"]
        ),
        (
            "ТАШКЕНТ. Путин и Токаев приняли участие в заседании.",
            [
                "Vladimir Putin → Tashkent, UZ (multilateral, completed, 2025-01-21)",
                "Kassym-Jomart Tokayev → Tashkent, UZ (multilateral, completed, 2025-01-21)",
            ]
        ),
        ("Токаев пообщался с Путиным в Кремле.", ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"]),
    ])
    func readsAPlaceOrPersonFromContext(text: String, expected: [String]) {
        #expect(Self.visits(text) == expected)
    }

    /// Hosts, calls, telegrams, invitations, elections, inaugurations, conditions, denials: no visit.
    @Test(arguments: [
        "Путин поговорил по телефону с Токаевым о визите в Москву.",
        "Путин и Токаев провели телефонный разговор о поездке в Москву.",
        "Токаев получил телеграмму от Путина о визите в Москву.",
        "Токаев пригласил Путина посетить Казахстан.",
        "Токаев принял приглашение Путина посетить Москву.",
        "Мирзиёев принял участие в инаугурации Токаева в Астане.",
        "Мирзиёев встретился с Путиным после выборов в России.",
        "Если Путин посетит Ташкент, стороны подпишут договор.",
        "Путин не посетит Ташкент.",
        "Токаев мог бы посетить Москву.",
        "Токаев может посетить Москву.",
        "Путин выразил надежду на визит Токаева в Москву.",
        "Путин и Токаев созвонились и обсудили поездку в Москву.",
        "Токаев принял в Астане посла Узбекистана.",
        "Путин прибыл в Москву.",
    ])
    func readsNoVisit(text: String) {
        #expect(Self.visits(text) == [])
    }

    /// Russian words are looked up in any case, `ё` as `е`.
    @Test(arguments: [("ПРИБЫЛ", "прибыл"), ("Посетил", "посетил"), ("ВИЗИТОМ", "визитом"), ("Отменён", "отменен")])
    func foldsCyrillicCase(written: String, word: String) {
        #expect(ProseText.id(of: written) >= 0)
        #expect(ProseText.id(of: written) == ProseText.id(of: word))
    }

    /// A Russian article on a page is read with the Russian phrases, an English one with the English phrases.
    @Test func readsEachArticleInItsLanguage() {
        let extractor = DiplomacyExtractor(
            gazetteer: RussianFixture.gazetteer, mentions: MentionFinder(gazetteer: RussianFixture.gazetteer))
        let russian = extractor.extract(from: "Токаев прилетел в Москву.", reference: Self.reference)
        let english = extractor.extract(from: "Tokayev arrived in Moscow.", reference: Self.reference)
        #expect(russian.visits.map(\.description) == ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"])
        #expect(english.visits.map(\.description) == ["Kassym-Jomart Tokayev → Moscow, RU (unspecified, completed)"])
        let forced = DiplomacyExtractor(
            gazetteer: RussianFixture.gazetteer, mentions: MentionFinder(gazetteer: RussianFixture.gazetteer),
            language: .english)
        #expect(forced.extract(from: "Токаев прилетел в Москву.", reference: Self.reference).visits.isEmpty)
    }

    /// Every word of every language's frame phrases is in the tokenizer's vocabulary.
    @Test(arguments: VisitFramePhrases.all.map(\.language))
    func everyFrameWordIsInTheVocabulary(language: Language) throws {
        let phrases = try #require(VisitFramePhrases.all.first { $0.language == language })
        let missing = phrases.words.filter { ProseText.id(of: $0) < 0 }
        #expect(missing.isEmpty, "not in the vocabulary: \(missing.sorted())")
    }
}
