import CentralAsiaKit
import Foundation
import Testing

@Suite struct GazetteerTests {
    static let standard = Gazetteer.standard

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func holdsEveryISO3166Entry() throws {
        #expect(Self.standard.countries.count == 249)
        let kz = try #require(Self.standard.country("KZ"))
        #expect(kz.alpha3 == "KAZ")
        #expect(kz.numeric == "398")
        #expect(Self.standard.country("AD")?.numeric == "020")
        #expect(Self.standard.country("VA")?.isoName == "Holy See (Vatican City State)")
        #expect(Self.standard.country("VA")?.name == "Vatican")
    }

    static let isoCodes = URL(fileURLWithPath: "/usr/share/iso-codes/json/iso_3166-1.json")

    /// The generated table agrees with Debian's iso-codes where it is installed (Scripts/generate-countries.py).
    @Test(.enabled(if: Fixture.exists(GazetteerTests.isoCodes)))
    func agreesWithTheIsoCodesData() throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.isoCodes))
        let entries = try #require((object as? [String: Any])?["3166-1"] as? [[String: String]])
        #expect(entries.count == Self.standard.countries.count)
        for entry in entries {
            let code = try #require(entry["alpha_2"].flatMap { CountryCode(rawValue: $0) })
            let country = try #require(Self.standard.country(code))
            #expect(country.alpha3 == entry["alpha_3"])
            #expect(country.numeric == entry["numeric"])
            #expect(country.isoName == entry["name"])
        }
    }

    @Test func everyTableEntryNamesAKnownCountry() {
        let known = Set(Self.standard.countries.map(\.code))
        #expect(Self.standard.cities.allSatisfy { known.contains($0.country) })
        #expect(Self.standard.organizations.allSatisfy { $0.members.allSatisfy { known.contains($0.country) } })
        #expect(Self.standard.people.allSatisfy { $0.offices.allSatisfy { $0.country.map(known.contains) ?? true } })
        let capitals = Self.standard.cities.filter(\.isCapital).map(\.country)
        #expect(capitals.count == Set(capitals).count)
        #expect(capitals.count == 190)
    }

    @Test(arguments: [
        ("Britain", "GB"), ("Great Britain", "GB"), ("the U.S.", "US"), ("America", "US"), ("UAE", "AE"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("Türkiye", "TR"), ("turkey", "TR"), ("Kirghizia", "KG"),
        ("Kyrgyz Republic", "KG"), ("Vatican", "VA"), ("Russian Federation", "RU"), ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"), ("Emirati", "AE"), ("KAZ", "KZ"), ("KZ", "KZ"),
    ])
    func findsCountriesByNameAliasDemonymAndCode(name: String, code: String) {
        #expect(Self.standard.country(named: name)?.code.rawValue == code)
    }

    @Test(arguments: [
        ("Nur-Sultan", "Astana"), ("Akmola", "Astana"), ("Alma-Ata", "Almaty"), ("Ashkhabad", "Ashgabat"),
        ("Frunze", "Bishkek"), ("St. Petersburg", "Saint Petersburg"), ("st petersburg", "Saint Petersburg"),
    ])
    func findsCitiesByFormerNamesAndAliases(name: String, city: String) {
        #expect(Self.standard.city(named: name)?.name == city)
    }

    @Test func looksUpOrganisationsPeopleAndCapitals() throws {
        #expect(Self.standard.organization(named: "Turkic States")?.name == "OTS")
        #expect(Self.standard.organization(named: "Shanghai Cooperation Organization")?.name == "SCO")
        let cis = try #require(Self.standard.organization(named: "CIS"))
        #expect(cis.membership(of: "TM") == Membership("TM", role: .associate, since: PartialDate("2005-08-26")))
        #expect(Self.standard.person(named: "Toqaev")?.name == "Kassym-Jomart Tokayev")
        #expect(Self.standard.person(named: "Berdymukhamedov") == nil)
        #expect(Self.standard.capital(of: "KZ")?.name == "Astana")
        #expect(Self.standard.country("KG")?.capital == "Bishkek")
        #expect(Self.standard.entities(named: "Georgia") == [.country("GE")])
    }

    @Test func answersWhoHeldAnOffice() throws {
        func holders(_ title: String, _ country: CountryCode, _ date: String) throws -> [String] {
            Self.standard.holders(of: title, in: country, on: try #require(PartialDate(date))).map(\.name)
        }
        #expect(try holders("President", "KZ", "2018") == ["Nursultan Nazarbayev"])
        #expect(try holders("President", "KZ", "2019-03") == ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"])
        #expect(try holders("Foreign Minister", "KZ", "2024-04-24") == ["Murat Nurtleu"])
        #expect(try holders("Foreign Secretary", "GB", "2024-04-24") == ["David Cameron"])
        #expect(try holders("Chairman of the Halk Maslahaty", "TM", "2024-06") == ["Gurbanguly Berdimuhamedov"])
        #expect(try holders("president", "TM", "2021") == ["Gurbanguly Berdimuhamedov"])
        #expect(try holders("President", "US", "2018-06-01") == ["Donald Trump"])
        #expect(try holders("Prime Minister", "KG", "2015-06") == ["Temir Sariyev"])
        #expect(try holders("President", "UZ", "1995") == ["Islam Karimov"])
        #expect(try holders("President", "TJ", "2024") == ["Emomali Rahmon"])
    }

    @Test func replacesAnEntryWithTheSameID() {
        let renamed = Self.standard.adding(
            City(name: "Astana", country: "KZ", latitude: 51.17, longitude: 71.45, isCapital: true, aliases: ["Aqmola"])
        )
        #expect(renamed.cities.count == Self.standard.cities.count)
        #expect(renamed.city(named: "Nur-Sultan") == nil)
        #expect(renamed.city(named: "Aqmola")?.name == "Astana")
    }

    @Test func encodesCountriesExactly() throws {
        let kz = try #require(Self.standard.country("KZ"))
        #expect(
            try Self.json(kz)
                == #"{"aliases":["Republic of Kazakhstan","Казахстан","Республика Казахстан","РК"],"alpha3":"KAZ","capital":"Astana","code":"KZ","demonyms":["Kazakh","Kazakhstani","казахстанский","казахский","казахстанец","казах"],"isoName":"Kazakhstan","name":"Kazakhstan","numeric":"398"}"#
        )
        #expect(try JSONDecoder().decode(Country.self, from: Data(try Self.json(kz).utf8)) == kz)
    }

    @Test func encodesPeopleExactly() throws {
        let person = Person(
            name: "Murat Nurtleu", country: "KZ", surnames: ["Nurtleu"],
            offices: [
                Office(
                    title: "Foreign Minister", country: "KZ", start: PartialDate("2023-04-01"),
                    end: PartialDate("2025-02"))
            ])
        #expect(
            try Self.json(person)
                == #"{"aliases":[],"country":"KZ","name":"Murat Nurtleu","offices":[{"country":"KZ","end":"2025-02","start":"2023-04-01","title":"Foreign Minister"}],"surnames":["Nurtleu"]}"#
        )
        #expect(try JSONDecoder().decode(Person.self, from: Data(try Self.json(person).utf8)) == person)
        // An office of an organisation names it instead of a country.
        let office = Office(
            title: "President of the European Commission", country: nil, start: PartialDate("2019-12-01"),
            organization: "EU")
        #expect(
            try Self.json(office)
                == #"{"organization":"EU","start":"2019-12-01","title":"President of the European Commission"}"#)
        #expect(try JSONDecoder().decode(Office.self, from: Data(try Self.json(office).utf8)) == office)
        #expect(office.description == "President of the European Commission (EU), 2019-12-01–")
        #expect(
            Self.standard.people.first { $0.name == "Ursula von der Leyen" }?.offices.map(\.organization) == ["EU"])
    }

    @Test func roundTripsEveryStandardEntry() throws {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        for country in Self.standard.countries {
            #expect(try decoder.decode(Country.self, from: encoder.encode(country)) == country)
        }
        for city in Self.standard.cities { #expect(try decoder.decode(City.self, from: encoder.encode(city)) == city) }
        for organization in Self.standard.organizations {
            #expect(try decoder.decode(Organization.self, from: encoder.encode(organization)) == organization)
        }
        for person in Self.standard.people {
            #expect(try decoder.decode(Person.self, from: encoder.encode(person)) == person)
        }
        let copy = try decoder.decode(Gazetteer.self, from: encoder.encode(Self.standard))
        #expect(copy.countries == Self.standard.countries)
        #expect(copy.people == Self.standard.people)
        #expect(copy.ambiguousNames == Self.standard.ambiguousNames)
    }

    @Test func rejectsMalformedCountryCodes() throws {
        #expect(CountryCode(rawValue: "KZ") != nil)
        #expect(CountryCode(rawValue: "KAZ") == nil)
        #expect(CountryCode(rawValue: "kz") == nil)
        do {
            _ = try JSONDecoder().decode([CountryCode].self, from: Data(#"["kz"]"#.utf8))
            Issue.record("decoded a malformed code")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == #"invalid country code "kz"; expected two capital letters"#)
        }
        do {
            _ = try JSONDecoder().decode([CurrencyCode].self, from: Data(#"["KZ"]"#.utf8))
            Issue.record("decoded a malformed code")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == #"invalid currency code "KZ"; expected three capital letters"#)
        }
    }
}
