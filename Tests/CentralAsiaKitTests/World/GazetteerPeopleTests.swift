import CentralAsiaKit
import Foundation
import Testing

/// The people, organisations and cities added for real reports: spellings, offices on dates, datelines.
@Suite struct GazetteerPeopleTests {
    static let finder = MentionFinder()

    /// Each spelling and the canonical entity it names.
    static let spellings: [(String, String)] = [
        ("Michael R. Pompeo visited.", "person:Mike Pompeo"),
        ("Mike Pompeo visited.", "person:Mike Pompeo"),
        ("Cavusoglu visited.", "person:Mevlüt Çavuşoğlu"),
        ("Mevlüt Çavuşoğlu visited.", "person:Mevlüt Çavuşoğlu"),
        ("Wang Yi visited.", "person:Wang Yi"),
        ("Lavrov visited.", "person:Sergey Lavrov"),
        ("Antony Blinken visited.", "person:Antony Blinken"),
        ("Marco Rubio visited.", "person:Marco Rubio"),
        ("Hakan Fidan visited.", "person:Hakan Fidan"),
        ("S. Jaishankar visited.", "person:Subrahmanyam Jaishankar"),
        ("Yerlan Idrissov visited.", "person:Yerlan Idrissov"),
        ("Talks in the C5 plus 1 format", "organization:C5+1"),
        ("Talks in the C5+1 format", "organization:C5+1"),
        ("A speech at the UN General Assembly", "organization:UNGA"),
        ("A loan from the IsDB", "organization:IsDB"),
        ("A loan from the Islamic Development Bank", "organization:IsDB"),
        ("A loan from the Asian Development Bank", "organization:ADB"),
        ("NEW YORK, September 20 —", "city:New York"),
        ("A forum in New York", "city:New York"),
        ("NUR-SULTAN, February 3 —", "city:Astana"),
        ("A ceremony in Nagasaki", "city:Nagasaki"),
        ("ABU DHABI, May 2 —", "city:Abu Dhabi"),
    ]

    @Test(arguments: spellings)
    func namesTheCanonicalEntity(text: String, expected: String) {
        #expect(Self.finder.mentions(in: text).map(\.entity.description) == [expected], "\(text)")
    }

    /// Who was foreign minister (or secretary of state) of a country on a day.
    static let ministers: [(String, CountryCode, String, [String])] = [
        ("Foreign Minister", "KZ", "2010-06-01", ["Kanat Saudabayev"]),
        ("Foreign Minister", "KZ", "2014-06-01", ["Yerlan Idrissov"]),
        ("Foreign Minister", "KZ", "2017-06-01", ["Kairat Abdrakhmanov"]),
        ("Foreign Minister", "KG", "2015-06-01", ["Erlan Abdyldaev"]),
        ("Foreign Minister", "KG", "2011-06-01", ["Ruslan Kazakbaev"]),
        ("Foreign Minister", "TJ", "2010-06-01", ["Hamrokhon Zarifi"]),
        ("Foreign Minister", "TJ", "2000-06-01", ["Talbak Nazarov"]),
        ("Foreign Minister", "TM", "1998-06-01", ["Boris Shikhmuradov"]),
        ("Foreign Minister", "UZ", "2004-06-01", ["Sodiq Safoyev"]),
        ("Foreign Minister", "UZ", "2000-06-01", ["Abdulaziz Kamilov"]),
        ("Foreign Minister", "UZ", "2008-06-01", ["Vladimir Norov"]),
        ("Foreign Minister", "RU", "2000-06-01", ["Igor Ivanov"]),
        ("Foreign Minister", "TR", "2020-06-01", ["Mevlüt Çavuşoğlu"]),
        ("Foreign Minister", "CN", "2023-03-01", ["Qin Gang"]),
        ("Foreign Minister", "JP", "2015-06-01", ["Fumio Kishida"]),
        ("Foreign Minister", "IN", "2024-06-01", ["Subrahmanyam Jaishankar"]),
        ("Foreign Minister", "IR", "2025-06-01", ["Abbas Araghchi"]),
        ("Secretary of State", "US", "2019-06-01", ["Mike Pompeo"]),
        ("Secretary of State", "US", "2014-06-01", ["John Kerry"]),
        ("Prime Minister", "RU", "1999-10-01", ["Vladimir Putin"]),
        ("President", "CN", "2008-06-01", ["Hu Jintao"]),
    ]

    @Test(arguments: ministers)
    func knowsWhoHeldTheOffice(title: String, country: CountryCode, day: String, expected: [String]) throws {
        let date = try #require(PartialDate(day))
        #expect(Gazetteer.standard.holders(of: title, in: country, on: date).map(\.name) == expected)
    }

    @Test func namesAreUnique() {
        let names = Gazetteer.standard.people.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func officesEndAfterTheyStart() {
        for person in Gazetteer.standard.people {
            for office in person.offices {
                guard let start = office.start, let end = office.end else { continue }
                #expect(start.firstDay <= end.lastDay, "\(person.name): \(office)")
            }
        }
    }
}
