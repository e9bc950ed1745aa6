import Foundation
import Testing

@testable import CentralAsiaKit

/// People the gazetteer does not know, named after a title or role: one sentence per case.
@Suite struct TitledPersonTests {
    static let finder = MentionFinder()

    /// The person mentions of a text as `"entity|match|country"`, in order (`-` for no country), the
    /// country as the extractors read it.
    static func people(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let reading = bytes.withUnsafeBufferPointer { finder.extractorReading(inUTF8: $0) }
        let countries = reading.allSpans.filter { $0.kind == .person }.map {
            reading.entities.personCountries[Int($0.entityIndex)]?.rawValue ?? "-"
        }
        let mentions = finder.mentions(in: text).filter { $0.kind == .person }
        return zip(mentions, countries).map { "\($0.entity.id)|\($0.match)|\($1)" }
    }

    /// A titled name is a person, with the country named before the title or after "of" in its qualifier.
    static let positives: [(String, [String])] = [
        ("Kazakh Foreign Minister Aliya Bekova arrived in Baku.", ["Aliya Bekova|role|KZ"]),
        ("U.S. Secretary of State John Q. Smithfield spoke first.", ["John Q. Smithfield|role|US"]),
        ("Ambassador Daniel Rosewood presented his credentials.", ["Daniel Rosewood|role|-"]),
        ("Deputy Prime Minister Serik Zhanabay met investors.", ["Serik Zhanabay|role|-"]),
        ("The ministry's spokesperson Dana Kerimova told reporters nothing.", ["Dana Kerimova|role|-"]),
        ("Dr. Laila Haidari opened the clinic.", ["Laila Haidari|role|-"]),
        (
            "Special Envoy for Central Asia Peter Holm and Deputy Secretary of State Anna Berg landed.",
            ["Peter Holm|role|-", "Anna Berg|role|-"]
        ),
        (
            "Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Sharifzoda spoke.",
            ["Farrukh Sharifzoda|role|TJ"]
        ),
        (
            "Assistant Secretary of State for South and Central Asian Affairs Mark Elwood’s trip ended.",
            ["Mark Elwood|role|-"]
        ),
        ("Uzbekistan’s Energy Minister Jurabek Mirzamakhmudov signed it.", ["Jurabek Mirzamakhmudov|role|UZ"]),
        ("Kazakh Foreign Ministry spokesperson Aibar Tolegen said so.", ["Aibar Tolegen|role|KZ"]),
        ("Senior Director for Russia and Central Asia Eric Hollis attended.", ["Eric Hollis|role|-"]),
        ("Deputy Chief of Staff for Policy Naz El-Amin joined.", ["Naz El-Amin|role|-"]),
        (
            "Deputy Minister Ruslan Abenov spoke. Later, Deputy Minister Abenov left.",
            ["Ruslan Abenov|role|-", "Ruslan Abenov|surname|-"]
        ),
        ("Chairman Erik Lund spoke. Lund said more.", ["Erik Lund|role|-", "Erik Lund|surname|-"]),
        ("Head of Kazakh Railways Nurlan Sauranov inspected the line.", ["Nurlan Sauranov|role|KZ"]),
        ("Chairman of the Board of Samruk-Kazyna Erlan Bekov spoke.", ["Erlan Bekov|role|-"]),
        ("Director General of the IAEA Rafael Grossman arrived.", ["Rafael Grossman|role|-"]),
        ("Special Envoy Sergio Gor of the State Department said so.", ["Sergio Gor|role|-"]),
        ("Special Envoy of the President of Russia Igor Lemberg arrived in Dushanbe.", ["Igor Lemberg|role|RU"]),
        ("Chief Executive Officer Magzum Alimov said output rose.", ["Magzum Alimov|role|-"]),
        ("Kyrgyz Foreign Minister Kulubaev met the press.", ["Jeenbek Kulubaev|surname|KG"]),
        ("Prime Minister Bektenov chaired the cabinet.", ["Olzhas Bektenov|surname|KZ"]),
        (
            "President Tokayev met Ambassador Daniel Rosewood.",
            [
                "Kassym-Jomart Tokayev|alias|KZ", "Daniel Rosewood|role|-",
            ]
        ),
    ]

