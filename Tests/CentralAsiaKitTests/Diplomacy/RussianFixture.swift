@testable import CentralAsiaKit

/// The standard gazetteer with the Russian forms these tests' sentences use, each listed as a name, so that
/// the visit frames are tested apart from how Russian names are inflected.
enum RussianFixture {
    /// Russian forms by canonical name: people, countries (also adjectives before "столица") and cities.
    static let forms: [String: [String]] = [
        "Kassym-Jomart Tokayev": ["Токаев", "Токаева", "Токаеву", "Токаевым", "Касым-Жомарт Токаев"],
        "Vladimir Putin": ["Путин", "Путина", "Путину", "Путиным", "Владимир Путин"],
        "Shavkat Mirziyoyev": ["Мирзиёев", "Мирзиёева", "Мирзиёевым", "Шавкат Мирзиёев"],
        "Sadyr Japarov": ["Жапаров", "Жапарова", "Жапаровым", "Садыр Жапаров"],
        "Emomali Rahmon": ["Рахмон", "Рахмона", "Рахмоном", "Эмомали Рахмон"],
        "RU": ["Россия", "России", "Россию", "российскую", "российской"],
        "KZ": ["Казахстан", "Казахстана", "Казахстане", "казахстанскую"],
        "UZ": ["Узбекистан", "Узбекистана", "Узбекистане"],
        "TJ": ["Таджикистан", "Таджикистана", "Таджикистане"],
        "KG": ["Киргизия", "Киргизии", "Киргизию"],
        "TM": ["Туркмения", "Туркмении", "Туркмению", "туркменскую"],
        "Moscow": ["Москва", "Москвы", "Москве", "Москву"],
        "Astana": ["Астана", "Астаны", "Астане", "Астану"],
        "Tashkent": ["Ташкент", "Ташкента", "Ташкенте", "ТАШКЕНТ"],
        "Bishkek": ["Бишкек", "Бишкека", "Бишкеке"],
        "Dushanbe": ["Душанбе"],
        "Ashgabat": ["Ашхабад", "Ашхабада", "Ашхабаде"],
    ]

    /// ``forms`` added to the standard gazetteer.
    static let gazetteer: Gazetteer = {
        var gazetteer = Gazetteer.standard
        for var person in gazetteer.people where forms[person.name] != nil {
            person.aliases += forms[person.name] ?? []
            gazetteer = gazetteer.adding(person)
        }
        for var country in gazetteer.countries where forms[country.code.rawValue] != nil {
            country.aliases += forms[country.code.rawValue] ?? []
            gazetteer = gazetteer.adding(country)
        }
        for var city in gazetteer.cities where forms[city.name] != nil {
            city.aliases += forms[city.name] ?? []
            gazetteer = gazetteer.adding(city)
        }
        return gazetteer
    }()

    /// An extractor over ``gazetteer``.
    static let extractor = TravelExtractor(gazetteer: gazetteer, mentions: MentionFinder(gazetteer: gazetteer))
}
