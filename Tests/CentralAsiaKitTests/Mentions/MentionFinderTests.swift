import CentralAsiaKit
import Foundation
import Testing

@Suite struct MentionFinderTests {
    static let finder = MentionFinder()

    /// The entities of a text, in order.
    static func entities(_ text: String) -> [String] {
        finder.mentions(in: text).map(\.entity.description)
    }

    /// One rule per row: the text and the entities it must yield, in order.
    static let cases: [(String, [String])] = [
        ("Kazakhstan's exports grew.", ["country:KZ"]),
        ("Kazakhstan’s exports grew.", ["country:KZ"]),
        ("Kazakhstanis, Omanis and Iranians", []),
        ("KazanForum and Kazan", ["city:Kazan"]),
        ("the Kazakh-Tajik border", ["country:KZ", "country:TJ"]),
        ("the Central Asia-Germany Summit", ["country:DE"]),
        ("South Korea, not Korea", ["country:KR"]),
        ("New York hosted the assembly", ["city:New York"]),
        ("The UN met; the un-named Un group did not.", ["organization:UN"]),
        ("Neither the US nor us", ["country:US"]),
        ("the U.S. and the USA", ["country:US", "country:US"]),
        ("visits to Italy/Vatican", ["country:IT", "country:VA"]),
        ("KAZAKHSTAN AND CHINA", ["country:KZ", "country:CN"]),
        ("fine china and a turkey roast", []),
        ("the XI Congress and OSH rules", []),
        ("MARY, OSH AND KAZAKHSTAN", ["city:Mary", "country:KZ"]),
        ("Uzbek diplomats", ["country:UZ"]),
        ("Türkiye, Turkiye and Turkey", ["country:TR", "country:TR", "country:TR"]),
        ("the Kyrgyz Republic, once Kirghizia", ["country:KG", "country:KG"]),
        ("the United Arab Emirates and the UAE", ["country:AE", "country:AE"]),
        ("the Russian Federation", ["country:RU"]),
        ("Alma-Ata and Nur-Sultan and Akmola", ["city:Almaty", "city:Astana", "city:Astana"]),
        ("St. Petersburg and Saint Petersburg", ["city:Saint Petersburg", "city:Saint Petersburg"]),
        ("Ashkhabad and Frunze", ["city:Ashgabat", "city:Bishkek"]),
        ("Xi'an welcomed Xi", ["city:Xi'an", "person:Xi Jinping"]),
        ("COP29 and BRICS+ and C5+1", ["organization:UN", "organization:BRICS", "organization:C5+1"]),
        ("the Turkic States and the Shanghai Cooperation Organization", ["organization:OTS", "organization:SCO"]),
        (
            "Toqaev met Zhaparov and Rakhmonov",
            [
                "person:Kassym-Jomart Tokayev", "person:Sadyr Japarov", "person:Emomali Rahmon",
            ]
        ),
        ("Erdogan and Erdoğan", ["person:Recep Tayyip Erdoğan", "person:Recep Tayyip Erdoğan"]),
        ("Erdog\u{0306}an, decomposed", ["person:Recep Tayyip Erdoğan"]),
        ("Tokayev€ and Kazakhstan™", ["person:Kassym-Jomart Tokayev", "country:KZ"]),
        ("Italy€Vatican", ["country:IT", "country:VA"]),
        ("Mirziyoev, Mirziyoyev", ["person:Shavkat Mirziyoyev", "person:Shavkat Mirziyoyev"]),
        ("Berdimuhamedov spoke.", []),
        (
            "Serdar Berdimuhamedov spoke. Berdimuhamedov left.",
            [
                "person:Serdar Berdimuhamedov", "person:Serdar Berdimuhamedov",
            ]
        ),
        (
            "Gurbanguly Berdimuhamedov and Serdar Berdimuhamedov met; Berdymukhamedov spoke.",
            [
                "person:Gurbanguly Berdimuhamedov", "person:Serdar Berdimuhamedov", "person:Serdar Berdimuhamedov",
            ]
        ),
        (
            "Vasilenko spoke first. Later, Roman Vassilenko added more.",
            [
                "person:Roman Vassilenko", "person:Roman Vassilenko",
            ]
        ),
        (
            "Saida Mirziyoyeva spoke; Mirziyoyeva left.",
            [
                "person:Saida Mirziyoyeva", "person:Saida Mirziyoyeva",
            ]
        ),
        ("Georgia and Armenia", ["country:GE", "country:AM"]),
        ("the state of Georgia", []),
        ("Savannah is in Georgia, USA", ["country:US"]),
        ("Georgia Tech won", []),
        ("In Jordan, talks began.", ["country:JO"]),
        ("King Abdullah of Jordan", ["country:JO"]),
        ("Michael Jordan played", []),
        ("Jordan Peterson wrote", []),
    ]