    @Test(arguments: positives)
    func readsTitledNames(text: String, expected: [String]) {
        #expect(Self.people(text) == expected, "\(text)")
    }

    /// Titles followed by a country, an organisation, a lower-case word, punctuation or a day are no names.
    static let negatives: [String] = [
        "The President of Russia spoke.",
        "The Minister of Foreign Affairs of Kazakhstan arrived.",
        "He thanked the Prime Minister. Yesterday Officials met.",
        "The minister said on Monday that talks went well.",
        "Foreign Minister Holds Talks With Counterpart",
        "The ambassador Thursday presented the plan.",
        "Secretary Lane said little.",
        "A general strike closed the General Post Office.",
        "President of the European Commission spoke.",
        "The spokesperson, a veteran, declined.",
        "Ambassador Presents Credentials To President",
        "The special Economic Zone Authority approved the plan.",
        "Deputy Prime Minister Visits Farm Cluster",
        "Akmola Deputy Governor Holds Talks",
    ]

    @Test(arguments: negatives)
    func leavesOtherTitlesAlone(text: String) {
        #expect(Self.people(text).isEmpty, "\(text)")
    }

    @Test func mentionsCoverTheNameAlone() throws {
        let text = "Kazakh Foreign Minister Aliya Bekova arrived."
        let mention = try #require(Self.finder.mentions(in: text).first { $0.kind == .person })
        #expect(mention.text == "Aliya Bekova")
        #expect(mention.range == 24..<36)
        #expect(mention.location == SourceLocation(offset: 24, line: 1, column: 25))
    }

    @Test func bareSurnamesFollowTheFullNameOnly() {
        #expect(Self.people("Lund arrived. Chairman Erik Lund spoke.") == ["Erik Lund|role|-"])
        #expect(Self.people("Chairman Erik Lund spoke.\nLater Lund left.") == ["Erik Lund|role|-"])
        #expect(Self.people("Chairman Erik Lund spoke.\nLund left.") == ["Erik Lund|role|-", "Erik Lund|surname|-"])
    }

    @Test func summariesListTitledPeopleOnce() {
        let summary = Self.finder.articleMentions(in: "Ambassador Daniel Rosewood met Tokayev. Rosewood smiled.")
        #expect(summary.people == ["Daniel Rosewood", "Kassym-Jomart Tokayev"])
    }

    @Test func encodesATitledMentionExactly() throws {
        let mention = try #require(Self.finder.mentions(in: "Kazakh Ambassador Aliya Bekova").last)
        let json = try GazetteerTests.json(mention)
        #expect(
            json
                == #"{"column":19,"end":30,"entity":{"id":"Aliya Bekova","kind":"person"},"line":1,"match":"role","start":18,"text":"Aliya Bekova"}"#
        )
        #expect(try JSONDecoder().decode(Mention.self, from: Data(json.utf8)) == mention)
    }

    @Test func extractorsReadTitledPeopleWithTheirCountry() throws {
        let bytes = Array("Tokayev met Kazakh Ambassador Aliya Bekova.".utf8)
        let reading = bytes.withUnsafeBufferPointer { Self.finder.extractorReading(inUTF8: $0) }
        // The spans for the gazetteer's table leave the titled person out; the full ones keep her.
        #expect(reading.spans.map(\.kind) == [.person, .country])
        #expect(reading.allSpans.map(\.kind) == [.person, .country, .person])
        let last = try #require(reading.allSpans.last)
        #expect(reading.entities.ids[Int(last.entityIndex)] == .person("Aliya Bekova"))
        #expect(reading.entities.personCountries[Int(last.entityIndex)] == "KZ")
        #expect(reading.summary.people == ["Kassym-Jomart Tokayev", "Aliya Bekova"])
    }
}