    @Test(arguments: cases)
    func findsTrickyCases(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected, "\(text)")
    }

    @Test func recordsHowEachMentionMatched() {
        let mentions = Self.finder.mentions(
            in: "Kassym-Jomart Tokayev, the Kazakh leader, left Alma-Ata; Tokayev and the US agreed.")
        #expect(mentions.map(\.match) == [.name, .demonym, .title, .formerName, .alias, .code])
    }

    @Test func resolvesSurnamesAfterTheFullName() {
        let mentions = Self.finder.mentions(in: "Daniel Runde spoke. Runde added a point.")
        #expect(mentions.map(\.match) == [.name, .surname])
        #expect(mentions.map(\.entity) == [.person("Daniel Runde"), .person("Daniel Runde")])
    }

    @Test func givesByteRangesAndScalarColumns() throws {
        let text = "• Türkiye\nand Kazakhstan’s"
        let mentions = Self.finder.mentions(in: text)
        try #require(mentions.count == 2)
        #expect(mentions[0].range == 4..<12)
        #expect(mentions[0].location == SourceLocation(offset: 4, line: 1, column: 3))
        #expect(mentions[1].text == "Kazakhstan")
        #expect(mentions[1].location == SourceLocation(offset: 17, line: 2, column: 5))
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[mentions[1].range], as: UTF8.self) == "Kazakhstan")
    }

    @Test func encodesMentionsExactly() throws {
        let mention = try #require(Self.finder.mentions(in: "Uzbek diplomats").first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(mention), as: UTF8.self)
        #expect(
            json
                == #"{"column":1,"end":5,"entity":{"id":"UZ","kind":"country"},"line":1,"match":"demonym","start":0,"text":"Uzbek"}"#
        )
        #expect(try JSONDecoder().decode(Mention.self, from: Data(json.utf8)) == mention)
    }

    @Test func rejectsMentionsWithBackwardRanges() {
        let json =
            #"{"column":1,"end":2,"entity":{"id":"UZ","kind":"country"},"line":1,"match":"name","start":5,"text":"x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Mention.self, from: Data(json.utf8)) }
    }

    @Test func summarisesTheSampleArticle() throws {
        let text = try Fixture.text("mentions-sample.txt")
        let summary = Self.finder.articleMentions(in: text)
        #expect(
            summary.countries == ["KZ", "UZ", "DE", "TM", "AE", "IT", "VA", "KR", "JO", "GE", "AM", "KG", "US", "TR"])
        #expect(
            summary.people == [
                "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Saida Mirziyoyeva", "Serdar Berdimuhamedov",
            ])
        #expect(summary.organizations == ["C5+1", "CIS", "UN", "BRICS", "EU"])
        #expect(summary.cities == ["Astana", "Saint Petersburg", "Baku", "Kazan", "New York", "Almaty"])
    }

    @Test func readsMalformedUTF8WithoutCrashing() {
        let bytes: [UInt8] = [0xFF, 0x4B, 0x61, 0x7A, 0x61, 0x6B, 0x68, 0x73, 0x74, 0x61, 0x6E, 0xC3]
        let mentions = bytes.withUnsafeBufferPointer { Self.finder.mentions(inUTF8: $0) }
        #expect(mentions.map(\.entity) == [.country("KZ")])
    }

    @Test func findsEntitiesUsersAdd() {
        let gazetteer = Gazetteer.standard
            .adding(Person(name: "Aigerim Testova", country: "KZ", surnames: ["Testova"]))
            .adding(Country(code: "XK", alpha3: "XKX", numeric: "926", isoName: "Kosovo", demonyms: ["Kosovar"]))
            .adding(City(name: "Turkistan", country: "KZ", latitude: 43.3, longitude: 68.25, aliases: ["Hazret"]))
        let finder = MentionFinder(gazetteer: gazetteer)
        let found = finder.mentions(in: "Aigerim Testova visited Kosovo and Hazret. Testova met Kosovar officials.")
        #expect(
            found.map(\.entity.description) == [
                "person:Aigerim Testova", "country:XK", "city:Turkistan", "person:Aigerim Testova", "country:XK",
            ])
        #expect(MentionFinder(gazetteer: Gazetteer()).mentions(in: "Kosovo and Kazakhstan").isEmpty)
    }

    @Test func reportsItsSize() {
        #expect(Self.finder.nameCount > 1000)
        #expect(Self.finder.memoryFootprint > 0)
        print("standard finder: \(Self.finder.nameCount) names, about \(Self.finder.memoryFootprint / 1024) KiB")
    }

    @Test(arguments: [
        ("Kassym-Jomart Tokayev arrived. The Kazakh leader spoke.", "leader", "Kassym-Jomart Tokayev"),
        ("Shavkat Mirziyoyev flew in; Uzbekistan’s President met him.", "President", "Shavkat Mirziyoyev"),
        ("Murat Nurtleu and the Kazakh Foreign Minister are one person.", "Foreign Minister", "Murat Nurtleu"),
    ])
    func resolvesATitleToThePersonNamedEarlier(text: String, title: String, person: String) throws {
        let mentions = MentionFinder().mentions(in: text)
        let titled = try #require(mentions.first { $0.match == .title })
        #expect(titled.text == title)
        #expect(titled.entity == .person(person))
    }

    @Test func leavesATitleWithoutAnEarlierHolderAlone() {
        let mentions = MentionFinder().mentions(in: "The Kazakh President spoke. Later Shavkat Mirziyoyev replied.")
        #expect(!mentions.contains { $0.match == .title })
        let other = MentionFinder().mentions(in: "Shavkat Mirziyoyev spoke; the Kazakh President listened.")
        #expect(!other.contains { $0.match == .title })
    }

    @Test func countsScalarsOnLongLinesOfMultibyteText() throws {
        let text =
            String(repeating: "Ü", count: 21) + " «Kazakhstan» " + String(repeating: "ж", count: 9) + " Uzbekistan"
        let mentions = MentionFinder().mentions(in: text)
        try #require(mentions.count == 2)
        #expect(mentions[0].location == SourceLocation(offset: 45, line: 1, column: 24))
        #expect(mentions[1].location == SourceLocation(offset: 77, line: 1, column: 46))
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func survivesRandomBytesWithOrderedExactRanges(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Pieces of names, punctuation and stray bytes, glued at random.
        let pieces: [[UInt8]] =
            [
                "Kazakh", "stan", " ", "-", "’s", "U.S.", "UN", "\n", ",", "Tokayev", "Georgia", " Tech", "Ü", "ж",
                "C5+1", "New York", "Berdimuhamedov", "Serdar ", "\u{FEFF}", String(repeating: "x", count: 70),
            ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x80]]
        let finder = MentionFinder.standard
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 40) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let mentions = bytes.withUnsafeBufferPointer { finder.mentions(inUTF8: $0) }
            var last = 0
            for mention in mentions {
                #expect(mention.range.lowerBound >= last, "seed \(seed)")
                #expect(mention.range.upperBound <= bytes.count, "seed \(seed)")
                #expect(mention.location.offset == mention.range.lowerBound, "seed \(seed)")
                #expect(mention.text == String(decoding: bytes[mention.range], as: UTF8.self), "seed \(seed)")
                last = mention.range.upperBound
            }
        }
    }

    @Test func findsNothingInEmptyText() {
        #expect(MentionFinder.standard.mentions(in: "").isEmpty)
        #expect(MentionFinder.standard.articleMentions(in: "   \n ").isEmpty)
    }
}
